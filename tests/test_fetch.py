"""URL input end to end, over real HTTP against a local news site.

The news site listens on 127.0.0.1, so most tests lift the address check
(`sift_allow_private_urls=True`). The safety tests keep it on and prove that a loopback
or private target is refused, directly or by redirect, and that it received no request.
"""

from __future__ import annotations

import ipaddress
from urllib.parse import quote

import pytest

from bot.config import Settings
from bot.errors import UnusableInput
from bot.input.fetch import (
    USER_AGENT,
    ArticleCache,
    describe_outlet,
    fetch_article,
    make_client,
)
from bot.models import SourceRole, SourceType
from tests.fakes.news_site import NewsSite, serve_news_site


def settings(**overrides: object) -> Settings:
    values: dict[str, object] = {
        "sift_allow_private_urls": True,
        "sift_fetch_timeout": 5.0,
        "sift_fetch_max_bytes": 200_000,
    }
    values.update(overrides)
    return Settings(_env_file=None, **values)


OPEN = settings()
CHECKED = settings(sift_allow_private_urls=False)


@pytest.fixture(scope="module")
def site():
    with serve_news_site(slow_seconds=3.0, huge_bytes=1_000_000) as running:
        yield running


@pytest.fixture(scope="module")
def internal():
    """Another local server: the internal service a redirect must not reach."""
    with serve_news_site() as running:
        yield running


async def fetch(url: str, config: Settings = OPEN, **kwargs: object):
    kwargs.setdefault("cache", None)
    return await fetch_article(url, settings=config, **kwargs)


async def refused(url: str, config: Settings = OPEN, **kwargs: object) -> UnusableInput:
    with pytest.raises(UnusableInput) as caught:
        await fetch(url, config, **kwargs)
    return caught.value


# --- articles ---------------------------------------------------------------------------


async def test_french_article_with_outlet_author_and_date(site: NewsSite) -> None:
    url = site.url("/article.html")
    article = await fetch(url)
    assert article.title.startswith("Pesticides : des traces relevées")
    assert "Des résidus de pesticides ont été détectés" in article.text
    assert "cookies" not in article.text and "À lire aussi" not in article.text
    assert article.language == "fr"
    assert article.url == url and article.origin == url
    assert article.outlet is not None
    assert article.outlet.name == "Le Courrier de l’Estuaire"
    assert article.outlet.role == SourceRole.OUTLET
    assert article.author == "Claire Morvan"
    assert article.published == "2024-03-12"


async def test_english_article_outlet_from_json_ld(site: NewsSite) -> None:
    article = await fetch(site.url("/en/article.html"))
    assert article.language == "en"
    assert article.outlet is not None and article.outlet.name == "Northshore Gazette"
    assert article.author == "Daniel Okafor"
    assert "Most read" not in article.text


async def test_known_outlet_is_typed(site: NewsSite) -> None:
    article = await fetch(site.url("/tabloid.html"))
    assert article.outlet is not None
    assert article.outlet.name == "Daily Mirror"
    assert article.outlet.role == SourceRole.OUTLET
    assert article.outlet.type == SourceType.TABLOID
    assert article.outlet.canonical == "The Mirror"


@pytest.mark.parametrize(
    ("name", "canonical"),
    [("BBC News", "BBC"), ("Libération.fr", "Libération"), ("The Sun Herald Tribune", None)],
)
def test_outlet_names_are_matched_whole(name: str, canonical: str | None) -> None:
    assert describe_outlet(name).canonical == canonical


async def test_user_agent_is_browser_like_and_names_sift(site: NewsSite) -> None:
    await fetch(site.url("/article.html"))
    sent = site.headers[-1]["User-Agent"]
    assert sent == USER_AGENT
    assert sent.startswith("Mozilla/5.0") and "Sift" in sent


@pytest.mark.parametrize("path", ["/latin1.html", "/latin1-meta.html"])
async def test_latin1_page(site: NewsSite, path: str) -> None:
    article = await fetch(site.url(path))
    assert "Des résidus de pesticides ont été détectés" in article.text
    assert "Ã" not in article.text and "\ufffd" not in article.text


async def test_gzip_encoded_page(site: NewsSite) -> None:
    article = await fetch(site.url("/gzip.html"))
    assert "0,4 microgramme par litre" in article.text


async def test_broken_html(site: NewsSite) -> None:
    article = await fetch(site.url("/broken.html"))
    assert "raffinerie de Donges" in article.text
    assert article.outlet is not None and article.outlet.name == "Le Courrier de l’Estuaire"


@pytest.mark.parametrize("path", ["/plain.txt", "/no-type"])
async def test_plain_text_page(site: NewsSite, path: str) -> None:
    article = await fetch(site.url(path))
    assert "ran £14 million over budget" in article.text
    assert article.language == "en"
    assert article.outlet is not None and article.outlet.name == "127.0.0.1"


async def test_fragment_is_dropped(site: NewsSite) -> None:
    article = await fetch(site.url("/article.html#comments"))
    assert article.url == site.url("/article.html")
    assert site.requests[-1] == "/article.html"


# --- redirects --------------------------------------------------------------------------


async def test_redirects_are_followed_to_the_final_url(site: NewsSite) -> None:
    article = await fetch(site.url("/r/5"))
    assert article.url == site.url("/article.html")
    assert article.origin == site.url("/r/5")
    assert site.requests[-6:] == ["/r/5", "/r/4", "/r/3", "/r/2", "/r/1", "/article.html"]


async def test_relative_redirect(site: NewsSite) -> None:
    article = await fetch(site.url("/relative"))
    assert article.url == site.url("/article.html")


@pytest.mark.parametrize("path", ["/r/6", "/loop"])
async def test_more_than_five_redirects_are_refused(site: NewsSite, path: str) -> None:
    error = await refused(site.url(path))
    assert error.code == "fetch_failed"
    assert "more than 5 redirects" in error.message


async def test_redirect_to_another_scheme_is_refused(site: NewsSite) -> None:
    error = await refused(site.url("/to/" + quote("file:///etc/passwd", safe="")))
    assert error.code == "blocked_url"


# --- safety: the address check on -------------------------------------------------------

LOOPBACK_FORMS = [
    "http://127.0.0.1:{port}/secret",
    "http://localhost:{port}/secret",
    "http://127.1:{port}/secret",
    "http://2130706433:{port}/secret",
    "http://0x7f.0.0.1:{port}/secret",
    "http://[::1]:{port}/secret",
    "http://[::ffff:127.0.0.1]:{port}/secret",
    "http://0.0.0.0:{port}/secret",
]


@pytest.mark.parametrize("form", LOOPBACK_FORMS)
async def test_loopback_urls_are_refused_and_never_fetched(internal: NewsSite, form: str) -> None:
    before = len(internal.requests)
    error = await refused(form.format(port=internal.port), CHECKED)
    assert error.code == "blocked_url"
    assert "cannot be fetched" in error.message
    assert len(internal.requests) == before


@pytest.mark.parametrize(
    "url", ["http://10.0.0.1/", "http://192.168.1.1/admin", "http://169.254.169.254/latest/"]
)
async def test_private_and_metadata_urls_are_refused(url: str) -> None:
    error = await refused(url, CHECKED)
    assert error.code == "blocked_url"


@pytest.mark.parametrize(
    "target",
    [
        "http://127.0.0.1:{port}/secret",
        "http://localhost:{port}/secret",
        "http://2130706433:{port}/secret",
        "http://[::ffff:7f00:1]:{port}/secret",
        "http://intranet.example:{port}/secret",  # a name whose DNS answer is loopback
    ],
)
async def test_redirect_to_loopback_is_refused_and_nothing_fetched(
    site: NewsSite, internal: NewsSite, target: str
) -> None:
    # The news site stands in for a public server: only its own (ip, port) is trusted.
    async def resolver(host: str, port: int):
        assert host == "intranet.example"
        return [ipaddress.ip_address("127.0.0.1")]

    before = len(internal.requests)
    location = quote(target.format(port=internal.port), safe="")
    async with make_client(
        CHECKED, resolver=resolver, trusted=[("127.0.0.1", site.port)]
    ) as client:
        error = await refused(site.url(f"/to/{location}"), CHECKED, client=client)
        assert error.code == "blocked_url"
        assert "/to/" in site.requests[-1]  # the first hop was fetched...
        # ...and the trusted site itself is still reachable through the same client.
        assert (await fetch(site.url("/article.html"), CHECKED, client=client)).text
    assert len(internal.requests) == before


async def test_scheme_other_than_http_is_refused() -> None:
    for url in ("ftp://example.com/a.html", "file:///etc/passwd", "gopher://example.com/"):
        error = await refused(url, CHECKED)
        assert error.code == "blocked_url"


async def test_unknown_host() -> None:
    error = await refused("http://no-such-site.invalid/article.html", CHECKED)
    assert error.code == "fetch_failed"
    assert "no site answers to no-such-site.invalid" in error.message


async def test_invalid_address() -> None:
    error = await refused("http://exa mple.com:99999/", CHECKED)
    assert error.code == "fetch_failed"


# --- pages that cannot be used ----------------------------------------------------------


async def test_not_found(site: NewsSite) -> None:
    error = await refused(site.url("/missing.html"))
    assert error.code == "not_found"
    assert "the site answered 404 for http://127.0.0.1:" in error.message
    # One pair of parentheses around the detail, none nested in it.
    assert error.message.count("(") == 1 and error.message.count(")") == 1


async def test_slow_page_times_out(site: NewsSite) -> None:
    error = await refused(site.url("/slow.html"), settings(sift_fetch_timeout=0.3))
    assert error.code == "fetch_failed"
    assert "took too long" in error.message


async def test_trickling_page_hits_the_overall_deadline(site: NewsSite) -> None:
    # Each byte arrives within the read timeout; the whole fetch still has a deadline.
    error = await refused(site.url("/trickle.html"), settings(sift_fetch_timeout=0.3))
    assert error.code == "fetch_failed"
    assert "took too long" in error.message


@pytest.mark.parametrize("path", ["/huge.html", "/huge-declared.html"])
async def test_huge_page_is_refused(site: NewsSite, path: str) -> None:
    error = await refused(site.url(path))
    assert error.code == "page_too_large"
    assert error.params["detail"] == "the page is over 200,000 bytes"


@pytest.mark.parametrize(("path", "kind"), [("/report.pdf", "PDF"), ("/photo.jpg", "image")])
async def test_non_html_content_is_refused(site: NewsSite, path: str, kind: str) -> None:
    error = await refused(site.url(path))
    assert error.code == "fetch_failed"
    assert kind in error.message and "paste the article's text" in error.message


@pytest.mark.parametrize(
    "path", ["/home.html", "/", "/video.html", "/consent.html", "/paywall.html"]
)
async def test_pages_without_an_article(site: NewsSite, path: str) -> None:
    error = await refused(site.url(path))
    assert error.code == "not_article"
    assert "paste the article's text" in error.message


async def test_connection_refused() -> None:
    with serve_news_site() as gone:
        port = gone.port
    error = await refused(f"http://127.0.0.1:{port}/article.html")
    assert error.code == "fetch_failed"
    assert "could not connect" in error.message


# --- the cache --------------------------------------------------------------------------


async def test_same_link_twice_is_fetched_once(site: NewsSite) -> None:
    cache = ArticleCache()
    first = await fetch(site.url("/en/article.html?utm=1"), cache=cache)
    second = await fetch(site.url("/en/article.html?utm=1"), cache=cache)
    assert first == second
    assert site.count("/en/article.html?utm=1") == 1


async def test_another_link_to_a_cached_article_stops_at_the_redirect(site: NewsSite) -> None:
    cache = ArticleCache()
    before = site.count("/article.html")
    await fetch(site.url("/article.html"), cache=cache)
    article = await fetch(site.url("/r/2"), cache=cache)
    assert article.url == site.url("/article.html")
    assert site.count("/article.html") == before + 1


async def test_cache_does_not_cross_the_address_check(site: NewsSite) -> None:
    cache = ArticleCache()
    await fetch(site.url("/article.html"), cache=cache)
    error = await refused(site.url("/article.html"), CHECKED, cache=cache)
    assert error.code == "blocked_url"


async def test_cache_entries_expire(site: NewsSite) -> None:
    cache = ArticleCache(ttl=0.0)
    before = site.count("/article.html")
    await fetch(site.url("/article.html"), cache=cache)
    await fetch(site.url("/article.html"), cache=cache)
    assert site.count("/article.html") == before + 2


async def test_cached_articles_are_copies(site: NewsSite) -> None:
    cache = ArticleCache()
    article = await fetch(site.url("/article.html"), cache=cache)
    article.text = "changed"
    assert (await fetch(site.url("/article.html"), cache=cache)).text != "changed"


async def test_shared_client_serves_many_fetches(site: NewsSite) -> None:
    async with make_client(OPEN) as client:
        for path in ("/article.html", "/en/article.html", "/r/2"):
            assert (await fetch(site.url(path), client=client)).text
        assert not client.is_closed
