"""PostgreSQL through psycopg 3 (async) and psycopg_pool: what a fleet of replicas shares.

Connections come from a pool; after a server restart, the first request that meets a
dead connection has the pool check all its idle ones, and runs again. A transaction
that fails because the server went away is run again, a few times over about six
seconds; after that the caller gets StorageUnavailable (the handlers answer with a short
apology, the webhook with a 503 that makes Telegram send the update again).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Awaitable, Callable, Sequence
from functools import lru_cache

import psycopg
from psycopg.conninfo import conninfo_to_dict
from psycopg_pool import AsyncConnectionPool, PoolTimeout

from bot.storage.database import (
    Args,
    Database,
    DatabaseSettingError,
    StorageUnavailable,
    T,
    Transaction,
)

log = logging.getLogger(__name__)

# A request waits at most about 6 s for the database to come back (a restart takes one
# or two): four tries of at most 1 s each to get a connection, with these pauses between.
RETRY_PAUSES = (0.25, 0.5, 1.0)
WAIT_FOR_CONNECTION = 1.0
CONNECT_TIMEOUT = 5.0
POOL_SIZE = 10
# Any constant: the key of the advisory lock replicas take while migrating.
MIGRATION_LOCK = 5_141_131


@lru_cache(maxsize=256)
def _placeholders(sql: str) -> str:
    """`?` placeholders (shared with SQLite) as psycopg's `%s`."""
    return sql.replace("%", "%%").replace("?", "%s")


class _PostgresTransaction(Transaction):
    engine = "postgresql"
    skip_locked = " FOR UPDATE SKIP LOCKED"

    def __init__(self, conn: psycopg.AsyncConnection) -> None:
        self._conn = conn

    async def execute(self, sql: str, args: Args = ()) -> int:
        cursor = await self._conn.execute(_placeholders(sql), tuple(args))
        return cursor.rowcount

    async def executemany(self, sql: str, rows: Sequence[Args]) -> None:
        async with self._conn.cursor() as cursor:
            await cursor.executemany(_placeholders(sql), [tuple(r) for r in rows])

    async def fetchall(self, sql: str, args: Args = ()) -> list[tuple]:
        cursor = await self._conn.execute(_placeholders(sql), tuple(args))
        return await cursor.fetchall()

    async def lock_for_migrations(self) -> None:
        await self._conn.execute("SELECT pg_advisory_xact_lock(%s)", (MIGRATION_LOCK,))


class PostgresDatabase(Database):
    shared = True

    def __init__(self, url: str) -> None:
        self.url = url
        try:
            params = conninfo_to_dict(url)
        except psycopg.ProgrammingError as exc:
            raise DatabaseSettingError(f"SIFT_DB is not a valid PostgreSQL URL: {exc}") from exc
        port = str(params.get("port") or "5432")
        if not all(p.isdigit() for p in port.split(",")):
            raise DatabaseSettingError(f"SIFT_DB: the port {port!r} is not a number")
        self._where = (
            f"PostgreSQL at {params.get('host') or 'localhost'}:{port}"
            f"/{params.get('dbname') or params.get('user') or ''}"
        )
        self._pool: AsyncConnectionPool | None = None

    def describe(self) -> str:
        return self._where

    async def open(self) -> None:
        try:
            probe = await psycopg.AsyncConnection.connect(
                self.url, connect_timeout=CONNECT_TIMEOUT, autocommit=True
            )
        except psycopg.Error as exc:
            raise StorageUnavailable(f"cannot reach {self._where}: {_first_line(exc)}") from exc
        await probe.close()
        self._pool = AsyncConnectionPool(
            self.url,
            min_size=1,
            max_size=POOL_SIZE,
            kwargs={"autocommit": True, "connect_timeout": CONNECT_TIMEOUT},
            timeout=WAIT_FOR_CONNECTION,
            open=False,
        )
        await self._pool.open()

    async def close(self) -> None:
        if self._pool is not None:
            await self._pool.close()
            self._pool = None

    async def transaction(self, body: Callable[[Transaction], Awaitable[T]]) -> T:
        async def run(conn: psycopg.AsyncConnection) -> T:
            async with conn.transaction():
                return await body(_PostgresTransaction(conn))

        return await self._with_connection(run)

    # One statement needs no BEGIN/COMMIT: one round trip instead of three.
    async def execute(self, sql: str, args: Args = ()) -> int:
        async def run(conn: psycopg.AsyncConnection) -> int:
            return await _PostgresTransaction(conn).execute(sql, args)

        return await self._with_connection(run)

    async def fetchall(self, sql: str, args: Args = ()) -> list[tuple]:
        async def run(conn: psycopg.AsyncConnection) -> list[tuple]:
            return await _PostgresTransaction(conn).fetchall(sql, args)

        return await self._with_connection(run)

    async def _with_connection(self, run: Callable[[psycopg.AsyncConnection], Awaitable[T]]) -> T:
        """`run` on a pooled connection; again, on another, while the server is away."""
        if self._pool is None:
            raise StorageUnavailable("the database is not open")
        for attempt, pause in enumerate((*RETRY_PAUSES, None)):
            try:
                async with self._pool.connection() as conn:
                    return await run(conn)
            except (psycopg.OperationalError, PoolTimeout) as exc:
                if pause is None:
                    raise StorageUnavailable(f"lost {self._where}: {_first_line(exc)}") from exc
                log.info("database unavailable (attempt %d): %s", attempt + 1, _first_line(exc))
                # After a restart every idle connection is dead: have the pool drop them
                # all now rather than meet them one failed request at a time.
                with contextlib.suppress(Exception):
                    await self._pool.check()
                await asyncio.sleep(pause)
        raise AssertionError("unreachable")


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__
