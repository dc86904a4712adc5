"""Sending a checklist as one message with buttons, and keeping it up to date.

A checklist in a chat is one message. What it shows (a page, or one item in full in a
private chat) is a `View`; `Screens` remembers, per checklist, the messages that show it
and their view (in the store, shared by replicas), so that a mark or a piece of evidence
added anywhere (in the group, in a private item view, in an inline copy, on any replica)
updates every message of that checklist.

Edits are coalesced per message and spaced per chat: while an edit of a message is in
flight or waiting for its turn, further changes only mark it dirty, and the message is
rendered again from the database when its turn comes, at most one edit per
`EDIT_INTERVAL` seconds to a chat (per replica). Members tapping in a burst cost one or two edits
instead of one each (groups allow about 20 messages a minute), and the last edit always
shows every stored mark.

Sending retries transient failures (5xx, network errors, 429 beyond the rate limiter's
own retries) with backoff until a deadline, then raises `DeliveryFailed`.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Awaitable, Callable, Hashable
from dataclasses import dataclass
from datetime import timedelta
from typing import TypeVar

from telegram import Bot, InlineKeyboardMarkup, Message, ReplyParameters
from telegram.error import BadRequest, NetworkError, RetryAfter, TelegramError

from bot.chat.keyboards import item_keyboard, page_keyboard
from bot.checklist.html import (
    Evidence,
    ItemEvidence,
    ItemMarks,
    plan_pages,
    render_item,
    render_page,
)
from bot.models import Checklist
from bot.storage import Storage

log = logging.getLogger(__name__)

T = TypeVar("T")
EDIT_INTERVAL = 1.1  # seconds between two edits to one chat: under one a second, with jitter
DELIVERY_DEADLINE = 30.0  # seconds spent retrying one message before giving up
_FIRST_BACKOFF = 0.5
_MAX_BACKOFF = 8.0
_MAX_SCREENS = 20_000


class DeliveryFailed(Exception):
    """Telegram kept failing (5xx, network, flood limits) until the deadline."""


async def marks_for_render(storage: Storage, checklist_id: str) -> ItemMarks:
    """Stored marks as the renderer takes them: {item: [(name, mark), ...]}."""
    return {
        item: [(m.user_name, m.mark) for m in marks]
        for item, marks in (await storage.marks(checklist_id)).items()
    }


async def evidence_for_render(storage: Storage, checklist_id: str) -> ItemEvidence:
    """Stored evidence as the renderer takes it: {item: [Evidence, ...]}."""
    return {
        item: [Evidence(e.user_name, e.url, e.note, e.added) for e in entries]
        for item, entries in (await storage.evidence(checklist_id)).items()
    }


@dataclass(frozen=True)
class View:
    """What one message shows: a page of a checklist, or one of its items in full."""

    checklist_id: str
    lang: str
    page: int = 0
    item: int | None = None


def render_view(
    checklist: Checklist,
    view: View,
    marks: ItemMarks | None,
    evidence: ItemEvidence | None,
) -> tuple[str, InlineKeyboardMarkup]:
    """The text and buttons of a message showing `view`, with the current marks."""
    plan = plan_pages(checklist, view.lang)
    page = min(view.page, len(plan) - 1)
    if view.item is not None:
        text = render_item(checklist, view.lang, view.item, marks=marks, evidence=evidence)
        return text, item_keyboard(view.checklist_id, view.item, page=page, lang=view.lang)
    text = render_page(checklist, view.lang, plan[page], marks=marks, evidence=evidence)
    keyboard = page_keyboard(
        view.checklist_id, plan[page], page=page, pages=len(plan), lang=view.lang
    )
    return text, keyboard


async def render_stored(
    storage: Storage, checklist: Checklist, view: View
) -> tuple[str, InlineKeyboardMarkup]:
    """`render_view` with the marks and evidence stored now."""
    return render_view(
        checklist,
        view,
        await marks_for_render(storage, view.checklist_id),
        await evidence_for_render(storage, view.checklist_id),
    )


# ---- sending ----------------------------------------------------------------------------
def _seconds(exc: RetryAfter) -> float:
    value = exc.retry_after
    return value.total_seconds() if isinstance(value, timedelta) else float(value)


async def with_retries(
    send: Callable[[], Awaitable[T]], *, deadline: float = DELIVERY_DEADLINE
) -> T:
    """`send()`, retried on transient failures with backoff until `deadline` seconds.

    Transient: a 429 (waited out for its retry_after), a 5xx or a network error. A 400 or
    403 is an answer, not a failure of delivery: it is raised at once.
    """
    start = time.monotonic()
    backoff = _FIRST_BACKOFF
    attempt = 0
    while True:
        attempt += 1
        try:
            return await send()
        except RetryAfter as exc:
            wait = _seconds(exc)
            error: TelegramError = exc
        except BadRequest:
            raise
        except NetworkError as exc:  # 5xx, timeouts, connection errors
            wait, backoff = backoff, min(backoff * 2, _MAX_BACKOFF)
            error = exc
        if time.monotonic() - start + wait > deadline:
            raise DeliveryFailed(f"gave up after {attempt} attempts: {error}") from error
        log.warning("Telegram failed (%s); retrying in %.1f s", error, wait)
        await asyncio.sleep(wait)


async def send_checklist(
    bot: Bot,
    storage: Storage,
    screens: Screens,
    checklist_id: str,
    checklist: Checklist,
    *,
    chat_id: int,
    lang: str,
    reply_to: int | None = None,
    deadline: float = DELIVERY_DEADLINE,
) -> Message:
    """Post the checklist as one message and remember it; raises DeliveryFailed."""
    view = View(checklist_id, lang)
    text, keyboard = await render_stored(storage, checklist, view)
    reply = (
        ReplyParameters(message_id=reply_to, allow_sending_without_reply=True)
        if reply_to is not None
        else None
    )
    sent = await with_retries(
        lambda: bot.send_message(chat_id, text, reply_markup=keyboard, reply_parameters=reply),
        deadline=deadline,
    )
    await storage.add_posts(checklist_id, chat_id, [sent.message_id])
    await screens.show((chat_id, sent.message_id), view)
    return sent


async def edit_message(
    bot: Bot,
    text: str,
    keyboard: InlineKeyboardMarkup,
    *,
    chat_id: int | None = None,
    message_id: int | None = None,
    inline_message_id: str | None = None,
) -> None:
    """Edit a message in place; an edit that changes nothing is not an error."""
    try:
        await with_retries(
            lambda: bot.edit_message_text(
                text,
                chat_id=chat_id,
                message_id=message_id,
                inline_message_id=inline_message_id,
                reply_markup=keyboard,
            ),
            deadline=DELIVERY_DEADLINE / 2,
        )
    except BadRequest as exc:
        if "not modified" in exc.message.lower():
            return
        raise


# ---- which messages show which checklist -------------------------------------------------
ScreenKey = tuple[int, int] | str  # (chat_id, message_id), or an inline_message_id


class Screens:
    """The messages showing each checklist and what each shows, kept in the store so that
    any replica can update a message another one sent or last changed."""

    def __init__(self, storage: Storage) -> None:
        self.storage = storage

    @staticmethod
    def _name(key: ScreenKey) -> str:
        return f"inline:{key}" if isinstance(key, str) else f"{key[0]}:{key[1]}"

    @staticmethod
    def _key(name: str) -> ScreenKey:
        if name.startswith("inline:"):
            return name.removeprefix("inline:")
        chat_id, _, message_id = name.partition(":")
        return (int(chat_id), int(message_id))

    async def show(self, key: ScreenKey, view: View, *, replace: bool = True) -> None:
        """Message `key` shows `view` (with `replace=False`: unless it is known already)."""
        await self.storage.show_screen(
            self._name(key), view.checklist_id, view.lang, view.page, view.item, replace=replace
        )

    async def view(self, key: ScreenKey) -> View | None:
        row = await self.storage.screen(self._name(key))
        return View(*row) if row else None

    async def of(self, checklist_id: str) -> dict[ScreenKey, View]:
        """The messages showing a checklist now, and what each shows."""
        return {
            self._key(name): View(checklist_id, lang, page, item)
            for name, (lang, page, item) in (await self.storage.screens_of(checklist_id)).items()
        }


# ---- coalesced edits ---------------------------------------------------------------------
@dataclass
class _Pending:
    dirty: bool = False


class EditQueue:
    """Coalesces the edits of one message and spaces edits per chat (module docstring)."""

    def __init__(self, interval: float = EDIT_INTERVAL) -> None:
        self.interval = interval
        self._pending: dict[Hashable, _Pending] = {}
        self._next_slot: dict[Hashable, float] = {}

    async def _turn(self, chat: Hashable) -> None:
        """Wait for the chat's next edit slot, and take it."""
        now = time.monotonic()
        slot = max(now, self._next_slot.get(chat, 0.0))
        self._next_slot[chat] = slot + self.interval
        if len(self._next_slot) > _MAX_SCREENS:
            for key in [k for k, t in self._next_slot.items() if t < now]:
                del self._next_slot[key]
        if slot > now:
            await asyncio.sleep(slot - now)

    async def request(
        self, key: Hashable, run: Callable[[], Awaitable[None]], *, chat: Hashable = None
    ) -> None:
        """Run the edit of message `key` in `chat`'s next slot, or once after the one queued."""
        pending = self._pending.get(key)
        if pending is not None:
            pending.dirty = True
            return
        pending = self._pending[key] = _Pending(dirty=True)
        try:
            while pending.dirty:
                await self._turn(key if chat is None else chat)
                pending.dirty = False
                try:
                    await run()
                except Exception:
                    log.exception("could not update a checklist message")
        finally:
            self._pending.pop(key, None)
