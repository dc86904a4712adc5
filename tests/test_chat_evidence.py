"""Evidence members attach to items: by reply, by the ℹ️ view's button; shown, counted,
exported, shared, forgotten; escaped; links never fetched; limits answered clearly."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator

import pytest

from bot.chat.evidence import public_link, read_evidence
from bot.storage import EVIDENCE_PER_ITEM, NOTE_CHARS
from tests.fakes import telegram_updates as tg
from tests.fakes.news_site import NewsSite, serve_news_site
from tests.fakes.sift_bot import (
    assert_all_valid,
    button,
    chat_of,
    is_checklist,
    item_rows,
    running_bot,
)
from tests.fakes.telegram_api import FakeTelegram

ANNA = tg.user(5001, "Anna")
BORIS = tg.user(5002, "Boris <Admin>")
GROUP = tg.group_chat(-100_500_500)
EVIDENCE = "3 https://www.example.org/budget/2024 official figures say 38 bn, not 40"


@pytest.fixture
def site() -> Iterator[NewsSite]:
    with serve_news_site() as running:
        yield running


async def _checklist_for(fake: FakeTelegram, chat_id: int, timeout: float = 15):
    return await fake.wait_for(
        "sendMessage", lambda c: chat_of(c) == chat_id and is_checklist(c), timeout
    )


async def _answer(fake: FakeTelegram, chat_id: int, words: str):
    return await fake.wait_for(
        "sendMessage", lambda c: chat_of(c) == chat_id and words in c.params["text"]
    )


async def test_evidence_by_reply_in_a_group_is_counted_and_shown(fake, tmp_path):
    async with running_bot(fake, tmp_path):
        fake.push_update(tg.group_command(ANNA, "/check " + tg.ARTICLE_FLOODS, chat=GROUP))
        sent = await _checklist_for(fake, GROUP["id"])
        fake.push_update(tg.reply(BORIS, GROUP, EVIDENCE, sent.result))
        added = await _answer(fake, GROUP["id"], "Evidence added to item 3")
        edit = await fake.wait_for("editMessageText", lambda c: "📎" in c.params["text"])
        # The item's full view, sent privately, shows it with the link's domain and who.
        fake.push_update(tg.callback(ANNA, sent.result, item_rows(sent)[2][-1]["callback_data"]))
        view = await fake.wait_for("sendMessage", lambda c: chat_of(c) == ANNA["id"])
    assert "📎 1 piece of evidence" in edit.params["text"]  # the header's count
    assert "    📎 1" in edit.params["text"]  # under item 3
    text = view.params["text"]
    assert '<a href="https://www.example.org/budget/2024">example.org</a>' in text
    assert "official figures say 38 bn, not 40" in text
    assert "Boris &lt;Admin&gt;" in text
    assert added.params["reply_parameters"]["message_id"]
    assert_all_valid(fake)


async def test_evidence_by_the_add_evidence_button_and_force_reply(fake, tmp_path):
    async with running_bot(fake, tmp_path):
        fake.push_update(tg.text_update(ANNA, tg.ARTICLE_STRIKE))
        sent = await _checklist_for(fake, ANNA["id"])
        fake.push_update(tg.callback(ANNA, sent.result, item_rows(sent)[1][-1]["callback_data"]))
        view = await fake.wait_for(
            "editMessageText", lambda c: "No evidence yet" in c.params["text"]
        )
        tap = tg.callback(ANNA, view.result, button(view, "📎 Add evidence"))
        fake.push_update(tap)
        prompt = await _answer(fake, ANNA["id"], "Evidence for item 2")
        # The tap is answered once the prompt is stored; Anna replies after that, as a
        # person would (a reply racing the store would read as a new article).
        tap_id = tap["callback_query"]["id"]
        await fake.wait_for(
            "answerCallbackQuery", lambda c: c.params.get("callback_query_id") == tap_id
        )
        # Without a number: the prompt says which item; "38 bn" is not an item number.
        fake.push_update(
            tg.reply(
                ANNA, tg.private_chat(ANNA), "38 <bn> & more, per https://insee.fr/x", prompt.result
            )
        )
        await _answer(fake, ANNA["id"], "Evidence added to item 2")
        updated = await fake.wait_for("editMessageText", lambda c: "insee.fr" in c.params["text"])
    assert prompt.params["reply_markup"]["force_reply"] is True
    assert "38 &lt;bn&gt; &amp; more, per" in updated.params["text"]
    assert int(updated.params["message_id"]) == sent.result["message_id"]  # the view, in place
    assert len([c for c in fake.calls_of("sendMessage") if is_checklist(c)]) == 1
    assert_all_valid(fake)


async def test_evidence_links_are_never_fetched_and_private_ones_stay_text(fake, tmp_path, site):
    local = site.url("/en/article.html")
    async with running_bot(fake, tmp_path, sift_allow_private_urls=True):
        fake.push_update(tg.text_update(ANNA, tg.ARTICLE_STRIKE))
        sent = await _checklist_for(fake, ANNA["id"])
        fake.push_update(tg.reply(ANNA, tg.private_chat(ANNA), f"1 {local} the draft", sent.result))
        await _answer(fake, ANNA["id"], "Evidence added to item 1")
        fake.push_update(
            tg.reply(ANNA, tg.private_chat(ANNA), "1 http://10.0.0.7/admin internal", sent.result)
        )
        await _answer(fake, ANNA["id"], "Evidence added to item 1")
        fake.push_update(tg.callback(ANNA, sent.result, item_rows(sent)[0][-1]["callback_data"]))
        view = await fake.wait_for("editMessageText", lambda c: "the draft" in c.params["text"])
        await asyncio.sleep(0.3)
    assert site.requests == []
    text = view.params["text"]
    assert "href" not in text.split("Evidence</b>")[1]
    assert local in text and "http://10.0.0.7/admin internal" in text
    assert_all_valid(fake)


async def test_evidence_limits_and_bad_numbers_get_a_clear_answer(fake, tmp_path):
    async with running_bot(fake, tmp_path):
        fake.push_update(tg.text_update(ANNA, tg.ARTICLE_STRIKE))
        sent = await _checklist_for(fake, ANNA["id"])
        chat = tg.private_chat(ANNA)
        fake.push_update(tg.reply(ANNA, chat, "1 " + "x" * (NOTE_CHARS + 1), sent.result))
        too_long = await _answer(fake, ANNA["id"], "too long")
        fake.push_update(tg.reply(ANNA, chat, "42 https://example.org/a", sent.result))
        no_item = await _answer(fake, ANNA["id"], "no item 42")
        fake.push_update(tg.reply(ANNA, chat, "what about the second one?", sent.result))
        usage = await _answer(fake, ANNA["id"], "item number")
        for n in range(EVIDENCE_PER_ITEM):
            fake.push_update(tg.reply(ANNA, chat, f"2 source number {n}", sent.result))
            await asyncio.sleep(0.05)
        fake.push_update(tg.reply(ANNA, chat, "2 one too many", sent.result))
        full = await _answer(fake, ANNA["id"], f"already has {EVIDENCE_PER_ITEM}")
    assert str(NOTE_CHARS) in too_long.params["text"]
    assert "1 to 6" in no_item.params["text"]
    assert "<code>3 https://" in usage.params["text"]
    assert full.params["text"].startswith("Item 2")
    assert_all_valid(fake)


async def test_evidence_in_export_and_inline_sharing_and_forget_removes_it(fake, tmp_path):
    async with running_bot(fake, tmp_path):
        fake.push_update(tg.group_command(ANNA, "/check " + tg.ARTICLE_FLOODS, chat=GROUP))
        sent = await _checklist_for(fake, GROUP["id"])
        fake.push_update(tg.reply(BORIS, GROUP, EVIDENCE, sent.result))
        await _answer(fake, GROUP["id"], "Evidence added")
        fake.push_update(tg.group_command(ANNA, "/export", chat=GROUP))
        before = await fake.wait_for("sendDocument")
        fake.push_update(tg.inline_query(ANNA, ""))
        shared = await fake.wait_for("answerInlineQuery")
        fake.push_update(tg.text_update(BORIS, "/forget"))
        forgot = await _answer(fake, BORIS["id"], "Sift deleted")
        fake.push_update(tg.group_command(ANNA, "/export", chat=GROUP))
        after = await fake.wait_for("sendDocument", lambda c: c is not before)
        await fake.wait_for("editMessageText", lambda c: "📎" not in c.params["text"], timeout=5)
    exported = next(iter(before.files.values())).decode()
    assert "https://www.example.org/budget/2024 — official figures say 38 bn, not 40" in exported
    assert "Boris <Admin>" in exported
    result = shared.params["results"][0]
    assert "📎 1" in result["input_message_content"]["message_text"]
    assert "📎 1" in result["description"]
    assert "1 piece of evidence" in forgot.params["text"]
    assert "example.org" not in next(iter(after.files.values())).decode()
    assert_all_valid(fake)


@pytest.mark.parametrize(
    ("text", "numbered", "expected"),
    [
        (
            EVIDENCE,
            True,
            (3, "https://www.example.org/budget/2024", "official figures say 38 bn, not 40"),
        ),
        ("#12. see https://example.org/a.", True, (12, "https://example.org/a", "see")),
        ("no number here", True, None),
        ("38 bn, not 40", False, (None, None, "38 bn, not 40")),
        ("2 http://localhost:8000/x", True, (2, None, "http://localhost:8000/x")),
        ("2 https://[::1]/x", True, (2, None, "https://[::1]/x")),
        ("2 https://exa mple", True, (2, None, "https://exa mple")),
        ("5", True, None),
    ],
)
def test_reading_evidence(text, numbered, expected):
    read = read_evidence(text, numbered=numbered)
    assert (read and (read.item, read.url, read.note)) == expected


def test_only_public_well_formed_links_are_links():
    assert public_link("https://www.insee.fr/fr/statistiques")
    assert public_link("http://93.184.216.34/report")
    for bad in (
        "http://127.0.0.1/",
        "http://192.168.1.1/",
        "https://intranet/",
        "ftp://x.org/a",
        "https://user@example.org/",
        "http://example.local/",
        "https://x.org:99999/",
        "https://" + "a" * 1000 + ".org",
    ):
        assert not public_link(bad), bad
