"""Storage: one async interface (`Storage`) over SQLite (the default) or PostgreSQL.

    storage = Storage(settings.sift_db)   # "sift.sqlite3" or "postgresql://..."
    await storage.open()                  # connects and applies the migrations

See `store.py` for what is kept, `database.py` for the two engines, `migrations.py` for
the schema.
"""

from bot.storage.database import DatabaseSettingError, StorageUnavailable
from bot.storage.store import (
    EVIDENCE_PER_ITEM,
    EVIDENCE_PER_MEMBER,
    MARKS,
    NOTE_CHARS,
    RETENTION_DAYS,
    ClaimedUpdate,
    EvidenceRefused,
    Mark,
    Piece,
    Post,
    Storage,
    StoredChecklist,
    StoredEvidence,
)

__all__ = [
    "EVIDENCE_PER_ITEM",
    "EVIDENCE_PER_MEMBER",
    "MARKS",
    "NOTE_CHARS",
    "RETENTION_DAYS",
    "ClaimedUpdate",
    "DatabaseSettingError",
    "EvidenceRefused",
    "Mark",
    "Piece",
    "Post",
    "Storage",
    "StorageUnavailable",
    "StoredChecklist",
    "StoredEvidence",
]
