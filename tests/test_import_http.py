"""reader import from web addresses, against a local HTTP server on 127.0.0.1 only."""

from __future__ import annotations

import gzip
import http.server
import socket
import threading
import zlib
from pathlib import Path

import pytest
from local_server import serving, url_of

pytest.importorskip("trafilatura")

from reader.library import fetch
from reader.library.importer import import_sources
from reader.library.loading import load_file

PAGES = Path(__file__).parent / "data" / "pages"
STOP = threading.Event()


class Handler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.0"

    def log_message(self, *args):  # keep test output clean
        pass

    def _send(self, status: int, body: bytes, ctype: str | None = "text/html; charset=utf-8",
              headers: dict | None = None, length: bool = True) -> None:
        self.send_response(status)
        if ctype:
            self.send_header("Content-Type", ctype)
        if length:
            self.send_header("Content-Length", str(len(body)))
        for key, value in (headers or {}).items():
            self.send_header(key, value)
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self):
        page = lambda name: (PAGES / name).read_bytes()  # noqa: E731
        self.server.seen.append((self.path, self.headers.get("User-Agent")))
        route = self.path.split("?")[0]
        if route == "/news":
            self._send(200, page("news_full.html"))
        elif route == "/swifts":
            self._send(200, page("article_only.html"))
        elif route == "/latin":
            self._send(200, page("latin1.html").replace(b"windows-1252", b"utf-8"),  # the header wins
                       "text/html; charset=windows-1252")
        elif route == "/listing":
            self._send(200, page("listing.html"))
        elif route == "/no-type":
            self._send(200, page("article_only.html"), ctype=None)
        elif route == "/no-type-binary":
            self._send(200, b"%PDF-1.7\n" + bytes(range(256)) * 4, ctype=None)
        elif route == "/pdf":
            self._send(200, b"%PDF-1.7\n", "application/pdf")
        elif route == "/missing":
            self._send(404, b"<html><body>Not here</body></html>")
        elif route == "/broken":
            self._send(500, b"<html><body>Oops</body></html>")
        elif route == "/redirect":
            self._send(302, b"", headers={"Location": "/swifts"})
        elif route == "/redirect-ftp":
            self._send(302, b"", headers={"Location": "ftp://127.0.0.1/secret"})
        elif route == "/loop":
            self._send(302, b"", headers={"Location": "/loop"})
        elif route == "/big":
            self._send(200, b"<html>" + b"x" * 200_000)
        elif route == "/big-no-length":
            self._send(200, b"<html>" + b"x" * 200_000, length=False)
        elif route == "/truncated":            # Content-Length of the whole page, half of it sent
            body = page("news_full.html")
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body[: len(body) // 2])
        elif route.startswith("/packed/"):   # Content-Encoding sent though reader asks for identity
            kind = route.rsplit("/", 1)[1]
            body = page("news_full.html")
            packed = {"gzip": lambda: gzip.compress(body), "deflate": lambda: zlib.compress(body),
                      "raw-deflate": lambda: zlib.compress(body)[2:-4], "br": lambda: body,
                      "bomb": lambda: gzip.compress(b"<html>" + b" " * 300_000),
                      "damaged": lambda: gzip.compress(body)[:40] + b"\0" * 40}[kind]()
            encoding = {"raw-deflate": "deflate", "bomb": "gzip", "damaged": "gzip"}.get(kind, kind)
            self._send(200, packed, headers={"Content-Encoding": encoding})
        elif route == "/slow":
            STOP.wait(3)  # longer than the test's timeout
            self._send(200, page("news_full.html"))
        elif route == "/trickle":
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.end_headers()
            for _ in range(40):
                if STOP.wait(0.1):
                    break
                self.wfile.write(b"<p>a little more text</p>\n")
                self.wfile.flush()
        else:
            self._send(404, b"")


@pytest.fixture(scope="module")
def server():
    with serving(Handler, STOP) as httpd:
        yield httpd, url_of(httpd)


pytestmark = pytest.mark.usefixtures("no_proxies")


def _import(url: str, into: Path, **kw):
    [result] = import_sources([url], into, **kw)
    return result


def test_article_over_http(server, tmp_path):
    httpd, base = server
    result = _import(f"{base}/news", tmp_path)
    assert result.ok, result.message
    # the page's own canonical address is on another host and path: only a claim, the
    # address fetched is kept (two pages giving one canonical address were one article)
    assert result.metadata["url"] == f"{base}/news"
    assert result.metadata["authors"] == ["Priya Natarajan", "Tomas Ekberg"]
    issues = []
    article = load_file(result.path, issues)
    assert issues == [] and article.title == "Council approves new harbour flood barrier"
    agent = next(ua for path, ua in httpd.seen if path == "/news")
    assert agent.startswith("reader/")


def test_redirect_is_followed_and_final_address_kept(server, tmp_path):
    _, base = server
    result = _import(f"{base}/redirect", tmp_path)
    assert result.ok, result.message
    assert result.metadata["url"] == f"{base}/swifts"
    issues = []
    assert load_file(result.path, issues).url == f"{base}/swifts" and issues == []


def test_header_charset_is_honoured(server, tmp_path):
    _, base = server
    result = _import(f"{base}/latin", tmp_path)
    assert result.ok, result.message
    assert result.metadata["title"] == "Le café du port ferme ses portes après soixante ans"


def test_missing_content_type_is_sniffed(server, tmp_path):
    _, base = server
    assert _import(f"{base}/no-type", tmp_path).ok
    refused = _import(f"{base}/no-type-binary", tmp_path)
    assert not refused.ok and refused.message.startswith("not an HTML page")


@pytest.mark.parametrize("route, message", [
    ("/missing", "HTTP 404 Not Found"),
    ("/broken", "HTTP 500 Internal Server Error"),
    ("/pdf", "not an HTML page (content type application/pdf)"),
    ("/listing", "not an article: only 0 words of running text found, 80 needed"),
    ("/redirect-ftp", "redirected to a non-http address (ftp:), refused"),
    ("/big", "page is 0.2 MB, over the 0.0953674 MB limit"),
    ("/big-no-length", "page is over the 0.0953674 MB limit"),
])
def test_failures_are_one_clear_line(server, tmp_path, route, message):
    _, base = server
    result = _import(f"{base}{route}", tmp_path, max_bytes=100_000)
    assert not result.ok
    assert result.message == message
    assert result.path is None
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("kind", ["gzip", "deflate", "raw-deflate"])
def test_a_page_sent_compressed_anyway_is_unpacked(server, tmp_path, kind):
    """reader asks for no compression, but servers send gzip anyway; a browser reads
    such a page, and so does reader (it was "not an HTML page (it could not be parsed)")."""
    _, base = server
    result = _import(f"{base}/packed/{kind}", tmp_path)
    assert result.ok, result.message
    assert result.metadata["title"] == "Council approves new harbour flood barrier"


@pytest.mark.parametrize("kind, message", [
    ("bomb", "page is over the 0.0953674 MB limit once unpacked (gzip)"),
    ("damaged", "the page's gzip compression is damaged or cut short"),
    ("br", "the server sent the page compressed (br), which reader does not unpack"),
])
def test_a_compressed_page_is_unpacked_within_the_limit_or_refused_in_one_line(server, tmp_path, kind, message):
    _, base = server
    result = _import(f"{base}/packed/{kind}", tmp_path, max_bytes=100_000)
    assert not result.ok and result.message == message
    assert list(tmp_path.iterdir()) == []


def test_redirect_loop(server, tmp_path):
    _, base = server
    result = _import(f"{base}/loop", tmp_path)
    assert not result.ok and result.message.startswith("HTTP 302")


@pytest.mark.parametrize("route, doing", [("/slow", "waiting for the reply from 127.0.0.1"),
                                          ("/trickle", "reading the page from 127.0.0.1 (")])
def test_timeout(server, tmp_path, route, doing):
    import time

    _, base = server
    start = time.monotonic()
    result = _import(f"{base}{route}", tmp_path, timeout=0.5)
    assert time.monotonic() - start < 1.5
    assert not result.ok
    assert result.message.startswith(f"timed out after 0.5 s {doing}"), result.message


def test_connection_refused(tmp_path):
    with socket.socket() as sock:  # a port nobody listens on
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    result = _import(f"http://127.0.0.1:{port}/news", tmp_path)
    assert not result.ok and result.message == "connection to 127.0.0.1 refused"


def test_dns_failure(tmp_path, monkeypatch):
    def no_such_host(*args, **kwargs):  # never asks a real resolver
        raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")

    monkeypatch.setattr(socket, "getaddrinfo", no_such_host)
    result = _import("http://no-such-host.invalid/story", tmp_path)
    assert not result.ok
    assert result.message == "cannot find host no-such-host.invalid (DNS lookup failed)"


def test_one_failure_does_not_stop_the_others(server, tmp_path):
    _, base = server
    results = import_sources([f"{base}/missing", f"{base}/swifts", "gopher://127.0.0.1/x"], tmp_path)
    assert [r.ok for r in results] == [False, True, False]
    assert [p.name for p in tmp_path.iterdir()] == [results[1].path.name]


def test_fetch_refuses_other_schemes_before_any_network():
    for url in ("file:///etc/passwd", "ftp://127.0.0.1/x", "http:///nohost", "javascript:alert(1)"):
        with pytest.raises(fetch.FetchError):
            fetch.fetch_page(url)


def test_a_page_cut_short_of_its_length_is_refused(server, tmp_path):
    _, base = server
    result = _import(f"{base}/truncated", tmp_path)
    assert not result.ok
    assert result.message.startswith("connection to 127.0.0.1 ended in the middle of the page (")
    assert list(tmp_path.iterdir()) == []


def test_a_canonical_address_is_taken_only_for_the_page_fetched():
    from reader.library.importer import _page_address

    story = "https://ledger.example/news/story"
    assert _page_address(story + "?utm_source=feed", story) == story       # the fetched page, less tracking
    assert _page_address("https://www.ledger.example/news/story/", story) == story
    assert _page_address("https://ledger.example/news/other", story) == "https://ledger.example/news/other"
    assert _page_address("", story) == story                                # a saved file: only its own


def test_one_page_is_one_address_whatever_its_case_port_or_fragment(server, tmp_path):
    from reader.library.versions import address_key

    assert address_key("HTTP://Example.COM:80/a#top") == "http://example.com/a"
    assert address_key("https://example.com") == "https://example.com/"
    assert address_key("https://example.com:8443/a?b=1") == "https://example.com:8443/a?b=1"
    _, base = server
    first = _import(f"{base}/swifts#comments", tmp_path)
    again = _import(f"{base.upper().replace('127.0.0.1', '127.0.0.1')}/swifts", tmp_path)
    assert first.ok and again.ok
    assert again.status == "up to date" and again.path == first.path
    assert len([p for p in tmp_path.iterdir() if p.suffix == ".md"]) == 1
