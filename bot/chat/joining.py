"""Join the several messages a long paste becomes back into one article.

Telegram clients split a pasted text into messages of at most 4,096 characters, sent in
quick succession. A message that is close to that size is probably not the end of the
text, so it is held for a few seconds; the following messages from the same person in
the same chat are appended, and the whole is analysed once when a shorter piece (the
last one) arrives or nothing more comes within the delay. A message that is not close to
the limit, with nothing held before it, goes straight through: no wait for ordinary
messages.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any

TELEGRAM_SPLIT = 4096
# A piece at least this long is probably cut by the client; clients cut on a word or
# line boundary a little before 4,096 characters.
LIKELY_CUT = 3500

Key = tuple[int, int]  # (chat_id, user_id)
Flush = Callable[["Joined"], Awaitable[None]]


@dataclass
class Joined:
    """Consecutive pieces from one person, with the context of the first one."""

    key: Key
    pieces: list[str] = field(default_factory=list)
    context: Any = None  # what the caller needs to answer (the first message, its update)

    @property
    def text(self) -> str:
        return join_pieces(self.pieces)


def join_pieces(pieces: list[str]) -> str:
    """Glue pieces back together: a cut inside a paragraph becomes a space."""
    text = ""
    for piece in pieces:
        if not text:
            text = piece
        elif text[-1:].isspace() or piece[:1].isspace():
            text += piece
        elif text[-1:] in ".!?:;\"'»”)":
            text += "\n" + piece
        else:
            text += " " + piece
    return text


class Joiner:
    """Buffers long pieces per (chat, user) and calls `flush` once per joined text."""

    def __init__(self, flush: Flush, *, delay: float, max_chars: int) -> None:
        self._flush = flush
        self.delay = delay
        self.max_chars = max_chars
        self._pending: dict[Key, Joined] = {}
        self._timers: dict[Key, asyncio.Task[None]] = {}

    def pending(self, key: Key) -> bool:
        return key in self._pending

    async def add(self, key: Key, text: str, context: Any) -> None:
        """Take one message. Flushes now (short message, nothing held), later, or on the
        next short piece."""
        joined = self._pending.get(key)
        likely_cut = len(text) >= LIKELY_CUT
        if joined is None:
            if not likely_cut:
                await self._flush(Joined(key, [text], context))
                return
            joined = self._pending[key] = Joined(key, [], context)
        joined.pieces.append(text)
        self._cancel_timer(key)
        too_much = sum(len(p) for p in joined.pieces) > self.max_chars
        if likely_cut and not too_much:
            self._timers[key] = asyncio.create_task(self._flush_later(key))
        else:
            await self._flush_now(key)

    async def _flush_later(self, key: Key) -> None:
        await asyncio.sleep(self.delay)
        self._timers.pop(key, None)
        joined = self._pending.pop(key, None)
        if joined is not None:
            await self._flush(joined)

    async def _flush_now(self, key: Key) -> None:
        joined = self._pending.pop(key, None)
        if joined is not None:
            await self._flush(joined)

    def _cancel_timer(self, key: Key) -> None:
        timer = self._timers.pop(key, None)
        if timer is not None:
            timer.cancel()

    async def close(self) -> None:
        """Flush what is held (at shutdown) so that no paste goes unanswered."""
        for key in list(self._timers):
            self._cancel_timer(key)
        for key in list(self._pending):
            with contextlib.suppress(Exception):
                await self._flush_now(key)
