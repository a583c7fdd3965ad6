"""The stories of a library: ``stories_of(library)`` for the CLI and the TUI.

Why separate from :mod:`reader.analysis.grouping`: grouping is pure and shared with the
Spark engine; this module adds what a local run needs around it: the keys of each
article read from :class:`reader.analysis.keys_store.KeysStore` (by content hash, so only
new or changed bodies are keyed, and a body carried by a thousand files once), the
missing ones computed in a process pool for large libraries, and each story's title
(its most central member's) and outlets.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import Any

import numpy as np

from reader.analysis.grouping import ArticleKeys, StoryGroup, article_keys, candidate_pairs, content_hash, group
from reader.analysis.keys_store import KeysStore
from reader.analysis.pool import Progress, map_articles

Warn = Callable[[str], None]


class _Body:
    """What :func:`article_keys` reads of an article, sent to a worker."""

    __slots__ = ("body", "id", "published")

    def __init__(self, body: str) -> None:
        self.id = ""
        self.body = body
        self.published = None


def body_keys(body: str) -> tuple[np.ndarray, frozenset[str]]:
    """The seeds and keys of one body (run in the pool's workers)."""
    found = article_keys(_Body(body))
    return found.seeds, found.keys


def update_index(articles: Sequence[Any], progress: Progress | None = None, warn: Warn | None = None,
                 store: KeysStore | None = None) -> tuple[KeysStore, list[str]]:
    """Key the articles whose bodies the store does not hold yet, and save it (for an
    import: adding one article to a large library keys that one). The store and the
    articles' content hashes."""
    store = KeysStore() if store is None else store
    if store.problem and warn is not None:
        warn(store.problem)
    digests = [content_hash(a.body) for a in articles]
    missing: dict[str, str] = {}
    for a, d in zip(articles, digests, strict=True):
        if store.get(d) is None and d not in missing:
            missing[d] = a.body
    if missing:
        found = map_articles(body_keys, list(missing.values()), progress, "keying articles")
        for d, (seeds, keys) in zip(missing, found, strict=True):
            store.put(d, seeds, keys)
    store.save(keep=set(digests))
    return store, digests


def keys_of(articles: Sequence[Any], progress: Progress | None = None, warn: Warn | None = None,
            store: KeysStore | None = None) -> list[ArticleKeys]:
    """The :class:`ArticleKeys` of ``articles`` (``id``, ``body``, ``published``), from the
    store when their bodies were keyed before; the store is updated."""
    store, digests = update_index(articles, progress, warn, store)
    out = []
    for a, d in zip(articles, digests, strict=True):
        stored = store.get(d)
        assert stored is not None
        out.append(ArticleKeys(str(a.id), stored.seeds, stored.keys, a.published, d))
    return out


def stories_of(library: Any, progress: Progress | None = None, warn: Warn | None = None) -> list[StoryGroup]:
    """The stories of ``library`` (a Library, or a sequence of articles), largest first:
    every article in exactly one, each with its title and outlets."""
    articles = list(getattr(library, "articles", library))
    keys = keys_of(articles, progress, warn)
    if progress is not None:
        progress(0, 1, "grouping")
    groups = group(keys, candidate_pairs(keys))
    if progress is not None:
        progress(1, 1, "grouping")
    return [describe(g, articles) for g in groups]


def describe(story: StoryGroup, articles: Sequence[Any]) -> StoryGroup:
    """``story`` with its title (its central member's) and outlets (sorted, unique)."""
    outlets = sorted({articles[m].outlet for m in story.members if articles[m].outlet})
    return replace(story, title=str(articles[story.central].title), outlets=tuple(outlets))


def find_story(stories: Sequence[StoryGroup], ref: str) -> StoryGroup | None:
    """The story whose id is ``ref`` or starts with it (when only one does)."""
    exact = [s for s in stories if s.id == ref]
    if exact:
        return exact[0]
    starts = [s for s in stories if len(ref) >= 4 and s.id.startswith(ref)]
    return starts[0] if len(starts) == 1 else None


def looks_like_story_id(ref: str) -> bool:
    """``s`` and 4 to 10 hex digits: the shape of a story id (or of a prefix of one)."""
    return len(ref) in range(5, 12) and ref[0] == "s" and all(c in "0123456789abcdef" for c in ref[1:])


def story_json(story: StoryGroup) -> dict:
    """The stable JSON of one story (``reader stories --json``)."""
    return {
        "id": story.id,
        "title": story.title,
        "articles": list(story.article_ids),
        "size": len(story.members),
        "outlets": list(story.outlets),
        "first_published": story.first_published,
        "last_published": story.last_published,
        "keywords": list(story.keywords),
    }
