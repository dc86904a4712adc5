"""A local news site for the URL-input tests: real HTTP on 127.0.0.1, pages we wrote.

`serve_news_site()` starts a threaded stdlib HTTP server and records every request it
gets, so a test can prove that nothing was fetched from an address Sift must refuse.
The pages in `news_pages/` carry the furniture of real news pages (navigation, cookie
banners, scripts, related links, Open Graph and JSON-LD metadata).

Routes:
  /article.html, /en/article.html     the French and English articles (UTF-8)
  /latin1.html                        the French article in ISO-8859-1, charset in header
  /latin1-meta.html                   the same, charset only in <meta>
  /tabloid.html                       the English article, published by a known tabloid
  /plain.txt, /no-type                the English article's text as text/plain, no type
  /home.html, /video.html, /consent.html, /paywall.html, /broken.html
  /report.pdf, /photo.jpg             non-HTML content
  /missing.html                       404
  /slow.html                          answers after `slow_seconds`
  /trickle.html                       sends a byte at a time, slower than a whole fetch
  /huge.html, /huge-declared.html     `huge_bytes` of HTML, streamed or with Content-Length
  /r/N                                N redirects, then /article.html
  /loop                               redirects forever
  /relative                           a relative redirect to article.html
  /to/<url>                           302 to any URL (e.g. http://127.0.0.1:PORT/secret)
  /secret                             a page that tests check was never requested
  /gzip.html                          the French article, gzip-encoded
"""

from __future__ import annotations

import gzip
import html
import re
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import unquote

from tests.fakes.loopback import LoopbackServer

PAGES = Path(__file__).parent / "news_pages"
PLAIN_PAGES = ("/home.html", "/video.html", "/consent.html", "/paywall.html", "/broken.html")


def page(name: str) -> bytes:
    """A page of `news_pages/`, as bytes."""
    return (PAGES / name).read_bytes()


def latin1_page(with_header: bool) -> bytes:
    """The French article re-encoded in ISO-8859-1 (curly quotes made straight first)."""
    text = page("article-fr.html").decode("utf-8").replace("\u2019", "'").replace("\u203a", ">")
    text = text.replace('<meta charset="utf-8">', '<meta charset="iso-8859-1">')
    return text.encode("iso-8859-1")


def plain_text(name: str) -> bytes:
    """The visible paragraphs of a page as plain text: an article served as .txt."""
    source = page(name).decode("utf-8")
    title = re.search(r"<h1[^>]*>(.*?)</h1>", source, re.S)
    paragraphs = re.findall(r"<p>(.*?)</p>", source, re.S)
    lines = [title.group(1)] if title else []
    lines += [re.sub(r"<[^>]+>", "", p) for p in paragraphs]
    return html.unescape("\n\n".join(lines)).encode("utf-8")


@dataclass
class NewsSite:
    """The running server: its base URL and the paths it was asked for."""

    port: int
    requests: list[str] = field(default_factory=list)
    headers: list[dict[str, str]] = field(default_factory=list)
    slow_seconds: float = 3.0
    huge_bytes: int = 1_000_000

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def url(self, path: str) -> str:
        return self.base + path

    def count(self, path: str) -> int:
        """How many times `path` was requested."""
        return sum(1 for p in self.requests if p == path)


def _make_handler(site: NewsSite) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, format: str, *args: object) -> None:  # quiet tests
            pass

        def _send(self, status: int, body: bytes, content_type: str | None, **extra: str):
            self.send_response(status)
            if content_type:
                self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(body)))
            for name, value in extra.items():
                self.send_header(name.replace("_", "-"), value)
            self.end_headers()
            self.wfile.write(body)

        def _redirect(self, location: str, status: int = 302) -> None:
            self._send(status, b"", "text/html", Location=location)

        def _stream_huge(self, declare_length: bool) -> None:
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            if declare_length:
                self.send_header("Content-Length", str(site.huge_bytes))
            else:
                self.send_header("Connection", "close")
            self.end_headers()
            chunk = b"<p>" + b"Lorem ipsum dolor sit amet. " * 36 + b"</p>\n"
            sent = 0
            try:
                while sent < site.huge_bytes:
                    piece = chunk[: site.huge_bytes - sent]
                    self.wfile.write(piece)
                    sent += len(piece)
            except (BrokenPipeError, ConnectionResetError):
                pass  # the client gave up, as it should
            self.close_connection = True

        def do_GET(self) -> None:  # noqa: C901 - a routing table
            site.requests.append(self.path)
            path = self.path.split("?", 1)[0]  # pages ignore their query, like real sites
            site.headers.append(dict(self.headers.items()))
            html_type = "text/html; charset=utf-8"
            if path == "/article.html":
                self._send(200, page("article-fr.html"), html_type)
            elif path == "/en/article.html":
                self._send(200, page("article-en.html"), "text/html")
            elif path == "/latin1.html":
                self._send(200, latin1_page(True), "text/html; charset=ISO-8859-1")
            elif path == "/latin1-meta.html":
                self._send(200, latin1_page(False), "text/html")
            elif path == "/tabloid.html":
                body = page("article-en.html").replace(b"Northshore Gazette", b"Daily Mirror")
                self._send(200, body, html_type)
            elif path == "/plain.txt":
                self._send(200, plain_text("article-en.html"), "text/plain; charset=utf-8")
            elif path == "/no-type":
                self._send(200, plain_text("article-en.html"), None)
            elif path in PLAIN_PAGES:
                self._send(200, page(path.lstrip("/")), html_type)
            elif path == "/":
                self._send(200, page("home.html"), html_type)
            elif path == "/gzip.html":
                body = gzip.compress(page("article-fr.html"))
                self._send(200, body, html_type, Content_Encoding="gzip")
            elif path == "/report.pdf":
                self._send(200, b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n", "application/pdf")
            elif path == "/photo.jpg":
                self._send(200, b"\xff\xd8\xff\xe0\x00\x10JFIF\x00", "image/jpeg")
            elif path == "/slow.html":
                time.sleep(site.slow_seconds)
                self._send(200, page("article-fr.html"), html_type)
            elif path == "/trickle.html":
                self._trickle()
            elif path == "/huge.html":
                self._stream_huge(declare_length=False)
            elif path == "/huge-declared.html":
                self._stream_huge(declare_length=True)
            elif path.startswith("/r/"):
                left = int(path[3:])
                self._redirect("/article.html" if left <= 1 else f"/r/{left - 1}", 301)
            elif path == "/loop":
                self._redirect("/loop")
            elif path == "/relative":
                self._redirect("article.html", 307)
            elif path.startswith("/to/"):
                self._redirect(unquote(path[4:]))
            elif path == "/secret":
                self._send(200, b"<html><body>internal admin page</body></html>", html_type)
            else:
                self._send(404, b"<html><body><h1>Page introuvable</h1></body></html>", html_type)

        def _trickle(self) -> None:
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Connection", "close")
            self.end_headers()
            try:
                for byte in page("article-fr.html")[:200]:
                    self.wfile.write(bytes([byte]))
                    self.wfile.flush()
                    time.sleep(0.05)
            except (BrokenPipeError, ConnectionResetError):
                pass
            self.close_connection = True

    return Handler


class QuietServer(ThreadingHTTPServer):
    """Clients hanging up early is what the timeout and size tests expect: no traceback."""

    daemon_threads = True

    def handle_error(self, request: object, client_address: object) -> None:
        if not isinstance(sys.exc_info()[1], ConnectionError):
            super().handle_error(request, client_address)


@contextmanager
def serve_news_site(**options: float) -> Iterator[NewsSite]:
    """Run the news site on a free loopback port for the duration of the block."""
    site = NewsSite(port=0, **options)
    server = LoopbackServer(_make_handler(site), server_class=QuietServer)
    site.port = server.port
    with server:
        yield site


def main() -> None:
    """Serve the news site until interrupted, printing its base URL (for benchmarks)."""
    with serve_news_site() as site:
        print(site.base, flush=True)
        with suppress(KeyboardInterrupt):
            threading.Event().wait()


if __name__ == "__main__":
    main()
