"""Fetch one web page for ``reader import``: http(s) only, bounded in time and size.

:func:`fetch_page` returns the page's bytes and the charset its server declared, or
raises :class:`FetchError` whose message is one plain line ("HTTP 404 Not Found",
"timed out after 20 s", "cannot find host news.example", ...): never a traceback.
:func:`decode_html` turns page bytes into text, honouring the declared charset, a byte
order mark or a ``<meta charset>``, in that order.

Plain ``urllib.request``: redirects are followed (at most 10) but only to http(s)
addresses; proxies from the environment are honoured as urllib does.
"""

from __future__ import annotations

import codecs
import http.client
import re
import socket
import ssl
import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from urllib.parse import urlsplit

from reader import __version__

TYPE_CHECKING = False  # typing is not imported at run time: it costs start-up
if TYPE_CHECKING:
    from typing import IO

TIMEOUT = 20.0
MAX_BYTES = 5 * 1024 * 1024
USER_AGENT = f"reader/{__version__} (article import; +https://pypi.org/project/reader)"
HTML_TYPES = {"text/html", "application/xhtml+xml"}
_CHUNK = 64 * 1024
_META_CHARSET_RE = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)""", re.I)


class FetchError(Exception):
    """The page could not be fetched; ``str()`` is one line for the user."""


@dataclass(frozen=True)
class Page:
    url: str            # the final address, after redirects
    data: bytes
    charset: str | None  # as declared in the Content-Type header


def is_web_address(source: str) -> bool:
    return urlsplit(source.strip()).scheme.lower() in ("http", "https")


def check_address(url: str) -> str:
    """Return ``url`` stripped, or raise FetchError when it is not an http(s) address."""
    url = url.strip()
    parts = urlsplit(url)
    if parts.scheme.lower() not in ("http", "https"):
        raise FetchError(f"only http and https addresses can be imported, not '{parts.scheme}:'")
    try:
        host = parts.hostname
        parts.port  # noqa: B018 - raises ValueError for a bad port
    except ValueError:
        host = None
    if not host:
        raise FetchError("not a valid web address (no host name)")
    return url


class _HttpOnlyRedirects(urllib.request.HTTPRedirectHandler):
    max_redirections = 10

    def redirect_request(self, req: urllib.request.Request, fp: IO[bytes], code: int, msg: str,
                         headers: http.client.HTTPMessage, newurl: str) -> urllib.request.Request | None:
        if urlsplit(newurl).scheme.lower() not in ("http", "https"):
            raise FetchError(f"redirected to a non-http address ({urlsplit(newurl).scheme}:), refused")
        return super().redirect_request(req, fp, code, msg, headers, newurl)


def _opener() -> urllib.request.OpenerDirector:
    opener = urllib.request.OpenerDirector()
    for handler in (urllib.request.ProxyHandler(), urllib.request.HTTPHandler(), urllib.request.HTTPSHandler(),
                    urllib.request.HTTPDefaultErrorHandler(), _HttpOnlyRedirects(),
                    urllib.request.HTTPErrorProcessor()):
        opener.add_handler(handler)
    return opener


def fetch_page(url: str, timeout: float = TIMEOUT, max_bytes: int = MAX_BYTES) -> Page:
    """Download an HTML page. ``timeout`` bounds each network wait and the whole download."""
    url = check_address(url)
    host = urlsplit(url).hostname
    deadline = time.monotonic() + timeout
    request = urllib.request.Request(url, headers={
        "User-Agent": USER_AGENT,
        "Accept": "text/html,application/xhtml+xml;q=0.9,*/*;q=0.1",
        "Accept-Encoding": "identity",
    })
    try:
        with _opener().open(request, timeout=timeout) as response:
            final = response.geturl() or url
            ctype = response.headers.get_content_type()
            declared = response.headers.get("Content-Type")
            if declared and ctype not in HTML_TYPES:
                raise FetchError(f"not an HTML page (content type {ctype})")
            length = response.headers.get("Content-Length")
            if length and length.strip().isdigit() and int(length) > max_bytes:
                raise FetchError(f"page is {int(length) / 1048576:.1f} MB, over the {_mb(max_bytes)} limit")
            chunks, size = [], 0
            read = getattr(response, "read1", response.read)  # read1: whatever has arrived
            while True:
                if time.monotonic() > deadline:
                    raise FetchError(f"timed out after {timeout:g} s")
                chunk = read(_CHUNK)
                if not chunk:
                    break
                chunks.append(chunk)
                size += len(chunk)
                if size > max_bytes:
                    raise FetchError(f"page is over the {_mb(max_bytes)} limit")
            charset = response.headers.get_content_charset()
    except FetchError:
        raise
    except urllib.error.HTTPError as exc:
        reason = exc.reason if isinstance(exc.reason, str) else ""
        raise FetchError(f"HTTP {exc.code} {reason}".strip()) from None
    except urllib.error.URLError as exc:
        raise FetchError(_network_message(exc.reason, host, timeout)) from None
    except TimeoutError:
        raise FetchError(f"timed out after {timeout:g} s") from None
    except (http.client.HTTPException, OSError, ValueError) as exc:
        raise FetchError(_network_message(exc, host, timeout)) from None
    data = b"".join(chunks)
    if not declared and not _looks_like_html(data):
        raise FetchError("not an HTML page (no content type, and it does not look like HTML)")
    return Page(final, data, charset)


def _network_message(reason: object, host: str | None, timeout: float) -> str:
    if isinstance(reason, (TimeoutError, socket.timeout)):
        return f"timed out after {timeout:g} s"
    if isinstance(reason, socket.gaierror):
        return f"cannot find host {host} (DNS lookup failed)"
    if isinstance(reason, ConnectionRefusedError):
        return f"connection to {host} refused"
    if isinstance(reason, (ConnectionResetError, http.client.RemoteDisconnected)):
        return f"connection to {host} was closed before the page arrived"
    if isinstance(reason, http.client.IncompleteRead):
        return f"connection to {host} ended in the middle of the page"
    if isinstance(reason, ssl.SSLCertVerificationError):
        return f"secure connection to {host} failed: certificate not trusted"
    if isinstance(reason, ssl.SSLError):
        return f"secure connection to {host} failed ({reason.reason or 'TLS error'})"
    if isinstance(reason, OSError) and reason.strerror:
        return f"network error reaching {host}: {reason.strerror}"
    text = str(reason).strip() or reason.__class__.__name__
    return f"network error reaching {host}: {text}"


def _looks_like_html(data: bytes) -> bool:
    head = data[:2048].lstrip().lower()
    return head.startswith((b"<!doctype html", b"<html", b"<head", b"<body", b"<article", b"<!--")) \
        or b"<html" in head


def _mb(limit: int) -> str:
    return f"{limit / 1048576:g} MB"


def decode_html(data: bytes, declared: str | None = None) -> str | None:
    """Page text using the server's charset, else a BOM, else ``<meta charset>``, else
    UTF-8 when the bytes are valid UTF-8. ``None`` when none of these applies (the
    caller lets the extraction library guess)."""
    for bom, name in ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
                      (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            return data.decode(name, errors="replace")
    names = [declared] if declared else []
    meta = _META_CHARSET_RE.search(data[:4096])
    if meta:
        names.append(meta.group(1).decode("ascii"))
    for name in names:
        try:
            codec = codecs.lookup(name).name
        except LookupError:
            continue
        if codec in ("latin-1", "iso8859-1", "ascii"):
            codec = "cp1252"  # what browsers do (WHATWG encoding standard)
        return data.decode(codec, errors="replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return None
