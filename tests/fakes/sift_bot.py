"""Running the bot's real Application in-process against the fake Bot API server."""

from __future__ import annotations

import re
from collections.abc import AsyncIterator, Iterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

import pytest
from telegram.ext import Application

from bot.chat.app import build_application
from bot.config import Settings
from tests.fakes.telegram_api import Call, FakeTelegram
from tests.fakes.telegram_html import assert_valid

PROGRESS = re.compile(r"<b>[^<]*\b\d+/\d+\b[^<]*</b>")


@pytest.fixture
def fake() -> Iterator[FakeTelegram]:
    with FakeTelegram() as server:
        yield server


def bot_settings(fake: FakeTelegram, tmp_path: Path, **overrides: Any) -> Settings:
    values: dict[str, Any] = {
        "telegram_bot_token": fake.token,
        "telegram_base_url": fake.base_url,
        "telegram_base_file_url": fake.base_file_url,
        "sift_db": str(tmp_path / "sift.sqlite3"),
        "sift_join_seconds": 0.6,
    }
    values.update(overrides)
    return Settings(_env_file=None, **values)


@asynccontextmanager
async def running_bot(
    fake: FakeTelegram, tmp_path: Path, *, build: dict[str, Any] | None = None, **overrides: Any
) -> AsyncIterator[Application]:
    """Start the Application with long polling against `fake`; stop it afterwards."""
    app = build_application(bot_settings(fake, tmp_path, **overrides), **(build or {}))
    await app.initialize()
    await app.post_init(app)
    await app.updater.start_polling(poll_interval=0.0, timeout=1)
    await app.start()
    try:
        yield app
    finally:
        await app.updater.stop()
        await app.stop()
        await app.post_shutdown(app)
        await app.shutdown()


def chat_of(call: Call) -> int:
    return int(call.params["chat_id"])


def is_checklist(call: Call) -> bool:
    """A message that starts a checklist: its header carries the progress line."""
    return call.method == "sendMessage" and bool(PROGRESS.search(call.params.get("text", "")))


def assert_all_valid(fake: FakeTelegram) -> None:
    """Every text the bot sent or edited is valid Telegram HTML under 4,096 characters,
    and all callback data fits in 64 bytes."""
    for call in fake.calls:
        if call.method in ("sendMessage", "editMessageText"):
            assert_valid(call.params["text"])
        markup = call.params.get("reply_markup")
        if isinstance(markup, dict):
            for row in markup.get("inline_keyboard", []):
                for button in row:
                    if "callback_data" in button:
                        assert len(button["callback_data"].encode()) <= 64
        if call.method == "answerInlineQuery":
            for result in call.params["results"]:
                assert_valid(result["input_message_content"]["message_text"])


def buttons(call: Call) -> list[dict]:
    """Every button under a message the bot sent or edited, row after row."""
    markup = call.params.get("reply_markup") or {}
    return [b for row in markup.get("inline_keyboard", []) for b in row]


def button(call: Call, text: str) -> str:
    """The callback data of the button labelled `text` (e.g. "3 ✅", "ℹ️", "▶")."""
    for b in buttons(call):
        if b["text"] == text and "callback_data" in b:
            return b["callback_data"]
    raise AssertionError(f"no button {text!r} in {[b['text'] for b in buttons(call)]}")


def item_rows(call: Call) -> list[list[dict]]:
    """The rows of mark buttons (one per item shown)."""
    rows = call.params["reply_markup"]["inline_keyboard"]
    return [row for row in rows if row[0].get("callback_data", "").startswith("m:")]
