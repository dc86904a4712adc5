"""Inline keyboards and their callback data.

Callback data must fit in Telegram's 64 bytes, so it is a compact colon-separated string:

    m:<checklist>:<item>:<c|f|u>:<page>:<lang>:<p|v>  mark an item from a page or its view
    v:<checklist>:<item>:<page>:<lang>                 show the item in full (ℹ️)
    p:<checklist>:<page>:<lang>                        show a page (◀ ▶, back)
    e:<checklist>:<item>:<lang>                        add evidence to an item
    x:<checklist>                                      send the checklist as a file
    n                                                  the page number: does nothing
    l:<lang>                                           set the reply language

It carries what is needed to re-render the message it sits under even when the bot has
no record of that message (a checklist shared through inline mode, or after a restart).
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
NOOP = "n"
MAX_NUMBER = 999  # item and page numbers in callback data


@dataclass(frozen=True)
class MarkTap:
    """A tap on a mark button, decoded; `in_view` when it sits under the item's full view."""

    checklist_id: str
    item: int
    mark: str
    page: int
    lang: str
    in_view: bool = False


@dataclass(frozen=True)
class ItemTap:
    """A tap on ℹ️ (view) or "add evidence" (evidence): which item of which checklist."""

    checklist_id: str
    item: int
    page: int
    lang: str


@dataclass(frozen=True)
class PageTap:
    checklist_id: str
    page: int
    lang: str


def _checked(data: str) -> str:
    if len(data.encode()) > CALLBACK_LIMIT:
        raise ValueError("callback data over 64 bytes")
    return data


def _number(text: str, *, least: int) -> int | None:
    if not text.isdigit() or len(text) > 3:
        return None
    value = int(text)
    return value if least <= value <= MAX_NUMBER else None


def mark_data(tap: MarkTap) -> str:
    view = "v" if tap.in_view else "p"
    return _checked(
        f"m:{tap.checklist_id}:{tap.item}:{_CODE_OF[tap.mark]}:{tap.page}:{tap.lang}:{view}"
    )


def parse_mark(data: str) -> MarkTap | None:
    """Decode mark callback data; None if it is not well formed (item numbers start at 1)."""
    fields = data.split(":")
    if len(fields) != 7 or fields[0] != "m":
        return None
    _, checklist_id, item_text, code, page_text, lang, view = fields
    item, page = _number(item_text, least=1), _number(page_text, least=0)
    if item is None or page is None or code not in MARK_CODES or not checklist_id:
        return None
    if lang not in LANGUAGES or view not in ("p", "v"):
        return None
    return MarkTap(checklist_id, item, MARK_CODES[code], page, lang, view == "v")


def view_data(tap: ItemTap) -> str:
    return _checked(f"v:{tap.checklist_id}:{tap.item}:{tap.page}:{tap.lang}")


def evidence_data(tap: ItemTap) -> str:
    return _checked(f"e:{tap.checklist_id}:{tap.item}:{tap.page}:{tap.lang}")


def parse_item(data: str) -> ItemTap | None:
    """Decode ℹ️ or "add evidence" callback data; None if it is not well formed."""
    fields = data.split(":")
    if len(fields) != 5 or fields[0] not in ("v", "e") or not fields[1]:
        return None
    item, page = _number(fields[2], least=1), _number(fields[3], least=0)
    if item is None or page is None or fields[4] not in LANGUAGES:
        return None
    return ItemTap(fields[1], item, page, fields[4])


def page_data(tap: PageTap) -> str:
    return _checked(f"p:{tap.checklist_id}:{tap.page}:{tap.lang}")


def parse_page(data: str) -> PageTap | None:
    fields = data.split(":")
    if len(fields) != 4 or fields[0] != "p" or not fields[1]:
        return None
    page = _number(fields[2], least=0)
    if page is None or fields[3] not in LANGUAGES:
        return None
    return PageTap(fields[1], page, fields[3])


def _mark_buttons(
    checklist_id: str, number: int, page: int, lang: str, *, in_view: bool, numbered: bool
) -> list[InlineKeyboardButton]:
    return [
        InlineKeyboardButton(
            f"{number} {MARK_EMOJI[mark]}" if numbered else MARK_EMOJI[mark],
            callback_data=mark_data(MarkTap(checklist_id, number, mark, page, lang, in_view)),
        )
        for mark in MARK_CODES.values()
    ]


def page_keyboard(
    checklist_id: str,
    numbers: Sequence[int],
    *,
    page: int,
    pages: int,
    lang: str,
    with_actions: bool = True,
) -> InlineKeyboardMarkup:
    """A row per item of the page (✅ ❌ ❓ ℹ️), ◀ n/N ▶ when there are pages, Share, Export."""
    rows = []
    for number in numbers:
        row = _mark_buttons(checklist_id, number, page, lang, in_view=False, numbered=True)
        row.append(
            InlineKeyboardButton(
                "ℹ️", callback_data=view_data(ItemTap(checklist_id, number, page, lang))
            )
        )
        rows.append(row)
    if pages > 1:
        nav = []
        if page > 0:
            nav.append(
                InlineKeyboardButton(
                    "◀", callback_data=page_data(PageTap(checklist_id, page - 1, lang))
                )
            )
        nav.append(InlineKeyboardButton(f"{page + 1}/{pages}", callback_data=NOOP))
        if page < pages - 1:
            nav.append(
                InlineKeyboardButton(
                    "▶", callback_data=page_data(PageTap(checklist_id, page + 1, lang))
                )
            )
        rows.append(nav)
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


def item_keyboard(checklist_id: str, number: int, *, page: int, lang: str) -> InlineKeyboardMarkup:
    """Under an item's full view: ✅ ❌ ❓, "add evidence", and back to the checklist."""
    tap = ItemTap(checklist_id, number, page, lang)
    return InlineKeyboardMarkup(
        [
            _mark_buttons(checklist_id, number, page, lang, in_view=True, numbered=False),
            [
                InlineKeyboardButton(
                    "📎 " + t(lang, "ui.evidence_button"), callback_data=evidence_data(tap)
                )
            ],
            [
                InlineKeyboardButton(
                    "◀ " + t(lang, "ui.back"),
                    callback_data=page_data(PageTap(checklist_id, page, lang)),
                )
            ],
        ]
    )


def language_keyboard() -> InlineKeyboardMarkup:
    """The eight reply languages, each named in itself."""
    buttons = [
        InlineKeyboardButton(
            phrase(code, f"languages.{code}").capitalize(), callback_data=f"l:{code}"
        )
        for code in LANGUAGES
    ]
    return InlineKeyboardMarkup([buttons[i : i + 2] for i in range(0, len(buttons), 2)])
