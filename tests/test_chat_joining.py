"""Joining the pieces of a long paste, per-user limits, locales and callback data."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable

import pytest

from bot.chat.joining import LIKELY_CUT, Joined, Joiner, join_pieces
from bot.chat.keyboards import (
    ItemTap,
    MarkTap,
    evidence_data,
    item_keyboard,
    mark_data,
    page_keyboard,
    parse_item,
    parse_mark,
    view_data,
)
from bot.chat.limits import UsageLimiter
from bot.chat.locales import LANGUAGES, _load, has, supported, t
from bot.storage import Storage
from tests.fakes.telegram_updates import long_article, split_like_telegram


def _collector() -> tuple[list[Joined], Callable[[Joined], Awaitable[None]]]:
    flushed: list[Joined] = []

    async def flush(joined: Joined) -> None:
        flushed.append(joined)

    return flushed, flush


async def test_pieces_of_a_paste_flush_once_when_the_short_last_piece_arrives(db_setting):
    flushed, flush = _collector()
    async with Storage(db_setting) as storage:
        joiner = Joiner(storage, flush, delay=5.0)
        article = long_article(9000)
        for n, piece in enumerate(split_like_telegram(article)):
            await joiner.add((1, 1), piece, {"first": n == 0}, message_id=100 + n)
    assert len(flushed) == 1 and flushed[0].context == {"first": True}
    assert flushed[0].text.split() == article.split()


async def test_pieces_handled_out_of_order_on_two_replicas_give_one_text(db_setting):
    """The short last piece reaches one replica while an earlier piece is still being
    received by the other: it waits for it, and the text keeps its order."""
    flushed, flush = _collector()
    article = long_article(9000)
    first, second, last = split_like_telegram(article)
    async with Storage(db_setting) as one, Storage(db_setting) as two:
        a, b = Joiner(one, flush, delay=3.0), Joiner(two, flush, delay=3.0)
        for update_id in (11, 12, 13):
            await one.accept_update(
                update_id, {}, owner="a", lease_seconds=30, chat_id=1, user_id=1
            )
        await a.add((1, 1), first, {}, message_id=101, update_id=11)
        await one.finish_update(11)
        ending = asyncio.create_task(b.add((1, 1), last, {}, message_id=103, update_id=13))
        await asyncio.sleep(0.3)
        assert not flushed  # update 12 is not handled yet
        await a.add((1, 1), second, {}, message_id=102, update_id=12)
        await one.finish_update(12)
        await ending
        await a.close()
    assert len(flushed) == 1 and flushed[0].text.split() == article.split()


async def test_a_lone_long_piece_flushes_after_the_delay_and_short_messages_go_straight(
    db_setting,
):
    flushed, flush = _collector()
    async with Storage(db_setting) as storage:
        joiner = Joiner(storage, flush, delay=0.1)
        await joiner.add((1, 1), "hello", {}, message_id=1)
        assert [j.text for j in flushed] == ["hello"]
        await joiner.add((1, 2), "x " * LIKELY_CUT, {}, message_id=2)
        assert joiner.pending((1, 2)) and len(flushed) == 1
        await asyncio.sleep(0.4)
        assert len(flushed) == 2 and not joiner.pending((1, 2))


async def test_a_paste_left_by_a_stopped_replica_is_finished_by_another(db_setting):
    flushed, flush = _collector()
    async with Storage(db_setting) as one, Storage(db_setting) as two:
        gone = Joiner(one, flush, delay=0.2)
        await gone.add((1, 1), "a " * LIKELY_CUT, {"lang": "de"}, message_id=5)
        gone._cancel_timer((1, 1))  # the replica stopped before its delay ran out
        survivor = Joiner(two, flush, delay=0.2)
        assert await survivor.sweep() == 0  # too early: its replica may still finish it
        await asyncio.sleep(1.5)
        assert await survivor.sweep() == 1
    assert len(flushed) == 1 and flushed[0].context == {"lang": "de"}


async def test_a_paste_whose_replica_died_while_answering_is_answered_again(db_setting):
    flushed, flush = _collector()

    async def die(joined: Joined) -> None:
        raise asyncio.CancelledError  # the process is gone before it could answer

    async with Storage(db_setting) as one, Storage(db_setting) as two:
        gone = Joiner(one, die, delay=0.1, lease_seconds=0.5)
        await gone.add((1, 1), "a " * LIKELY_CUT, {"lang": "it"}, message_id=5)
        gone._cancel_timer((1, 1))
        with pytest.raises(asyncio.CancelledError):
            await gone._take_and_flush((1, 1))
        survivor = Joiner(two, flush, delay=0.1, lease_seconds=30)
        assert await survivor.sweep() == 0  # its lease still runs
        await asyncio.sleep(0.6)
        assert await survivor.sweep() == 1
        assert await survivor.sweep() == 0
    assert len(flushed) == 1 and flushed[0].context == {"lang": "it"}


async def test_pastes_of_two_people_stay_apart_and_close_flushes_what_is_held(db_setting):
    flushed, flush = _collector()
    async with Storage(db_setting) as storage:
        joiner = Joiner(storage, flush, delay=60)
        await joiner.add((1, 1), "a " * LIKELY_CUT, {}, message_id=1)
        await joiner.add((1, 2), "b " * LIKELY_CUT, {}, message_id=1)
        await joiner.close()
    assert sorted(j.key for j in flushed) == [(1, 1), (1, 2)]


def test_join_pieces_glues_cut_sentences_with_a_space():
    assert join_pieces(["The minister", "said"]) == "The minister said"
    assert join_pieces(["End.", "Next"]) == "End.\nNext"
    assert join_pieces(["a ", "b"]) == "a b"


async def test_usage_limiter_allows_per_hour_and_refunds(db_setting):
    async with Storage(db_setting) as storage:
        limiter = UsageLimiter(storage, 2)
        assert await limiter.try_acquire(5, now=0) == 0
        assert await limiter.try_acquire(5, now=1) == 0
        assert await limiter.try_acquire(5, now=2) == 3598
        assert await limiter.try_acquire(6, now=2) == 0
        await limiter.refund(5)  # the checklist at 1 never reached the user
        assert await limiter.try_acquire(5, now=3) == 0
        assert await limiter.try_acquire(5, now=4) == pytest.approx(3596)
        assert await limiter.try_acquire(5, now=3601) == 0


def test_every_locale_has_every_key_and_valid_placeholders():
    reference = _load("en")
    for lang in LANGUAGES:
        for section, table in reference.items():
            for key, text in table.items():
                assert has(lang, f"{section}.{key}"), (lang, section, key)
                # A plural table ({one = ..., other = ...}) holds the same placeholders.
                placeholders = set(__import__("re").findall(r"{(\w+)}", str(text)))
                translated = str(_load(lang)[section][key])
                assert set(__import__("re").findall(r"{(\w+)}", translated)) == placeholders
    assert supported("pt-br") == "pt" and supported("zh-hans") == "en" and supported(None) == "en"
    assert t("de", "commands.help").strip() and not t("de", "commands.help").startswith("commands.")


def test_callback_data_round_trips_within_64_bytes():
    tap = MarkTap("AbCdEf-_", 30, "unclear", 5, "uk", True)
    data = mark_data(tap)
    assert len(data.encode()) <= 64
    assert parse_mark(data) == tap
    assert parse_mark("m:x:1:z:0:en:p") is None and parse_mark("garbage") is None
    assert parse_mark("m:x:0:c:0:en:p") is None  # items are numbered from 1
    item = ItemTap("AbCdEf-_", 30, 5, "pt")
    assert parse_item(view_data(item)) == item and parse_item(evidence_data(item)) == item
    assert parse_item("v:AbCdEf-_:0:0:en") is None
    keyboard = page_keyboard("AbCdEf-_", [6, 7], page=1, pages=3, lang="ru")
    rows = keyboard.inline_keyboard
    assert [b.text for b in rows[0]] == ["6 ✅", "6 ❌", "6 ❓", "ℹ️"]
    assert [b.text for b in rows[2]] == ["◀", "2/3", "▶"]
    assert rows[-1][0].switch_inline_query == "AbCdEf-_"
    every = [b for row in rows for b in row]
    every += [
        b for row in item_keyboard("AbCdEf-_", 30, page=5, lang="uk").inline_keyboard for b in row
    ]
    for b in every:
        assert b.callback_data is None or len(b.callback_data.encode()) <= 64
