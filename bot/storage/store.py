"""What the bot keeps between messages, restarts and replicas: the async `Storage`.

Stored: checklists (with their article, so that buttons, /export and inline sharing work
later, on any replica), the marks members put on each item, the evidence (a link and/or a
note) they attach to items, which Telegram messages show which checklist, and each user's
or group's reply language. For a fleet of replicas it
also holds what they must agree on: the webhook updates received (stored before they are
acknowledged, handled under a lease, answered once), the pieces of long pastes waiting to
be joined, and each user's analyses in the last hour. Checklists expire after
`retention_days`; `forget_user()` deletes everything about one user at once.

Every method is one transaction on the `Database` chosen by `SIFT_DB` (SQLite by
default, PostgreSQL for a fleet); the queries are written once, in the SQL both share. A
mark is one upsert per (checklist, item, user), so two members tapping at once on two
replicas both land, whatever order their updates are handled in.
"""

from __future__ import annotations

import json
import logging
import os
import secrets
import socket
import time
from dataclasses import dataclass
from typing import Any

from bot.models import Checklist
from bot.storage.database import Database, Transaction, open_database
from bot.storage.migrations import apply_migrations

log = logging.getLogger(__name__)

RETENTION_DAYS = 30
MARKS: tuple[str, ...] = ("confirmed", "false", "unclear")
# Evidence limits: a note is a sentence or two, not an article; an item's evidence and a
# member's evidence on one checklist stay readable in one message.
NOTE_CHARS = 300
EVIDENCE_PER_ITEM = 8
EVIDENCE_PER_MEMBER = 15
# An update whose handlers took down this many replicas in a row is given up (logged),
# rather than taking down every replica in turn.
MAX_TAKEOVERS = 3
# Telegram stops redelivering an unacknowledged update after about a day: a received
# update_id is remembered that long, so that a late duplicate is still recognised.
UPDATE_MEMORY_SECONDS = 86_400


@dataclass(frozen=True)
class StoredChecklist:
    """A checklist as stored: who asked for it, where, in which reply language."""

    id: str
    owner_id: int
    chat_id: int
    lang: str
    title: str
    created: float
    checklist: Checklist


@dataclass(frozen=True)
class Mark:
    """One member's mark on one item."""

    user_id: int
    user_name: str
    mark: str
    updated: float


@dataclass(frozen=True)
class Post:
    """One Telegram message showing part `part` of a checklist."""

    chat_id: int
    message_id: int
    checklist_id: str
    part: int
    first_message_id: int


@dataclass(frozen=True)
class StoredEvidence:
    """A link and/or a note a member attached to an item, with who and when."""

    id: int
    item: int
    user_id: int
    user_name: str
    url: str | None
    note: str
    added: float


class EvidenceRefused(Exception):
    """Evidence over a limit: `reason` is "note_too_long", "item_full" or "member_full"."""

    def __init__(self, reason: str, limit: int) -> None:
        super().__init__(reason)
        self.reason = reason
        self.limit = limit


@dataclass(frozen=True)
class Piece:
    """One piece of a long paste, with what its sender's request needs to be answered."""

    message_id: int
    text: str
    context: dict[str, Any]


@dataclass(frozen=True)
class ClaimedUpdate:
    """A received update this replica now holds the lease on."""

    update_id: int
    payload: dict[str, Any]


# The columns `_row_to_checklist` and `Post` are built from, in their order.
_SELECT_CHECKLISTS = "SELECT id, owner_id, chat_id, lang, title, created, data FROM checklists"
_SELECT_POSTS = "SELECT chat_id, message_id, checklist_id, part, first_message_id FROM posts"


def _row_to_checklist(row: tuple) -> StoredChecklist:
    checklist_id, owner_id, chat_id, lang, title, created, data = row
    return StoredChecklist(
        id=checklist_id,
        owner_id=owner_id,
        chat_id=chat_id,
        lang=lang,
        title=title,
        created=created,
        checklist=Checklist.model_validate_json(data),
    )


def _like_pattern(words: str) -> str:
    """`words` anywhere in a LIKE match, its own % and _ taken literally."""
    escaped = words.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


class Storage:
    """The bot's store. Create with the `SIFT_DB` setting, `await open()`, then call."""

    def __init__(self, setting: str | Database, *, retention_days: float = RETENTION_DAYS) -> None:
        self.db = open_database(str(setting)) if not isinstance(setting, Database) else setting
        self.retention_seconds = retention_days * 86_400
        # Who holds a lease: this process (replicas share the database, not this object).
        self.owner = f"{socket.gethostname()}:{os.getpid()}:{secrets.token_hex(3)}"

    @property
    def shared(self) -> bool:
        """Whether other processes may use the same data (PostgreSQL)."""
        return self.db.shared

    def describe(self) -> str:
        return self.db.describe()

    async def open(self) -> None:
        """Connect, migrate to the current schema, drop expired checklists."""
        await self.db.open()
        await apply_migrations(self.db)
        await self.purge_expired()

    async def close(self) -> None:
        await self.db.close()

    async def __aenter__(self) -> Storage:
        await self.open()
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.close()

    # ---- checklists ---------------------------------------------------------------------
    async def save_checklist(
        self, checklist: Checklist, *, owner_id: int, chat_id: int, lang: str
    ) -> str:
        """Store a new checklist; returns its short id (used in callback data)."""
        now = time.time()
        data = checklist.model_dump_json()
        title = checklist.article.title or checklist.article.text[:80]

        async def save(tx: Transaction) -> str:
            await tx.execute(
                "DELETE FROM checklists WHERE created < ?", (now - self.retention_seconds,)
            )
            while True:
                checklist_id = secrets.token_urlsafe(6)
                if not await tx.fetchone("SELECT 1 FROM checklists WHERE id = ?", (checklist_id,)):
                    break
            await tx.execute(
                "INSERT INTO checklists (id, owner_id, chat_id, lang, title, created, data)"
                " VALUES (?, ?, ?, ?, ?, ?, ?)",
                (checklist_id, owner_id, chat_id, lang, title, now, data),
            )
            return checklist_id

        return await self.db.transaction(save)

    async def _fetchall(self, sql: str, args: tuple | list = ()) -> list[tuple]:
        return await self.db.fetchall(sql, args)

    async def _fetchone(self, sql: str, args: tuple | list = ()) -> tuple | None:
        rows = await self._fetchall(sql, args)
        return rows[0] if rows else None

    async def get_checklist(self, checklist_id: str) -> StoredChecklist | None:
        row = await self._fetchone(_SELECT_CHECKLISTS + " WHERE id = ?", (checklist_id,))
        return _row_to_checklist(row) if row else None

    async def recent_checklists(
        self, owner_id: int, *, limit: int = 10, query: str = ""
    ) -> list[StoredChecklist]:
        """The user's newest checklists, optionally those whose title contains `query`."""
        sql = _SELECT_CHECKLISTS + " WHERE owner_id = ?"
        args: list[object] = [owner_id]
        if query.strip():
            sql += " AND (lower(title) LIKE lower(?) ESCAPE '\\' OR id = ?)"
            args += [_like_pattern(query.strip()), query.strip()]
        sql += " ORDER BY created DESC, id LIMIT ?"
        args.append(limit)
        return [_row_to_checklist(row) for row in await self._fetchall(sql, args)]

    # ---- marks --------------------------------------------------------------------------
    async def set_mark(
        self, checklist_id: str, item: int, *, user_id: int, user_name: str, mark: str
    ) -> bool:
        """Record `user_id`'s mark on an item; returns False if it was already that mark.

        Raises KeyError if the checklist is no longer stored, ValueError for a bad mark.
        """
        if mark not in MARKS:
            raise ValueError(f"unknown mark {mark!r}")

        async def store(tx: Transaction) -> bool:
            if not await tx.fetchone("SELECT 1 FROM checklists WHERE id = ?", (checklist_id,)):
                raise KeyError(checklist_id)
            row = await tx.fetchone(
                "SELECT mark, user_name FROM marks WHERE checklist_id = ? AND item = ?"
                " AND user_id = ?",
                (checklist_id, item, user_id),
            )
            if row is not None and row[0] == mark and row[1] == user_name:
                return False
            await tx.execute(
                "INSERT INTO marks (checklist_id, item, user_id, user_name, mark, updated)"
                " VALUES (?, ?, ?, ?, ?, ?)"
                " ON CONFLICT (checklist_id, item, user_id) DO UPDATE SET"
                " mark = excluded.mark, user_name = excluded.user_name,"
                " updated = excluded.updated",
                (checklist_id, item, user_id, user_name, mark, time.time()),
            )
            return row is None or row[0] != mark

        return await self.db.transaction(store)

    async def marks(self, checklist_id: str) -> dict[int, list[Mark]]:
        """Every mark on a checklist, by item number, oldest first within an item."""
        rows = await self._fetchall(
            "SELECT item, user_id, user_name, mark, updated FROM marks"
            " WHERE checklist_id = ? ORDER BY item, updated, user_id",
            (checklist_id,),
        )
        result: dict[int, list[Mark]] = {}
        for item, user_id, user_name, mark, updated in rows:
            result.setdefault(item, []).append(Mark(user_id, user_name, mark, updated))
        return result

    # ---- evidence ------------------------------------------------------------------------
    async def add_evidence(
        self,
        checklist_id: str,
        item: int,
        *,
        user_id: int,
        user_name: str,
        url: str | None,
        note: str,
    ) -> int:
        """Attach evidence to an item; returns its id.

        Raises KeyError if the checklist is no longer stored, EvidenceRefused over a limit
        (checked in the same transaction, so that members adding at once cannot pass it:
        the checklist's row is locked while counting, on PostgreSQL too).
        """
        if len(note) > NOTE_CHARS:
            raise EvidenceRefused("note_too_long", NOTE_CHARS)

        async def add(tx: Transaction) -> int:
            # A no-op update that locks the checklist's row for this transaction.
            if not await tx.execute(
                "UPDATE checklists SET created = created WHERE id = ?", (checklist_id,)
            ):
                raise KeyError(checklist_id)
            row = await tx.fetchone(
                "SELECT count(*) FROM evidence WHERE checklist_id = ? AND item = ?",
                (checklist_id, item),
            )
            if row is not None and row[0] >= EVIDENCE_PER_ITEM:
                raise EvidenceRefused("item_full", EVIDENCE_PER_ITEM)
            row = await tx.fetchone(
                "SELECT count(*) FROM evidence WHERE checklist_id = ? AND user_id = ?",
                (checklist_id, user_id),
            )
            if row is not None and row[0] >= EVIDENCE_PER_MEMBER:
                raise EvidenceRefused("member_full", EVIDENCE_PER_MEMBER)
            row = await tx.fetchone(
                "INSERT INTO evidence (checklist_id, item, user_id, user_name, url, note, added)"
                " VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id",
                (checklist_id, item, user_id, user_name, url, note, time.time()),
            )
            return int(row[0]) if row else 0

        return await self.db.transaction(add)

    async def evidence(self, checklist_id: str) -> dict[int, list[StoredEvidence]]:
        """Every piece of evidence on a checklist, by item number, oldest first."""
        rows = await self._fetchall(
            "SELECT id, item, user_id, user_name, url, note, added FROM evidence"
            " WHERE checklist_id = ? ORDER BY item, added, id",
            (checklist_id,),
        )
        result: dict[int, list[StoredEvidence]] = {}
        for row in rows:
            result.setdefault(row[1], []).append(StoredEvidence(*row))
        return result

    async def forget_evidence(self, user_id: int) -> dict[str, int]:
        """Delete every piece of evidence the user added; returns how many, by checklist."""

        async def forget(tx: Transaction) -> dict[str, int]:
            rows = await tx.fetchall(
                "SELECT checklist_id, count(*) FROM evidence WHERE user_id = ?"
                " GROUP BY checklist_id",
                (user_id,),
            )
            await tx.execute("DELETE FROM evidence WHERE user_id = ?", (user_id,))
            return {checklist_id: count for checklist_id, count in rows}

        return await self.db.transaction(forget)

    # ---- what each message shows, and the prompts awaiting a reply --------------------
    async def show_screen(
        self,
        screen: str,
        checklist_id: str,
        lang: str,
        page: int,
        item: int | None,
        *,
        replace: bool = True,
    ) -> None:
        """Remember what message `screen` shows (any replica may have to edit it); with
        `replace=False`, only if nothing is known of it yet."""
        on_conflict = (
            " ON CONFLICT (screen) DO UPDATE SET checklist_id = excluded.checklist_id,"
            " lang = excluded.lang, page = excluded.page, item = excluded.item,"
            " shown = excluded.shown"
            if replace
            else " ON CONFLICT (screen) DO NOTHING"
        )
        await self.db.execute(
            "INSERT INTO screens (screen, checklist_id, lang, page, item, shown)"
            " VALUES (?, ?, ?, ?, ?, ?)" + on_conflict,
            (screen, checklist_id, lang, page, item, time.time()),
        )

    async def screen(self, screen: str) -> tuple[str, str, int, int | None] | None:
        """(checklist_id, lang, page, item) of what `screen` shows, if known."""
        row = await self._fetchone(
            "SELECT checklist_id, lang, page, item FROM screens WHERE screen = ?", (screen,)
        )
        return (row[0], row[1], row[2], row[3]) if row else None

    async def screens_of(self, checklist_id: str) -> dict[str, tuple[str, int, int | None]]:
        """Every message showing a checklist: {screen: (lang, page, item)}."""
        rows = await self._fetchall(
            "SELECT screen, lang, page, item FROM screens WHERE checklist_id = ?",
            (checklist_id,),
        )
        return {screen: (lang, page, item) for screen, lang, page, item in rows}

    async def add_prompt(
        self, chat_id: int, message_id: int, checklist_id: str, item: int, lang: str
    ) -> None:
        """An "add evidence" prompt was sent: its reply may reach any replica."""
        await self.db.execute(
            "INSERT INTO evidence_prompts (chat_id, message_id, checklist_id, item, lang, asked)"
            " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
            (chat_id, message_id, checklist_id, item, lang, time.time()),
        )

    async def prompt(self, chat_id: int, message_id: int) -> tuple[str, int, str] | None:
        """(checklist_id, item, lang) the prompt message asks about, if it is one."""
        row = await self._fetchone(
            "SELECT checklist_id, item, lang FROM evidence_prompts"
            " WHERE chat_id = ? AND message_id = ?",
            (chat_id, message_id),
        )
        return (row[0], row[1], row[2]) if row else None

    # ---- which messages show which checklist ------------------------------------------
    async def add_posts(self, checklist_id: str, chat_id: int, message_ids: list[int]) -> None:
        """Remember the messages (in part order) that show one posting of a checklist."""
        if not message_ids:
            return
        first = message_ids[0]

        async def store(tx: Transaction) -> None:
            await tx.executemany(
                "INSERT INTO posts (chat_id, message_id, checklist_id, part, first_message_id)"
                " VALUES (?, ?, ?, ?, ?) ON CONFLICT (chat_id, message_id) DO UPDATE SET"
                " checklist_id = excluded.checklist_id, part = excluded.part,"
                " first_message_id = excluded.first_message_id",
                [(chat_id, mid, checklist_id, part, first) for part, mid in enumerate(message_ids)],
            )

        await self.db.transaction(store)

    async def find_post(self, chat_id: int, message_id: int) -> Post | None:
        row = await self._fetchone(
            _SELECT_POSTS + " WHERE chat_id = ? AND message_id = ?", (chat_id, message_id)
        )
        return Post(*row) if row else None

    async def posting_messages(self, chat_id: int, first_message_id: int) -> dict[int, int]:
        """The message id of each part of one posting, by part number."""
        rows = await self._fetchall(
            "SELECT part, message_id FROM posts WHERE chat_id = ? AND first_message_id = ?",
            (chat_id, first_message_id),
        )
        return dict(rows)

    async def latest_post(self, chat_id: int, checklist_id: str | None = None) -> Post | None:
        """The newest posting's first part in a chat (optionally of one checklist)."""
        sql = _SELECT_POSTS + " WHERE chat_id = ? AND part = 0"
        args: list[object] = [chat_id]
        if checklist_id is not None:
            sql += " AND checklist_id = ?"
            args.append(checklist_id)
        sql += " ORDER BY message_id DESC LIMIT 1"
        row = await self._fetchone(sql, args)
        return Post(*row) if row else None

    # ---- preferences --------------------------------------------------------------------
    async def set_language(self, key_id: int, lang: str) -> None:
        """The reply language of a user (positive id) or a group (negative id)."""

        await self.db.execute(
            "INSERT INTO preferences (id, lang) VALUES (?, ?)"
            " ON CONFLICT (id) DO UPDATE SET lang = excluded.lang",
            (key_id, lang),
        )

    async def get_language(self, key_id: int) -> str | None:
        row = await self._fetchone("SELECT lang FROM preferences WHERE id = ?", (key_id,))
        return row[0] if row else None

    # ---- per-user hourly limit ----------------------------------------------------------
    async def charge(
        self, user_id: int, per_hour: int, *, window: float = 3600.0, now: float | None = None
    ) -> float:
        """Count one analysis for the user; 0.0 if allowed, else the seconds until the next
        one is. Replicas count together: the user's row is locked while counting."""
        now = time.time() if now is None else now

        async def count(tx: Transaction) -> float:
            await tx.execute(
                "INSERT INTO usage_users (user_id, touched) VALUES (?, ?)"
                " ON CONFLICT (user_id) DO UPDATE SET touched = excluded.touched",
                (user_id, now),
            )
            await tx.execute(
                "DELETE FROM usage WHERE user_id = ? AND started <= ?", (user_id, now - window)
            )
            row = await tx.fetchone(
                "SELECT count(*), min(started) FROM usage WHERE user_id = ?", (user_id,)
            )
            used, oldest = row if row else (0, None)
            if per_hour > 0 and used >= per_hour:
                return float(oldest + window - now)
            await tx.execute("INSERT INTO usage (user_id, started) VALUES (?, ?)", (user_id, now))
            return 0.0

        return await self.db.transaction(count)

    async def refund(self, user_id: int) -> None:
        """Uncount the user's latest analysis (its checklist never reached them)."""
        await self.db.execute(
            "DELETE FROM usage WHERE user_id = ? AND started ="
            " (SELECT max(started) FROM usage WHERE user_id = ?)",
            (user_id, user_id),
        )

    # ---- pieces of long pastes ----------------------------------------------------------
    async def add_piece(
        self, chat_id: int, user_id: int, message_id: int, text: str, context: dict[str, Any]
    ) -> None:
        """Hold one piece of a paste (a piece delivered twice is held once)."""

        await self.db.execute(
            "INSERT INTO paste_pieces (chat_id, user_id, message_id, text, context, received)"
            " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
            (chat_id, user_id, message_id, text, json.dumps(context), time.time()),
        )

    async def paste_state(
        self, chat_id: int, user_id: int, before_update: int | None = None
    ) -> tuple[int, int]:
        """(pieces held for the sender, updates from them received before `before_update`
        and still being handled somewhere): a short message must wait for both."""
        row = await self._fetchone(
            "SELECT (SELECT count(*) FROM paste_pieces WHERE chat_id = ? AND user_id = ?"
            " AND taken_by IS NULL),"
            " (SELECT count(*) FROM updates WHERE chat_id = ? AND user_id = ?"
            " AND done IS NULL AND update_id < ?)",
            (chat_id, user_id, chat_id, user_id, before_update or 0),
        )
        return (row[0], row[1]) if row else (0, 0)

    async def take_pieces(
        self,
        chat_id: int,
        user_id: int,
        *,
        lease_seconds: float,
        quiet_since: float | None = None,
        reclaim: bool = False,
    ) -> list[Piece]:
        """Take the sender's waiting pieces, in message order, to answer them: they stay
        stored, leased to this process, until `drop_pieces()`. With `quiet_since`, only if
        no waiting piece arrived after it; with `reclaim`, also pieces whose taker's lease
        ran out (it died answering). Only one caller, on any replica, gets a piece."""
        now = time.time()
        free = "(taken_by IS NULL OR lease_until < ?)" if reclaim else "taken_by IS NULL"
        free_args: tuple = (now,) if reclaim else ()

        async def take(tx: Transaction) -> list[Piece]:
            where = f" WHERE chat_id = ? AND user_id = ? AND {free}"
            if quiet_since is not None:
                row = await tx.fetchone(
                    "SELECT max(received) FROM paste_pieces"
                    " WHERE chat_id = ? AND user_id = ? AND taken_by IS NULL",
                    (chat_id, user_id),
                )
                if row is not None and row[0] is not None and row[0] > quiet_since:
                    return []  # the paste is still arriving
            rows = await tx.fetchall(
                "UPDATE paste_pieces SET taken_by = ?, lease_until = ?"
                + where
                + " RETURNING message_id, text, context",
                (self.owner, now + lease_seconds, chat_id, user_id, *free_args),
            )
            return [Piece(mid, text, json.loads(ctx)) for mid, text, ctx in sorted(rows)]

        return await self.db.transaction(take)

    async def drop_pieces(self, chat_id: int, user_id: int) -> None:
        """The pieces this process took are answered: forget them."""

        await self.db.execute(
            "DELETE FROM paste_pieces WHERE chat_id = ? AND user_id = ? AND taken_by = ?",
            (chat_id, user_id, self.owner),
        )

    async def quiet_pastes(self, quiet_since: float) -> list[tuple[int, int]]:
        """Senders whose waiting pieces are older than `quiet_since`, or whose taker's lease
        ran out: their replica may be gone."""
        rows = await self._fetchall(
            "SELECT chat_id, user_id FROM paste_pieces WHERE taken_by IS NULL"
            " GROUP BY chat_id, user_id HAVING max(received) <= ?"
            " UNION SELECT chat_id, user_id FROM paste_pieces WHERE lease_until < ?",
            (quiet_since, time.time()),
        )
        return [(chat_id, user_id) for chat_id, user_id in rows]

    # ---- received updates (webhook) -----------------------------------------------------
    async def accept_update(
        self,
        update_id: int,
        payload: dict[str, Any],
        *,
        owner: str,
        lease_seconds: float,
        chat_id: int | None = None,
        user_id: int | None = None,
    ) -> bool:
        """Store a received update, leased to `owner`. False if it was already received:
        Telegram sent it again, and whoever has it answers it."""
        now = time.time()
        changed = await self.db.execute(
            "INSERT INTO updates (update_id, chat_id, user_id, payload, received, owner,"
            " lease_until) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
            (update_id, chat_id, user_id, json.dumps(payload), now, owner, now + lease_seconds),
        )
        return changed == 1

    async def renew_leases(self, owner: str, lease_seconds: float) -> int:
        """Extend the leases of the updates and paste pieces `owner` is still handling."""
        until = time.time() + lease_seconds

        async def renew(tx: Transaction) -> int:
            await tx.execute(
                "UPDATE paste_pieces SET lease_until = ? WHERE taken_by = ?", (until, owner)
            )
            return await tx.execute(
                "UPDATE updates SET lease_until = ? WHERE owner = ? AND done IS NULL",
                (until, owner),
            )

        return await self.db.transaction(renew)

    async def claim_expired_updates(
        self, owner: str, lease_seconds: float, *, limit: int = 50
    ) -> list[ClaimedUpdate]:
        """Take over updates whose handler's lease ran out (its replica died), oldest first.
        Replicas claiming at once skip each other's rows. An update already taken over
        MAX_TAKEOVERS times is given up instead, and logged."""
        now = time.time()

        async def claim(tx: Transaction) -> list[ClaimedUpdate]:
            rows = await tx.fetchall(
                "SELECT update_id, payload, takeovers FROM updates"
                " WHERE done IS NULL AND lease_until < ? ORDER BY update_id LIMIT ?"
                + tx.skip_locked,
                (now, limit),
            )
            taken = [(uid, payload) for uid, payload, n in rows if n < MAX_TAKEOVERS]
            given_up = [uid for uid, _, n in rows if n >= MAX_TAKEOVERS]
            if taken:
                await tx.executemany(
                    "UPDATE updates SET owner = ?, lease_until = ?, takeovers = takeovers + 1"
                    " WHERE update_id = ?",
                    [(owner, now + lease_seconds, update_id) for update_id, _ in taken],
                )
            if given_up:
                log.warning(
                    "giving up updates that stopped %d replicas: %s", MAX_TAKEOVERS, given_up
                )
                await tx.executemany(
                    "UPDATE updates SET done = ?, payload = NULL WHERE update_id = ?",
                    [(now, update_id) for update_id in given_up],
                )
            return [ClaimedUpdate(update_id, json.loads(payload)) for update_id, payload in taken]

        return await self.db.transaction(claim)

    async def finish_update(self, update_id: int) -> None:
        """The update is handled: remember only its id (for duplicates), not its content."""

        await self.db.execute(
            "UPDATE updates SET done = ?, payload = NULL WHERE update_id = ?",
            (time.time(), update_id),
        )

    async def open_updates(self) -> int:
        """How many received updates are not handled yet (all replicas)."""
        row = await self._fetchone("SELECT count(*) FROM updates WHERE done IS NULL")
        return row[0] if row else 0

    # ---- settings the replicas share ----------------------------------------------------
    async def shared_setting(self, name: str, candidate: str) -> str:
        """The stored value of `name`; `candidate` is stored first if there is none, so
        replicas starting together all get the same value."""

        async def get(tx: Transaction) -> str:
            await tx.execute(
                "INSERT INTO fleet_settings (name, value) VALUES (?, ?) ON CONFLICT DO NOTHING",
                (name, candidate),
            )
            row = await tx.fetchone("SELECT value FROM fleet_settings WHERE name = ?", (name,))
            assert row is not None
            return row[0]

        return await self.db.transaction(get)

    # ---- deletion -----------------------------------------------------------------------
    async def forget_user(self, user_id: int) -> tuple[int, int]:
        """Delete the user's checklists (with every mark on them), their marks elsewhere,
        their settings and usage; returns (checklists deleted, marks deleted)."""

        async def forget(tx: Transaction) -> tuple[int, int]:
            row = await tx.fetchone("SELECT count(*) FROM marks WHERE user_id = ?", (user_id,))
            own_marks = row[0] if row else 0
            checklists = await tx.execute("DELETE FROM checklists WHERE owner_id = ?", (user_id,))
            await tx.execute("DELETE FROM marks WHERE user_id = ?", (user_id,))
            await tx.execute("DELETE FROM preferences WHERE id = ?", (user_id,))
            await tx.execute("DELETE FROM usage WHERE user_id = ?", (user_id,))
            await tx.execute("DELETE FROM usage_users WHERE user_id = ?", (user_id,))
            return checklists, own_marks

        return await self.db.transaction(forget)

    async def purge_expired(self, now: float | None = None) -> int:
        """Delete checklists older than the retention period (with what shows them),
        usage older than an hour and handled updates older than a day; returns how many
        checklists."""
        now = time.time() if now is None else now

        async def purge(tx: Transaction) -> int:
            await tx.execute("DELETE FROM usage WHERE started < ?", (now - 3600,))
            await tx.execute(
                "DELETE FROM updates WHERE done IS NOT NULL AND done < ?",
                (now - UPDATE_MEMORY_SECONDS,),
            )
            purged = await tx.execute(
                "DELETE FROM checklists WHERE created < ?", (now - self.retention_seconds,)
            )
            for table in ("screens", "evidence_prompts"):  # of checklists gone
                await tx.execute(
                    f"DELETE FROM {table} WHERE NOT EXISTS"
                    f" (SELECT 1 FROM checklists WHERE checklists.id = {table}.checklist_id)"
                )
            return purged

        return await self.db.transaction(purge)
