"""A link becomes the article: fetch the page safely, take its text, outlet and date.

Fetching rules, each with a reason:
- only http and https: other schemes reach files or internal services;
- every connection goes through `GuardedTransport`, which refuses private, loopback,
  link-local, multicast and reserved addresses after resolving the name (unless
  `SIFT_ALLOW_PRIVATE_URLS` is set, for tests and local use);
- redirects are followed here, at most `MAX_REDIRECTS`, so each hop is checked again;
- connect/read timeouts plus a deadline for the whole fetch, so that a server trickling
  bytes cannot hold a request open;
- the body is read as a stream and abandoned past `sift_fetch_max_bytes`;
- only HTML and plain text are read: a PDF, an image or a video is refused.

Pages are kept a few minutes in an `ArticleCache` keyed by URL (the link as sent and the
final URL after redirects), so an article shared twice in a chat is fetched once.
"""

from __future__ import annotations

import asyncio
import time
from collections import OrderedDict
from collections.abc import Iterable
from dataclasses import dataclass
from urllib.parse import urljoin

import httpx

from bot.analysis import prepare_article
from bot.config import Settings
from bot.errors import UnusableInput
from bot.extraction.outlets import find_outlet
from bot.input.addresses import BlockedAddress, GuardedTransport, Resolver, UnknownHost
from bot.input.webpage import WebPage, decode_html, extract_page, site_name_from_host
from bot.models import Article, Source, SourceRole

MAX_REDIRECTS = 5
REDIRECT_STATUSES = {301, 302, 303, 307, 308}
# Fewer words of prose than this once the page furniture is gone: a home page, a video
# page, a paywall or a consent wall rather than an article. Prose is counted in lines of
# at least PROSE_LINE_WORDS words, so that a home page's headlines and menus don't count.
MIN_ARTICLE_WORDS = 50
PROSE_LINE_WORDS = 10
# Share of a site's name a known outlet's alias must cover to identify it.
OUTLET_NAME_SHARE = 0.5
USER_AGENT = (
    "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/126.0 Safari/537.36 Sift/0.1 (news claim checklist)"
)
HEADERS = {
    "User-Agent": USER_AGENT,
    "Accept": "text/html,application/xhtml+xml;q=0.9,text/plain;q=0.8,*/*;q=0.1",
    "Accept-Language": "fr,en;q=0.8,*;q=0.5",
}
HTML_TYPES = {"text/html", "application/xhtml+xml"}
TEXT_TYPES = {"text/plain"}
# How a refused content type is named to the user.
KIND_NAMES = {
    "application/pdf": "a PDF document",
    "image": "an image",
    "video": "a video",
    "audio": "an audio file",
}


@dataclass
class Download:
    """The last hop's answer: where it ended, what it declared, and its bytes."""

    url: str
    content_type: str
    body: bytes


class ArticleCache:
    """Articles fetched in the last few minutes, by URL, least recently used dropped first.

    Entries are copies, so a caller changing its article does not change the cache.
    """

    def __init__(self, ttl: float = 600.0, max_entries: int = 256) -> None:
        self.ttl = ttl
        self.max_entries = max_entries
        self._entries: OrderedDict[tuple, tuple[float, Article]] = OrderedDict()

    def get(self, key: tuple) -> Article | None:
        entry = self._entries.get(key)
        if entry is None:
            return None
        stored_at, article = entry
        if time.monotonic() - stored_at > self.ttl:
            del self._entries[key]
            return None
        self._entries.move_to_end(key)
        return article.model_copy(deep=True)

    def put(self, key: tuple, article: Article) -> None:
        self._entries[key] = (time.monotonic(), article.model_copy(deep=True))
        self._entries.move_to_end(key)
        while len(self._entries) > self.max_entries:
            self._entries.popitem(last=False)

    def clear(self) -> None:
        self._entries.clear()

    def __len__(self) -> int:
        return len(self._entries)


DEFAULT_CACHE = ArticleCache()


def make_client(
    settings: Settings,
    *,
    resolver: Resolver | None = None,
    trusted: Iterable[tuple[str, int]] = (),
) -> httpx.AsyncClient:
    """An HTTP client whose every connection is address-checked; reuse it across fetches.

    Callers passing their own client to `fetch_article` must build it here: a plain
    `httpx.AsyncClient` would connect to whatever a name resolves to. `resolver` replaces
    the system's DNS and `trusted` (ip, port) pairs pass the address check: tests use them
    to stand a local server in for a public site.
    """
    return httpx.AsyncClient(
        transport=GuardedTransport(
            allow_private=settings.sift_allow_private_urls, resolver=resolver, trusted=trusted
        ),
        timeout=httpx.Timeout(settings.sift_fetch_timeout),
        headers=HEADERS,
        follow_redirects=False,
        trust_env=False,
    )


def normalise_url(url: str) -> str:
    """The URL to fetch, without its #fragment; refuses what is not an http(s) address."""
    url = url.strip()
    try:
        parsed = httpx.URL(url)
    except (httpx.InvalidURL, ValueError) as exc:
        raise UnusableInput("fetch_failed", detail="this is not a valid web address") from exc
    if parsed.scheme not in ("http", "https"):
        raise UnusableInput("blocked_url", detail="only http and https links can be fetched")
    if not parsed.host:
        raise UnusableInput("fetch_failed", detail="the address has no host name")
    return str(parsed.copy_with(fragment=None))


def _cache_key(url: str, settings: Settings) -> tuple:
    # A page fetched with the address check lifted must not be served with it on.
    return (url, settings.sift_allow_private_urls, settings.sift_max_chars)


def _media_type(content_type: str) -> str:
    return content_type.split(";", 1)[0].strip().lower()


def _refuse_content_type(content_type: str) -> None:
    """Refuse what is neither HTML nor plain text, naming what it is."""
    media = _media_type(content_type)
    if not media or media in HTML_TYPES or media in TEXT_TYPES:
        return
    kind = KIND_NAMES.get(media) or KIND_NAMES.get(media.split("/", 1)[0])
    detail = f"it is {kind}, not a web page" if kind else f"it is a {media} file, not a web page"
    raise UnusableInput("fetch_failed", detail=detail)


async def _read_capped(response: httpx.Response, max_bytes: int) -> bytes:
    """The decoded body, refused as soon as it grows past `max_bytes`."""
    too_large = UnusableInput("page_too_large", detail=f"the page is over {max_bytes:,} bytes")
    declared = response.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > max_bytes:
        raise too_large
    chunks: list[bytes] = []
    size = 0
    async for chunk in response.aiter_bytes():
        size += len(chunk)
        if size > max_bytes:
            raise too_large
        chunks.append(chunk)
    return b"".join(chunks)


async def _download(
    client: httpx.AsyncClient, url: str, settings: Settings, cache: ArticleCache | None
) -> Download | Article:
    """Follow the redirects hop by hop; return the final page, or a cached article."""
    current = url
    for hop in range(MAX_REDIRECTS + 1):
        # The scheme is checked here; addresses by the transport, on every connection.
        normalise_url(current)
        if hop and cache is not None:
            cached = cache.get(_cache_key(current, settings))
            if cached is not None:
                return cached
        request = client.build_request("GET", current, headers=HEADERS)
        response = await client.send(request, stream=True, follow_redirects=False)
        try:
            location = response.headers.get("location")
            if response.status_code in REDIRECT_STATUSES and location:
                current = urljoin(str(response.url), location.strip())
                continue
            if response.status_code in (404, 410):
                raise UnusableInput(
                    "not_found", detail=f"the site answered {response.status_code} for {url}"
                )
            if response.status_code >= 400:
                reason = response.reason_phrase or "error"
                raise UnusableInput(
                    "fetch_failed", detail=f"the site answered {response.status_code} {reason}"
                )
            content_type = response.headers.get("content-type", "")
            _refuse_content_type(content_type)
            body = await _read_capped(response, settings.sift_fetch_max_bytes)
            return Download(url=str(response.url), content_type=content_type, body=body)
        finally:
            await response.aclose()
    raise UnusableInput("fetch_failed", detail=f"more than {MAX_REDIRECTS} redirects")


def _read_page(download: Download) -> WebPage:
    """Decode and extract a downloaded page (CPU-bound: run in a thread)."""
    media = _media_type(download.content_type)
    body = download.body
    if b"\x00" in body[:4096] and not body.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise UnusableInput("fetch_failed", detail="it is a binary file, not a web page")
    if media in TEXT_TYPES or (not media and body.lstrip()[:1] != b"<"):
        text = decode_html(body, download.content_type).strip()
        return WebPage(text=text, site_name=site_name_from_host(download.url))
    html = decode_html(download.body, download.content_type)
    return extract_page(html, download.url)


def prose_words(text: str) -> int:
    """Words in the lines that read as sentences rather than headlines, menus or buttons."""
    counts = (len(line.split()) for line in text.splitlines())
    return sum(n for n in counts if n >= PROSE_LINE_WORDS)


def describe_outlet(site_name: str) -> Source:
    """The publisher as a `Source`, typed from the known outlets when the name is one.

    The known alias must make up most of the site's name ("BBC News", "Libération.fr"),
    so that a site called "The Sun Herald Tribune" is not taken for The Sun.
    """
    outlet = Source(name=site_name, role=SourceRole.OUTLET)
    found = find_outlet(site_name)
    if found is not None:
        known, written = found
        if len(written) >= OUTLET_NAME_SHARE * len(site_name.strip()):
            outlet.type = known.type
            outlet.canonical = known.name
            outlet.country = known.country
    return outlet


def _to_article(page: WebPage, download: Download, origin: str, settings: Settings) -> Article:
    """Validate the page's text as an article and attach its outlet, author and date."""
    prose = prose_words(page.text)
    if prose < MIN_ARTICLE_WORDS:
        raise UnusableInput("not_article", detail=f"{prose} words of article text")
    try:
        article = prepare_article(
            page.text,
            origin=origin,
            title=page.title or None,
            url=download.url,
            max_chars=settings.sift_max_chars,
        )
    except UnusableInput as exc:
        if exc.code in ("too_short", "empty"):
            raise UnusableInput("not_article", detail="too little text") from exc
        raise
    if page.site_name:
        article.outlet = describe_outlet(page.site_name)
    article.published = page.published
    article.author = page.author
    return article


async def fetch_article(
    url: str,
    *,
    settings: Settings,
    client: httpx.AsyncClient | None = None,
    cache: ArticleCache | None = DEFAULT_CACHE,
) -> Article:
    """Fetch the page at `url` and return its article, or raise `UnusableInput`.

    Codes: blocked_url (scheme or address refused), not_found (404/410), fetch_failed
    (timeout, connection, HTTP error, not a web page, too many redirects), too_large,
    not_article (too little text). Pass a `client` from `make_client()` to reuse
    connections; `cache=None` always fetches.
    """
    start_url = normalise_url(url)
    key = _cache_key(start_url, settings)
    if cache is not None and (cached := cache.get(key)) is not None:
        return cached
    own_client = client is None
    http = client if client is not None else make_client(settings)
    host = httpx.URL(start_url).host
    try:
        # Read timeouts bound each wait; this bounds the whole fetch, redirects included.
        async with asyncio.timeout(settings.sift_fetch_timeout * 2):
            result = await _download(http, start_url, settings, cache)
    except BlockedAddress as exc:
        raise UnusableInput("blocked_url", detail=str(exc)) from exc
    except UnknownHost as exc:
        raise UnusableInput("fetch_failed", detail=f"no site answers to {exc.host}") from exc
    except (TimeoutError, httpx.TimeoutException) as exc:
        raise UnusableInput("fetch_failed", detail=f"{host} took too long to answer") from exc
    except httpx.ConnectError as exc:
        raise UnusableInput("fetch_failed", detail=f"could not connect to {host}") from exc
    except (httpx.InvalidURL, httpx.UnsupportedProtocol) as exc:
        raise UnusableInput("fetch_failed", detail="a redirect led to an invalid address") from exc
    except httpx.HTTPError as exc:
        raise UnusableInput("fetch_failed", detail=f"{host} sent a broken answer") from exc
    finally:
        if own_client:
            await http.aclose()
    if isinstance(result, Article):
        if cache is not None:
            cache.put(key, result)
        return result
    page = await asyncio.to_thread(_read_page, result)
    article = _to_article(page, result, url.strip(), settings)
    if cache is not None:
        cache.put(key, article)
        cache.put(_cache_key(normalise_url(result.url), settings), article)
    return article
