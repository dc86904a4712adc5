"""Telegram HTML rendering of checklists: escaping, tags, limits, splitting, marks."""

from __future__ import annotations

import re

import pytest

from bot.checklist.html import (
    MAX_ITEMS,
    MESSAGE_LIMIT,
    marks_line,
    plan_parts,
    render_messages,
    render_part,
)
from bot.models import (
    Advice,
    Article,
    Checklist,
    ChecklistItem,
    Claim,
    Source,
    SourceRole,
    SourceType,
)
from tests.fakes.telegram_html import assert_valid

HOSTILE = '<script>alert("x")</script> & <b>bold</b> <a href="javascript:x">'


def _item(rank: int, quote: str, *, sources: list[Source] | None = None) -> ChecklistItem:
    return ChecklistItem(
        rank=rank,
        priority=10.0 - rank,
        claim=Claim(quote=quote, sources=sources or [], hedged=True, hedges=["reportedly"]),
        reasons=[Advice(code="figure", params={"text": "1,240 & <more>"})],
        checks=[Advice(code="trace_agency", params={"name": "AFP <Paris>"})],
        search_links={"news": "https://news.example.org/search?q=a&b=<c>"},
    )


def _checklist(n: int = 6, quote_len: int = 200, **article: object) -> Checklist:
    reuters = Source(name="Reuters", role=SourceRole.AGENCY, type=SourceType.WIRE_AGENCY)
    items = [
        _item(
            i + 1,
            f"Claim {i + 1}: " + ("the ministry said 40 homes & " * 40)[:quote_len],
            sources=[reuters],
        )
        for i in range(n)
    ]
    fields = {"text": "Body text. " * 20, "title": "Floods", "language": "en"} | article
    return Checklist(article=Article(**fields), items=items)


def test_header_items_sources_and_progress():
    checklist = _checklist(
        3,
        url="https://example.org/a?x=1&y=2",
        outlet=Source(name="The Daily <Example>", role=SourceRole.OUTLET),
    )
    messages = render_messages(checklist, "en", {1: [("Anna", "confirmed")]})
    assert len(messages) == 1
    text = messages[0]
    assert_valid(text)
    assert "<b>Floods</b>" in text
    assert "language: English · 3 claims to check" in text
    assert '<a href="https://example.org/a?x=1&amp;y=2">source page</a>' in text
    assert "published by The Daily &lt;Example&gt;" in text
    assert "<b>1.</b> Claim 1" in text and "<b>3.</b>" in text
    assert "<b>Reuters</b> (news agency)" in text
    assert "Why check:" in text and "Check first:" in text
    assert "<b>1/3 checked</b>" in text
    assert "✅ Anna" in text


def test_everything_from_the_article_is_escaped():
    hostile_source = Source(name=HOSTILE, type=SourceType.PERSON)
    checklist = Checklist(
        article=Article(text="x " * 30, title=HOSTILE, language="en", url="javascript:alert(1)"),
        items=[_item(1, HOSTILE, sources=[hostile_source])],
    )
    for lang in ("en", "fr", "ru"):
        for text in render_messages(checklist, lang, {1: [(HOSTILE, "false")]}):
            assert_valid(text)
            assert "<script>" not in text
            assert not re.search(r'<a href="(?!https?://)', text)


@pytest.mark.parametrize("lang", ["en", "de", "uk"])
def test_long_checklists_split_on_item_boundaries_under_the_limit(lang):
    checklist = _checklist(MAX_ITEMS + 5, quote_len=420)
    heavy = {
        n: [(f"Member number {u} with a long name", "confirmed") for u in range(30)]
        for n in range(1, MAX_ITEMS + 1)
    }
    plain = render_messages(checklist, lang)
    marked = render_messages(checklist, lang, heavy)
    assert len(plain) == len(marked) > 1
    numbers = []
    for part in plan_parts(checklist, lang):
        assert part, "no empty part"
        numbers += part
    assert numbers == list(range(1, MAX_ITEMS + 1))
    for text in plain + marked:
        assert_valid(text)
        assert 0 < len(text) <= MESSAGE_LIMIT
    assert "5" in marked[-1] and "/export" in marked[-1]  # "5 more claims"


def test_one_huge_item_is_shortened_not_dropped():
    checklist = _checklist(1, quote_len=10_000)
    checklist.items[0].claim.quote = "&" * 10_000
    (text,) = render_messages(checklist, "en")
    assert_valid(text)
    assert "<b>1.</b>" in text and len(text) <= MESSAGE_LIMIT


def test_compact_layout_is_one_message():
    checklist = _checklist(MAX_ITEMS, quote_len=420)
    (text,) = render_messages(checklist, "en", compact=True)
    assert_valid(text)
    assert "Why check" not in text and "<b>1.</b>" in text


def test_marks_line_falls_back_to_counts():
    assert marks_line([("Anna", "confirmed"), ("Boris", "false")]) == "✅ Anna · ❌ Boris"
    crowd = [("N" * 24 + str(i), "unclear") for i in range(50)]
    assert "+47" in marks_line(crowd)
    many = [("N" * 30, mark) for mark in ("confirmed", "false", "unclear") for _ in range(9)]
    assert marks_line(many) == "✅ 9 · ❌ 9 · ❓ 9"


def test_render_part_re_renders_the_same_items():
    checklist = _checklist(MAX_ITEMS, quote_len=420)
    plan = plan_parts(checklist, "en")
    second = render_part(checklist, "en", plan[1], part=1, last=len(plan) == 2)
    assert f"<b>{plan[1][0]}.</b>" in second and "(continued)" in second
