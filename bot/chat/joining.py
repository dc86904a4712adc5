"""Join the several messages a long paste becomes back into one article.

Telegram clients split a pasted text into messages of at most 4,096 characters, sent in
quick succession. A message that is close to that size is probably not the end of the
text, so it is held for a few seconds; the following messages from the same person in
the same chat are added, and the whole is analysed once when a shorter piece (the last
one) arrives or nothing more comes within the delay. A message that is not close to the
limit, with nothing held before it, goes straight through: no wait for ordinary
messages.

The pieces are held in the store, not in memory, so that the pieces of one paste can
land on different replicas and still give one checklist: pieces are joined in message
order, whichever replica took them; a short last piece waits until the sender's earlier
updates have been handled (they may still be on their way into the store elsewhere);
taking the pieces is atomic, so exactly one replica analyses them; and a paste whose
replica died before its delay ran out is picked up by any other one (`sweep()`).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any

from bot.storage import Storage

log = logging.getLogger(__name__)

TELEGRAM_SPLIT = 4096
# A piece at least this long is probably cut by the client; clients cut on a word or
# line boundary a little before 4,096 characters.
LIKELY_CUT = 3500
# How often a short last piece looks whether the sender's earlier updates are handled.
SETTLE_POLL = 0.05

Key = tuple[int, int]  # (chat_id, user_id)
Flush = Callable[["Joined"], Awaitable[None]]


@dataclass
class Joined:
    """Consecutive pieces from one person, with the context of the first one."""

    key: Key
    pieces: list[str] = field(default_factory=list)
    # What the caller needs to answer (JSON-able: it is stored with the pieces).
    context: dict[str, Any] = field(default_factory=dict)

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
    """Holds long pieces per (chat, user) in the store and calls `flush` once per paste."""

    def __init__(
        self, storage: Storage, flush: Flush, *, delay: float, lease_seconds: float = 30.0
    ) -> None:
        self.storage = storage
        self._flush = flush
        self.delay = delay
        self.lease_seconds = lease_seconds
        self._timers: dict[Key, asyncio.Task[None]] = {}
        self._flushing: set[Key] = set()
        self._arriving: dict[Key, int] = {}
        self._sweeper: asyncio.Task[None] | None = None

    def pending(self, key: Key) -> bool:
        """Whether this process is waiting for more of the sender's paste."""
        return key in self._timers

    async def add(
        self,
        key: Key,
        text: str,
        context: dict[str, Any],
        *,
        message_id: int,
        update_id: int | None = None,
    ) -> None:
        """Take one message. Flushes now (short message, nothing held), later, or when the
        short last piece has its predecessors."""
        chat_id, user_id = key
        likely_cut = len(text) >= LIKELY_CUT
        # Counted before the first await: a later message of the same sender, handled
        # concurrently in this process, then knows that this one is on its way.
        ahead = self._arriving.get(key, 0)
        self._arriving[key] = ahead + 1
        try:
            held, earlier = await self.storage.paste_state(chat_id, user_id, update_id)
            alone = not likely_cut and not held and not earlier and not ahead
            if not alone:
                await self.storage.add_piece(chat_id, user_id, message_id, text, context)
        finally:
            self._arrived(key)
        if alone:
            await self._flush(Joined(key, [text], context))
            return
        self._cancel_timer(key)
        if likely_cut:
            self._timers[key] = asyncio.create_task(self._flush_when_quiet(key))
        else:
            await self._flush_after_predecessors(key, update_id)

    def _arrived(self, key: Key) -> None:
        """One message of the sender is stored, or known to stand alone."""
        count = self._arriving.get(key, 0) - 1
        if count > 0:
            self._arriving[key] = count
        else:
            self._arriving.pop(key, None)

    async def _flush_when_quiet(self, key: Key) -> None:
        await asyncio.sleep(self.delay)
        self._timers.pop(key, None)
        # A little slack: the last piece's time was taken just before this timer started.
        await self._take_and_flush(key, quiet_since=time.time() - self.delay + 0.05)

    async def _flush_after_predecessors(self, key: Key, update_id: int | None) -> None:
        deadline = time.monotonic() + self.delay
        while time.monotonic() < deadline:
            _, earlier = await self.storage.paste_state(*key, update_id)
            if not earlier and not self._arriving.get(key):
                break
            await asyncio.sleep(SETTLE_POLL)
        await self._take_and_flush(key)

    async def _take_and_flush(
        self, key: Key, *, quiet_since: float | None = None, reclaim: bool = False
    ) -> bool:
        pieces = await self.storage.take_pieces(
            *key, lease_seconds=self.lease_seconds, quiet_since=quiet_since, reclaim=reclaim
        )
        if not pieces:
            return False
        # The pieces stay stored, leased to this process, until they are answered: if
        # it dies meanwhile, another replica answers them when the lease runs out.
        self._flushing.add(key)
        try:
            # `flush` answers (or apologises) itself: what leaves it is a cancellation,
            # and then the pieces are left for the next holder of the lease.
            await self._flush(Joined(key, [p.text for p in pieces], pieces[0].context))
        finally:
            self._flushing.discard(key)
        with contextlib.suppress(Exception):  # else they are answered again later
            await self.storage.drop_pieces(*key)
        return True

    async def sweep(self) -> int:
        """Flush pastes that nobody finished (their replica stopped); how many."""
        quiet_since = time.time() - 2 * self.delay - 1.0
        flushed = 0
        for key in await self.storage.quiet_pastes(quiet_since):
            if key in self._timers or key in self._flushing:
                continue
            if await self._take_and_flush(key, quiet_since=quiet_since, reclaim=True):
                flushed += 1
        return flushed

    async def _sweep_forever(self) -> None:
        while True:
            await asyncio.sleep(max(self.delay, 1.0))
            try:
                await self.sweep()
            except Exception as exc:  # the database may be restarting: next round
                log.warning("could not look for unfinished pastes: %s", exc)

    def start(self) -> None:
        """Look now and then for pastes a stopped replica left unfinished."""
        if self._sweeper is None:
            self._sweeper = asyncio.create_task(self._sweep_forever())

    def _cancel_timer(self, key: Key) -> None:
        timer = self._timers.pop(key, None)
        if timer is not None:
            timer.cancel()

    async def close(self) -> None:
        """Flush what this process is waiting on (at shutdown) so that no paste goes
        unanswered."""
        if self._sweeper is not None:
            self._sweeper.cancel()
            self._sweeper = None
        for key in list(self._timers):
            self._cancel_timer(key)
            with contextlib.suppress(Exception):
                await self._take_and_flush(key)
