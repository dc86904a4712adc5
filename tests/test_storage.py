"""The bot's SQLite store: checklists, marks, postings, languages, /forget, expiry."""

from __future__ import annotations

import threading

import pytest

from bot.models import Article, Checklist, ChecklistItem, Claim
from bot.storage import (
    EVIDENCE_PER_ITEM,
    EVIDENCE_PER_MEMBER,
    NOTE_CHARS,
    EvidenceRefused,
    Storage,
)


def _checklist(title: str = "Floods in the north", items: int = 3) -> Checklist:
    article = Article(text="The ministry said 40 homes were flooded. " * 5, title=title)
    return Checklist(
        article=article,
        items=[
            ChecklistItem(rank=i + 1, priority=1.0, claim=Claim(quote=f"Claim {i + 1}"))
            for i in range(items)
        ],
    )


def test_checklists_and_marks_survive_reopening(tmp_path):
    path = tmp_path / "db" / "sift.sqlite3"
    store = Storage(path)
    cid = store.save_checklist(_checklist(), owner_id=1, chat_id=1, lang="en")
    assert store.set_mark(cid, 1, user_id=1, user_name="Anna", mark="confirmed")
    store.add_posts(cid, -5, [10, 11])
    store.set_language(1, "fr")
    store.close()

    again = Storage(path)
    stored = again.get_checklist(cid)
    assert stored is not None and stored.checklist.items[0].claim.quote == "Claim 1"
    assert [(m.user_name, m.mark) for m in again.marks(cid)[1]] == [("Anna", "confirmed")]
    assert again.find_post(-5, 11).part == 1
    assert again.posting_messages(-5, 10) == {0: 10, 1: 11}
    assert again.get_language(1) == "fr"
    assert again.set_mark(cid, 1, user_id=2, user_name="Boris", mark="false")
    assert len(again.marks(cid)[1]) == 2


def test_same_mark_twice_is_no_change_and_a_new_mark_replaces(tmp_path):
    store = Storage(tmp_path / "s.db")
    cid = store.save_checklist(_checklist(), owner_id=1, chat_id=1, lang="en")
    assert store.set_mark(cid, 2, user_id=7, user_name="Chen", mark="unclear")
    assert not store.set_mark(cid, 2, user_id=7, user_name="Chen", mark="unclear")
    assert store.set_mark(cid, 2, user_id=7, user_name="Chen", mark="false")
    assert [m.mark for m in store.marks(cid)[2]] == ["false"]


def test_concurrent_taps_lose_nothing(tmp_path):
    store = Storage(tmp_path / "s.db")
    cid = store.save_checklist(_checklist(items=5), owner_id=1, chat_id=1, lang="en")

    def tap(user_id: int) -> None:
        for item in range(1, 6):
            store.set_mark(cid, item, user_id=user_id, user_name=f"u{user_id}", mark="confirmed")

    threads = [threading.Thread(target=tap, args=(uid,)) for uid in range(40)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    marks = store.marks(cid)
    assert sorted(marks) == [1, 2, 3, 4, 5]
    assert all(len(marks[item]) == 40 for item in marks)


def test_recent_checklists_newest_first_and_by_title(tmp_path):
    store = Storage(tmp_path / "s.db")
    ids = [
        store.save_checklist(_checklist(title), owner_id=9, chat_id=9, lang="en")
        for title in ("Floods in the north", "Rail strike", "Budget vote")
    ]
    store.save_checklist(_checklist("Someone else's"), owner_id=8, chat_id=8, lang="en")
    assert [s.id for s in store.recent_checklists(9)] == ids[::-1]
    assert [s.title for s in store.recent_checklists(9, query="rail")] == ["Rail strike"]
    assert [s.id for s in store.recent_checklists(9, query=ids[0])] == [ids[0]]


def test_forget_deletes_the_users_checklists_marks_and_settings(tmp_path):
    store = Storage(tmp_path / "s.db")
    mine = store.save_checklist(_checklist(), owner_id=1, chat_id=1, lang="en")
    theirs = store.save_checklist(_checklist(), owner_id=2, chat_id=-3, lang="en")
    store.set_mark(mine, 1, user_id=2, user_name="Boris", mark="false")
    store.set_mark(theirs, 1, user_id=1, user_name="Anna", mark="confirmed")
    store.set_mark(theirs, 2, user_id=2, user_name="Boris", mark="confirmed")
    store.set_language(1, "de")
    assert store.forget_user(1) == (1, 1)
    assert store.get_checklist(mine) is None
    assert store.get_language(1) is None
    assert [m.user_name for ms in store.marks(theirs).values() for m in ms] == ["Boris"]


def test_expired_checklists_are_purged(tmp_path):
    store = Storage(tmp_path / "s.db", retention_days=1)
    cid = store.save_checklist(_checklist(), owner_id=1, chat_id=1, lang="en")
    store.set_mark(cid, 1, user_id=1, user_name="Anna", mark="confirmed")
    import time

    assert store.purge_expired(now=time.time() + 2 * 86_400) == 1
    assert store.get_checklist(cid) is None and store.marks(cid) == {}


def test_evidence_is_kept_with_who_and_when_limited_and_forgotten(tmp_path):
    store = Storage(tmp_path / "sift.sqlite3")
    cid = store.save_checklist(_checklist(), owner_id=1, chat_id=-5, lang="en")
    store.add_evidence(cid, 2, user_id=7, user_name="Boris", url="https://x.org/a", note="38 bn")
    store.add_evidence(cid, 2, user_id=8, user_name="Chen", url=None, note="see the budget")
    (first, second) = store.evidence(cid)[2]
    assert (first.user_name, first.url, first.note) == ("Boris", "https://x.org/a", "38 bn")
    assert second.url is None and first.added <= second.added
    with pytest.raises(EvidenceRefused) as refused:
        store.add_evidence(cid, 1, user_id=7, user_name="B", url=None, note="n" * (NOTE_CHARS + 1))
    assert refused.value.reason == "note_too_long"
    for i in range(EVIDENCE_PER_ITEM - 2):
        store.add_evidence(cid, 2, user_id=100 + i, user_name="M", url=None, note="more")
    with pytest.raises(EvidenceRefused, match="item_full"):
        store.add_evidence(cid, 2, user_id=9, user_name="D", url=None, note="one too many")
    for i in range(EVIDENCE_PER_MEMBER - 1):
        store.add_evidence(cid, 3 + i, user_id=7, user_name="Boris", url=None, note=f"n{i}")
    with pytest.raises(EvidenceRefused, match="member_full"):
        store.add_evidence(cid, 1, user_id=7, user_name="Boris", url=None, note="again")
    with pytest.raises(KeyError):
        store.add_evidence("gone", 1, user_id=7, user_name="B", url=None, note="x")

    assert store.forget_evidence(7) == {cid: EVIDENCE_PER_MEMBER}
    assert all(e.user_id != 7 for entries in store.evidence(cid).values() for e in entries)
    # Deleting the checklist deletes its evidence.
    store.forget_user(1)
    assert store.evidence(cid) == {}
