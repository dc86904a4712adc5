"""Sending a checklist as messages with buttons, and editing them after taps.

Edits are coalesced per posting: while one edit of a message is in flight, further taps
only mark it dirty, and the message is rendered again from the database once the edit
returns. Members tapping in a burst cost a couple of edits instead of one each (groups
allow about 20 messages a minute), and the last edit always shows every stored mark.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable, Hashable
from dataclasses import dataclass, field

from telegram import Bot, InlineKeyboardMarkup, Message, ReplyParameters
from telegram.error import BadRequest

from bot.chat.keyboards import checklist_keyboard
from bot.checklist.html import ItemMarks, plan_parts, render_part
from bot.models import Checklist
from bot.storage import Storage

log = logging.getLogger(__name__)


def marks_for_render(storage: Storage, checklist_id: str) -> ItemMarks:
    """Stored marks as the renderer takes them: {item: [(name, mark), ...]}."""
    return {
        item: [(m.user_name, m.mark) for m in marks]
        for item, marks in storage.marks(checklist_id).items()
    }


def render_with_keyboard(
    checklist: Checklist,
    checklist_id: str,
    lang: str,
    part: int,
    marks: ItemMarks | None,
    *,
    compact: bool = False,
) -> tuple[str, InlineKeyboardMarkup]:
    """The text and buttons of one part, as first sent or as after any taps."""
    plan = plan_parts(checklist, lang, compact=compact)
    part = min(part, len(plan) - 1)
    last = part == len(plan) - 1
    text = render_part(
        checklist, lang, plan[part], part=part, last=last, marks=marks, compact=compact
    )
    keyboard = checklist_keyboard(
        checklist_id, plan[part], part=part, lang=lang, compact=compact, with_actions=last
    )
    return text, keyboard


async def send_checklist(
    bot: Bot,
    storage: Storage,
    checklist_id: str,
    checklist: Checklist,
    *,
    chat_id: int,
    lang: str,
    reply_to: int | None = None,
) -> list[Message]:
    """Post every part of a checklist in a chat and remember which messages they are."""
    plan = plan_parts(checklist, lang)
    marks = marks_for_render(storage, checklist_id)
    sent: list[Message] = []
    for part in range(len(plan)):
        text, keyboard = render_with_keyboard(checklist, checklist_id, lang, part, marks)
        reply = (
            ReplyParameters(message_id=reply_to, allow_sending_without_reply=True)
            if reply_to is not None and part == 0
            else None
        )
        sent.append(
            await bot.send_message(chat_id, text, reply_markup=keyboard, reply_parameters=reply)
        )
    storage.add_posts(checklist_id, chat_id, [m.message_id for m in sent])
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
        await bot.edit_message_text(
            text,
            chat_id=chat_id,
            message_id=message_id,
            inline_message_id=inline_message_id,
            reply_markup=keyboard,
        )
    except BadRequest as exc:
        if "not modified" in exc.message.lower():
            return
        raise


@dataclass
class _Pending:
    parts: set[int] = field(default_factory=set)
    dirty: bool = False


class EditQueue:
    """Coalesces the edits of one posting (see the module docstring)."""

    def __init__(self) -> None:
        self._pending: dict[Hashable, _Pending] = {}

    async def request(
        self, key: Hashable, parts: set[int], run: Callable[[set[int]], Awaitable[None]]
    ) -> None:
        """Edit `parts` of the posting `key` with `run`, now or after the edit in flight."""
        pending = self._pending.get(key)
        if pending is not None:
            pending.parts |= parts
            pending.dirty = True
            return
        pending = self._pending[key] = _Pending(set(parts))
        try:
            while True:
                todo, pending.parts, pending.dirty = pending.parts, set(), False
                try:
                    await run(todo)
                except Exception:
                    log.exception("could not update a checklist message")
                if not pending.dirty:
                    break
        finally:
            self._pending.pop(key, None)
