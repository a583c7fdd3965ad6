"""The article record every part of reader works with."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

UNKNOWN_OUTLET = "Unknown outlet"


@dataclass(frozen=True)
class Article:
    """One article. ``body`` is the file's text after the front matter, so character
    offsets found anywhere in reader index it directly. Every field has had its control
    characters neutralised (see :mod:`reader.text.sanitize`)."""

    id: str
    body: str
    title: str
    path: Path | None = None
    outlet: str | None = None
    authors: tuple[str, ...] = ()
    published: str | None = None
    url: str | None = None
    language: str | None = None
    words: int = 0
    title_derived: bool = False
    extra: dict = field(default_factory=dict, compare=False, repr=False)

    @property
    def outlet_label(self) -> str:
        return self.outlet or UNKNOWN_OUTLET

    def metadata(self) -> dict:
        """The stable JSON fields shared by every command's ``--json`` output."""
        return {
            "id": self.id,
            "path": str(self.path) if self.path else None,           # the real path (see write_json)
            "title": self.title,
            "title_derived": self.title_derived,
            "outlet": self.outlet,
            "authors": list(self.authors),
            "published": self.published,
            "url": self.url,
            "language": self.language,
            "words": self.words,
        }
