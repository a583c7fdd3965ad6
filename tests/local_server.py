"""A web server on 127.0.0.1 for the import tests: started on a free port in a thread,
stopped (with every slow handler told to give up) when the test module is done. Never
another address."""

from __future__ import annotations

import http.server
import threading
from collections.abc import Iterator
from contextlib import contextmanager


class Server(http.server.ThreadingHTTPServer):
    daemon_threads = True
    seen: list[tuple[str, str]]

    def handle_error(self, request: object, client_address: object) -> None:
        pass  # a client that gave up (the point of several tests) is not an error


@contextmanager
def serving(handler: type[http.server.BaseHTTPRequestHandler], stop: threading.Event) -> Iterator[Server]:
    """``handler`` served on 127.0.0.1; ``stop`` is set at the end so handlers that wait stop."""
    stop.clear()
    httpd = Server(("127.0.0.1", 0), handler)
    httpd.seen = []
    # (serve_forever sees a shutdown at its next poll: every 0.05 s, not the default 0.5 s that
    # each test with a server of its own waited for at the end)
    thread = threading.Thread(target=httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    try:
        yield httpd
    finally:
        stop.set()
        httpd.shutdown()
        httpd.server_close()


def url_of(httpd: Server) -> str:
    return f"http://127.0.0.1:{httpd.server_address[1]}"
