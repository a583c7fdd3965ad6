"""Fetch one web page for ``reader import``: http(s) only, bounded in time and size.

:func:`fetch_page` returns the page's bytes and the charset its server declared, or
raises :class:`FetchError` whose message is one plain line ("HTTP 404 Not Found",
"timed out after 20 s waiting for the reply from news.example", "cannot find host
news.example", ...): never a traceback. :func:`decode_html` turns page bytes into text,
honouring the declared charset, a byte order mark or a ``<meta charset>``, in that order,
else UTF-8 when the bytes are UTF-8 and Windows-1252 when not; only the charsets in
:data:`CHARSETS` are accepted (``utf-7``, for one, is refused).

Plain ``urllib.request``: redirects are followed (at most 10) but only to http(s)
addresses; proxies from the environment are honoured as urllib does. One deadline covers
the whole fetch -- connecting, every redirect, the response headers and the body -- so a
server sending a byte a second cannot hold an import past it: a timer shuts the
connection's socket down when the deadline passes (the host name lookup itself is the
system's, and not bounded by it).
"""

from __future__ import annotations

import codecs
import contextlib
import http.client
import re
import socket
import ssl
import threading
import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from urllib.parse import urlsplit

from reader import __version__
from reader.text.sanitize import one_line

TYPE_CHECKING = False  # typing is not imported at run time: it costs start-up
if TYPE_CHECKING:
    from typing import IO, Any

TIMEOUT = 20.0
MAX_BYTES = 5 * 1024 * 1024
USER_AGENT = f"reader/{__version__} (article import; +https://pypi.org/project/reader)"
HTML_TYPES = {"text/html", "application/xhtml+xml"}
_CHUNK = 64 * 1024
# The charsets a page may declare (codec names as ``codecs.lookup`` gives them); any
# other one a page names is refused (utf-7 can smuggle markup past filters).
CHARSETS = frozenset({
    "utf-8", "utf-16", "utf-16-le", "utf-16-be", "ascii", "iso8859-1", *(f"iso8859-{n}" for n in range(2, 17)),
    *(f"cp{n}" for n in range(1250, 1259)), "koi8-r", "koi8-u", "cp866", "mac-roman", "shift_jis", "cp932",
    "euc_jp", "iso2022_jp", "gb2312", "gbk", "gb18030", "big5", "big5hkscs", "euc_kr", "cp949", "tis-620",
})
_META_CHARSET_RE = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)""", re.I)


class FetchError(Exception):
    """The page could not be fetched; ``str()`` is one line for the user."""


@dataclass(frozen=True)
class Page:
    url: str            # the final address, after redirects
    data: bytes
    charset: str | None  # as declared in the Content-Type header


def is_web_address(source: str) -> bool:
    """Whether ``source`` names an http(s) address (well formed or not: see :func:`check_address`)."""
    return re.match(r"\s*https?://", source, re.I) is not None


def check_address(url: str) -> str:
    """Return ``url`` stripped, or raise FetchError when it is not an http(s) address."""
    url = url.strip()
    try:
        parts = urlsplit(url)
    except ValueError as exc:  # e.g. "http://[::1": an unclosed IPv6 bracket
        raise FetchError(f"not a valid web address ({exc})") from None
    if parts.scheme.lower() not in ("http", "https"):
        raise FetchError(f"only http and https addresses can be imported, not '{parts.scheme[:20]}:'")
    if any(c.isspace() for c in url):
        raise FetchError("not a valid web address (it holds a space or a line break)")
    if parts.username is not None or parts.password is not None:
        raise FetchError("addresses with a user name or password are not imported (reader sends no credentials)")
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


class _Deadline:
    """One deadline for a whole fetch. Every socket the fetch opens is registered (a
    duplicate of it, which stays valid when TLS takes the original over); when the
    deadline passes, a timer shuts them all down, which ends any wait on them at once
    (a read returns end of file, which the fetch then reports as the timeout)."""

    def __init__(self, timeout: float) -> None:
        self.timeout = timeout
        self.end = time.monotonic() + timeout
        self.expired = False
        self.phase = "connecting to"
        self._lock = threading.Lock()
        self._socks: list[socket.socket] = []
        self._timer = threading.Timer(timeout, self.expire)
        self._timer.daemon = True

    def left(self) -> float:
        """Seconds left; raises TimeoutError when none are."""
        left = self.end - time.monotonic()
        if left <= 0 or self.expired:
            raise TimeoutError
        return left

    def connect(self, address: tuple[str, int], timeout: float | None = None,
                source_address: tuple[str, int] | None = None) -> socket.socket:
        """``socket.create_connection`` within the deadline, its socket registered."""
        sock = socket.create_connection(address, min(timeout or self.left(), self.left()), source_address)
        with self._lock:
            self._socks.append(sock.dup())
            if self.expired:
                self._shut(self._socks[-1])
        self.phase = "waiting for the reply from"
        return sock

    def expire(self) -> None:
        with self._lock:
            self.expired = True
            for sock in self._socks:
                self._shut(sock)

    @staticmethod
    def _shut(sock: socket.socket) -> None:
        with contextlib.suppress(OSError):
            sock.shutdown(socket.SHUT_RDWR)

    def __enter__(self) -> _Deadline:
        self._timer.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._timer.cancel()
        with self._lock:
            for sock in self._socks:
                sock.close()
            self._socks.clear()


class _HttpConnection(http.client.HTTPConnection):
    """An HTTP connection whose socket is opened within, and registered with, a deadline."""

    def __init__(self, host: str, deadline: _Deadline, **kwargs: Any) -> None:
        super().__init__(host, **{**kwargs, "timeout": deadline.left()})
        self._create_connection = deadline.connect


class _HttpsConnection(http.client.HTTPSConnection):
    """The same for HTTPS (the TLS handshake runs on the registered socket)."""

    def __init__(self, host: str, deadline: _Deadline, **kwargs: Any) -> None:
        super().__init__(host, **{**kwargs, "timeout": deadline.left()})
        self._create_connection = deadline.connect


def _opener(deadline: _Deadline) -> urllib.request.OpenerDirector:
    class Http(urllib.request.HTTPHandler):
        def http_open(self, req: urllib.request.Request) -> http.client.HTTPResponse:
            def connection(host: str, **kwargs: Any) -> http.client.HTTPConnection:
                return _HttpConnection(host, deadline, **kwargs)

            return self.do_open(connection, req)

    class Https(urllib.request.HTTPSHandler):
        def https_open(self, req: urllib.request.Request) -> http.client.HTTPResponse:
            def connection(host: str, **kwargs: Any) -> http.client.HTTPSConnection:
                return _HttpsConnection(host, deadline, **kwargs)

            return self.do_open(connection, req)  # http.client's default TLS context, as urllib's own

    opener = urllib.request.OpenerDirector()
    for handler in (urllib.request.ProxyHandler(), Http(), Https(),
                    urllib.request.HTTPDefaultErrorHandler(), _HttpOnlyRedirects(),
                    urllib.request.HTTPErrorProcessor()):
        opener.add_handler(handler)
    return opener


def fetch_page(url: str, timeout: float = TIMEOUT, max_bytes: int = MAX_BYTES) -> Page:
    """Download an HTML page. ``timeout`` is one deadline for the whole fetch: connecting,
    redirects, the response headers and the body."""
    url = check_address(url)
    host = urlsplit(url).hostname
    request = urllib.request.Request(url, headers={
        "User-Agent": USER_AGENT,
        "Accept": "text/html,application/xhtml+xml;q=0.9,*/*;q=0.1",
        "Accept-Encoding": "identity",
    })
    deadline = _Deadline(timeout)
    size = 0
    try:
        with deadline, _opener(deadline).open(request, timeout=timeout) as response:
            deadline.phase = "reading the page from"
            final = response.geturl() or url
            ctype = response.headers.get_content_type()
            declared = response.headers.get("Content-Type")
            if declared and ctype not in HTML_TYPES:
                raise FetchError(f"not an HTML page (content type {ctype})")
            length = response.headers.get("Content-Length")
            if length and length.strip().isdigit() and int(length) > max_bytes:
                raise FetchError(f"page is {int(length) / 1048576:.1f} MB, over the {_mb(max_bytes)} limit")
            chunks: list[bytes] = []
            read = getattr(response, "read1", response.read)  # read1: whatever has arrived
            while True:
                deadline.left()
                chunk = read(_CHUNK)
                if not chunk:
                    break
                chunks.append(chunk)
                size += len(chunk)
                if size > max_bytes:
                    raise FetchError(f"page is over the {_mb(max_bytes)} limit")
            deadline.left()  # the end of the body may be the timer's doing
            if length and length.strip().isdigit() and size < int(length):
                # (read1 gives b"" when the server closes early, where read() would raise)
                raise FetchError(f"connection to {host} ended in the middle of the page "
                                 f"({size} of {int(length)} bytes)")
            charset = response.headers.get_content_charset()
            encoding = (response.headers.get("Content-Encoding") or "identity").strip().lower()
    except FetchError:
        raise
    except urllib.error.HTTPError as exc:
        if deadline.expired:
            raise FetchError(_timed_out(deadline, host, size)) from None
        reason = exc.reason if isinstance(exc.reason, str) else ""
        raise FetchError(f"HTTP {exc.code} {reason}".strip()) from None
    except urllib.error.URLError as exc:
        if deadline.expired or isinstance(exc.reason, (TimeoutError, socket.timeout)):
            raise FetchError(_timed_out(deadline, host, size)) from None
        raise FetchError(_network_message(exc.reason, host, timeout)) from None
    except TimeoutError:
        raise FetchError(_timed_out(deadline, host, size)) from None
    except (http.client.HTTPException, OSError, ValueError) as exc:
        if deadline.expired:
            raise FetchError(_timed_out(deadline, host, size)) from None
        raise FetchError(_network_message(exc, host, timeout)) from None
    data = _decoded(b"".join(chunks), encoding, max_bytes)
    if not declared and not _looks_like_html(data):
        raise FetchError("not an HTML page (no content type, and it does not look like HTML)")
    return Page(final, data, charset)


def _decoded(data: bytes, encoding: str, max_bytes: int) -> bytes:
    """The page's bytes with the server's Content-Encoding undone. reader asks for none
    (``identity``), but servers send gzip anyway; a browser reads such a page, so reader
    does too, within the same size limit on what it unpacks (a small gzip "bomb" may
    unpack to gigabytes). An encoding it does not know (br, zstd) is said in the message."""
    import zlib

    if encoding in ("identity", ""):
        return data
    if encoding not in ("gzip", "x-gzip", "deflate"):
        raise FetchError(f"the server sent the page compressed ({one_line(encoding)[:20]}), "
                         "which reader does not unpack")
    # gzip: its header; deflate: zlib's header, or (as some servers send it) none at all
    tries = (zlib.MAX_WBITS | 16,) if encoding != "deflate" else (zlib.MAX_WBITS, -zlib.MAX_WBITS)
    for wbits in tries:
        unpack = zlib.decompressobj(wbits)
        try:
            out = unpack.decompress(data, max_bytes + 1)
        except zlib.error:
            continue
        if len(out) > max_bytes or unpack.unconsumed_tail:
            raise FetchError(f"page is over the {_mb(max_bytes)} limit once unpacked ({encoding})")
        if unpack.eof:  # (not at its end: cut short or damaged)
            return out
    raise FetchError(f"the page's {encoding} compression is damaged or cut short")


def _timed_out(deadline: _Deadline, host: str | None, size: int) -> str:
    """What a fetch was doing when its deadline passed, in one line."""
    got = f" ({size} bytes received)" if 0 < size < 10240 else f" ({size // 1024} KB received)" if size else ""
    return f"timed out after {deadline.timeout:g} s {deadline.phase} {host}{got}"


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
    UTF-8 when the bytes are valid UTF-8, else Windows-1252 (the WHATWG default for a
    page that declares nothing, in English and other Western languages): never a
    statistical guess, which one edit of the page could change. A charset that Python knows but
    :data:`CHARSETS` does not list (``utf-7``, ``rot13`` ...) raises FetchError; a name
    nobody knows is skipped."""
    from reader.library.decoding import bom_of

    marked = bom_of(data)                   # (UTF-32's marks before UTF-16's)
    if marked is not None:
        return data[marked[1]:].decode(marked[0], errors="replace")
    names = [declared] if declared else []
    meta = _META_CHARSET_RE.search(data[:4096])
    if meta:
        names.append(meta.group(1).decode("ascii"))
    for name in names:
        try:
            codec = codecs.lookup(name).name
        except LookupError:
            continue
        if codec not in CHARSETS:
            raise FetchError(f"the page declares charset {one_line(name)[:40]}, which reader does not accept "
                             "(UTF-8, UTF-16, ISO-8859, Windows code pages and the common Asian ones are)")
        if codec in ("latin-1", "iso8859-1", "ascii"):
            codec = "cp1252"  # what browsers do (WHATWG encoding standard)
        return data.decode(codec, errors="replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")
