"""Reading the evidence members attach to checklist items, and the prompts that ask for it.

Evidence comes as a reply: to the checklist message, "3 https://example.org/stats the
official figures say 38 bn, not 40" (the item number first); or to the bot's "add
evidence" prompt, where the item is known and the number can be left out. A link in
evidence is never fetched: it is kept to be shown to members. A link to a private or
local address, or a malformed one, is not shown as a link: the text stays in the note.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import urlsplit

from bot.input.addresses import blocked_reason, is_local_name, parse_ip
from bot.storage import Storage

_NUMBERED = re.compile(r"^\s*(?:#|n°|no\.?|№)?\s*(\d{1,3})\s*[.):,-]?(?:\s+|$)(.*)\Z", re.S | re.I)
_URL = re.compile(r"https?://[^\s<>\"']+", re.I)
_TRAILING = ".,;:!?)»\"'"
URL_CHARS = 1000
_HOST = re.compile(r"^[a-z0-9.-]+$")


@dataclass(frozen=True)
class EvidenceText:
    """A reply read as evidence: the item number it names (if any), a link, a note."""

    item: int | None
    url: str | None
    note: str


def public_link(url: str) -> bool:
    """Whether `url` is a well-formed http(s) link to a public host (checked, not fetched)."""
    if len(url) > URL_CHARS:
        return False
    try:
        parts = urlsplit(url)
        host = parts.hostname or ""
        parts.port  # noqa: B018 - raises ValueError for a malformed port
    except ValueError:
        return False
    if parts.scheme.lower() not in ("http", "https") or not host or parts.username:
        return False
    ip = parse_ip(host)
    if ip is not None:
        return blocked_reason(ip) is None
    host = host.encode("idna").decode("ascii") if not host.isascii() else host
    return (
        bool(_HOST.match(host))
        and "." in host.strip(".")
        and not host.startswith(("-", "."))
        and not is_local_name(host)
    )


def read_evidence(text: str, *, numbered: bool) -> EvidenceText | None:
    """Split a reply into item number, link and note; None when there is nothing usable.

    With `numbered`, the text must start with an item number ("3 https://..."); without,
    the item is known and a number is part of the note ("38 bn, not 40").
    """
    item: int | None = None
    if numbered:
        match = _NUMBERED.match(text)
        if match is None:
            return None
        item, text = int(match.group(1)), match.group(2)
    url = None
    found = _URL.search(text)
    if found:
        candidate = found.group().rstrip(_TRAILING)
        if public_link(candidate):
            url = candidate
            text = text[: found.start()] + " " + text[found.start() + len(candidate) :]
    note = " ".join(text.split()).strip(" -—:,;")
    if url is not None:
        note = note.removesuffix(" .").strip(" -—:,;.")  # what the link ended a sentence with
    if url is None and not note:
        return None
    return EvidenceText(item, url, note)


@dataclass(frozen=True)
class Prompt:
    """An "add evidence" prompt the bot sent: which item of which checklist it asks about."""

    checklist_id: str
    item: int
    lang: str


class Prompts:
    """The prompts awaiting an answer, by (chat_id, message_id), kept in the store: the
    member's reply may reach another replica than the one that asked."""

    def __init__(self, storage: Storage) -> None:
        self.storage = storage

    async def add(self, chat_id: int, message_id: int, prompt: Prompt) -> None:
        await self.storage.add_prompt(
            chat_id, message_id, prompt.checklist_id, prompt.item, prompt.lang
        )

    async def get(self, chat_id: int, message_id: int) -> Prompt | None:
        row = await self.storage.prompt(chat_id, message_id)
        return Prompt(*row) if row else None
