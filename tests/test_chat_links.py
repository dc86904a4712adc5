"""Links and web pages in Telegram: a shared link becomes the article, fetched safely."""

from __future__ import annotations

import pytest

from tests.fakes import telegram_updates as tg
from tests.fakes.news_site import page, serve_news_site
from tests.fakes.sift_bot import assert_all_valid, chat_of, is_checklist, running_bot

DANA = tg.user(1010, "Dana")


@pytest.fixture(scope="module")
def site():
    with serve_news_site() as running:
        yield running


async def test_a_shared_link_is_fetched_and_the_header_names_the_outlet(fake, tmp_path, site):
    url = site.url("/en/article.html")
    async with running_bot(fake, tmp_path, sift_allow_private_urls=True):
        fake.push_update(tg.text_update(DANA, f"Look at this {url}"))
        answer = await fake.wait_for(
            "sendMessage", lambda c: chat_of(c) == DANA["id"] and is_checklist(c), 15
        )
    text = answer.params["text"]
    assert "Harbour council admits ferry contract overran" in text
    assert f'href="{url}"' in text
    assert "Northshore Gazette" in text
    assert_all_valid(fake)


async def test_a_link_to_a_loopback_address_is_refused_in_production(fake, tmp_path, site):
    url = site.url("/en/article.html")
    before = site.count("/en/article.html")
    async with running_bot(fake, tmp_path):  # the address check is on by default
        fake.push_update(tg.text_update(DANA, url))
        answer = await fake.wait_for("sendMessage", lambda c: chat_of(c) == DANA["id"], 15)
    assert not is_checklist(answer)
    assert "cannot be fetched" in answer.params["text"]
    assert site.count("/en/article.html") == before  # nothing was fetched
    assert_all_valid(fake)


async def test_an_html_file_is_read_as_its_article(fake, tmp_path):
    body = page("article-en.html")
    fake.add_file("doc-html", body, "ferry.html")
    async with running_bot(fake, tmp_path):
        fake.push_update(tg.document_message(DANA, "doc-html", "ferry.html", len(body)))
        answer = await fake.wait_for(
            "sendMessage", lambda c: chat_of(c) == DANA["id"] and is_checklist(c), 15
        )
    assert "Harbour council admits ferry contract overran" in answer.params["text"]
    assert_all_valid(fake)
