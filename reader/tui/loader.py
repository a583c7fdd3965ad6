"""Loading a library a batch at a time, so the first screen does not wait for it.

``reader PATH`` on a folder of 10,000 articles takes seconds to read; the TUI shows the
first articles at once and the rest arrive in the list as a worker reads them. The
order, ids and warnings are exactly those of :func:`reader.library.loading.load_library`.
"""

from __future__ import annotations

import os
from collections.abc import Sequence

from reader.library.loading import LoadIssue, iter_articles
from reader.library.model import Article


class IncrementalLoader:
    """Articles read so far from ``sources``; ``more()`` reads the next batch."""

    def __init__(self, sources: Sequence[str | os.PathLike[str]] | None) -> None:
        self.issues: list[LoadIssue] = []
        self._articles = iter_articles(sources, self.issues)
        self.done = False

    def more(self, limit: int) -> list[Article]:
        batch: list[Article] = []
        if self.done:
            return batch
        for article in self._articles:
            batch.append(article)
            if len(batch) >= limit:
                return batch
        self.done = True
        return batch
