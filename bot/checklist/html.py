"""Render a checklist as Telegram HTML messages, with who marked what and the progress.

Telegram takes at most 4,096 characters per message and a small set of tags. A checklist
is planned into parts on item boundaries once (`plan_parts`), leaving room under each item
for the marks line at its longest, so that re-rendering a part after every tap keeps the
same items in the same message and never outgrows the limit. Everything that comes from
the article (title, quotes, source names, advice parameters) is escaped here.

Marks are passed in as `{item number: [(name, mark), ...]}`; the item number is the one
shown ("1." is item 1), which is also what the buttons carry.
"""

from __future__ import annotations

import html
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from bot.checklist.render import describe, heading, label, phrase, source_type_label
from bot.models import Checklist, ChecklistItem, SourceType

MESSAGE_LIMIT = 4096
MAX_ITEMS = 10  # items shown with buttons: 3 buttons each stays well under Telegram's 100
MARK_EMOJI: dict[str, str] = {"confirmed": "✅", "false": "❌", "unclear": "❓"}

# Bounds that let a part be planned once and re-rendered with any marks.
_MARKS_LINE_MAX = 160  # a longer marks line is shown as counts only
_MARKS_RESERVE = _MARKS_LINE_MAX + 1
_HEADER_MAX = 900
_FOOTER_MAX = 300
_ITEM_MAX = MESSAGE_LIMIT - _HEADER_MAX - _FOOTER_MAX - _MARKS_RESERVE - 64
_NAMES_PER_MARK = 3
_NAME_CHARS = 24
_MAX_SOURCES = 4
_MAX_REASONS = 3
_MAX_CHECKS = 1  # "what to check first": the first check only
_MAX_LINKS = 3

ItemMarks = Mapping[int, Sequence[tuple[str, str]]]


@dataclass(frozen=True)
class Caps:
    """How much of the article's strings to show; halved until an item fits."""

    quote: int
    advice: int

    def halved(self) -> Caps:
        return Caps(quote=max(40, self.quote // 2), advice=max(40, self.advice // 2))


_FULL = Caps(quote=420, advice=240)
_COMPACT = Caps(quote=180, advice=0)


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


def shown_items(checklist: Checklist) -> list[ChecklistItem]:
    """The items the bot shows and lets members mark (the highest ranked first)."""
    return list(checklist.items[:MAX_ITEMS])


def progress(checklist: Checklist, marks: ItemMarks | None) -> tuple[int, int]:
    """(items with at least one mark, items shown)."""
    total = len(shown_items(checklist))
    checked = sum(1 for n in range(1, total + 1) if marks and marks.get(n))
    return checked, total


# ---- pieces -------------------------------------------------------------------------------
def _header(checklist: Checklist, lang: str, marks: ItemMarks | None, *, worst: bool) -> str:
    article = checklist.article
    checked, total = progress(checklist, marks)
    if worst:  # planning: the progress line at its longest
        checked = total
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
        lines.append(" · ".join(facts))
        origin = []
        url = _safe_url(article.url)
        if url:
            origin.append(f'<a href="{url}">{esc(phrase(lang, "html.source_page"))}</a>')
        if article.outlet is not None and article.outlet.name:
            origin.append(phrase(lang, "html.outlet", outlet=esc(_cut(article.outlet.name, 80))))
        if origin:
            lines.append(" · ".join(origin))
        lines.append(f"<b>{phrase(lang, 'html.progress', checked=checked, total=total)}</b>")
        text = "\n".join(lines)
        if len(text) <= _HEADER_MAX or title_cap <= 20:
            return text
        title_cap //= 2


def _sources(item: ChecklistItem, lang: str) -> str:
    sources = item.claim.sources[:_MAX_SOURCES]
    if not sources:
        key = "html.unidentified_speaker" if item.claim.attributed else "html.no_source"
        return f"<i>{esc(phrase(lang, key))}</i>"
    shown = []
    for source in sources:
        name = f"<b>{esc(_cut(source.name, 60))}</b>"
        if source.type is not SourceType.UNKNOWN:
            kind = source_type_label(source.type, lang)
            name += f" ({esc(kind)})"
        shown.append(name)
    more = len(item.claim.sources) - len(sources)
    return ", ".join(shown) + (f" +{more}" if more > 0 else "")


def _item(item: ChecklistItem, number: int, lang: str, *, compact: bool, caps: Caps) -> str:
    claim = item.claim
    quote = claim.quote or claim.summary
    lines = [f"<b>{number}.</b> {esc(_cut(quote, caps.quote))}"]
    lines.append(f"{esc(heading('source', lang))} {_sources(item, lang)}")
    if claim.hedged and claim.hedges:
        hedges = ", ".join(_cut(h, 30) for h in claim.hedges[:3])
        lines.append(f"⚠️ <i>{esc(phrase(lang, 'html.hedged', hedges=hedges))}</i>")
    if not compact:
        reasons = [_cut(describe(r, lang), caps.advice) for r in item.reasons[:_MAX_REASONS]]
        if reasons:
            lines.append(f"<i>{esc(heading('why', lang))}</i> {esc('; '.join(reasons))}")
        checks = [_cut(describe(c, lang), caps.advice) for c in item.checks[:_MAX_CHECKS]]
        if checks:
            lines.append(f"<i>{esc(heading('check_first', lang))}</i> {esc('; '.join(checks))}")
        links = [
            f'<a href="{url}">{esc(_cut(label(key + "_search", lang), 30))}</a>'
            for key, raw in list(item.search_links.items())[:_MAX_LINKS]
            if (url := _safe_url(raw))
        ]
        if links:
            lines.append("🔎 " + " · ".join(links))
    return "\n".join(lines)


def _item_fitted(item: ChecklistItem, number: int, lang: str, *, compact: bool) -> str:
    """The item's text, shortened until it fits in a message beside the header."""
    caps = _COMPACT if compact else _FULL
    while True:
        text = _item(item, number, lang, compact=compact, caps=caps)
        if len(text) <= _ITEM_MAX or caps == caps.halved():
            return text[:_ITEM_MAX] if len(text) > _ITEM_MAX else text
        caps = caps.halved()


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


def _footer(checklist: Checklist, lang: str, *, compact: bool, shown: int) -> str:
    lines = []
    more = len(checklist.items) - shown
    if more > 0:
        lines.append(f"<i>{esc(phrase(lang, 'html.more', count=more))}</i>")
    if not compact:
        lines.append(f"<i>{esc(phrase(lang, 'html.legend'))}</i>")
    return "\n".join(lines)


# ---- planning and rendering ------------------------------------------------------------
def plan_parts(
    checklist: Checklist, lang: str, *, compact: bool = False, limit: int = MESSAGE_LIMIT
) -> list[list[int]]:
    """Item numbers per message, packed on item boundaries under `limit` with room for marks.

    The compact layout (inline sharing) is always one message: the items that fit.
    """
    items = shown_items(checklist)
    header = len(_header(checklist, lang, None, worst=True))
    continued = len(phrase(lang, "html.continued")) + 8
    footer = _FOOTER_MAX
    parts: list[list[int]] = [[]]
    used = header
    for number, item in enumerate(items, start=1):
        size = len(_item_fitted(item, number, lang, compact=compact)) + _MARKS_RESERVE + 2
        if used + size + footer > limit and parts[-1]:
            if compact:
                break
            parts.append([])
            used = continued
        parts[-1].append(number)
        used += size
    return parts


def render_part(
    checklist: Checklist,
    lang: str,
    numbers: Sequence[int],
    *,
    part: int,
    last: bool,
    marks: ItemMarks | None = None,
    compact: bool = False,
) -> str:
    """One message: the header (part 0) or a '(continued)' line, its items, the footer."""
    items = shown_items(checklist)
    blocks = []
    if part == 0:
        blocks.append(_header(checklist, lang, marks, worst=False))
    else:
        blocks.append(f"<i>{esc(phrase(lang, 'html.continued'))}</i>")
    for number in numbers:
        block = _item_fitted(items[number - 1], number, lang, compact=compact)
        item_marks = (marks or {}).get(number)
        if item_marks:
            block += "\n" + marks_line(item_marks)
        blocks.append(block)
    if last:
        shown = max(numbers, default=0) if compact else len(items)
        footer = _footer(checklist, lang, compact=compact, shown=shown)
        if footer:
            blocks.append(footer)
    return "\n\n".join(blocks)


def render_messages(
    checklist: Checklist,
    lang: str,
    marks: ItemMarks | None = None,
    *,
    compact: bool = False,
    limit: int = MESSAGE_LIMIT,
) -> list[str]:
    """The whole checklist as Telegram HTML messages, each non-empty and under `limit`."""
    plan = plan_parts(checklist, lang, compact=compact, limit=limit)
    return [
        render_part(
            checklist,
            lang,
            numbers,
            part=index,
            last=index == len(plan) - 1,
            marks=marks,
            compact=compact,
        )
        for index, numbers in enumerate(plan)
    ]
