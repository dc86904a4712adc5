"""Grounding: keep only what the article really says.

A model can paraphrase, invent a quotation or attribute a claim to a source the article
never names (from its own knowledge, or because the article told it to). Sift's promise is
the opposite: every quote it shows is the article's own text and every source is one the
article states. So each candidate claim from a model is checked against the article:

- its quote must occur in the article, whitespace and quote-mark differences aside, and is
  then replaced by the exact verbatim substring of the article (with its offset);
- each of its source names must occur in the quote's sentence or the neighbouring ones;

and everything else is dropped and counted, for the logs.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from bot.models import Claim, Source, SourceType

# Characters a model may swap for one another when it copies a quote: all quotation marks
# and apostrophes compare equal, all dashes compare equal, an ellipsis equals three dots.
_QUOTE_MARKS = "\"'`´‘’‚‛“”„‟«»‹›″′「」『』"
_DASHES = "‐‑‒–—―−﹘﹣－"
# Invisible characters that copy-paste and models add or remove freely.
_INVISIBLE = "\u00ad\u200b\u200c\u200d\u2060\ufeff"

# Below this many significant characters a "quote" grounds too easily to mean anything
# ("the", "said"): a claim is at least a clause.
MIN_QUOTE_CHARS = 12
MIN_QUOTE_WORDS = 3

# Two claims are one when their spans overlap by this share of the longer one (a model
# that repeats a claim with or without a trailing clause, or two chunks that both saw it).
DUPLICATE_OVERLAP = 0.8

_SENTENCE_END = re.compile(r"(?<=[.!?…])[\"'”’»)\]]*\s+|\n+")
_WORD = re.compile(r"\w+")
# Name words shorter than this ("of", "the", "de") are not required for a loose match.
_MIN_NAME_WORD = 4


@lru_cache(maxsize=4096)
def _fold_char(ch: str) -> str:
    """The comparison form of one character: '' for whitespace and invisible characters."""
    if ch.isspace() or ch in _INVISIBLE:
        return ""
    out = []
    for c in unicodedata.normalize("NFKC", ch):
        if c.isspace() or c in _INVISIBLE:
            continue
        if c in _QUOTE_MARKS:
            out.append("'")
        elif c in _DASHES:
            out.append("-")
        elif c == "…":
            out.append("...")
        else:
            out.append(c)
    return "".join(out)


def _fold_table(text: str) -> dict[int, str]:
    return {ord(ch): _fold_char(ch) for ch in set(text)}


def fold(text: str) -> str:
    """`text` in comparison form: no whitespace, one quote mark, one dash, NFKC."""
    return text.translate(_fold_table(text))


class FoldedText:
    """An article in comparison form, with the way back to the original offsets.

    Built once per article: `index[i]` is the offset in the original text of the character
    that produced folded character `i`, so a match in the folded text maps back to the
    exact verbatim substring of the article.
    """

    def __init__(self, text: str) -> None:
        self.text = text
        table = _fold_table(text)
        self.folded = text.translate(table)
        if all(len(v) <= 1 for v in table.values()):
            # The usual case, done by the regex engine: characters map to one or none.
            dropped = "".join(re.escape(chr(k)) for k, v in table.items() if not v)
            kept = re.compile(f"[^{dropped}]", re.DOTALL) if dropped else re.compile(".", re.DOTALL)
            self.index = [m.start() for m in kept.finditer(text)]
        else:  # an ellipsis or a ligature expands: map character by character
            self.index = [i for i, ch in enumerate(text) for _ in table[ord(ch)]]

    def find(self, needle: str, hint: int = 0) -> tuple[int, int] | None:
        """The original span (start, end) of folded `needle`, or None.

        Prefers the first occurrence at or after original offset `hint` (the chunk the
        model was reading), then the first one anywhere.
        """
        if not needle:
            return None
        pos = -1
        if hint > 0:
            pos = self.folded.find(needle, bisect.bisect_left(self.index, hint))
        if pos < 0:
            pos = self.folded.find(needle)
        if pos < 0:
            return None
        return self.index[pos], self.index[pos + len(needle) - 1] + 1


def sentence_starts(text: str) -> list[int]:
    """Offsets where sentences (or lines) begin, always starting with 0."""
    return [0] + [m.end() for m in _SENTENCE_END.finditer(text) if m.end() < len(text)]


def neighbourhood(text: str, starts: Sequence[int], start: int, end: int) -> str:
    """The sentences holding text[start:end] plus the one before and the one after."""
    first = max(bisect.bisect_right(starts, start) - 2, 0)
    last = bisect.bisect_right(starts, max(end - 1, start)) + 1
    lo = starts[first]
    hi = starts[last] if last < len(starts) else len(text)
    return text[lo:hi]


def _name_form(text: str) -> str:
    """Comparison form for names: like `fold` but words kept apart, and case-blind."""
    words = []
    for chunk in text.split():
        words.append(fold(chunk))
    return " ".join(w for w in words if w).casefold()


def name_in(name: str, window: str) -> bool:
    """Whether source `name` is written in `window`.

    Exactly (as whole words, case aside), or, for longer names, every significant word of
    it present: "Health Minister Jane Doe" for "Jane Doe, the health minister".
    """
    wanted = _name_form(name)
    if not wanted:
        return False
    haystack = _name_form(window)
    if re.search(r"(?<!\w)" + re.escape(wanted) + r"(?!\w)", haystack):
        return True
    significant = [w for w in _WORD.findall(wanted) if len(w) >= _MIN_NAME_WORD]
    if not significant:
        return False
    present = set(_WORD.findall(haystack))
    return all(w in present for w in significant)


@dataclass
class Candidate:
    """A claim as a model proposed it, before grounding."""

    quote: str
    sources: list[tuple[str, str | None]] = field(default_factory=list)  # (name, type)
    hedged: bool = False
    summary: str = ""
    hint: int = 0  # offset of the chunk the model read


@dataclass
class Grounding:
    """The grounded claims, and how much was dropped on the way."""

    claims: list[Claim]
    dropped_quotes: int = 0
    dropped_sources: int = 0
    proposed: int = 0


def _clean_quote(quote: str) -> str:
    """Strip what a model wraps a quote in: surrounding quote marks and whitespace."""
    return quote.strip().strip(_QUOTE_MARKS).strip()


def _source_type(value: str | None) -> SourceType:
    try:
        return SourceType(value.strip().lower()) if value else SourceType.UNKNOWN
    except ValueError:
        return SourceType.UNKNOWN


def _is_substantial(folded_quote: str, quote: str) -> bool:
    return len(folded_quote) >= MIN_QUOTE_CHARS and len(_WORD.findall(quote)) >= MIN_QUOTE_WORDS


def ground_claims(
    text: str,
    candidates: Iterable[Candidate],
    *,
    title: str = "",
    folded: FoldedText | None = None,
) -> Grounding:
    """Keep the candidates whose quote is in the article, with their stated sources only.

    Each kept claim's quote is the verbatim article substring and `start` its offset in
    `text`; a quote found only in the title is kept as a headline claim (`start` -1).
    Duplicates (the same span, or nearly) are merged, sources united.
    """
    folded = folded or FoldedText(text)
    folded_title = FoldedText(title) if title else None
    starts = sentence_starts(text)
    result = Grounding(claims=[])
    spans: list[tuple[int, int]] = []

    for cand in candidates:
        result.proposed += 1
        quote = _clean_quote(cand.quote)
        needle = fold(quote)
        if not _is_substantial(needle, quote):
            result.dropped_quotes += 1
            continue
        span = folded.find(needle, cand.hint)
        source_text, headline = text, False
        if span is None and folded_title is not None:
            span = folded_title.find(needle)
            source_text, headline = title, True
        if span is None:
            result.dropped_quotes += 1
            continue
        start, end = span
        window = title if headline else neighbourhood(text, starts, start, end)
        sources: list[Source] = []
        for name, kind in cand.sources:
            name = _clean_quote(name or "")
            if name and name_in(name, window):
                if all(s.name.casefold() != name.casefold() for s in sources):
                    sources.append(Source(name=name, type=_source_type(kind)))
            else:
                result.dropped_sources += 1
        claim = Claim(
            quote=source_text[start:end],
            start=-1 if headline else start,
            summary=cand.summary.strip(),
            sources=sources,
            hedged=cand.hedged,
            headline=headline,
        )
        _add_or_merge(result.claims, spans, claim, (start, end))

    # The title first, then the article's order.
    order = sorted(
        range(len(result.claims)), key=lambda i: (not result.claims[i].headline, spans[i])
    )
    result.claims = [result.claims[i] for i in order]
    return result


def _add_or_merge(
    claims: list[Claim], spans: list[tuple[int, int]], claim: Claim, span: tuple[int, int]
) -> None:
    """Append `claim`, or fold it into an existing claim covering nearly the same text."""
    start, end = span
    for i, (s, e) in enumerate(spans):
        if claims[i].headline != claim.headline:
            continue
        overlap = min(e, end) - max(s, start)
        longer = max(e - s, end - start)
        if overlap > 0 and overlap >= DUPLICATE_OVERLAP * longer:
            kept = claims[i]
            if end - start > e - s:  # keep the fuller quote, with what both knew
                kept, claim = claim, kept
                spans[i] = span
            names = {s.name.casefold() for s in kept.sources}
            kept.sources += [s for s in claim.sources if s.name.casefold() not in names]
            kept.hedged = kept.hedged or claim.hedged
            kept.summary = kept.summary or claim.summary
            claims[i] = kept
            return
    claims.append(claim)
    spans.append(span)
