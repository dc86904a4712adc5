"""Delivery against a Bot API that misbehaves: no checklist dropped, none duplicated."""

from __future__ import annotations

import asyncio
import time

import pytest

from tests.fakes import telegram_updates as tg
from tests.fakes.sift_bot import assert_all_valid, chat_of, is_checklist, item_rows, running_bot
from tests.fakes.telegram_api import FakeTelegram

ANNA = tg.user(4001, "Anna")
BORIS = tg.user(4002, "Boris")
GROUP = tg.group_chat(-100_400_400)


def _checklists(fake: FakeTelegram, chat_id: int) -> list:
    return [c for c in fake.calls_of("sendMessage") if chat_of(c) == chat_id and is_checklist(c)]


async def _checklist_for(fake: FakeTelegram, chat_id: int, timeout: float = 15):
    return await fake.wait_for(
        "sendMessage", lambda c: chat_of(c) == chat_id and is_checklist(c), timeout
    )


# ---- edits of messages already answered --------------------------------------------------
async def test_an_edited_article_or_command_is_never_answered_twice(fake, tmp_path):
    article = tg.text_update(ANNA, tg.ARTICLE_FLOODS)
    check = tg.group_command(BORIS, "/check " + tg.ARTICLE_STRIKE, chat=GROUP)
    help_ = tg.text_update(ANNA, "/help")
    async with running_bot(fake, tmp_path):
        fake.push_update(article)
        await _checklist_for(fake, ANNA["id"])
        fake.push_update(check)
        await _checklist_for(fake, GROUP["id"])
        fake.push_update(help_)
        await fake.wait_for("sendMessage", lambda c: "How to use" in c.params["text"])
        fake.push_update(tg.edited(article, tg.ARTICLE_FLOODS.replace("thousands", "hundreds")))
        fake.push_update(tg.edited(check, "/check " + tg.ARTICLE_STRIKE + " (updated)"))
        fake.push_update(tg.edited(help_, "/help please"))
        await asyncio.sleep(1.0)
    assert len(_checklists(fake, ANNA["id"])) == 1
    assert len(_checklists(fake, GROUP["id"])) == 1
    assert len(fake.sent_texts(ANNA["id"])) == 2  # the checklist and one /help answer
    assert len(fake.sent_texts(GROUP["id"])) == 1


# ---- transient failures are retried -----------------------------------------------------
@pytest.mark.parametrize("status", [500, 502])
async def test_a_server_error_on_send_is_retried_and_the_checklist_arrives(fake, tmp_path, status):
    async with running_bot(fake, tmp_path):
        fake.fail_next("sendMessage", status)
        fake.push_update(tg.text_update(ANNA, tg.ARTICLE_FLOODS))
        await fake.wait_for(
            "sendMessage", lambda c: is_checklist(c) and c.result is not None, timeout=15
        )
    attempts = _checklists(fake, ANNA["id"])
    assert len(attempts) == 2 and attempts[0].result is None  # refused, then retried
    assert attempts[1].result is not None and attempts[1].at - attempts[0].at >= 0.4
    assert not any("Sorry" in t for t in fake.sent_texts())
    assert_all_valid(fake)


async def test_a_joined_long_paste_survives_a_bad_gateway(fake, tmp_path):
    async with running_bot(fake, tmp_path):
        fake.fail_next("sendMessage", 502)
        for piece in tg.split_like_telegram(tg.long_article(9000)):
            fake.push_update(tg.text_update(BORIS, piece))
            await asyncio.sleep(0.05)
        await fake.wait_for(
            "sendMessage",
            lambda c: chat_of(c) == BORIS["id"] and is_checklist(c) and c.result is not None,
        )
        await asyncio.sleep(0.5)
    delivered = [c for c in _checklists(fake, BORIS["id"]) if c.result is not None]
    assert len(delivered) == 1


async def test_five_flood_limit_answers_in_a_row_are_waited_out(fake, tmp_path):
    async with running_bot(fake, tmp_path):
        fake.fail_next("sendMessage", 429, times=5, retry_after=1)
        fake.push_update(tg.text_update(ANNA, tg.ARTICLE_STRIKE))
        await fake.wait_for(
            "sendMessage",
            lambda c: chat_of(c) == ANNA["id"] and is_checklist(c) and c.result is not None,
            timeout=20,
        )
    attempts = _checklists(fake, ANNA["id"])
    assert len(attempts) == 6
    assert attempts[-1].at - attempts[0].at >= 4.5  # every retry_after honoured
    assert not any("Sorry" in t for t in fake.sent_texts())


async def test_when_delivery_fails_the_user_gets_an_apology_and_it_does_not_count(fake, tmp_path):
    settings = {"sift_delivery_deadline": 1.5, "sift_user_analyses_per_hour": 1}
    async with running_bot(fake, tmp_path, **settings):
        fake.fail_next("sendMessage", 500, times=3)
        fake.push_update(tg.text_update(ANNA, tg.ARTICLE_FLOODS))
        apology = await fake.wait_for(
            "sendMessage", lambda c: c.result is not None and "Sorry" in c.params["text"]
        )
        # Not counted: the same user may send an article again within the hour.
        fake.push_update(tg.text_update(ANNA, tg.ARTICLE_FLOODS))
        delivered = await fake.wait_for(
            "sendMessage", lambda c: is_checklist(c) and c.result is not None
        )
    assert chat_of(apology) == ANNA["id"] and "not counted" in apology.params["text"]
    assert delivered.at > apology.at
    assert not any("this hour" in t for t in fake.sent_texts())


# ---- buttons --------------------------------------------------------------------------
async def test_every_tap_is_answered_and_item_numbers_are_checked(fake, tmp_path):
    async with running_bot(fake, tmp_path):
        fake.push_update(tg.text_update(ANNA, tg.ARTICLE_STRIKE))
        sent = await _checklist_for(fake, ANNA["id"])
        data = item_rows(sent)[0][1]["callback_data"]  # m:<id>:1:f:0:en:p
        checklist_id = data.split(":")[1]
        taps = [
            "made-up",
            "m:" + ":".join(["x"] * 6),
            data.replace(":1:f:", ":0:f:"),
            data.replace(":1:f:", ":99:f:"),
            f"v:{checklist_id}:0:0:en",
            f"p:{checklist_id}:x:en",
            "m:nosuchid:1:f:0:en:p",
            "n",
        ]
        for tap in taps:
            fake.push_update(tg.callback(ANNA, sent.result, tap))
        await asyncio.sleep(1.0)
    answers = fake.calls_of("answerCallbackQuery")
    assert len(answers) == len(taps)
    texts = [a.params.get("text", "") for a in answers]
    # Unknown or malformed data (item 0 included) is answered as an expired button.
    assert sum("no longer works" in t for t in texts) == 5
    assert sum("no item 99" in t for t in texts) == 1
    assert not any("Item 0" in t for t in texts)
    assert not fake.calls_of("editMessageText")  # nothing was marked


# ---- groups ---------------------------------------------------------------------------
async def test_a_mention_with_an_article_is_an_ask(fake, tmp_path):
    post = tg.group_message(BORIS, tg.ARTICLE_FLOODS, GROUP)
    async with running_bot(fake, tmp_path):
        fake.push_update(tg.mention(ANNA, tg.ARTICLE_STRIKE, chat=GROUP))
        first = await _checklist_for(fake, GROUP["id"])
        fake.push_update(
            {
                "message": dict(
                    tg.mention(ANNA, "check this?", GROUP)["message"], reply_to_message=post
                )
            }
        )
        second = await fake.wait_for(
            "sendMessage",
            lambda c: is_checklist(c) and c is not first and chat_of(c) == GROUP["id"],
        )
    assert "Rail strike" in first.params["text"]
    assert "Floods force" in second.params["text"]
    assert second.params["reply_parameters"]["message_id"] == post["message_id"]


async def test_a_change_of_rights_is_not_an_arrival(fake, tmp_path):
    async with running_bot(fake, tmp_path):
        fake.push_update(tg.rights_changed(ANNA, "restricted", "member", GROUP))
        fake.push_update(tg.rights_changed(ANNA, "member", "restricted", GROUP))
        await asyncio.sleep(0.6)
        assert not fake.sent_texts(GROUP["id"])
        fake.push_update(tg.rights_changed(ANNA, "left", "member", GROUP))
        intro = await fake.wait_for("sendMessage", lambda c: chat_of(c) == GROUP["id"])
    assert "Sift" in intro.params["text"]
    assert len(fake.sent_texts(GROUP["id"])) == 1


# ---- the pieces ------------------------------------------------------------------------
async def test_edits_of_one_message_are_coalesced_and_spaced_per_chat():
    from bot.chat.delivery import EditQueue

    queue = EditQueue(interval=0.3)
    runs: list[tuple[str, float]] = []

    def edit(name: str):
        async def run() -> None:
            runs.append((name, time.monotonic()))
            await asyncio.sleep(0.05)

        return run

    requests = [queue.request("message-1", edit("m1"), chat=-1) for _ in range(30)]
    requests += [queue.request("message-2", edit("m2"), chat=-1) for _ in range(5)]
    requests += [queue.request("elsewhere", edit("e"), chat=-2)]
    await asyncio.gather(*requests)
    names = [name for name, _ in runs]
    assert names.count("m1") <= 2 and names.count("m2") <= 2 and names.count("e") == 1
    same_chat = [at for name, at in runs if name != "e"]
    assert all(b - a >= 0.29 for a, b in zip(same_chat, same_chat[1:], strict=False))
    assert runs[[n for n, _ in runs].index("e")][1] - runs[0][1] < 0.2  # not held up


async def test_retries_stop_at_an_answer_or_the_deadline():
    from telegram.error import BadRequest, NetworkError, RetryAfter

    from bot.chat.delivery import DeliveryFailed, with_retries

    outcomes = [NetworkError("Bad Gateway"), RetryAfter(0), "sent"]

    async def flaky() -> str:
        outcome = outcomes.pop(0)
        if isinstance(outcome, Exception):
            raise outcome
        return outcome

    assert await with_retries(flaky, deadline=5) == "sent"

    async def refused() -> None:
        raise BadRequest("Bad Request: chat not found")

    with pytest.raises(BadRequest):
        await with_retries(refused, deadline=5)

    async def down() -> None:
        raise NetworkError("Internal Server Error (500)")

    started = time.monotonic()
    with pytest.raises(DeliveryFailed):
        await with_retries(down, deadline=1.0)
    assert time.monotonic() - started <= 1.1
