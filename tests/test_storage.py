"""The store, on SQLite and on PostgreSQL alike: checklists, marks, postings, languages,
/forget, expiry, migrations, and what replicas share (limits, paste pieces, updates)."""

from __future__ import annotations

import asyncio
import time

import pytest

from bot.models import Article, Checklist, ChecklistItem, Claim
from bot.storage import (
    EVIDENCE_PER_ITEM,
    EVIDENCE_PER_MEMBER,
    NOTE_CHARS,
    DatabaseSettingError,
    EvidenceRefused,
    Storage,
    StorageUnavailable,
)
from bot.storage.migrations import MIGRATIONS


def _checklist(title: str = "Floods in the north", items: int = 3) -> Checklist:
    article = Article(text="The ministry said 40 homes were flooded. " * 5, title=title)
    return Checklist(
        article=article,
        items=[
            ChecklistItem(rank=i + 1, priority=1.0, claim=Claim(quote=f"Claim {i + 1}"))
            for i in range(items)
        ],
    )


async def test_checklists_and_marks_survive_reopening(db_setting):
    async with Storage(db_setting) as store:
        cid = await store.save_checklist(_checklist(), owner_id=1, chat_id=1, lang="en")
        assert await store.set_mark(cid, 1, user_id=1, user_name="Anna", mark="confirmed")
        await store.add_posts(cid, -1_001_234_567_890, [10, 11])
        await store.set_language(1, "fr")

    async with Storage(db_setting) as again:
        stored = await again.get_checklist(cid)
        assert stored is not None and stored.checklist.items[0].claim.quote == "Claim 1"
        marks = await again.marks(cid)
        assert [(m.user_name, m.mark) for m in marks[1]] == [("Anna", "confirmed")]
        post = await again.find_post(-1_001_234_567_890, 11)
        assert post is not None and post.part == 1
        assert await again.posting_messages(-1_001_234_567_890, 10) == {0: 10, 1: 11}
        assert await again.get_language(1) == "fr"
        assert await again.set_mark(cid, 1, user_id=2, user_name="Boris", mark="false")
        assert len((await again.marks(cid))[1]) == 2


async def test_migrations_are_recorded_and_applied_once(db_setting):
    async with Storage(db_setting) as store:
        rows = await store._fetchall("SELECT version FROM schema_migrations ORDER BY version")
    assert [r[0] for r in rows] == [version for version, _, _ in MIGRATIONS]
    async with Storage(db_setting) as again:  # nothing left to apply, nothing fails
        assert await again.get_language(5) is None


async def test_same_mark_twice_is_no_change_and_a_new_mark_replaces(db_setting):
    async with Storage(db_setting) as store:
        cid = await store.save_checklist(_checklist(), owner_id=1, chat_id=1, lang="en")
        assert await store.set_mark(cid, 2, user_id=7, user_name="Chen", mark="unclear")
        assert not await store.set_mark(cid, 2, user_id=7, user_name="Chen", mark="unclear")
        assert await store.set_mark(cid, 2, user_id=7, user_name="Chen", mark="false")
        assert [m.mark for m in (await store.marks(cid))[2]] == ["false"]
        with pytest.raises(KeyError):
            await store.set_mark("gone", 1, user_id=7, user_name="Chen", mark="false")


async def test_concurrent_taps_from_two_connections_lose_nothing(db_setting):
    async with Storage(db_setting) as one, Storage(db_setting) as two:
        cid = await one.save_checklist(_checklist(items=5), owner_id=1, chat_id=1, lang="en")

        async def tap(store: Storage, user_id: int) -> None:
            for item in range(1, 6):
                await store.set_mark(
                    cid, item, user_id=user_id, user_name=f"u{user_id}", mark="confirmed"
                )

        await asyncio.gather(*(tap(one if uid % 2 else two, uid) for uid in range(30)))
        marks = await two.marks(cid)
    assert sorted(marks) == [1, 2, 3, 4, 5]
    assert all(len(marks[item]) == 30 for item in marks)


async def test_recent_checklists_newest_first_and_by_title(db_setting):
    async with Storage(db_setting) as store:
        ids = [
            await store.save_checklist(_checklist(title), owner_id=9, chat_id=9, lang="en")
            for title in ("Floods in the north", "Rail strike", "Budget vote: 100% done")
        ]
        await store.save_checklist(_checklist("Someone else's"), owner_id=8, chat_id=8, lang="en")
        assert [s.id for s in await store.recent_checklists(9)] == ids[::-1]
        assert [s.title for s in await store.recent_checklists(9, query="RAIL")] == ["Rail strike"]
        assert [s.id for s in await store.recent_checklists(9, query=ids[0])] == [ids[0]]
        assert [s.id for s in await store.recent_checklists(9, query="100%")] == [ids[2]]
        assert await store.recent_checklists(9, query="_") == []


async def test_forget_deletes_the_users_checklists_marks_settings_and_usage(db_setting):
    async with Storage(db_setting) as store:
        mine = await store.save_checklist(_checklist(), owner_id=1, chat_id=1, lang="en")
        theirs = await store.save_checklist(_checklist(), owner_id=2, chat_id=-3, lang="en")
        await store.set_mark(mine, 1, user_id=2, user_name="Boris", mark="false")
        await store.set_mark(theirs, 1, user_id=1, user_name="Anna", mark="confirmed")
        await store.set_mark(theirs, 2, user_id=2, user_name="Boris", mark="confirmed")
        await store.set_language(1, "de")
        await store.charge(1, per_hour=1)
        assert await store.forget_user(1) == (1, 1)
        assert await store.get_checklist(mine) is None
        assert await store.get_language(1) is None
        marks = await store.marks(theirs)
        assert [m.user_name for ms in marks.values() for m in ms] == ["Boris"]
        assert await store.charge(1, per_hour=1) == 0  # the hour's count went too


async def test_expired_checklists_are_purged(db_setting):
    async with Storage(db_setting, retention_days=1) as store:
        cid = await store.save_checklist(_checklist(), owner_id=1, chat_id=1, lang="en")
        await store.set_mark(cid, 1, user_id=1, user_name="Anna", mark="confirmed")
        assert await store.purge_expired(now=time.time() + 2 * 86_400) == 1
        assert await store.get_checklist(cid) is None and await store.marks(cid) == {}


async def test_evidence_is_kept_with_who_and_when_limited_and_forgotten(db_setting):
    async with Storage(db_setting) as store:
        cid = await store.save_checklist(_checklist(), owner_id=1, chat_id=-5, lang="en")
        add = store.add_evidence
        await add(cid, 2, user_id=7, user_name="Boris", url="https://x.org/a", note="38 bn")
        await add(cid, 2, user_id=8, user_name="Chen", url=None, note="see the budget")
        (first, second) = (await store.evidence(cid))[2]
        assert (first.user_name, first.url, first.note) == ("Boris", "https://x.org/a", "38 bn")
        assert second.url is None and first.added <= second.added and first.id != second.id
        with pytest.raises(EvidenceRefused) as refused:
            await add(cid, 1, user_id=7, user_name="B", url=None, note="n" * (NOTE_CHARS + 1))
        assert refused.value.reason == "note_too_long"
        for i in range(EVIDENCE_PER_ITEM - 2):
            await add(cid, 2, user_id=100 + i, user_name="M", url=None, note="more")
        with pytest.raises(EvidenceRefused, match="item_full"):
            await add(cid, 2, user_id=9, user_name="D", url=None, note="one too many")
        for i in range(EVIDENCE_PER_MEMBER - 1):
            await add(cid, 3 + i, user_id=7, user_name="Boris", url=None, note=f"n{i}")
        with pytest.raises(EvidenceRefused, match="member_full"):
            await add(cid, 1, user_id=7, user_name="Boris", url=None, note="again")
        with pytest.raises(KeyError):
            await add("gone", 1, user_id=7, user_name="B", url=None, note="x")

        assert await store.forget_evidence(7) == {cid: EVIDENCE_PER_MEMBER}
        remaining = (await store.evidence(cid)).values()
        assert all(e.user_id != 7 for entries in remaining for e in entries)
        # Deleting the checklist deletes its evidence.
        await store.forget_user(1)
        assert await store.evidence(cid) == {}


async def test_members_adding_evidence_at_once_cannot_pass_the_item_limit(db_setting):
    async with Storage(db_setting) as one, Storage(db_setting) as two:
        cid = await one.save_checklist(_checklist(), owner_id=1, chat_id=-5, lang="en")

        async def add(store: Storage, user_id: int) -> bool:
            try:
                await store.add_evidence(
                    cid, 1, user_id=user_id, user_name="M", url=None, note="a source"
                )
            except EvidenceRefused:
                return False
            return True

        added = await asyncio.gather(*(add((one, two)[i % 2], i) for i in range(20)))
        assert sum(added) == EVIDENCE_PER_ITEM


async def test_hourly_limit_is_counted_across_connections(db_setting):
    async with Storage(db_setting) as one, Storage(db_setting) as two:
        assert await one.charge(5, per_hour=2, now=1000) == 0
        assert await two.charge(5, per_hour=2, now=1001) == 0
        assert await one.charge(5, per_hour=2, now=1002) == pytest.approx(3598)
        assert await two.charge(6, per_hour=2, now=1002) == 0
        assert await two.charge(5, per_hour=2, now=4601) == 0
        # Many at once from both: exactly the limit gets through.
        waits = await asyncio.gather(*(s.charge(7, per_hour=5, now=2000) for s in (one, two) * 10))
        assert sum(w == 0 for w in waits) == 5


async def test_paste_pieces_are_taken_once_in_message_order(db_setting):
    async with Storage(db_setting) as one, Storage(db_setting) as two:
        await two.add_piece(3, 3, 102, "second", {"lang": "en"})
        await one.add_piece(3, 3, 101, "first", {"lang": "fr"})
        await one.add_piece(3, 3, 101, "first", {"lang": "fr"})  # delivered twice
        assert await one.paste_state(3, 3) == (2, 0)
        quiet = time.time() - 60
        assert await one.take_pieces(3, 3, lease_seconds=30, quiet_since=quiet) == []
        assert [key for key in await two.quiet_pastes(time.time() + 1)] == [(3, 3)]
        taken = await asyncio.gather(
            one.take_pieces(3, 3, lease_seconds=30), two.take_pieces(3, 3, lease_seconds=30)
        )
        winners = [t for t in taken if t]
        assert len(winners) == 1
        assert [(p.text, p.context) for p in winners[0]] == [
            ("first", {"lang": "fr"}),
            ("second", {"lang": "en"}),
        ]
        assert await one.paste_state(3, 3) == (0, 0)  # a new paste starts afresh
        await one.drop_pieces(3, 3)
        await two.drop_pieces(3, 3)
        assert await one.quiet_pastes(time.time() + 60) == []


async def test_pieces_whose_taker_died_are_taken_again_after_its_lease(db_setting):
    async with Storage(db_setting) as dead, Storage(db_setting) as survivor:
        await dead.add_piece(4, 4, 7, "a long piece", {})
        assert len(await dead.take_pieces(4, 4, lease_seconds=0.2)) == 1
        assert await survivor.take_pieces(4, 4, lease_seconds=30, reclaim=True) == []
        await asyncio.sleep(0.3)
        assert await survivor.quiet_pastes(time.time() - 60) == [(4, 4)]
        again = await survivor.take_pieces(4, 4, lease_seconds=30, reclaim=True)
        assert [p.text for p in again] == ["a long piece"]
        await survivor.drop_pieces(4, 4)
        assert await survivor.quiet_pastes(time.time() + 60) == []


async def test_an_update_is_accepted_once_and_a_dead_owners_lease_is_taken_over(db_setting):
    async with Storage(db_setting) as one, Storage(db_setting) as two:
        payload = {"update_id": 41, "message": {"text": "hello"}}
        assert await one.accept_update(
            41, payload, owner="a", lease_seconds=0.2, chat_id=9, user_id=9
        )
        assert not await two.accept_update(41, payload, owner="b", lease_seconds=30)
        assert await two.paste_state(9, 9, before_update=42) == (0, 1)
        assert await two.claim_expired_updates("b", 30) == []  # "a" holds the lease
        await asyncio.sleep(0.3)  # "a" died: its lease runs out
        claimed = await asyncio.gather(
            one.claim_expired_updates("c", 30), two.claim_expired_updates("b", 30)
        )
        assert sorted(len(c) for c in claimed) == [0, 1]
        (update,) = [c for c in claimed if c][0]
        assert update.update_id == 41 and update.payload == payload
        await two.finish_update(41)
        assert await one.open_updates() == 0
        assert not await one.accept_update(41, payload, owner="a", lease_seconds=30)


async def test_an_update_that_keeps_killing_replicas_is_given_up(db_setting):
    async with Storage(db_setting) as store:
        await store.accept_update(7, {"update_id": 7}, owner="a", lease_seconds=0)
        for replica in ("b", "c", "d"):  # each takes it over, and dies on it
            await asyncio.sleep(0.01)
            assert len(await store.claim_expired_updates(replica, 0)) == 1
        await asyncio.sleep(0.01)
        assert await store.claim_expired_updates("e", 30) == []
        assert await store.open_updates() == 0


async def test_replicas_agree_on_a_shared_setting(db_setting):
    async with Storage(db_setting) as one, Storage(db_setting) as two:
        first = await one.shared_setting("webhook_secret", "alpha")
        assert await two.shared_setting("webhook_secret", "beta") == first == "alpha"


def test_a_malformed_or_unknown_database_setting_is_refused_in_one_line():
    for setting in ("postgresql://127.0.0.1:notaport/test", "mysql://db/sift", "  "):
        with pytest.raises(DatabaseSettingError) as info:
            Storage(setting)
        assert "\n" not in str(info.value) and "SIFT_DB" in str(info.value)


async def test_an_unreachable_postgresql_is_one_line_without_the_password():
    store = Storage("postgresql://sift:hunter2@127.0.0.1:9/sift")
    with pytest.raises(StorageUnavailable) as info:
        await store.open()
    message = str(info.value)
    assert "127.0.0.1:9" in message and "hunter2" not in message and "\n" not in message
