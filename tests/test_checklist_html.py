"""Telegram HTML rendering of checklists: escaping, tags, limits, pages, item views, marks
and evidence."""

from __future__ import annotations

import re

import pytest

from bot.checklist.html import (
    MAX_ITEMS,
    MESSAGE_LIMIT,
    PAGE_ITEMS,
    Evidence,
    marks_line,
    page_of,
    plan_pages,
    render_item,
    render_page,
    render_pages,
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
    pages = render_pages(checklist, "en", {1: [("Anna", "confirmed")]})
    assert len(pages) == 1
    text = pages[0]
    assert_valid(text)
    assert "<b>Floods</b>" in text
    assert "language: English · 3 claims to check" in text
    assert '<a href="https://example.org/a?x=1&amp;y=2">source page</a>' in text
    assert "published by The Daily &lt;Example&gt;" in text
    assert "<b>1.</b> Claim 1" in text and "<b>3.</b>" in text
    assert "<b>Reuters</b> (news agency)" in text
    assert "hedged: reportedly" in text
    assert "Why check:" not in text  # that is the item view's
    assert "<b>1/3 checked</b>" in text
    assert "    ✅ Anna" in text


def test_claims_are_cut_at_a_word_boundary_in_a_page():
    checklist = _checklist(1, quote_len=420)
    text = render_page(checklist, "en", [1])
    line = next(line for line in text.splitlines() if line.startswith("<b>1.</b>"))
    assert line.endswith("…") and len(line) < 200
    assert not line.removesuffix("…").endswith(("&amp", "th"))


def test_everything_from_the_article_and_members_is_escaped():
    hostile_source = Source(name=HOSTILE, type=SourceType.PERSON)
    checklist = Checklist(
        article=Article(text="x " * 30, title=HOSTILE, language="en", url="javascript:alert(1)"),
        items=[_item(1, HOSTILE, sources=[hostile_source])],
    )
    evidence = {1: [Evidence(HOSTILE, "javascript:alert(1)", HOSTILE, 0.0)]}
    for lang in ("en", "fr", "ru"):
        texts = render_pages(checklist, lang, {1: [(HOSTILE, "false")]}, evidence)
        texts.append(
            render_item(checklist, lang, 1, marks={1: [(HOSTILE, "false")]}, evidence=evidence)
        )
        for text in texts:
            assert_valid(text)
            assert "<script>" not in text
            assert not re.search(r'<a href="(?!https?://)', text)


@pytest.mark.parametrize("lang", ["en", "de", "uk"])
def test_pages_hold_every_item_once_under_the_limit_with_any_marks(lang):
    checklist = _checklist(MAX_ITEMS + 5, quote_len=420)
    heavy = {
        n: [(f"Member number {u} with a long name", "confirmed") for u in range(30)]
        for n in range(1, MAX_ITEMS + 1)
    }
    evidence = {n: [Evidence("Anna", None, "note", 0.0)] * 8 for n in range(1, MAX_ITEMS + 1)}
    plan = plan_pages(checklist, lang)
    numbers = [n for page in plan for n in page]
    assert numbers == list(range(1, MAX_ITEMS + 1))
    assert all(0 < len(page) <= PAGE_ITEMS for page in plan)
    plain = render_pages(checklist, lang)
    marked = render_pages(checklist, lang, heavy, evidence)
    assert len(plain) == len(marked) == len(plan)
    for text in plain + marked:
        assert_valid(text)
        assert 0 < len(text) <= MESSAGE_LIMIT
    assert "5" in marked[-1] and "/export" in marked[-1]  # "5 more claims"
    assert page_of(checklist, lang, plan[2][0]) == 2


def test_item_view_has_everything_and_fits_with_crowds_of_marks_and_evidence():
    checklist = _checklist(2, quote_len=420)
    checklist.items[1].claim.quote = "&" * 10_000
    marks = {2: [(f"Member {u} " + "n" * 20, "unclear") for u in range(200)]}
    evidence = {
        2: [
            Evidence(f"Member {u}", f"https://www.site{u}.example.org/a?b=<c>", "n & " * 100, 0.0)
            for u in range(20)
        ]
    }
    text = render_item(checklist, "en", 2, marks=marks, evidence=evidence)
    assert_valid(text)
    assert len(text) <= MESSAGE_LIMIT
    assert "<b>2.</b>" in text and "Why check:" in text and "Check first:" in text
    assert "❓ Member 0" in text and "+" in text
    assert '">site0.example.org</a>' in text
    simple = render_item(checklist, "en", 1, evidence={1: [Evidence("Anna", None, "a note", 0.0)]})
    assert "No marks yet." in simple and "• a note — <i>Anna, 1970-01-01</i>" in simple


def test_marks_line_falls_back_to_counts():
    assert marks_line([("Anna", "confirmed"), ("Boris", "false")]) == "✅ Anna · ❌ Boris"
    crowd = [("N" * 24 + str(i), "unclear") for i in range(50)]
    assert "+47" in marks_line(crowd)
    many = [("N" * 30, mark) for mark in ("confirmed", "false", "unclear") for _ in range(9)]
    assert marks_line(many) == "✅ 9 · ❌ 9 · ❓ 9"
