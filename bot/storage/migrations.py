"""The schema, as a short explicit list of versioned migrations applied at start-up.

Each migration is a list of statements written in the SQL that SQLite and PostgreSQL
share (BIGINT for Telegram ids, which do not fit 32 bits; DOUBLE PRECISION for Unix
times), so one list serves both backends. `schema_migrations` records which versions a
database has; `apply_migrations()` runs the missing ones in one transaction, under an
advisory lock on PostgreSQL so that replicas starting together migrate once.

Version 1 is the schema the SQLite-only bot had (its `IF NOT EXISTS` adopts an existing
file); version 2 adds what a fleet of replicas shares. Never edit a released migration:
append a new one.
"""

from __future__ import annotations

import time
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from bot.storage.database import Database, Transaction

_EVIDENCE_COLUMNS = (
    " checklist_id TEXT NOT NULL REFERENCES checklists (id) ON DELETE CASCADE,"
    " item INTEGER NOT NULL, user_id BIGINT NOT NULL, user_name TEXT NOT NULL, url TEXT,"
    " note TEXT NOT NULL, added DOUBLE PRECISION NOT NULL)"
)

# A statement is SQL both engines run, or {engine: SQL} where they differ.
MIGRATIONS: list[tuple[int, str, list[str | dict[str, str]]]] = [
    (
        1,
        "checklists, marks, postings, reply languages",
        [
            "CREATE TABLE IF NOT EXISTS checklists (id TEXT PRIMARY KEY,"
            " owner_id BIGINT NOT NULL, chat_id BIGINT NOT NULL, lang TEXT NOT NULL,"
            " title TEXT NOT NULL, created DOUBLE PRECISION NOT NULL, data TEXT NOT NULL)",
            "CREATE INDEX IF NOT EXISTS checklists_owner ON checklists (owner_id, created)",
            "CREATE INDEX IF NOT EXISTS checklists_created ON checklists (created)",
            "CREATE TABLE IF NOT EXISTS marks ("
            " checklist_id TEXT NOT NULL REFERENCES checklists (id) ON DELETE CASCADE,"
            " item INTEGER NOT NULL, user_id BIGINT NOT NULL, user_name TEXT NOT NULL,"
            " mark TEXT NOT NULL, updated DOUBLE PRECISION NOT NULL,"
            " PRIMARY KEY (checklist_id, item, user_id))",
            "CREATE INDEX IF NOT EXISTS marks_user ON marks (user_id)",
            "CREATE TABLE IF NOT EXISTS posts (chat_id BIGINT NOT NULL,"
            " message_id BIGINT NOT NULL,"
            " checklist_id TEXT NOT NULL REFERENCES checklists (id) ON DELETE CASCADE,"
            " part INTEGER NOT NULL, first_message_id BIGINT NOT NULL,"
            " PRIMARY KEY (chat_id, message_id))",
            "CREATE INDEX IF NOT EXISTS posts_checklist ON posts (checklist_id)",
            "CREATE TABLE IF NOT EXISTS preferences (id BIGINT PRIMARY KEY, lang TEXT NOT NULL)",
        ],
    ),
    (
        2,
        "what replicas share: received updates, paste pieces, hourly usage, fleet settings",
        [
            # Every webhook update, stored before it is acknowledged. `done` is NULL while
            # it is being handled by `owner`, whose lease runs until `lease_until`;
            # `takeovers` counts the replicas that died holding it.
            "CREATE TABLE updates (update_id BIGINT PRIMARY KEY, chat_id BIGINT,"
            " user_id BIGINT, payload TEXT, received DOUBLE PRECISION NOT NULL,"
            " owner TEXT, lease_until DOUBLE PRECISION, done DOUBLE PRECISION,"
            " takeovers INTEGER NOT NULL DEFAULT 0)",
            "CREATE INDEX updates_open ON updates (lease_until) WHERE done IS NULL",
            "CREATE INDEX updates_sender ON updates (chat_id, user_id) WHERE done IS NULL",
            "CREATE INDEX updates_done ON updates (done)",
            # The pieces of a long paste not yet answered; `context` says where to answer.
            # A replica analysing them has them `taken_by` it until `lease_until`.
            "CREATE TABLE paste_pieces (chat_id BIGINT NOT NULL, user_id BIGINT NOT NULL,"
            " message_id BIGINT NOT NULL, text TEXT NOT NULL, context TEXT NOT NULL,"
            " received DOUBLE PRECISION NOT NULL, taken_by TEXT, lease_until DOUBLE PRECISION,"
            " PRIMARY KEY (chat_id, user_id, message_id))",
            "CREATE INDEX paste_pieces_received ON paste_pieces (received)",
            # When each user started an analysis in the last hour; `usage_users` holds one
            # row per user that a transaction locks while it counts.
            "CREATE TABLE usage (user_id BIGINT NOT NULL, started DOUBLE PRECISION NOT NULL)",
            "CREATE INDEX usage_user ON usage (user_id, started)",
            "CREATE TABLE usage_users (user_id BIGINT PRIMARY KEY,"
            " touched DOUBLE PRECISION NOT NULL)",
            "CREATE TABLE fleet_settings (name TEXT PRIMARY KEY, value TEXT NOT NULL)",
        ],
    ),
    (
        3,
        "evidence members attach to items",
        [
            # The one column the engines write differently: a generated id. (IF NOT EXISTS
            # adopts the table a SQLite file may already have from before migrations.)
            {
                "sqlite": "CREATE TABLE IF NOT EXISTS evidence (id INTEGER PRIMARY KEY,"
                + _EVIDENCE_COLUMNS,
                "postgresql": "CREATE TABLE evidence"
                " (id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY," + _EVIDENCE_COLUMNS,
            },
            "CREATE INDEX IF NOT EXISTS evidence_checklist ON evidence (checklist_id, item)",
            "CREATE INDEX IF NOT EXISTS evidence_user ON evidence (user_id)",
        ],
    ),
    (
        4,
        "which messages show which checklist and how, and evidence prompts awaiting a reply",
        [
            # `screen` is "chat_id:message_id", or "inline:" and an inline_message_id.
            "CREATE TABLE screens (screen TEXT PRIMARY KEY, checklist_id TEXT NOT NULL,"
            " lang TEXT NOT NULL, page INTEGER NOT NULL, item INTEGER,"
            " shown DOUBLE PRECISION NOT NULL)",
            "CREATE INDEX screens_checklist ON screens (checklist_id)",
            "CREATE TABLE evidence_prompts (chat_id BIGINT NOT NULL, message_id BIGINT NOT NULL,"
            " checklist_id TEXT NOT NULL, item INTEGER NOT NULL, lang TEXT NOT NULL,"
            " asked DOUBLE PRECISION NOT NULL, PRIMARY KEY (chat_id, message_id))",
        ],
    ),
]


async def apply_migrations(db: Database) -> list[int]:
    """Bring the database to the latest version; returns the versions applied now."""

    async def migrate(tx: Transaction) -> list[int]:
        await tx.lock_for_migrations()
        await tx.execute(
            "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY,"
            " description TEXT NOT NULL, applied DOUBLE PRECISION NOT NULL)"
        )
        done = {row[0] for row in await tx.fetchall("SELECT version FROM schema_migrations")}
        applied = []
        for version, description, statements in MIGRATIONS:
            if version in done:
                continue
            for statement in statements:
                await tx.execute(statement if isinstance(statement, str) else statement[tx.engine])
            await tx.execute(
                "INSERT INTO schema_migrations (version, description, applied) VALUES (?, ?, ?)",
                (version, description, time.time()),
            )
            applied.append(version)
        return applied

    return await db.transaction(migrate)
