"""Joining the pieces of a long paste, per-user limits, locales and callback data."""

from __future__ import annotations

import asyncio

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
from tests.fakes.telegram_updates import long_article, split_like_telegram


async def test_pieces_of_a_paste_flush_once_when_the_short_last_piece_arrives():
    flushed: list[Joined] = []

    async def flush(joined: Joined) -> None:
        flushed.append(joined)

    joiner = Joiner(flush, delay=5.0, max_chars=100_000)
    article = long_article(9000)
    pieces = split_like_telegram(article)
    for piece in pieces:
        await joiner.add((1, 1), piece, context="first")
    assert len(flushed) == 1 and flushed[0].context == "first"
    assert flushed[0].text.split() == article.split()


async def test_a_lone_long_piece_flushes_after_the_delay_and_short_messages_go_straight():
    flushed: list[str] = []

    async def flush(joined: Joined) -> None:
        flushed.append(joined.text)

    joiner = Joiner(flush, delay=0.1, max_chars=100_000)
    await joiner.add((1, 1), "hello", None)
    assert flushed == ["hello"]
    await joiner.add((1, 2), "x " * LIKELY_CUT, None)
    assert joiner.pending((1, 2)) and len(flushed) == 1
    await asyncio.sleep(0.3)
    assert len(flushed) == 2 and not joiner.pending((1, 2))


async def test_pastes_of_two_people_stay_apart_and_close_flushes_what_is_held():
    flushed: list[tuple] = []

    async def flush(joined: Joined) -> None:
        flushed.append(joined.key)

    joiner = Joiner(flush, delay=60, max_chars=100_000)
    await joiner.add((1, 1), "a " * LIKELY_CUT, None)
    await joiner.add((1, 2), "b " * LIKELY_CUT, None)
    await joiner.close()
    assert sorted(flushed) == [(1, 1), (1, 2)]


def test_join_pieces_glues_cut_sentences_with_a_space():
    assert join_pieces(["The minister", "said"]) == "The minister said"
    assert join_pieces(["End.", "Next"]) == "End.\nNext"
    assert join_pieces(["a ", "b"]) == "a b"


def test_usage_limiter_allows_per_hour():
    limiter = UsageLimiter(2)
    assert limiter.try_acquire(5, now=0) == 0
    assert limiter.try_acquire(5, now=1) == 0
    assert limiter.try_acquire(5, now=2) == 3598
    assert limiter.try_acquire(6, now=2) == 0
    assert limiter.try_acquire(5, now=3601) == 0
    limiter.refund(5)  # that checklist never reached the user
    assert limiter.try_acquire(5, now=3602) == 0


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
