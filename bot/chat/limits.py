"""A per-user cap on analyses per hour, so that one person cannot occupy the bot.

Counted in the store (`Storage.charge`), so that replicas behind a load balancer share
one count per user. Only start times of the last hour are kept, and /forget deletes them.
"""

from __future__ import annotations

from bot.storage import Storage

WINDOW_SECONDS = 3600.0


class UsageLimiter:
    """Sliding one-hour window of analysis start times per user."""

    def __init__(self, storage: Storage, per_hour: int, *, window: float = WINDOW_SECONDS) -> None:
        self.storage = storage
        self.per_hour = per_hour
        self.window = window

    async def try_acquire(self, user_id: int, now: float | None = None) -> float:
        """Count one analysis; 0.0 if allowed, else the seconds until the next is allowed."""
        return await self.storage.charge(user_id, self.per_hour, window=self.window, now=now)

    async def refund(self, user_id: int) -> None:
        """Give back the latest analysis counted: its checklist never reached the user."""
        await self.storage.refund(user_id)
