"""Render a checklist as Telegram HTML: one page of it per message, or one item in full.

A checklist in a chat is one message under Telegram's 4,096 characters: a header (title,
outlet, language, progress, evidence count), then the items of the page shown in a form
made for scanning (number, the claim cut at a word boundary, its sources and their type,
the hedge, and under it who marked what and how much evidence there is). The items are
split into pages once (`plan_pages`), leaving room under each item for its marks line at
its longest, so that re-rendering a page after any number of taps keeps the same items
and never outgrows the limit. The full item (why to check it, what to check first, search
links, every mark with names, its evidence) is `render_item`.

Everything that comes from the article or from members (title, quotes, source names,
advice parameters, names, evidence notes and links) is escaped here.

Marks are passed in as `{item number: [(name, mark), ...]}` and evidence as
`{item number: [Evidence, ...]}`; the item number is the one shown ("1." is item 1),
which is also what the buttons carry.
"""

from __future__ import annotations

import html
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from urllib.parse import urlsplit

from bot.checklist.render import describe, heading, label, phrase, source_type_label
from bot.models import Checklist, ChecklistItem, SourceType

MESSAGE_LIMIT = 4096
MAX_ITEMS = 30  # items members can mark, the highest ranked first; /export has them all
PAGE_ITEMS = 5  # a row of buttons per item: a page stays one screen on a phone
MARK_EMOJI: dict[str, str] = {"confirmed": "✅", "false": "❌", "unclear": "❓"}
EVIDENCE_EMOJI = "📎"

# Bounds that let a page be planned once and re-rendered with any marks and evidence.
_MARKS_LINE_MAX = 160  # a longer marks line is shown as counts only
_MARKS_RESERVE = _MARKS_LINE_MAX + 16  # the line, its newline and the evidence count
_HEADER_MAX = 700
_FOOTER_MAX = 300
_CLAIM_CHARS = 170  # the claim in a page: one or two lines on a phone
_SOURCE_CHARS = 40
_PAGE_SOURCES = 2
_NAMES_PER_MARK = 3
_NAME_CHARS = 24
_MAX_SOURCES = 4
_MAX_REASONS = 3
_MAX_CHECKS = 3
_MAX_LINKS = 3

ItemMarks = Mapping[int, Sequence[tuple[str, str]]]


@dataclass(frozen=True)
class Evidence:
    """A piece of evidence as the renderer shows it: who, a link and/or a note, when."""

    name: str
    url: str | None
    note: str
    added: float


ItemEvidence = Mapping[int, Sequence[Evidence]]


@dataclass(frozen=True)
class Caps:
    """How much of the long strings to show in the item view; halved until it fits."""

    quote: int
    advice: int
    note: int
    names: int

    def halved(self) -> Caps:
        return Caps(
            quote=max(60, self.quote // 2),
            advice=max(40, self.advice // 2),
            note=max(40, self.note // 2),
            names=max(3, self.names // 2),
        )


_FULL = Caps(quote=1200, advice=300, note=300, names=30)


def esc(text: object) -> str:
    """Escape text for Telegram HTML (text nodes)."""
    return html.escape(str(text), quote=False)


def _cut(text: str, limit: int) -> str:
    """Shorten raw text to `limit` characters on a word boundary, with an ellipsis."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    space = cut.rfind(" ")
    if space > limit // 2:
        cut = cut[:space]
    return cut.rstrip(" ,;:") + "…"


def _safe_url(url: str | None) -> str | None:
    if not url or not url.lower().startswith(("http://", "https://")) or len(url) > 1000:
        return None
    return html.escape(url, quote=True)


def link_domain(url: str) -> str:
    """The host a link points to, without 'www.', as shown beside a piece of evidence."""
    host = (urlsplit(url).hostname or "").lower()
    return host.removeprefix("www.") or url


def shown_items(checklist: Checklist) -> list[ChecklistItem]:
    """The items the bot shows and lets members mark (the highest ranked first)."""
    return list(checklist.items[:MAX_ITEMS])


def progress(checklist: Checklist, marks: ItemMarks | None) -> tuple[int, int]:
    """(items with at least one mark, items shown)."""
    total = len(shown_items(checklist))
    checked = sum(1 for n in range(1, total + 1) if marks and marks.get(n))
    return checked, total


def evidence_total(evidence: ItemEvidence | None) -> int:
    return sum(len(v) for v in (evidence or {}).values())


# ---- pieces -------------------------------------------------------------------------------
def _header(
    checklist: Checklist,
    lang: str,
    marks: ItemMarks | None,
    evidence: ItemEvidence | None,
    *,
    worst: bool,
) -> str:
    article = checklist.article
    checked, total = progress(checklist, marks)
    pieces = evidence_total(evidence)
    if worst:  # planning: the progress line at its longest
        checked, pieces = total, 9999
    title_cap = 200
    while True:
        title = article.title or _cut(article.text, 90)
        lines = [f"<b>{esc(_cut(title, title_cap))}</b>"]
        language = phrase(lang, f"languages.{article.language}")
        if language.startswith("languages."):
            language = article.language
        facts = [
            phrase(lang, "html.language", language=esc(language)),
            phrase(lang, "html.header_claims", count=len(checklist.items)),
        ]
        url = _safe_url(article.url)
        if url:
            facts.append(f'<a href="{url}">{esc(phrase(lang, "html.source_page"))}</a>')
        if article.outlet is not None and article.outlet.name:
            facts.append(phrase(lang, "html.outlet", outlet=esc(_cut(article.outlet.name, 80))))
        lines.append(" · ".join(facts))
        status = f"<b>{phrase(lang, 'html.progress', checked=checked, total=total)}</b>"
        if pieces:
            status += " · " + esc(phrase(lang, "html.evidence_count", count=pieces))
        lines.append(status)
        text = "\n".join(lines)
        if len(text) <= _HEADER_MAX or title_cap <= 20:
            return text
        title_cap //= 2


def _sources(item: ChecklistItem, lang: str, *, limit: int, chars: int) -> str:
    sources = item.claim.sources[:limit]
    if not sources:
        key = "html.unidentified_speaker" if item.claim.attributed else "html.no_source"
        return f"<i>{esc(phrase(lang, key))}</i>"
    shown = []
    for source in sources:
        name = f"<b>{esc(_cut(source.name, chars))}</b>"
        if source.type is not SourceType.UNKNOWN:
            name += f" ({esc(source_type_label(source.type, lang))})"
        shown.append(name)
    more = len(item.claim.sources) - len(sources)
    return ", ".join(shown) + (f" +{more}" if more > 0 else "")


def _hedge(item: ChecklistItem, lang: str) -> str | None:
    claim = item.claim
    if not (claim.hedged and claim.hedges):
        return None
    hedges = ", ".join(_cut(h, 30) for h in claim.hedges[:3])
    return f"⚠️ <i>{esc(phrase(lang, 'html.hedged', hedges=hedges))}</i>"


def _scannable(item: ChecklistItem, number: int, lang: str) -> str:
    """An item in a page: number and claim, then its sources and hedge on one line."""
    claim = item.claim
    lines = [f"<b>{number}.</b> {esc(_cut(claim.quote or claim.summary, _CLAIM_CHARS))}"]
    about = [_sources(item, lang, limit=_PAGE_SOURCES, chars=_SOURCE_CHARS)]
    hedge = _hedge(item, lang)
    if hedge:
        about.append(hedge)
    lines.append("    " + " · ".join(about))
    return "\n".join(lines)


def marks_line(marks: Sequence[tuple[str, str]]) -> str:
    """'✅ Anna, Boris · ❌ Chen', or counts only when that would be too long."""
    by_mark: dict[str, list[str]] = {}
    for name, mark in marks:
        by_mark.setdefault(mark, []).append(name)
    parts, counts = [], []
    for mark, emoji in MARK_EMOJI.items():
        names = by_mark.get(mark)
        if not names:
            continue
        shown = ", ".join(esc(_cut(n, _NAME_CHARS)) for n in names[:_NAMES_PER_MARK])
        extra = len(names) - _NAMES_PER_MARK
        parts.append(f"{emoji} {shown}" + (f" +{extra}" if extra > 0 else ""))
        counts.append(f"{emoji} {len(names)}")
    line = " · ".join(parts)
    return line if len(line) <= _MARKS_LINE_MAX else " · ".join(counts)


def _status_line(marks: Sequence[tuple[str, str]], evidence_count: int) -> str:
    """What members did on an item: the marks line and the evidence count."""
    parts = [marks_line(marks)] if marks else []
    if evidence_count:
        parts.append(f"{EVIDENCE_EMOJI} {evidence_count}")
    return "    " + " · ".join(parts) if parts else ""


def _footer(checklist: Checklist, lang: str) -> str:
    lines = [f"<i>{esc(phrase(lang, 'html.legend'))}</i>"]
    more = len(checklist.items) - len(shown_items(checklist))
    if more > 0:
        lines.append(f"<i>{esc(phrase(lang, 'html.more', count=more))}</i>")
    return "\n".join(lines)


# ---- pages --------------------------------------------------------------------------------
def plan_pages(checklist: Checklist, lang: str, *, limit: int = MESSAGE_LIMIT) -> list[list[int]]:
    """Item numbers per page: at most PAGE_ITEMS, under `limit` with room for marks."""
    header = len(_header(checklist, lang, None, None, worst=True))
    budget = limit - header - _FOOTER_MAX
    pages: list[list[int]] = [[]]
    used = 0
    for number, item in enumerate(shown_items(checklist), start=1):
        size = len(_scannable(item, number, lang)) + _MARKS_RESERVE + 2
        if pages[-1] and (used + size > budget or len(pages[-1]) >= PAGE_ITEMS):
            pages.append([])
            used = 0
        pages[-1].append(number)
        used += size
    return pages


def render_page(
    checklist: Checklist,
    lang: str,
    numbers: Sequence[int],
    *,
    marks: ItemMarks | None = None,
    evidence: ItemEvidence | None = None,
) -> str:
    """One message: the header, the items `numbers` (one page of the plan), the footer."""
    items = shown_items(checklist)
    blocks = [_header(checklist, lang, marks, evidence, worst=False)]
    for number in numbers:
        block = _scannable(items[number - 1], number, lang)
        status = _status_line((marks or {}).get(number, ()), len((evidence or {}).get(number, ())))
        if status:
            block += "\n" + status
        blocks.append(block)
    if not numbers:
        blocks.append(f"<i>{esc(phrase(lang, 'html.no_items'))}</i>")
    blocks.append(_footer(checklist, lang))
    return "\n\n".join(blocks)


def render_pages(
    checklist: Checklist,
    lang: str,
    marks: ItemMarks | None = None,
    evidence: ItemEvidence | None = None,
) -> list[str]:
    """Every page of the checklist, as the ◀ ▶ buttons show them one at a time."""
    return [
        render_page(checklist, lang, numbers, marks=marks, evidence=evidence)
        for numbers in plan_pages(checklist, lang)
    ]


def page_of(checklist: Checklist, lang: str, number: int) -> int:
    """The page that shows item `number` (0 for a number no page shows)."""
    for index, numbers in enumerate(plan_pages(checklist, lang)):
        if number in numbers:
            return index
    return 0


# ---- one item in full ---------------------------------------------------------------------
def _date(timestamp: float) -> str:
    return time.strftime("%Y-%m-%d", time.gmtime(timestamp))


def _evidence_line(entry: Evidence, caps: Caps) -> str:
    parts = []
    url = _safe_url(entry.url)
    if url and entry.url:
        parts.append(f'<a href="{url}">{esc(_cut(link_domain(entry.url), 60))}</a>')
    if entry.note:
        parts.append(esc(_cut(entry.note, caps.note)))
    who = f"<i>{esc(_cut(entry.name, _NAME_CHARS))}, {_date(entry.added)}</i>"
    return "• " + " — ".join(parts + [who])


def _all_marks(marks: Sequence[tuple[str, str]], lang: str, caps: Caps) -> list[str]:
    by_mark: dict[str, list[str]] = {}
    for name, mark in marks:
        by_mark.setdefault(mark, []).append(name)
    lines = []
    for mark, emoji in MARK_EMOJI.items():
        names = by_mark.get(mark)
        if names:
            shown = ", ".join(esc(_cut(n, _NAME_CHARS)) for n in names[: caps.names])
            extra = len(names) - caps.names
            lines.append(f"{emoji} {shown}" + (f" +{extra}" if extra > 0 else ""))
    return lines


def _item_view(
    checklist: Checklist,
    number: int,
    lang: str,
    marks: Sequence[tuple[str, str]],
    evidence: Sequence[Evidence],
    caps: Caps,
) -> str:
    item = shown_items(checklist)[number - 1]
    claim = item.claim
    title = checklist.article.title or _cut(checklist.article.text, 60)
    blocks = [f"<i>{esc(_cut(title, 80))}</i>"]
    lines = [f"<b>{number}.</b> {esc(_cut(claim.quote or claim.summary, caps.quote))}"]
    lines.append(
        f"{esc(heading('source', lang))} {_sources(item, lang, limit=_MAX_SOURCES, chars=60)}"
    )
    hedge = _hedge(item, lang)
    if hedge:
        lines.append(hedge)
    blocks.append("\n".join(lines))
    advice = []
    reasons = [_cut(describe(r, lang), caps.advice) for r in item.reasons[:_MAX_REASONS]]
    if reasons:
        advice.append(f"<i>{esc(heading('why', lang))}</i> {esc('; '.join(reasons))}")
    checks = [_cut(describe(c, lang), caps.advice) for c in item.checks[:_MAX_CHECKS]]
    if checks:
        advice.append(f"<i>{esc(heading('check_first', lang))}</i> {esc(' '.join(checks))}")
    links = [
        f'<a href="{url}">{esc(_cut(label(key + "_search", lang), 30))}</a>'
        for key, raw in list(item.search_links.items())[:_MAX_LINKS]
        if (url := _safe_url(raw))
    ]
    if links:
        advice.append("🔎 " + " · ".join(links))
    if advice:
        blocks.append("\n".join(advice))
    marked = _all_marks(marks, lang, caps)
    blocks.append("\n".join(marked) if marked else f"<i>{esc(phrase(lang, 'html.no_marks'))}</i>")
    if evidence:
        heading_line = f"<b>{EVIDENCE_EMOJI} {esc(phrase(lang, 'html.evidence'))}</b>"
        blocks.append("\n".join([heading_line] + [_evidence_line(e, caps) for e in evidence]))
    else:
        blocks.append(f"<i>{esc(phrase(lang, 'html.evidence_none'))}</i>")
    return "\n\n".join(blocks)


def render_item(
    checklist: Checklist,
    lang: str,
    number: int,
    *,
    marks: ItemMarks | None = None,
    evidence: ItemEvidence | None = None,
    limit: int = MESSAGE_LIMIT,
) -> str:
    """One item in full: claim, sources, why and what to check, every mark, its evidence.

    Long texts are shortened step by step until the message fits in `limit`."""
    item_marks = (marks or {}).get(number, ())
    item_evidence = list((evidence or {}).get(number, ()))
    caps = _FULL
    while True:
        text = _item_view(checklist, number, lang, item_marks, item_evidence, caps)
        if len(text) <= limit:
            return text
        if caps != caps.halved():
            caps = caps.halved()
        elif item_evidence:
            item_evidence.pop()  # the oldest stay; /export lists them all
        else:
            return _item_view(checklist, number, lang, (), (), caps)[:limit]
