"""What the bot keeps between messages and restarts, in one SQLite file.

Stored: checklists (with their article, so that buttons, /export and inline sharing work
later), the marks members put on each item, the evidence (a link and/or a note) they
attach to items, which Telegram messages show which checklist, and each user's or
group's reply language. Checklists expire after `retention_days`;
`forget_user()` deletes everything about one user at once.

All calls are short and synchronous on one connection guarded by a lock: the handlers
call them from the event loop (each takes well under a millisecond to a few ms), and a
mark is one `INSERT ... ON CONFLICT` row per (checklist, item, user), so two members
tapping at once both land, whatever order their updates are handled in.
"""

from __future__ import annotations

import secrets
import sqlite3
import threading
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from bot.models import Checklist

RETENTION_DAYS = 30
MARKS: tuple[str, ...] = ("confirmed", "false", "unclear")
# Evidence limits: a note is a sentence or two, not an article; an item's evidence and a
# member's evidence on one checklist stay readable in one message.
NOTE_CHARS = 300
EVIDENCE_PER_ITEM = 8
EVIDENCE_PER_MEMBER = 15

_SCHEMA = """
CREATE TABLE IF NOT EXISTS checklists (
    id TEXT PRIMARY KEY,
    owner_id INTEGER NOT NULL,
    chat_id INTEGER NOT NULL,
    lang TEXT NOT NULL,
    title TEXT NOT NULL,
    created REAL NOT NULL,
    data TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS checklists_owner ON checklists (owner_id, created);
CREATE INDEX IF NOT EXISTS checklists_created ON checklists (created);
CREATE TABLE IF NOT EXISTS marks (
    checklist_id TEXT NOT NULL REFERENCES checklists (id) ON DELETE CASCADE,
    item INTEGER NOT NULL,
    user_id INTEGER NOT NULL,
    user_name TEXT NOT NULL,
    mark TEXT NOT NULL,
    updated REAL NOT NULL,
    PRIMARY KEY (checklist_id, item, user_id)
);
CREATE INDEX IF NOT EXISTS marks_user ON marks (user_id);
CREATE TABLE IF NOT EXISTS posts (
    chat_id INTEGER NOT NULL,
    message_id INTEGER NOT NULL,
    checklist_id TEXT NOT NULL REFERENCES checklists (id) ON DELETE CASCADE,
    part INTEGER NOT NULL,
    first_message_id INTEGER NOT NULL,
    PRIMARY KEY (chat_id, message_id)
);
CREATE INDEX IF NOT EXISTS posts_checklist ON posts (checklist_id);
CREATE TABLE IF NOT EXISTS evidence (
    id INTEGER PRIMARY KEY,
    checklist_id TEXT NOT NULL REFERENCES checklists (id) ON DELETE CASCADE,
    item INTEGER NOT NULL,
    user_id INTEGER NOT NULL,
    user_name TEXT NOT NULL,
    url TEXT,
    note TEXT NOT NULL,
    added REAL NOT NULL
);
CREATE INDEX IF NOT EXISTS evidence_checklist ON evidence (checklist_id, item);
CREATE INDEX IF NOT EXISTS evidence_user ON evidence (user_id);
CREATE TABLE IF NOT EXISTS preferences (
    id INTEGER PRIMARY KEY,
    lang TEXT NOT NULL
);
"""


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


# The columns `_row_to_checklist` and `Post` are built from, in their order.
_SELECT_CHECKLISTS = "SELECT id, owner_id, chat_id, lang, title, created, data FROM checklists"
_SELECT_POSTS = "SELECT chat_id, message_id, checklist_id, part, first_message_id FROM posts"


class Storage:
    """The bot's SQLite store. Open once per process; safe to call from several threads."""

    def __init__(self, path: str | Path, *, retention_days: float = RETENTION_DAYS) -> None:
        self.path = str(path)
        self.retention_seconds = retention_days * 86_400
        if self.path != ":memory:":
            Path(self.path).parent.mkdir(parents=True, exist_ok=True)
        self._lock = threading.Lock()
        self._db = sqlite3.connect(self.path, check_same_thread=False, isolation_level=None)
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("PRAGMA synchronous=NORMAL")
        self._db.execute("PRAGMA foreign_keys=ON")
        self._db.execute("PRAGMA busy_timeout=5000")
        self._db.executescript(_SCHEMA)
        self.purge_expired()

    def close(self) -> None:
        with self._lock:
            self._db.close()

    @contextmanager
    def _tx(self) -> Iterator[sqlite3.Connection]:
        """One transaction under the lock: all of it is written, or none."""
        with self._lock:
            self._db.execute("BEGIN IMMEDIATE")
            try:
                yield self._db
            except BaseException:
                self._db.execute("ROLLBACK")
                raise
            self._db.execute("COMMIT")

    def _read(self, sql: str, args: Sequence[object]) -> list[tuple]:
        """All rows of one read, under the lock (a single statement needs no transaction)."""
        with self._lock:
            return self._db.execute(sql, args).fetchall()

    def _read_one(self, sql: str, args: Sequence[object]) -> tuple | None:
        """The first row of one read, under the lock; None when there is none."""
        with self._lock:
            return self._db.execute(sql, args).fetchone()

    # ---- checklists ---------------------------------------------------------------------
    def save_checklist(
        self, checklist: Checklist, *, owner_id: int, chat_id: int, lang: str
    ) -> str:
        """Store a new checklist; returns its short id (used in callback data)."""
        now = time.time()
        data = checklist.model_dump_json()
        title = checklist.article.title or checklist.article.text[:80]
        with self._tx() as db:
            db.execute("DELETE FROM checklists WHERE created < ?", (now - self.retention_seconds,))
            while True:
                checklist_id = secrets.token_urlsafe(6)
                exists = db.execute(
                    "SELECT 1 FROM checklists WHERE id = ?", (checklist_id,)
                ).fetchone()
                if not exists:
                    break
            db.execute(
                "INSERT INTO checklists (id, owner_id, chat_id, lang, title, created, data)"
                " VALUES (?, ?, ?, ?, ?, ?, ?)",
                (checklist_id, owner_id, chat_id, lang, title, now, data),
            )
        return checklist_id

    def _row_to_checklist(self, row: tuple) -> StoredChecklist:
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

    def get_checklist(self, checklist_id: str) -> StoredChecklist | None:
        row = self._read_one(_SELECT_CHECKLISTS + " WHERE id = ?", (checklist_id,))
        return self._row_to_checklist(row) if row else None

    def recent_checklists(
        self, owner_id: int, *, limit: int = 10, query: str = ""
    ) -> list[StoredChecklist]:
        """The user's newest checklists, optionally those whose title contains `query`."""
        sql = _SELECT_CHECKLISTS + " WHERE owner_id = ?"
        args: list[object] = [owner_id]
        if query.strip():
            sql += " AND (instr(lower(title), lower(?)) > 0 OR id = ?)"
            args += [query.strip(), query.strip()]
        sql += " ORDER BY created DESC, rowid DESC LIMIT ?"
        args.append(limit)
        return [self._row_to_checklist(row) for row in self._read(sql, args)]

    # ---- marks --------------------------------------------------------------------------
    def set_mark(
        self, checklist_id: str, item: int, *, user_id: int, user_name: str, mark: str
    ) -> bool:
        """Record `user_id`'s mark on an item; returns False if it was already that mark.

        Raises KeyError if the checklist is no longer stored, ValueError for a bad mark.
        """
        if mark not in MARKS:
            raise ValueError(f"unknown mark {mark!r}")
        with self._tx() as db:
            if not db.execute("SELECT 1 FROM checklists WHERE id = ?", (checklist_id,)).fetchone():
                raise KeyError(checklist_id)
            row = db.execute(
                "SELECT mark, user_name FROM marks WHERE checklist_id = ? AND item = ?"
                " AND user_id = ?",
                (checklist_id, item, user_id),
            ).fetchone()
            if row is not None and row[0] == mark and row[1] == user_name:
                return False
            db.execute(
                "INSERT INTO marks (checklist_id, item, user_id, user_name, mark, updated)"
                " VALUES (?, ?, ?, ?, ?, ?)"
                " ON CONFLICT (checklist_id, item, user_id) DO UPDATE SET"
                " mark = excluded.mark, user_name = excluded.user_name,"
                " updated = excluded.updated",
                (checklist_id, item, user_id, user_name, mark, time.time()),
            )
            return row is None or row[0] != mark

    def marks(self, checklist_id: str) -> dict[int, list[Mark]]:
        """Every mark on a checklist, by item number, oldest first within an item."""
        rows = self._read(
            "SELECT item, user_id, user_name, mark, updated FROM marks"
            " WHERE checklist_id = ? ORDER BY item, updated, user_id",
            (checklist_id,),
        )
        result: dict[int, list[Mark]] = {}
        for item, user_id, user_name, mark, updated in rows:
            result.setdefault(item, []).append(Mark(user_id, user_name, mark, updated))
        return result

    # ---- evidence ------------------------------------------------------------------------
    def add_evidence(
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
        (checked in the same transaction, so that members adding at once cannot pass it).
        """
        if len(note) > NOTE_CHARS:
            raise EvidenceRefused("note_too_long", NOTE_CHARS)
        with self._tx() as db:
            if not db.execute("SELECT 1 FROM checklists WHERE id = ?", (checklist_id,)).fetchone():
                raise KeyError(checklist_id)
            on_item = db.execute(
                "SELECT count(*) FROM evidence WHERE checklist_id = ? AND item = ?",
                (checklist_id, item),
            ).fetchone()[0]
            if on_item >= EVIDENCE_PER_ITEM:
                raise EvidenceRefused("item_full", EVIDENCE_PER_ITEM)
            by_member = db.execute(
                "SELECT count(*) FROM evidence WHERE checklist_id = ? AND user_id = ?",
                (checklist_id, user_id),
            ).fetchone()[0]
            if by_member >= EVIDENCE_PER_MEMBER:
                raise EvidenceRefused("member_full", EVIDENCE_PER_MEMBER)
            cursor = db.execute(
                "INSERT INTO evidence (checklist_id, item, user_id, user_name, url, note, added)"
                " VALUES (?, ?, ?, ?, ?, ?, ?)",
                (checklist_id, item, user_id, user_name, url, note, time.time()),
            )
            return int(cursor.lastrowid or 0)

    def evidence(self, checklist_id: str) -> dict[int, list[StoredEvidence]]:
        """Every piece of evidence on a checklist, by item number, oldest first."""
        rows = self._read(
            "SELECT id, item, user_id, user_name, url, note, added FROM evidence"
            " WHERE checklist_id = ? ORDER BY item, added, id",
            (checklist_id,),
        )
        result: dict[int, list[StoredEvidence]] = {}
        for row in rows:
            result.setdefault(row[1], []).append(StoredEvidence(*row))
        return result

    def forget_evidence(self, user_id: int) -> dict[str, int]:
        """Delete every piece of evidence the user added; returns how many, by checklist."""
        with self._tx() as db:
            rows = db.execute(
                "SELECT checklist_id, count(*) FROM evidence WHERE user_id = ?"
                " GROUP BY checklist_id",
                (user_id,),
            ).fetchall()
            db.execute("DELETE FROM evidence WHERE user_id = ?", (user_id,))
        return dict(rows)

    # ---- which messages show which checklist ------------------------------------------
    def add_posts(self, checklist_id: str, chat_id: int, message_ids: list[int]) -> None:
        """Remember the messages (in part order) that show one posting of a checklist."""
        if not message_ids:
            return
        first = message_ids[0]
        with self._tx() as db:
            db.executemany(
                "INSERT OR REPLACE INTO posts (chat_id, message_id, checklist_id, part,"
                " first_message_id) VALUES (?, ?, ?, ?, ?)",
                [(chat_id, mid, checklist_id, part, first) for part, mid in enumerate(message_ids)],
            )

    def find_post(self, chat_id: int, message_id: int) -> Post | None:
        row = self._read_one(
            _SELECT_POSTS + " WHERE chat_id = ? AND message_id = ?", (chat_id, message_id)
        )
        return Post(*row) if row else None

    def posting_messages(self, chat_id: int, first_message_id: int) -> dict[int, int]:
        """The message id of each part of one posting, by part number."""
        rows = self._read(
            "SELECT part, message_id FROM posts WHERE chat_id = ? AND first_message_id = ?",
            (chat_id, first_message_id),
        )
        return dict(rows)

    def latest_post(self, chat_id: int, checklist_id: str | None = None) -> Post | None:
        """The newest posting's first part in a chat (optionally of one checklist)."""
        sql = _SELECT_POSTS + " WHERE chat_id = ? AND part = 0"
        args: list[object] = [chat_id]
        if checklist_id is not None:
            sql += " AND checklist_id = ?"
            args.append(checklist_id)
        sql += " ORDER BY message_id DESC LIMIT 1"
        row = self._read_one(sql, args)
        return Post(*row) if row else None

    # ---- preferences --------------------------------------------------------------------
    def set_language(self, key_id: int, lang: str) -> None:
        """The reply language of a user (positive id) or a group (negative id)."""
        with self._tx() as db:
            db.execute(
                "INSERT INTO preferences (id, lang) VALUES (?, ?)"
                " ON CONFLICT (id) DO UPDATE SET lang = excluded.lang",
                (key_id, lang),
            )

    def get_language(self, key_id: int) -> str | None:
        row = self._read_one("SELECT lang FROM preferences WHERE id = ?", (key_id,))
        return row[0] if row else None

    # ---- deletion -----------------------------------------------------------------------
    def forget_user(self, user_id: int) -> tuple[int, int]:
        """Delete the user's checklists (with every mark on them), their marks elsewhere and
        their settings; returns (checklists deleted, marks deleted)."""
        with self._tx() as db:
            own_marks = db.execute(
                "SELECT count(*) FROM marks WHERE user_id = ?", (user_id,)
            ).fetchone()[0]
            checklists = db.execute(
                "DELETE FROM checklists WHERE owner_id = ?", (user_id,)
            ).rowcount
            db.execute("DELETE FROM marks WHERE user_id = ?", (user_id,))
            db.execute("DELETE FROM preferences WHERE id = ?", (user_id,))
        return checklists, own_marks

    def purge_expired(self, now: float | None = None) -> int:
        """Delete checklists older than the retention period; returns how many."""
        cutoff = (now if now is not None else time.time()) - self.retention_seconds
        with self._tx() as db:
            return db.execute("DELETE FROM checklists WHERE created < ?", (cutoff,)).rowcount
