"""A per-user cap on analyses per hour, so that one person cannot occupy the bot.

In memory on purpose: it resets on restart, which errs on the side of the user, and it
keeps nothing about anyone on disk.
"""

from __future__ import annotations

import time
from collections import deque

WINDOW_SECONDS = 3600.0


class UsageLimiter:
    """Sliding one-hour window of analysis start times per user."""

    def __init__(self, per_hour: int, *, window: float = WINDOW_SECONDS) -> None:
        self.per_hour = per_hour
        self.window = window
        self._starts: dict[int, deque[float]] = {}

    def _recent(self, user_id: int, now: float) -> deque[float]:
        starts = self._starts.setdefault(user_id, deque())
        while starts and starts[0] <= now - self.window:
            starts.popleft()
        return starts

    def try_acquire(self, user_id: int, now: float | None = None) -> float:
        """Count one analysis; 0.0 if allowed, else the seconds until the next is allowed."""
        now = time.monotonic() if now is None else now
        starts = self._recent(user_id, now)
        if self.per_hour > 0 and len(starts) >= self.per_hour:
            return starts[0] + self.window - now
        starts.append(now)
        if len(self._starts) > 10_000:  # drop idle users now and then
            for uid in [u for u, s in self._starts.items() if not s]:
                del self._starts[uid]
        return 0.0

    def refund(self, user_id: int) -> None:
        """Give back the latest analysis counted: its checklist never reached the user."""
        starts = self._starts.get(user_id)
        if starts:
            starts.pop()

    def forget(self, user_id: int) -> None:
        self._starts.pop(user_id, None)
