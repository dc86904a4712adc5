"""The two databases the store runs on, behind one small async interface.

`Storage` writes its queries once, in the SQL both engines share, with `?` placeholders;
a `Database` runs a whole transaction (a coroutine function given a `Transaction`) on its
engine: SQLite through aiosqlite (its own thread, so the event loop never waits on disk),
PostgreSQL through psycopg 3 with a connection pool. The few differences between the
engines (placeholders, `FOR UPDATE SKIP LOCKED`, the lock taken while migrating) are
answered here.

`SIFT_DB` chooses: a file path is SQLite, `postgresql://...` (or `postgres://`) is
PostgreSQL; anything else with a scheme is refused with a one-line reason.
"""

from __future__ import annotations

import re
from abc import ABC, abstractmethod
from collections.abc import Awaitable, Callable, Sequence
from typing import Any, TypeVar

T = TypeVar("T")
Args = Sequence[Any]

_SCHEME = re.compile(r"^([a-zA-Z][a-zA-Z0-9+.-]*)://")


class DatabaseSettingError(ValueError):
    """`SIFT_DB` cannot be used as it is written."""


class StorageUnavailable(RuntimeError):
    """The database cannot be reached (at start, or after retries while running)."""


class Transaction(ABC):
    """What a transaction's body may do: run statements, read rows."""

    #: "sqlite" or "postgresql": picks a migration's statement where the engines differ.
    engine: str = ""
    #: Appended to a SELECT that takes rows other replicas must skip (empty on SQLite,
    #: where a write transaction excludes every other writer anyway).
    skip_locked: str = ""

    @abstractmethod
    async def execute(self, sql: str, args: Args = ()) -> int:
        """Run one statement; the number of rows it changed."""

    @abstractmethod
    async def executemany(self, sql: str, rows: Sequence[Args]) -> None: ...

    @abstractmethod
    async def fetchall(self, sql: str, args: Args = ()) -> list[tuple]: ...

    async def fetchone(self, sql: str, args: Args = ()) -> tuple | None:
        rows = await self.fetchall(sql, args)
        return rows[0] if rows else None

    async def lock_for_migrations(self) -> None:  # noqa: B027 - SQLite needs nothing more
        """Make concurrent start-ups migrate one after the other."""


class Database(ABC):
    """One engine: open, run transactions, close."""

    #: Whether several processes may share this database (a fleet of replicas).
    shared: bool = False

    @abstractmethod
    async def open(self) -> None:
        """Connect; raises StorageUnavailable with a one-line reason."""

    @abstractmethod
    async def close(self) -> None: ...

    @abstractmethod
    async def transaction(self, body: Callable[[Transaction], Awaitable[T]]) -> T:
        """Run `body` in one transaction: all of it is committed, or none."""

    async def execute(self, sql: str, args: Args = ()) -> int:
        """One statement on its own (an engine may skip BEGIN/COMMIT); rows changed."""

        async def run(tx: Transaction) -> int:
            return await tx.execute(sql, args)

        return await self.transaction(run)

    async def fetchall(self, sql: str, args: Args = ()) -> list[tuple]:
        """The rows of one read (an engine may skip the transaction around it)."""

        async def read(tx: Transaction) -> list[tuple]:
            return await tx.fetchall(sql, args)

        return await self.transaction(read)

    @abstractmethod
    def describe(self) -> str:
        """Where the data is, for messages (never a password)."""


def open_database(setting: str) -> Database:
    """The Database that `SIFT_DB` names (not yet connected)."""
    setting = setting.strip()
    if not setting:
        raise DatabaseSettingError("SIFT_DB is empty: give a file path or a postgresql:// URL")
    match = _SCHEME.match(setting)
    if match is None:
        from bot.storage.sqlite import SQLiteDatabase

        return SQLiteDatabase(setting)
    scheme = match.group(1).lower()
    if scheme in ("postgresql", "postgres"):
        from bot.storage.postgres import PostgresDatabase

        return PostgresDatabase(setting)
    raise DatabaseSettingError(
        f"SIFT_DB: unsupported scheme {scheme!r}: give a file path or a postgresql:// URL"
    )
