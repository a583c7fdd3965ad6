"""Load articles from files and folders into a library, warning about bad files.

Sources are files or folders (folders are walked recursively, hidden entries skipped, and
so are a folder's README and the reports reader wrote there: :data:`REPORT_MARKER`);
with none, the bundled story is loaded, followed by the user's library of imported
articles (``reader import``) when it exists. Supported files:

``.md`` / ``.markdown``
    Markdown with optional YAML front matter. The front matter is found with
    markdown-it-py's front-matter plugin and read with PyYAML's *safe* loader only, so
    tags that would build Python objects are refused. The body is exactly the file's
    text after the closing fence.
``.txt``
    Plain text. The body is the whole text; the title is the first non-empty line and a
    ``By NAME, OUTLET`` line near the top gives the authors and the outlet.

A bad file never stops the others: it yields one :class:`LoadIssue` naming the file
(and line, for broken YAML) and the rest still load. Nothing here raises for bad input.
"""

from __future__ import annotations

import html
import os
import re
import stat
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

from reader.library.decoding import bom_of, decode_text
from reader.library.model import Article
from reader.library.resources import bundled_articles_dir
from reader.text.files import broken_link
from reader.text.markup import TAG_RE
from reader.text.sanitize import neutralise, one_line
from reader.text.slugs import slug_words
from reader.text.tokens import word_count

MAX_BYTES = 5 * 1024 * 1024
MAX_DERIVED_TITLE = 200  # characters of a title taken from the body
MARKDOWN_SUFFIXES = {".md", ".markdown"}
TEXT_SUFFIXES = {".txt"}
SUPPORTED_SUFFIXES = MARKDOWN_SUFFIXES | TEXT_SUFFIXES

TYPE_CHECKING = False  # typing is not imported at run time: it costs start-up
if TYPE_CHECKING:
    from typing import Any

# What is wrong with a file, and on which line when that is known.
Problems = list[tuple[str, int | None]]

# Compiled when first used (re keeps them), not at import: they read plain-text files and
# titles taken from a body, which the bundled story (Markdown with titles) never needs,
# and compiling them took about 0.5 ms before the TUI's first frame.
_BYLINE = r"^\s*By\s+(?P<names>[^,\n]+?)(?:\s*,\s*(?P<outlet>[^,\n]+?))?\s*$"
_SENTENCE_END = r"(?<=[.!?…])[\"”’')\]]*\s"


@dataclass(frozen=True)
class LoadIssue:
    """A problem with one file: shown to the user as a single warning line."""

    path: str
    message: str
    line: int | None = None

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line else self.path
        return f"{where}: {self.message}"


@dataclass
class Library:
    articles: list[Article] = field(default_factory=list)
    issues: list[LoadIssue] = field(default_factory=list)

    def get(self, ref: str) -> Article | None:
        """Find an article by id, unique id prefix, or path."""
        for article in self.articles:
            if article.id == ref:
                return article
        starts = [a for a in self.articles if a.id.startswith(ref)]
        if len(starts) == 1:
            return starts[0]
        try:
            wanted = Path(ref).resolve()
            return next((a for a in self.articles if a.path is not None and a.path.resolve() == wanted), None)
        except (OSError, ValueError, RuntimeError):  # (RuntimeError: a symbolic link loop)
            return None


def load_library(sources: Sequence[str | os.PathLike[str]] | None = None) -> Library:
    """Load every supported file under ``sources`` (the bundled story when empty)."""
    library = Library()
    library.articles.extend(iter_articles(sources, library.issues))
    return library


def iter_articles(sources: Sequence[str | os.PathLike[str]] | None, issues: list[LoadIssue]) -> Iterator[Article]:
    """The articles :func:`load_library` loads, one at a time (ids made unique in
    order), appending problems to ``issues``: for showing a large library as it loads."""
    if not sources:
        sources = [bundled_articles_dir(), *_user_library()]
    taken: set[str] = set()
    for path in _expand(sources, issues):
        article = load_file(path, issues)
        if article is not None:
            yield with_unique_id(article, taken)


def _user_library() -> list[Path]:
    """The user's imported articles (``reader import``), when that folder exists."""
    from reader.library.resources import user_library_dir

    try:
        folder = user_library_dir()
        return [folder] if folder.is_dir() else []
    except Exception:  # no home folder, an unreadable data folder: the bundled story still loads
        return []


def load_file(path: Path, issues: list[LoadIssue]) -> Article | None:
    """Load one file, appending at most one issue; ``None`` when it cannot be used."""
    shown = one_line(str(path))
    problems: list[tuple[str, int | None]] = []
    text = _read_text(path, problems)
    if text is None:
        issues.append(LoadIssue(shown, problems[0][0]))
        return None
    try:
        article = _article(path, text, problems)
    except Exception as exc:  # a bug met by some odd file: that file is skipped, never the library
        article = None
        problems.append((f"cannot be read (internal error: {exc.__class__.__name__}), skipped", None))
    if problems:
        message = "; ".join(m for m, _ in problems)
        line = next((ln for _, ln in problems if ln), None)
        issues.append(LoadIssue(shown, message, line))
    return article


def _article(path: Path, text: str, problems: Problems) -> Article | None:
    lines: dict[str, int] = {}  # the file line of each front matter field
    if path.suffix.lower() in MARKDOWN_SUFFIXES:
        if text.startswith("---"):
            from reader.library.frontmatter import split_front_matter

            meta, body = split_front_matter(text, problems, lines)
        else:
            meta, body = {}, text
    else:
        meta, body = _text_metadata(text), text
    if not body or body.isspace():  # (as ``not body.strip()``, without copying the text)
        problems.append(("no article text, skipped", None))
        return None
    return _build(path, meta, neutralise(body), problems, lines)


def _own_output() -> tuple[int, int] | None:
    """(device, inode) of this process's standard output when it is a regular file: the
    report of ``reader story folder > folder/report.md``, which the shell has just made
    (empty) in the folder read, is never one of its sources."""
    try:
        info = os.fstat(1)
    except OSError:
        return None
    return (info.st_dev, info.st_ino) if stat.S_ISREG(info.st_mode) else None


def _is_own_output(path: Path, own: tuple[int, int] | None) -> bool:
    if own is None:
        return False
    try:
        info = path.stat()
    except OSError:
        return False
    return (info.st_dev, info.st_ino) == own


def _expand(sources: Iterable[str | os.PathLike[str]], issues: list[LoadIssue]) -> Iterator[Path]:
    seen: set[Path] = set()
    own = _own_output()
    for source in sources:
        path = Path(source)
        if path.is_dir():
            for root, dirs, files in os.walk(path):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                found = [Path(root) / name for name in sorted(files)
                         if not name.startswith(".") and Path(name).suffix.lower() in SUPPORTED_SUFFIXES]
                found = [f for f in found if not _is_own_output(f, own)]      # silently: it is no source
                for child in _without_notes(found, issues):
                    if child not in seen:
                        seen.add(child)
                        yield child
        elif path.is_file() or path.is_symlink():
            if path.suffix.lower() not in SUPPORTED_SUFFIXES:
                hint = " (HTML pages are read by 'reader import')" if path.suffix.lower() in {".html", ".htm"} else ""
                issues.append(LoadIssue(one_line(str(path)), f"unsupported file type{hint}, skipped"))
            elif path not in seen:
                seen.add(path)
                yield path
        elif path.exists():
            issues.append(LoadIssue(one_line(str(path)), "not a regular file, skipped"))
        else:
            issues.append(LoadIssue(one_line(str(path)), "no such file or folder"))


# the first line of reader's own Markdown reports (:mod:`reader.reports.markdown`): a report
# written beside the articles is never read back as one
REPORT_MARKER = "<!-- written by reader: a story report, not an article -->"


def _without_notes(files: list[Path], issues: list[LoadIssue]) -> list[Path]:
    """The files of one folder, less its notes: a README and reader's own reports
    (``reader story folder --md folder/report.md`` was read back as a source). Each is
    named in ``issues``; named on the command line, it is read."""
    notes = {f for f in files if f.suffix.lower() in MARKDOWN_SUFFIXES
             and (f.stem.lower() == "readme" or _head(f).startswith(REPORT_MARKER))}
    for f in sorted(notes):
        what = "a README" if f.stem.lower() == "readme" else "a report reader wrote"
        issues.append(LoadIssue(one_line(str(f)), f"{what}, not an article: skipped (name the file to read it)"))
    return [f for f in files if f not in notes]


def _head(path: Path) -> str:
    """The first characters of a regular file, leading blanks left out ("" for anything
    else, or a file that cannot be read: left to the loader, which says why)."""
    try:
        if not stat.S_ISREG(path.stat().st_mode):
            return ""
        with path.open("rb") as fh:
            raw = fh.read(2 * len(REPORT_MARKER) + 4)
    except OSError:
        return ""
    encoding, size = bom_of(raw) or ("utf-8", 0)
    return raw[size:].decode(encoding, errors="replace").lstrip()


def _read_text(path: Path, problems: Problems) -> str | None:
    try:
        link = broken_link(path)
        if link is not None:
            problems.append((f"{link}, skipped", None))
            return None
        info = path.stat()
        if not stat.S_ISREG(info.st_mode):
            problems.append(("not a regular file, skipped", None))
            return None
        size = info.st_size
        if size > MAX_BYTES:
            problems.append((f"file is {size / 1048576:.1f} MB, over the {MAX_BYTES // 1048576} MB limit, skipped",
                             None))
            return None
        with open(path, "rb") as handle:
            data = handle.read(MAX_BYTES + 1)
    except PermissionError:
        problems.append(("permission denied, skipped", None))
        return None
    except OSError as exc:
        problems.append((f"cannot be read ({exc.strerror or exc.__class__.__name__}), skipped", None))
        return None
    if len(data) > MAX_BYTES:
        problems.append((f"file is over the {MAX_BYTES // 1048576} MB limit, skipped", None))
        return None
    text = decode_text(data, problems)
    if text is None:
        return None
    if not text or text.isspace():
        problems.append(("empty file, skipped", None))
        return None
    return _universal_newlines(text)


def _universal_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _iter_lines(text: str, size: int = 4096) -> Iterator[str]:
    """``text.splitlines()`` one line at a time, splitting the text only as far as it is
    read: the title and byline are in its first lines, and splitting a 50,000-word
    article whole made thousands of line strings for nothing."""
    start = 0
    while start < len(text):
        lines = text[start : start + size].splitlines(keepends=True)
        if start + size < len(text):
            if len(lines) == 1:  # a line longer than the chunk
                size *= 2
                continue
            lines.pop()  # perhaps cut short (or a \r\n cut in two): read again with the rest
        for line in lines:
            start += len(line)
            yield line.splitlines()[0]


def _text_metadata(text: str) -> dict[str, Any]:
    lines = []
    for line in _iter_lines(text):
        if line.strip():
            lines.append(line.strip())
            if len(lines) == 6:  # a title and a byline within the next five lines
                break
    meta: dict = {}
    if lines:
        meta["title"] = lines[0]
    for line in lines[1:6]:
        m = re.match(_BYLINE, line)
        if m:
            meta["authors"] = [n.strip() for n in re.split(r"\s+and\s+|\s*&\s*", m["names"]) if n.strip()]
            if m["outlet"]:
                meta["outlet"] = m["outlet"].strip()
            break
    return meta


def _build(path: Path, meta: dict[str, Any], body: str, problems: Problems,
           lines: dict[str, int] | None = None) -> Article:
    """The article of one file: its front matter's fields where they are usable (each
    unusable one is a problem naming the field and its line, in the order of the
    fields), else what the body gives."""
    at = lines or {}
    title = _text_field(meta, "title", problems, at)
    outlet = _text_field(meta, _named(meta, "outlet", "publisher"), problems, at)
    language = _text_field(meta, "language", problems, at)
    authors = _authors_field(meta, problems, at)
    published = _published_field(meta, problems, at)
    url = _url_field(meta, problems, at)
    return Article(
        id=_slug(path.stem),
        body=body,
        title=title if title is not None else _derive_title(body) or path.stem,
        path=path,
        outlet=outlet,
        authors=authors if authors is not None else (),
        published=published,
        url=url,
        language=language,
        words=word_count(body),
        title_derived=title is None,
    )


def _bad_field(key: str, what: str, problems: Problems, lines: dict[str, int]) -> None:
    line = lines.get(key)
    where = f" on line {line}" if line else ""
    problems.append((f"'{key}'{where} {what}; ignored", line))


def _text_field(meta: dict[str, Any], key: str, problems: Problems, lines: dict[str, int]) -> str | None:
    value = meta.get(key)
    if value is None:
        return None
    if isinstance(value, (str, int, float)) and not isinstance(value, bool):
        try:
            text = one_line(str(value))
        except ValueError:  # an integer too long to print (Python's 4,300-digit limit)
            text = ""
        if text:
            return text
    _bad_field(key, "should be text", problems, lines)
    return None


def _authors_field(meta: dict[str, Any], problems: Problems, lines: dict[str, int]) -> tuple[str, ...] | None:
    """``authors`` (or ``author``): a list of names, or one name."""
    key = "authors" if "authors" in meta else "author"
    authors = meta.get("authors", meta.get("author"))
    if isinstance(authors, str):
        authors = [authors]
    if isinstance(authors, list) and all(isinstance(a, str) for a in authors):
        return tuple(one_line(a) for a in authors if a.strip())
    if authors is not None:
        line = lines.get(key)
        where = f" on line {line}" if line else ""
        problems.append((f"'authors'{where} should be a list of names; ignored", line))
    return None


def _named(meta: dict[str, Any], key: str, other: str) -> str:
    """The key a field is given under: ``key``, or ``other``, the name other tools write
    (Jekyll, Hugo and Pelican write ``date``; feeds and schema.org ``publisher``)."""
    return other if meta.get(key) is None and meta.get(other) is not None else key


def _published_field(meta: dict[str, Any], problems: Problems, lines: dict[str, int]) -> str | None:
    """``published`` (or ``date``): an ISO date or date and time."""
    key = _named(meta, "published", "date")
    if meta.get(key) is None:
        return None
    published = _iso_date(meta[key])
    if published is None:
        _bad_field(key, "is not an ISO date (YYYY-MM-DD)", problems, lines)
    return published


def _unwritable_in_address(text: str) -> bool:
    """Whether ``text`` holds what an address never does unencoded: white space ("https://exa
    mple.com"), a control or a format character (a bidi override) -- as ``import`` refuses."""
    import unicodedata

    return any(c.isspace() or unicodedata.category(c)[0] == "C" for c in text)


def _url_field(meta: dict[str, Any], problems: Problems, lines: dict[str, int]) -> str | None:
    url = meta.get("url")
    if url is None:
        return None
    if isinstance(url, str):
        text = url.strip()
        try:
            parts = urlsplit(text)
            # (.port raises ValueError too, for a port out of range or not a number)
            usable = parts.scheme in ("http", "https") and bool(parts.hostname) and (parts.port or 0) >= 0 \
                and not _unwritable_in_address(text)
        except ValueError:  # "http://[::1" and other addresses urllib cannot take apart
            usable = False
        if usable:
            return one_line(text)
    _bad_field("url", "is not an http(s) address", problems, lines)
    return None


def _iso_date(value: object) -> str | None:
    import datetime as _dt  # only for files that give a date

    if isinstance(value, _dt.datetime):
        return value.isoformat()
    if isinstance(value, _dt.date):
        return value.isoformat()
    if isinstance(value, str):
        text = value.strip()
        for parse in (_dt.date.fromisoformat, _dt.datetime.fromisoformat):
            try:
                return parse(text).isoformat()
            except ValueError:
                continue
    return None


def _derive_title(body: str) -> str | None:
    """An untitled article is labelled by its first heading or first sentence."""
    for line in _iter_lines(body):
        line = line.strip()
        if not line:
            continue
        line = html.unescape(TAG_RE.sub("", line.lstrip("#"))).strip()   # (pasted HTML: its words, not its tags)
        if not any(c.isalnum() for c in line):
            continue  # a rule, a fence, a tag or other punctuation: not a title
        m = re.search(_SENTENCE_END, line + " ")
        sentence = line[: m.start()].strip() if m else line
        title = one_line(sentence)
        if len(title) > MAX_DERIVED_TITLE:  # (a first line of 10,000 quote markers made a title that wide)
            title = title[: MAX_DERIVED_TITLE - 1].rstrip() + "…"
        return title or None
    return None


def _slug(stem: str) -> str:
    """The id of a file named ``stem``: its words (:func:`reader.text.slugs.slug_words`, any
    script) joined by "-", at most 48 characters."""
    slug = "-".join(slug_words(stem))
    return slug[:48].rstrip("-") or "article"


def with_unique_id(article: Article, taken: set[str]) -> Article:
    """``article`` with an id not in ``taken`` (``story``, ``story-2``, …), which it adds."""
    base = article.id
    candidate, n = base, 2
    while candidate in taken:
        candidate, n = f"{base}-{n}", n + 1
    taken.add(candidate)
    if candidate == base:
        return article
    from dataclasses import replace

    return replace(article, id=candidate)
