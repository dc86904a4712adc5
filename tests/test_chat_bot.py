"""End to end: the bot's real Application against a fake Bot API server over loopback."""

from __future__ import annotations

import asyncio
import logging

import pytest

from bot.errors import UnusableInput
from bot.extraction import Extraction
from bot.models import Article
from tests.fakes import telegram_updates as tg
from tests.fakes.sift_bot import assert_all_valid, chat_of, is_checklist, running_bot
from tests.fakes.telegram_api import BOT_USERNAME, FakeTelegram

ANNA = tg.user(1001, "Anna")
BORIS = tg.user(1002, "Boris")
CHEN = tg.user(1003, "Chen", lang="fr")


async def _checklist_for(fake: FakeTelegram, chat_id: int, timeout: float = 10):
    return await fake.wait_for(
        "sendMessage", lambda c: chat_of(c) == chat_id and is_checklist(c), timeout
    )


def _buttons(call) -> list[dict]:
    return [b for row in call.params["reply_markup"]["inline_keyboard"] for b in row]


async def test_private_article_answered_with_a_checklist(fake, tmp_path):
    async with running_bot(fake, tmp_path):
        fake.push_update(tg.text_update(ANNA, tg.ARTICLE_FLOODS))
        first = await _checklist_for(fake, ANNA["id"])
        await asyncio.sleep(0.2)  # the other parts of the same posting
    text = first.params["text"]
    assert "Floods force thousands" in text
    assert "<b>1.</b>" in text
    everything = "\n".join(fake.sent_texts(ANNA["id"]))
    assert "Reuters" in everything
    assert "checked" in text
    # "typing" came before the answer.
    action = fake.calls_of("sendChatAction")[0]
    assert action.params["action"] == "typing" and action.at <= first.at
    assert sum(is_checklist(c) for c in fake.calls) == 1
    assert fake.calls_of("setMyCommands")
    assert_all_valid(fake)


async def test_long_paste_in_several_messages_is_one_article(fake, tmp_path):
    article = tg.long_article(9000)
    pieces = tg.split_like_telegram(article)
    assert len(pieces) >= 3
    async with running_bot(fake, tmp_path):
        for piece in pieces:
            fake.push_update(tg.text_update(BORIS, piece))
            await asyncio.sleep(0.05)
        first = await _checklist_for(fake, BORIS["id"])
        await asyncio.sleep(1.0)  # would a second answer come?
    assert "a region under strain" in first.params["text"]
    assert sum(is_checklist(c) for c in fake.calls) == 1
    assert len(fake.calls_of("sendChatAction")) == 1
    texts = fake.sent_texts(BORIS["id"])
    assert all("too short" not in t for t in texts)
    assert_all_valid(fake)


async def test_forwarded_channel_post_links_the_post_and_names_the_channel(fake, tmp_path):
    async with running_bot(fake, tmp_path):
        fake.push_update(tg.forwarded_post(ANNA, tg.ARTICLE_STRIKE, channel="Rail & Road <News>"))
        first = await _checklist_for(fake, ANNA["id"])
    text = first.params["text"]
    assert 'href="https://t.me/worldnewsnow/4242"' in text
    assert "Rail &amp; Road &lt;News&gt;" in text
    assert_all_valid(fake)


async def test_captioned_photo_and_text_file(fake, tmp_path):
    fake.add_file("doc-1", tg.ARTICLE_FLOODS.encode(), "floods.txt")
    async with running_bot(fake, tmp_path):
        fake.push_update(tg.photo_with_caption(ANNA, tg.ARTICLE_STRIKE))
        photo = await _checklist_for(fake, ANNA["id"])
        fake.push_update(tg.document_message(BORIS, "doc-1", "floods.txt", 900))
        document = await _checklist_for(fake, BORIS["id"])
    assert "Rail strike" in photo.params["text"]
    assert "Floods force" in document.params["text"]
    assert fake.calls_of("getFile")
    assert_all_valid(fake)


async def test_short_message_gets_a_friendly_explanation(fake, tmp_path):
    async with running_bot(fake, tmp_path):
        fake.push_update(tg.text_update(ANNA, "hello there"))
        reply = await fake.wait_for("sendMessage", lambda c: chat_of(c) == ANNA["id"])
    assert "too short to be an article" in reply.params["text"]
    assert "<i>" in reply.params["text"]  # the example
    assert_all_valid(fake)


async def test_group_check_in_reply_and_silence_otherwise(fake, tmp_path):
    group = tg.group_chat()
    post = tg.group_message(BORIS, tg.ARTICLE_FLOODS, group)
    async with running_bot(fake, tmp_path):
        fake.push_update(tg.added_to_group(ANNA, group))
        intro = await fake.wait_for("sendMessage", lambda c: chat_of(c) == group["id"])
        fake.push_update({"message": post})  # an article posted without /check
        await asyncio.sleep(0.5)
        assert len(fake.calls_of("sendMessage")) == 1  # only the introduction
        fake.push_update(tg.group_command(ANNA, f"/check@{BOT_USERNAME}", reply_to=post))
        answer = await _checklist_for(fake, group["id"])
    assert intro.params["text"].count("\n") == 1
    assert answer.params["reply_parameters"]["message_id"] == post["message_id"]
    assert "Floods force" in answer.params["text"]
    assert_all_valid(fake)


async def test_two_members_tap_at_once_and_both_marks_show(fake, tmp_path):
    group = tg.group_chat()
    async with running_bot(fake, tmp_path):
        fake.push_update(tg.group_command(ANNA, "/check " + tg.ARTICLE_STRIKE, chat=group))
        sent = await _checklist_for(fake, group["id"])
        posted = sent.params
        message = {
            "message_id": _sent_message_id(fake, sent),
            "chat": group,
            "date": 0,
            "text": "x",
        }
        taps = [b["callback_data"] for b in _buttons(sent) if "callback_data" in b]
        # A row per item: ✅ ❌ ❓ ℹ️.
        item1_ok, item1_false, item2_unclear = taps[0], taps[1], taps[6]
        fake.push_update(tg.callback(ANNA, message, item1_ok))
        fake.push_update(tg.callback(BORIS, message, item1_false))
        fake.push_update(tg.callback(BORIS, message, item2_unclear))
        edit = await fake.wait_for(
            "editMessageText",
            lambda c: (
                "Anna" in c.params["text"]
                and "Boris" in c.params["text"]
                and "2/" in c.params["text"]
            ),
        )
        await asyncio.sleep(0.3)
    assert "reply_markup" in edit.params
    final = fake.calls_of("editMessageText")[-1].params["text"]
    assert "✅ Anna" in final and "❌ Boris" in final and "❓ Boris" in final
    assert posted["text"].count("0/") == 1
    assert len(fake.calls_of("answerCallbackQuery")) == 3
    assert_all_valid(fake)


def _sent_message_id(fake: FakeTelegram, call) -> int:
    """The message id the fake gave a sendMessage."""
    return call.result["message_id"]


async def test_repeated_tap_and_message_not_modified_are_not_errors(fake, tmp_path):
    async with running_bot(fake, tmp_path):
        fake.push_update(tg.text_update(ANNA, tg.ARTICLE_STRIKE))
        sent = await _checklist_for(fake, ANNA["id"])
        message = {
            "message_id": _sent_message_id(fake, sent),
            "chat": tg.private_chat(ANNA),
            "date": 0,
        }
        data = _buttons(sent)[0]["callback_data"]
        fake.fail_next("editMessageText", 400, description="Bad Request: message is not modified")
        fake.push_update(tg.callback(ANNA, message, data))
        await fake.wait_for("editMessageText")
        fake.push_update(tg.callback(ANNA, message, data))  # the same mark again
        await fake.wait_for("answerCallbackQuery", lambda c: "already" in c.params.get("text", ""))
        fake.push_update(tg.callback(ANNA, message, _buttons(sent)[4]["callback_data"]))
        await fake.wait_for("editMessageText", lambda c: "2/" in c.params["text"])
    texts = fake.sent_texts(ANNA["id"])
    assert not any("went wrong" in t for t in texts)
    assert len(fake.calls_of("answerCallbackQuery")) == 3
    assert_all_valid(fake)


async def test_flood_limit_429_is_waited_out_and_retried(fake, tmp_path):
    async with running_bot(fake, tmp_path):
        fake.fail_next("sendMessage", 429, retry_after=1)
        fake.push_update(tg.text_update(ANNA, tg.ARTICLE_FLOODS))
        refused = await _checklist_for(fake, ANNA["id"])
        retried = await fake.wait_for(
            "sendMessage", lambda c: c is not refused and c.params["text"] == refused.params["text"]
        )
    # The refused call is retried with the same message once retry_after has passed.
    assert retried.at - refused.at >= 0.9
    assert not any("went wrong" in t for t in fake.sent_texts())


async def test_inline_mode_lists_recent_checklists_and_taps_update_shared_marks(fake, tmp_path):
    async with running_bot(fake, tmp_path):
        fake.push_update(tg.text_update(ANNA, tg.ARTICLE_STRIKE))
        sent = await _checklist_for(fake, ANNA["id"])
        fake.push_update(tg.inline_query(ANNA, ""))
        answer = await fake.wait_for("answerInlineQuery")
        results = answer.params["results"]
        assert results and results[0]["title"].startswith("Rail strike")
        checklist_id = results[0]["id"]
        await asyncio.sleep(0.2)  # the last part carries Share and Export
        last = fake.calls_of("sendMessage")[-1]
        assert sent.params["text"] != last.params["text"] or len(fake.sent_texts()) == 1
        share = next(b for b in _buttons(last) if "switch_inline_query" in b)
        assert share["switch_inline_query"] == checklist_id
        # Someone else presses Share: the query names the checklist.
        fake.push_update(tg.inline_query(CHEN, checklist_id))
        shared = await fake.wait_for(
            "answerInlineQuery", lambda c: c.params["results"] and c is not answer
        )
        assert shared.params["results"][0]["id"] == checklist_id
        # A tap on the posted inline copy edits it through inline_message_id.
        buttons = shared.params["results"][0]["reply_markup"]["inline_keyboard"]
        fake.push_update(tg.inline_callback(CHEN, "inl-1", buttons[0][0]["callback_data"]))
        edit = await fake.wait_for("editMessageText", lambda c: "inline_message_id" in c.params)
        # The checklist in Anna's chat shows Chen's mark too.
        await fake.wait_for(
            "editMessageText", lambda c: c.params.get("chat_id") and "Chen" in c.params["text"]
        )
    assert edit.params["inline_message_id"] == "inl-1"
    assert "Chen" in edit.params["text"] and "1/" in edit.params["text"]
    assert "vérifiés" in shared.params["results"][0]["input_message_content"]["message_text"]
    assert_all_valid(fake)


async def test_export_forget_and_language(fake, tmp_path):
    async with running_bot(fake, tmp_path):
        fake.push_update(tg.text_update(ANNA, "/lang"))
        prompt = await fake.wait_for("sendMessage")
        french = next(b for b in _buttons(prompt) if b["callback_data"] == "l:fr")
        fake.push_update(
            tg.callback(
                ANNA,
                {"message_id": 1, "chat": tg.private_chat(ANNA), "date": 0},
                french["callback_data"],
            )
        )
        await fake.wait_for("editMessageText", lambda c: "français" in c.params["text"])
        fake.push_update(tg.text_update(ANNA, tg.ARTICLE_FLOODS))
        sent = await _checklist_for(fake, ANNA["id"])
        assert "vérifiés" in sent.params["text"]
        fake.push_update(tg.text_update(ANNA, "/export"))
        document = await fake.wait_for("sendDocument")
        fake.push_update(tg.text_update(ANNA, "/forget"))
        await fake.wait_for("sendMessage", lambda c: "effacé 1 liste," in c.params["text"])
        fake.push_update(tg.inline_query(ANNA, ""))
        answer = await fake.wait_for("answerInlineQuery")
    content = next(iter(document.files.values())).decode()
    assert "Floods force thousands" in content
    assert answer.params["results"] == []
    assert "button" in answer.params
    assert_all_valid(fake)


async def test_limits_size_and_rate(fake, tmp_path):
    async with running_bot(fake, tmp_path, sift_user_analyses_per_hour=1, sift_bot_max_chars=1500):
        fake.push_update(tg.text_update(ANNA, tg.ARTICLE_STRIKE))
        await _checklist_for(fake, ANNA["id"])
        fake.push_update(tg.text_update(ANNA, tg.ARTICLE_FLOODS))
        limited = await fake.wait_for("sendMessage", lambda c: "this hour" in c.params["text"])
        fake.push_update(tg.text_update(BORIS, tg.long_article(3000)))
        too_large = await fake.wait_for("sendMessage", lambda c: "too long" in c.params["text"])
    assert "1,500" in too_large.params["text"]
    assert chat_of(limited) == ANNA["id"]
    assert_all_valid(fake)


class _BrokenExtractor:
    """An extractor whose service is down: any failure must end in an apology."""

    name = "broken"

    async def extract(self, article: Article) -> Extraction:
        raise RuntimeError("extraction service unavailable")


async def test_unexpected_failure_is_logged_and_apologised_without_the_token(
    fake, tmp_path, caplog
):
    caplog.set_level(logging.INFO)
    async with running_bot(fake, tmp_path, build={"extractor": _BrokenExtractor()}):
        fake.push_update(tg.text_update(ANNA, tg.ARTICLE_FLOODS))
        apology = await fake.wait_for("sendMessage", lambda c: chat_of(c) == ANNA["id"])
    assert "Sorry" in apology.params["text"]
    assert "extraction service unavailable" in caplog.text
    assert fake.token not in caplog.text
    assert fake.token.split(":")[1] not in caplog.text


def test_unusable_input_codes_all_have_a_sentence():
    from bot.chat.handlers import unusable_text
    from bot.chat.locales import LANGUAGES
    from bot.errors import MESSAGES

    for lang in LANGUAGES:
        for code in MESSAGES:
            exc = UnusableInput(code, limit="60,000", language="xx", supported="en", detail="d")
            text = unusable_text(lang, exc, private=False)
            assert text and not text.startswith("errors."), (lang, code)


@pytest.mark.parametrize("text", ["https://example.org/news/1", "Read this https://x.org/a"])
def test_a_message_that_is_mainly_a_link_is_fetched(text):
    from bot.chat.handlers import find_link

    assert find_link(text) is not None
    assert find_link(tg.ARTICLE_FLOODS + " https://example.org/a") is None
