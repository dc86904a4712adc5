"""SQLite through aiosqlite: the default, one file, one process.

aiosqlite runs the sqlite3 connection in its own thread and hands results back to the
event loop, so a slow disk never stalls the bot. Its queue is first come, first served,
and an asyncio lock keeps each transaction whole (BEGIN IMMEDIATE ... COMMIT) while other
coroutines wait their turn.
"""

from __future__ import annotations

import asyncio
import sqlite3
from collections.abc import Awaitable, Callable, Sequence
from pathlib import Path

import aiosqlite

from bot.storage.database import Args, Database, StorageUnavailable, T, Transaction


class _SQLiteTransaction(Transaction):
    engine = "sqlite"

    def __init__(self, db: aiosqlite.Connection) -> None:
        self._db = db

    async def execute(self, sql: str, args: Args = ()) -> int:
        cursor = await self._db.execute(sql, tuple(args))
        try:
            return cursor.rowcount
        finally:
            await cursor.close()

    async def executemany(self, sql: str, rows: Sequence[Args]) -> None:
        await self._db.executemany(sql, [tuple(r) for r in rows])

    async def fetchall(self, sql: str, args: Args = ()) -> list[tuple]:
        async with self._db.execute(sql, tuple(args)) as cursor:
            return [tuple(row) for row in await cursor.fetchall()]


class SQLiteDatabase(Database):
    shared = False

    def __init__(self, path: str | Path) -> None:
        self.path = str(path)
        self._db: aiosqlite.Connection | None = None
        self._lock = asyncio.Lock()

    def describe(self) -> str:
        return f"SQLite file {self.path}"

    async def open(self) -> None:
        try:
            if self.path != ":memory:":
                Path(self.path).parent.mkdir(parents=True, exist_ok=True)
            self._db = await aiosqlite.connect(self.path, isolation_level=None)
            for pragma in (
                "PRAGMA journal_mode=WAL",
                "PRAGMA synchronous=NORMAL",
                "PRAGMA foreign_keys=ON",
                "PRAGMA busy_timeout=5000",
            ):
                await self._db.execute(pragma)
        except (OSError, sqlite3.Error) as exc:
            raise StorageUnavailable(f"cannot open {self.describe()}: {exc}") from exc

    async def close(self) -> None:
        if self._db is not None:
            await self._db.close()
            self._db = None

    # One statement is its own transaction.
    async def execute(self, sql: str, args: Args = ()) -> int:
        if self._db is None:
            raise StorageUnavailable("the database is not open")
        async with self._lock:
            return await _SQLiteTransaction(self._db).execute(sql, args)

    async def fetchall(self, sql: str, args: Args = ()) -> list[tuple]:
        if self._db is None:
            raise StorageUnavailable("the database is not open")
        async with self._lock:
            return await _SQLiteTransaction(self._db).fetchall(sql, args)

    async def transaction(self, body: Callable[[Transaction], Awaitable[T]]) -> T:
        if self._db is None:
            raise StorageUnavailable("the database is not open")
        async with self._lock:
            await self._db.execute("BEGIN IMMEDIATE")
            try:
                result = await body(_SQLiteTransaction(self._db))
            except BaseException:
                await self._db.execute("ROLLBACK")
                raise
            await self._db.execute("COMMIT")
            return result
