"""``reader import``: turn saved HTML pages and web addresses into library articles.

Each source (a ``.html`` file or an http(s) address) is read (see :mod:`reader.library.fetch`),
its article text and metadata are extracted with trafilatura, and a Markdown file with
YAML front matter is written into the user's library (:func:`user_library_dir`) or the
folder given. A source that fails never stops the others: each gets an
:class:`ImportResult` with a one-line message.

Rules:

- Metadata is only what the page states (meta tags, JSON-LD, byline markup, ``<html
  lang>``). A field the page does not give is left out, never guessed: the outlet is
  dropped when it would only be the host name, and dates are not searched for in the
  running text.
- A page whose extracted text has fewer than ``min_words`` words in paragraphs of
  running text (lines of 12 words or more) is refused as "not an article".
- Every field and the body pass through :mod:`reader.text.sanitize`; the front matter is
  written with ``yaml.safe_dump`` (plain data only, no tags).
- Files are never overwritten. The name is a short ASCII slug of outlet and title; if
  it is taken, ``-2``, ``-3``, ... are tried. A page whose file would be byte-for-byte
  identical to one already there is "already up to date" (a success: nothing to write). Files are
  written to a temporary file in the target folder and then hard-linked to their name,
  which fails instead of replacing an existing file, so a reader never sees half a file.
  Temporary files (``.import-XXXXXXXX.tmp``) that a killed import left in the folder
  are removed once they are an hour old (:func:`reader.text.files.remove_stale_temp_files`).
- A web address already in the library (the ``url`` of an article in the folder is the
  address asked for, the one fetched after redirects, or the page's own) is not a new
  article: when its article text changed, the page is added as a version of that article
  (:mod:`reader.library.versions`), otherwise it is "already up to date".
  :func:`refresh_library` fetches every article of the folder that has an address again.
- A source that cannot be read for any reason (a malformed address such as
  ``http://[::1``, an undecodable name ...) fails alone, with one line.

trafilatura is imported only when something is extracted.
"""

from __future__ import annotations

import contextlib
import errno
import os
import re
from dataclasses import dataclass, field
from pathlib import Path

from reader.library.resources import user_library_dir as user_library_dir  # (re-exported)
from reader.text.sanitize import neutralise, one_line

TYPE_CHECKING = False  # typing is not imported at run time: it costs start-up
if TYPE_CHECKING:
    from collections.abc import Callable, Iterable
    from typing import Any

# reader.library.fetch (urllib, ssl), tempfile, YAML and trafilatura are imported where used.
# user_library_dir lives in reader.library.resources (the TUI's start asks for it without
# importing this module); it is imported here for the importer and its callers.
TIMEOUT = 20.0
MAX_BYTES = 5 * 1024 * 1024
MIN_WORDS = 80
PROSE_LINE_WORDS = 12
SLUG_LENGTH = 48  # reader's article ids are at most 48 characters: id == file stem
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
# Page furniture that trafilatura would otherwise keep as text: subscription prompts.
PAYWALL_XPATH = ("//*[contains(concat(' ', translate(@class, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ-_', "
                 "'abcdefghijklmnopqrstuvwxyz  '), ' '), ' paywall ') "
                 "or contains(translate(@id, 'PAYWL', 'paywl'), 'paywall') "
                 "or contains(@class, 'subscribe-prompt') or contains(@class, 'regwall')]")
_LANG_RE = re.compile(r"^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$")
_SURROGATE_RE = re.compile(r"[\ud800-\udfff]")  # e.g. from "\\ud800" in a page's JSON-LD


def _field(value: object) -> str:
    """One line of plain, writable text: controls made visible, lone surrogates replaced."""
    return one_line(_SURROGATE_RE.sub("\ufffd", value if isinstance(value, str) else ""))


class ImportFailure(Exception):
    """One source could not be imported; ``str()`` is one line for the user."""


class AlreadyImported(ImportFailure):
    """The page's file would be byte-for-byte one already in the folder (``path``)."""

    def __init__(self, path: Path) -> None:
        super().__init__(f"already up to date (imported as {one_line(str(path))}); nothing written")
        self.path = path


# ImportResult.status of a source imported: a new article, a new version of one, or no change
IMPORTED, NEW_VERSION, UP_TO_DATE = "imported", "new version", "up to date"


@dataclass
class ImportResult:
    source: str
    ok: bool
    message: str
    path: Path | None = None
    metadata: dict = field(default_factory=dict)
    status: str = IMPORTED  # when ok: IMPORTED, NEW_VERSION or UP_TO_DATE

    def as_dict(self) -> dict:
        return {"source": one_line(self.source), "ok": self.ok, "message": self.message,
                "path": str(self.path) if self.path else None,
                "status": self.status if self.ok else "failed", **self.metadata}


def import_sources(sources: list[str], into: Path | None = None, *, timeout: float = TIMEOUT,
                   max_bytes: int = MAX_BYTES, min_words: int = MIN_WORDS) -> list[ImportResult]:
    """Import every source into ``into`` (default :func:`user_library_dir`), in order."""
    from reader.library.fetch import FetchError
    from reader.text.tokens import word_count

    folder = Path(into) if into is not None else user_library_dir()
    results = []
    for source in sources:
        try:
            html, url = _read_source(source, timeout, max_bytes)
            meta, body, notes = extract_article(html, url, min_words=min_words)
            known = _known_article(folder, source, url, meta) if url is not None else None
            if known is not None:
                results.append(_as_version(source, known, meta, body, notes))
                continue
            path = write_article(meta, body, folder)
        except AlreadyImported as exc:
            results.append(ImportResult(source, True, one_line(str(exc)), exc.path, status=UP_TO_DATE))
            continue
        except (ImportFailure, FetchError) as exc:
            results.append(ImportResult(source, False, one_line(str(exc))))
            continue
        except (ValueError, UnicodeError, OSError) as exc:  # one odd source never stops the batch
            results.append(_failed(source, exc))
            continue
        message = "; ".join(["imported", *notes])
        results.append(ImportResult(source, True, message, path, {**meta, "words": word_count(body)}))
    return results


def refresh_library(into: Path | None = None, *, timeout: float = TIMEOUT, max_bytes: int = MAX_BYTES,
                    min_words: int = MIN_WORDS) -> list[ImportResult]:
    """Fetch every article of the folder (default :func:`user_library_dir`) that has a web
    address again; each one whose article text changed gets a new version."""
    from reader.library.fetch import FetchError
    from reader.library.versions import front_matter_url

    folder = Path(into) if into is not None else user_library_dir()
    results = []
    for path in _article_files(folder):
        address = front_matter_url(path)
        if address is None or not re.match(r"https?://", address, re.I):
            continue
        try:
            html, url = _read_source(address, timeout, max_bytes)
            meta, body, notes = extract_article(html, url, min_words=min_words)
            results.append(_as_version(address, path, meta, body, notes))
        except (ImportFailure, FetchError) as exc:
            results.append(ImportResult(address, False, one_line(str(exc)), path))
        except (ValueError, UnicodeError, OSError) as exc:
            results.append(_failed(address, exc, path))
    return results


def _failed(source: str, exc: Exception, path: Path | None = None) -> ImportResult:
    reason = one_line(str(exc)) or exc.__class__.__name__
    return ImportResult(source, False, f"cannot be imported ({reason})", path)


def _article_files(folder: Path) -> list[Path]:
    """The Markdown articles directly in ``folder`` (not hidden), by name."""
    if not folder.exists():
        return []  # no library yet: nothing to refresh
    try:
        names = sorted(e.name for e in os.scandir(folder) if e.name.endswith(".md") and not e.name.startswith("."))
    except OSError as exc:
        raise ImportFailure(f"cannot read {one_line(str(folder))} ({exc.strerror or exc})") from None
    return [folder / name for name in names]


def _known_article(folder: Path, source: str, url: str | None, meta: dict[str, Any]) -> Path | None:
    """The article of ``folder`` already imported from this address (the one asked
    for or the one fetched, as :func:`reader.library.versions.address_key` reads them), if
    any; not by the page's own (canonical) address, which sites give to several pages."""
    from reader.library.versions import find_by_url

    addresses = [a for a in (url, source) if a and re.match(r"https?://", a, re.I)]
    return find_by_url(folder, addresses) if addresses else None


def _as_version(source: str, path: Path, meta: dict[str, Any], body: str, notes: list[str]) -> ImportResult:
    """The page as a new version of the article at ``path``, or "already up to date"."""
    from reader.library import versions
    from reader.text.tokens import word_count

    issues: list[str] = []
    latest = versions.latest_text_keys(path, issues)
    facts = {**meta, "words": word_count(body)}
    if versions.text_key(meta.get("title"), body) in latest:
        return ImportResult(source, True, f"already up to date ({one_line(str(path))})", path, facts,
                            UP_TO_DATE)
    try:
        written = versions.add_version(path, render(meta, body).encode("utf-8"))
    except OSError as exc:
        raise ImportFailure(f"cannot write a version of {one_line(str(path))} ({exc.strerror or exc})") from None
    count = len(versions.version_files(path)) + 1
    message = "; ".join([f"new version {count} of {one_line(str(path))}", *notes, *issues])
    return ImportResult(source, True, message, written, {**facts, "article": one_line(str(path))}, NEW_VERSION)


# an address of any scheme ("ftp://…", "file://…", "data:…", "javascript:…"): refused by
# check_address with a clear line, not taken for a missing file
_ADDRESS_RE = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*://|(?:data|javascript|mailto|about|blob|tel|view-source):",
                         re.IGNORECASE)


def _exists(path: Path) -> bool:
    """Whether ``path`` exists; False for a name the system cannot even look up (too long)."""
    try:
        return path.exists()
    except OSError:
        return False


def _read_source(source: str, timeout: float, max_bytes: int) -> tuple[str | bytes, str | None]:
    """The page (text, or bytes when its charset is unknown) and its web address."""
    from reader.library.fetch import check_address, decode_html, fetch_page, is_web_address

    if is_web_address(source):
        page = fetch_page(source, timeout=timeout, max_bytes=max_bytes)
        text = decode_html(page.data, page.charset)
        return (page.data if text is None else text), page.url
    if _ADDRESS_RE.match(source) and not _exists(Path(source)):
        check_address(source)  # raises: e.g. ftp:// or file:// addresses are refused clearly
    path = Path(source)
    if not _exists(path):
        from reader.text.files import broken_link

        raise ImportFailure(broken_link(path) or "no such file")  # (a loop, a dangling link: as the loader says)
    if not path.is_file():
        raise ImportFailure("not a regular file")
    if path.suffix.lower() not in HTML_SUFFIXES:
        raise ImportFailure("not an HTML file (.html or .htm)")
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise ImportFailure(f"file is {size / 1048576:.1f} MB, over the {max_bytes / 1048576:g} MB limit")
        data = path.read_bytes()
    except PermissionError:
        raise ImportFailure("permission denied") from None
    except OSError as exc:
        raise ImportFailure(f"cannot be read ({exc.strerror or exc.__class__.__name__})") from None
    text = decode_html(data)
    return (data if text is None else text), None


def extract_article(html: str | bytes, url: str | None = None, *,
                    min_words: int = MIN_WORDS) -> tuple[dict[str, Any], str, list[str]]:
    """(front matter fields, body, notes) for one page; raises ImportFailure."""
    bare_extraction, load_html = _trafilatura()
    tree = _parse_html(html, load_html)
    language = (tree.get("lang") or tree.get("{http://www.w3.org/XML/1998/namespace}lang") or "").strip()
    paywalled = bool(tree.xpath(PAYWALL_XPATH))
    doc = _bare_extraction(bare_extraction, tree, url)
    meta = _metadata(doc, url, language) if doc is not None else {}
    lines = _text_lines(doc, meta.get("title"))
    prose = sum(len(ln.split()) for ln in lines if len(ln.split()) >= PROSE_LINE_WORDS)
    if prose < min_words:
        hint = " (the page may be behind a paywall)" if paywalled else ""
        raise ImportFailure(f"not an article: only {prose} words of running text found, {min_words} needed{hint}")
    notes = ["the page shows a paywall prompt: the text may be incomplete"] if paywalled else []
    return meta, "\n\n".join(lines) + "\n", notes


def _trafilatura() -> tuple[Callable[..., Any], Callable[..., Any]]:
    """trafilatura's ``bare_extraction`` and ``load_html``, imported only for HTML; when
    the library cannot be loaded, a failure that says how to install it."""
    try:
        import trafilatura
        from trafilatura.utils import load_html
    except ImportError as exc:
        raise ImportFailure(f"HTML import needs trafilatura, which cannot be loaded ({one_line(str(exc))}); "
                            "install reader's 'import' extra (in reader's folder: pip install '.[import]'), "
                            "or: pip install 'trafilatura>=2.0,<3' lxml_html_clean") from None
    return trafilatura.bare_extraction, load_html


def _parse_html(html: str | bytes, load_html: Callable[..., Any]) -> Any:
    """The page's lxml tree."""
    if isinstance(html, str):
        # lxml refuses text carrying an XML encoding declaration; the text is decoded already.
        html = re.sub(r"^\s*<\?xml[^>]*\?>", "", html, count=1)
    try:
        tree = load_html(html)
    except (ValueError, TypeError):
        tree = None
    if tree is None:
        raise ImportFailure("not an HTML page (it could not be parsed)")
    return tree


def _bare_extraction(bare_extraction: Callable[..., Any], tree: Any, url: str | None) -> Any:
    """trafilatura's document (text and metadata) of the page, or None."""
    try:
        return bare_extraction(
            tree, url=url, with_metadata=True, include_comments=False, include_tables=False,
            include_images=False, include_links=False, prune_xpath=PAYWALL_XPATH,
            date_extraction_params={"extensive_search": False, "original_date": True},
        )
    except Exception as exc:  # the extraction library failing on one page must not stop the rest
        raise ImportFailure(f"text extraction failed ({exc.__class__.__name__})") from None


def _text_lines(doc: Any, title: str | None) -> list[str]:
    """The extracted text's non-empty lines, cleaned, without a first line that only
    repeats the headline."""
    text = (getattr(doc, "text", None) or "") if doc is not None else ""
    text = _SURROGATE_RE.sub("\ufffd", text.replace("\r\n", "\n").replace("\r", "\n"))
    lines = [neutralise(ln.strip()) for ln in text.split("\n")]
    lines = [ln for ln in lines if ln]
    if lines and title and one_line(lines[0]) == title:
        lines = lines[1:]  # the headline repeated as the first line of the text
    return lines


def _metadata(doc: Any, url: str | None, language: str) -> dict[str, Any]:
    meta: dict[str, Any] = {}
    title = _field(doc.title)
    if title:
        meta["title"] = title
    outlet = _field(doc.sitename)
    page_url = _page_address(_field(url), _field(doc.url))
    host = _host(page_url)
    if outlet and outlet.lower().removeprefix("www.") != host:  # trafilatura's host-name fallback
        meta["outlet"] = outlet
    authors = [_field(a) for a in re.split(r";\s*", _field(doc.author))]
    authors = list(dict.fromkeys(a for a in authors if a))
    if authors:
        meta["authors"] = authors
    if isinstance(doc.date, str) and re.fullmatch(r"\d{4}-\d{2}-\d{2}", doc.date.strip()):
        meta["published"] = doc.date.strip()
    if page_url and host and re.match(r"https?://", page_url, re.I):
        meta["url"] = page_url
    if _LANG_RE.match(language):
        meta["language"] = language
    return meta


def _page_address(fetched: str, own: str) -> str:
    """The address an article is filed under: the page's own (canonical) address when it
    is the fetched one less a query or a fragment ("…/story?utm_source=feed" → "…/story"),
    else the one fetched. A canonical address is only a claim: sites give one to several
    pages, and taken as is it filed another article as a version of the first. A saved file,
    fetched from nowhere, has only its own."""
    from urllib.parse import urlsplit

    if not fetched or not own:
        return fetched or own
    try:
        a, b = urlsplit(fetched), urlsplit(own)
        same = ((a.hostname or "").removeprefix("www.") == (b.hostname or "").removeprefix("www.")
                and a.path.rstrip("/") == b.path.rstrip("/"))
    except ValueError:
        return fetched
    return own if same else fetched


def _host(url: str) -> str:
    from urllib.parse import urlsplit

    try:
        return (urlsplit(url).hostname or "").removeprefix("www.")
    except ValueError:
        return ""


def slug(meta: dict) -> str:
    """A short file stem from the outlet and title: their words in any script, accents
    dropped (:func:`reader.text.slugs.slug_words`)."""
    from reader.text.slugs import slug_words

    text = " ".join(filter(None, [meta.get("outlet"), meta.get("title")]))
    words = slug_words(text)
    stem = ""
    for word in words:
        if len(stem) + len(word) + 1 > SLUG_LENGTH:
            break
        stem = f"{stem}-{word}" if stem else word
    return stem or (words[0][:SLUG_LENGTH] if words else "article")


def render(meta: dict, body: str) -> str:
    import yaml

    head = yaml.safe_dump(meta, allow_unicode=True, sort_keys=False, default_flow_style=False, width=10_000)
    return f"---\n{head}---\n\n{body}"


def write_article(meta: dict, body: str, folder: Path) -> Path:
    """Write the article under a new name in ``folder``; never replaces a file."""
    data = render(meta, body).encode("utf-8")
    stem = slug(meta)
    names = (f"{stem}.md" if n == 1 else f"{stem}-{n}.md" for n in range(1, 1000))
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise ImportFailure(f"cannot write to {one_line(str(folder))} ({exc.strerror or exc})") from None
    try:
        return write_new_file(data, folder, names, same_is_done=True)
    except FileExistsError:
        raise ImportFailure(f"too many files named {stem}-N.md in {one_line(str(folder))}") from None


def write_new_file(data: bytes, folder: Path, names: Iterable[str], *, same_is_done: bool = False) -> Path:
    """Write ``data`` into ``folder`` under the first of ``names`` not taken, atomically;
    never replaces a file. FileExistsError when every name is taken; with
    ``same_is_done``, AlreadyImported when a taken name holds exactly ``data``."""
    import tempfile

    from reader.text.files import sweep_once

    try:
        sweep_once(folder, ".import-")  # what an import killed midway left here
        fd, tmp_name = tempfile.mkstemp(prefix=".import-", suffix=".tmp", dir=folder)
    except OSError as exc:
        raise ImportFailure(f"cannot write to {one_line(str(folder))} ({exc.strerror or exc})") from None
    tmp = Path(tmp_name)
    try:
        os.chmod(tmp, 0o644)  # mkstemp's 0600 would make the article private
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        for name in names:
            target = folder / name
            try:
                _link_no_replace(tmp, target)
                return target
            except FileExistsError:
                if same_is_done and _same_bytes(target, data):
                    raise AlreadyImported(target) from None
        raise FileExistsError(errno.EEXIST, "every name is taken", str(folder))
    except FileExistsError:
        raise
    except OSError as exc:
        raise ImportFailure(f"cannot write to {one_line(str(folder))} ({exc.strerror or exc})") from None
    finally:
        with contextlib.suppress(OSError):
            tmp.unlink()


def _link_no_replace(tmp: Path, target: Path) -> None:
    """Give ``tmp``'s complete content the name ``target``; FileExistsError if taken."""
    try:
        os.link(tmp, target)
        return
    except FileExistsError:
        raise
    except OSError as exc:
        if exc.errno not in (errno.EPERM, errno.EOPNOTSUPP, errno.ENOTSUP, errno.EMLINK, errno.ENOSYS):
            raise
    # No hard links here (some network and FAT file systems): claim the name with an
    # exclusive create, then move the finished file over our own empty placeholder.
    os.close(os.open(target, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o644))
    os.replace(tmp, target)


def _same_bytes(path: Path, data: bytes) -> bool:
    try:
        return path.stat().st_size == len(data) and path.read_bytes() == data
    except OSError:
        return False
