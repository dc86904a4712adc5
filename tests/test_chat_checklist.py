"""One message per checklist: pages, the ℹ️ item view, marks kept in place, coalesced edits."""

from __future__ import annotations

import asyncio

import pytest

from bot.chat.locales import LANGUAGES
from tests.fakes import telegram_updates as tg
from tests.fakes.sift_bot import (
    assert_all_valid,
    button,
    buttons,
    chat_of,
    is_checklist,
    item_rows,
    running_bot,
)
from tests.fakes.telegram_api import BOT_USERNAME, FakeTelegram

ANNA = tg.user(3001, "Anna")
BORIS = tg.user(3002, "Boris")
GROUP = tg.group_chat(-100_300_300)


async def _checklist_for(fake: FakeTelegram, chat_id: int, timeout: float = 15):
    return await fake.wait_for(
        "sendMessage", lambda c: chat_of(c) == chat_id and is_checklist(c), timeout
    )


def _bot_messages(fake: FakeTelegram, chat_id: int) -> list:
    return [c for c in fake.calls_of("sendMessage") if chat_of(c) == chat_id]


async def test_a_long_article_is_one_message_with_pages_in_a_private_chat(fake, tmp_path):
    async with running_bot(fake, tmp_path):
        for piece in tg.split_like_telegram(tg.long_article(9000)):
            fake.push_update(tg.text_update(ANNA, piece))
            await asyncio.sleep(0.05)
        sent = await _checklist_for(fake, ANNA["id"])
        await asyncio.sleep(0.8)  # would a second part come?
        assert len(_bot_messages(fake, ANNA["id"])) == 1
        text = sent.params["text"]
        assert "<b>1.</b>" in text and "(continued)" not in text
        rows = item_rows(sent)
        assert 1 < len(rows) <= 5
        assert [b["text"][-1] for b in rows[0]] == ["✅", "❌", "❓", "️"]
        assert "1/" in [b["text"] for b in buttons(sent)][len(rows) * 4]  # the page number
        # ▶ shows the next items in the same message; ◀ comes back.
        fake.push_update(tg.callback(ANNA, sent.result, button(sent, "▶")))
        second = await fake.wait_for("editMessageText", lambda c: "<b>6.</b>" in c.params["text"])
        assert int(second.params["message_id"]) == sent.result["message_id"]
        assert "<b>1.</b>" not in second.params["text"]
        fake.push_update(tg.callback(ANNA, second.result, button(second, "◀")))
        await fake.wait_for(
            "editMessageText", lambda c: c is not second and "<b>1.</b>" in c.params["text"]
        )
    assert len(fake.calls_of("answerCallbackQuery")) == 2
    assert_all_valid(fake)


async def test_item_view_edits_in_place_in_private_and_back_returns(fake, tmp_path):
    async with running_bot(fake, tmp_path):
        fake.push_update(tg.text_update(ANNA, tg.ARTICLE_FLOODS))
        sent = await _checklist_for(fake, ANNA["id"])
        info = item_rows(sent)[1][-1]["callback_data"]  # ℹ️ of item 2
        fake.push_update(tg.callback(ANNA, sent.result, info))
        view = await fake.wait_for("editMessageText", lambda c: "Why check" in c.params["text"])
        assert int(view.params["message_id"]) == sent.result["message_id"]
        assert "<b>2.</b>" in view.params["text"] and "<b>1.</b>" not in view.params["text"]
        assert "No marks yet" in view.params["text"]
        # A mark from the view updates the view itself.
        fake.push_update(tg.callback(ANNA, view.result, button(view, "✅")))
        marked = await fake.wait_for("editMessageText", lambda c: "✅ Anna" in c.params["text"])
        assert "Why check" in marked.params["text"]
        fake.push_update(tg.callback(ANNA, marked.result, button(marked, "◀ Back")))
        back = await fake.wait_for(
            "editMessageText",
            lambda c: "<b>1.</b>" in c.params["text"] and "1/" in c.params["text"],
        )
    assert "✅ Anna" in back.params["text"]
    assert len(_bot_messages(fake, ANNA["id"])) == 1  # all in the one message
    assert_all_valid(fake)


async def test_item_view_in_a_group_goes_to_the_member_privately(fake, tmp_path):
    fake.never_started(BORIS["id"])
    async with running_bot(fake, tmp_path):
        fake.push_update(tg.group_command(ANNA, "/check " + tg.ARTICLE_STRIKE, chat=GROUP))
        sent = await _checklist_for(fake, GROUP["id"])
        info = item_rows(sent)[0][-1]["callback_data"]
        # Anna has started the bot: the item comes to her private chat.
        fake.push_update(tg.callback(ANNA, sent.result, info))
        private = await fake.wait_for("sendMessage", lambda c: chat_of(c) == ANNA["id"])
        answered = await fake.wait_for("answerCallbackQuery")
        # Boris has not: a deep link to the bot opens it, with a short alert.
        fake.push_update(tg.callback(BORIS, sent.result, info))
        alert = await fake.wait_for("answerCallbackQuery", lambda c: "url" in c.params)
        # The deep link's /start shows the item once Boris has started the bot.
        start = alert.params["url"].rpartition("?start=")[2]
        fake.push_update(tg.text_update(BORIS, f"/start {start}"))
        await fake.wait_for(
            "sendMessage", lambda c: chat_of(c) == BORIS["id"] and "Why check" in c.params["text"]
        )
    assert "Why check" in private.params["text"] and "<b>1.</b>" in private.params["text"]
    assert "private chat" in answered.params["text"]
    assert alert.params["url"].startswith(f"https://t.me/{BOT_USERNAME}?start=i1_")
    assert alert.params["show_alert"] is True and "Start" in alert.params["text"]
    # What everyone in the group reads did not change.
    assert not [c for c in fake.calls_of("editMessageText") if chat_of(c) == GROUP["id"]]
    assert len(_bot_messages(fake, GROUP["id"])) == 1
    assert_all_valid(fake)


async def test_a_mark_from_a_private_view_updates_the_group_message(fake, tmp_path):
    async with running_bot(fake, tmp_path):
        fake.push_update(tg.group_command(ANNA, "/check " + tg.ARTICLE_STRIKE, chat=GROUP))
        sent = await _checklist_for(fake, GROUP["id"])
        fake.push_update(tg.callback(ANNA, sent.result, item_rows(sent)[0][-1]["callback_data"]))
        private = await fake.wait_for("sendMessage", lambda c: chat_of(c) == ANNA["id"])
        fake.push_update(tg.callback(ANNA, private.result, button(private, "❌")))
        group_edit = await fake.wait_for(
            "editMessageText", lambda c: chat_of(c) == GROUP["id"] and "❌ Anna" in c.params["text"]
        )
    assert "1/" in group_edit.params["text"]
    assert_all_valid(fake)


async def test_a_burst_of_taps_is_coalesced_into_few_edits(fake, tmp_path):
    members = [tg.user(3100 + i, f"Member {i}") for i in range(10)]
    async with running_bot(fake, tmp_path):
        fake.push_update(tg.group_command(ANNA, "/check " + tg.ARTICLE_FLOODS, chat=GROUP))
        sent = await _checklist_for(fake, GROUP["id"])
        rows = item_rows(sent)
        for member in members:
            for row in rows:
                fake.push_update(tg.callback(member, sent.result, row[0]["callback_data"]))
        taps = len(members) * len(rows)
        # Each item: "✅ Member 0, Member 1, Member 2 +7".
        await fake.wait_for(
            "editMessageText", lambda c: c.params["text"].count("+7") == len(rows), timeout=15
        )
        await asyncio.sleep(1.5)  # anything still queued
    edits = [c for c in fake.calls_of("editMessageText") if chat_of(c) == GROUP["id"]]
    assert len(fake.calls_of("answerCallbackQuery")) == taps
    assert len(edits) <= 4 < taps
    gaps = [b.at - a.at for a, b in zip(edits, edits[1:], strict=False)]
    assert all(gap >= 0.9 for gap in gaps), gaps
    final = edits[-1].params["text"]
    assert final.count("+7") == len(rows)  # everyone's mark on every item shown
    assert f"<b>{len(rows)}/" in final
    assert_all_valid(fake)


@pytest.mark.parametrize("lang", LANGUAGES)
async def test_every_message_is_valid_html_in_every_language(fake, tmp_path, lang):
    member = tg.user(3200, "Zoë <&> O'Brien", lang=lang)
    async with running_bot(fake, tmp_path):
        fake.push_update(tg.text_update(member, tg.long_article(6000)))
        sent = await _checklist_for(fake, member["id"])
        fake.push_update(tg.callback(member, sent.result, item_rows(sent)[0][1]["callback_data"]))
        fake.push_update(tg.callback(member, sent.result, item_rows(sent)[0][3]["callback_data"]))
        view = await fake.wait_for("editMessageText", lambda c: "🔎" in c.params["text"])
        fake.push_update(tg.callback(member, view.result, buttons(view)[3]["callback_data"]))
        await fake.wait_for("sendMessage", lambda c: "force_reply" in str(c.params))
        fake.push_update(tg.inline_query(member, ""))
        await fake.wait_for("answerInlineQuery")
        for command in ("/help", "/privacy", "/start"):
            fake.push_update(tg.text_update(member, command))
        await asyncio.sleep(0.5)
    assert "Zoë &lt;&amp;&gt; O'Brien" in view.params["text"]
    assert_all_valid(fake)
