"""Inline keyboards and their callback data.

Callback data must fit in Telegram's 64 bytes, so it is a compact colon-separated string:

    m:<checklist>:<item>:<c|f|u>:<part>:<lang>:<f|c>   mark an item (full or compact layout)
    x:<checklist>                                       send the checklist as a file
    l:<lang>                                            set the reply language

It carries what is needed to re-render the message it sits under even when the bot has
no record of that message (a checklist shared through inline mode).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from telegram import InlineKeyboardButton, InlineKeyboardMarkup

from bot.chat.locales import LANGUAGES, t
from bot.checklist.html import MARK_EMOJI
from bot.checklist.render import phrase

CALLBACK_LIMIT = 64
MARK_CODES: dict[str, str] = {"c": "confirmed", "f": "false", "u": "unclear"}
_CODE_OF = {mark: code for code, mark in MARK_CODES.items()}


@dataclass(frozen=True)
class MarkTap:
    """A tap on a mark button, decoded."""

    checklist_id: str
    item: int
    mark: str
    part: int
    lang: str
    compact: bool


def mark_data(tap: MarkTap) -> str:
    data = (
        f"m:{tap.checklist_id}:{tap.item}:{_CODE_OF[tap.mark]}:{tap.part}:{tap.lang}:"
        f"{'c' if tap.compact else 'f'}"
    )
    if len(data.encode()) > CALLBACK_LIMIT:
        raise ValueError("callback data over 64 bytes")
    return data


def parse_mark(data: str) -> MarkTap | None:
    """Decode mark callback data; None if it is not well formed."""
    fields = data.split(":")
    if len(fields) != 7 or fields[0] != "m":
        return None
    _, checklist_id, item, code, part, lang, layout = fields
    if code not in MARK_CODES or not item.isdigit() or not part.isdigit():
        return None
    if lang not in LANGUAGES or layout not in ("c", "f"):
        return None
    return MarkTap(checklist_id, int(item), MARK_CODES[code], int(part), lang, layout == "c")


def checklist_keyboard(
    checklist_id: str,
    numbers: Sequence[int],
    *,
    part: int,
    lang: str,
    compact: bool = False,
    with_actions: bool = True,
) -> InlineKeyboardMarkup:
    """One row of ✅ ❌ ❓ per item of this message, then Share and Export."""
    rows = [
        [
            InlineKeyboardButton(
                f"{number} {MARK_EMOJI[mark]}",
                callback_data=mark_data(MarkTap(checklist_id, number, mark, part, lang, compact)),
            )
            for mark in MARK_CODES.values()
        ]
        for number in numbers
    ]
    if with_actions:
        rows.append(
            [
                InlineKeyboardButton("↗️ " + t(lang, "ui.share"), switch_inline_query=checklist_id),
                InlineKeyboardButton(
                    "📄 " + t(lang, "ui.export"), callback_data=f"x:{checklist_id}"
                ),
            ]
        )
    return InlineKeyboardMarkup(rows)


def language_keyboard() -> InlineKeyboardMarkup:
    """The eight reply languages, each named in itself."""
    buttons = [
        InlineKeyboardButton(
            phrase(code, f"languages.{code}").capitalize(), callback_data=f"l:{code}"
        )
        for code in LANGUAGES
    ]
    return InlineKeyboardMarkup([buttons[i : i + 2] for i in range(0, len(buttons), 2)])
