"""How firmly a sentence asserts what it says: `find_hedges()`.

Hedges are the article's own distance from a claim: the French conditional ("aurait"),
"reportedly", "is said to", "on craint que". Words inside a direct quotation are the
speaker's, not the article's, so they are not counted; but for a word or two the article
takes up in quotes in its own sentence ("the fire was 'probably' started on purpose").

The same conditional also narrates the future in the past, and then it is no hedge: once
an article has said that something was planned ("era previsto", "il était prévu que"),
"vi avrebbero partecipato 20 capi di Stato" tells what was to happen, not hearsay.
`future_in_past()` finds where a language's cue for a past plan opens that reading.

A modal of probability ("dürfte") in a sentence that names who says it is that source's
estimate, a forecast with a named forecaster, not the article's distance; in the article's
own voice it still hedges.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from bot.extraction.lexicon import Lexicon, Matcher, phrase_regex
from bot.extraction.segmentation import Sentence, mask_quotes


@dataclass(frozen=True)
class _HedgeRules:
    """The hedging rules of a cue file beyond its lists of phrases."""

    # `not_hedge_patterns`: word orders, spanning several words, in which a hedge does not
    # hedge ("si ... avait", "por la presunta ...")
    not_patterns: re.Pattern[str] | None
    # `forecasts`: modals that are not hedges in a sentence naming its source
    forecasts: Matcher | None
    # `conditional_endings`: endings of the conditional of any verb ("-aría", "-rebbe"),
    # matched on lowercase text; `not_conditional`: words they begin that are no
    # conditional of hearsay ("debería", "vorrebbe")
    conditional: re.Pattern[str] | None
    not_conditional: tuple[str, ...]


# Letters before a conditional ending, at least: "iría" and "vería" are too short to tell.
MIN_CONDITIONAL_STEM = 2


@cache
def _rules(lexicon: Lexicon) -> _HedgeRules:
    patterns = [p for p in lexicon.words("hedging", "not_hedge_patterns") if p]
    endings = sorted(lexicon.words("hedging", "conditional_endings"), key=len, reverse=True)
    return _HedgeRules(
        not_patterns=re.compile("|".join(patterns), re.IGNORECASE) if patterns else None,
        forecasts=phrase_regex(lexicon.words("hedging", "forecasts")),
        # An ending is searched for as such, not a whole word: the regex engine skips
        # along the text to the ending's letters instead of trying every word.
        conditional=(
            re.compile(rf"(?:{'|'.join(map(re.escape, endings))})(?!\w)") if endings else None
        ),
        not_conditional=tuple(w.lower() for w in lexicon.words("hedging", "not_conditional")),
    )


def _conditionals(masked: str, rules: _HedgeRules) -> list[tuple[int, int]]:
    """The spans of the verbs in the conditional, found by their ending."""
    if rules.conditional is None:
        return []
    lowered = masked.lower()
    if len(lowered) != len(masked):
        return []  # a rare letter whose lowercase is longer ("İ"): offsets would shift
    spans = []
    for match in rules.conditional.finditer(lowered):
        start = match.start()
        while start > 0 and lowered[start - 1].isalpha():
            start -= 1
        if match.start() - start < MIN_CONDITIONAL_STEM:
            continue
        if lowered.startswith(rules.not_conditional, start):
            continue
        if masked[start].isupper() and not _opens_clause(masked, start):
            continue  # "informó la Cancillería": a capital inside a clause names a body
        spans.append((start, match.end()))
    return spans


def _opens_clause(text: str, start: int) -> bool:
    """Whether the word at `start` opens the sentence or follows a colon, a dash or a
    quotation mark (where a verb is capitalised too)."""
    before = text[:start].rstrip()
    return not before or before[-1] in '.!?:;«"“„—–-('


# A quotation this short is a word the article takes up in its own sentence ("the fire
# was 'probably' started on purpose"), not a speaker's statement: its hedge is the article's.
MAX_TAKEN_UP_WORDS = 2
_OPENING_QUOTES = "\"'«“„‘‹"
_CLOSING_QUOTES = "\"'»”“’‘›"
_UTTERANCE_PUNCTUATION = ",.;:!?…"


def _article_words(sentence: Sentence) -> str:
    """The sentence with its quotations blanked out, but for words it takes up in quotes
    after its first word."""
    masked = mask_quotes(sentence)
    for a, b in sentence.quoted_spans:
        quoted = sentence.text[a:b]
        if _taken_up(quoted) and sentence.text[:a].strip():
            masked = masked[:a] + quoted + masked[b:]
    return masked


def _taken_up(quoted: str) -> bool:
    """Whether a quotation is a word or two set in the article's sentence: whole, within
    its marks, with no punctuation of an utterance of its own (“Probably not,”)."""
    inner = quoted[1:-1]
    return (
        quoted[:1] in _OPENING_QUOTES
        and quoted[-1:] in _CLOSING_QUOTES
        and 0 < len(inner.split()) <= MAX_TAKEN_UP_WORDS
        and not any(ch in _UTTERANCE_PUNCTUATION for ch in inner)
    )


def find_hedges(
    sentence: Sentence,
    lexicon: Lexicon,
    future_from: int | None = None,
    attributed: bool = False,
) -> list[str]:
    """The hedging words of a sentence, outside quotations, in reading order.

    `future_from` is the offset in the sentence from which its conditionals tell the
    future in the past (see `future_in_past()`); they are not hedges there. `attributed`
    says the sentence has a stated source: its modals of probability (the cue file's
    `forecasts`) are that source's forecast, not hedges.
    """
    if lexicon.hedges is None:
        return []
    if lexicon.conditional_openers is not None and lexicon.conditional_openers.match(sentence.text):
        # "If convicted, he would face 15 years", "De ser declarado culpable, enfrentaría":
        # the conditional of a hypothesis the sentence opens on, no doubt cast on a report
        return []
    masked = _article_words(sentence)
    rules = _rules(lexicon)
    conditionals = _conditionals(masked, rules)
    matches = sorted({m.span() for m in lexicon.hedges.finditer(masked)}.union(conditionals))
    if not matches:
        return []  # most sentences: no need to look for what would exempt a hedge
    blocked: list[tuple[int, int]] = []
    if lexicon.not_hedges is not None:
        blocked = [m.span() for m in lexicon.not_hedges.finditer(masked)]
    if rules.not_patterns is not None:
        blocked += [m.span() for m in rules.not_patterns.finditer(masked)]
    if future_from is not None and lexicon.future_in_past is not None:
        blocked += [m.span() for m in lexicon.future_in_past.finditer(masked, future_from)]
        # after a plan, the conditional of any verb tells what was to happen too
        blocked += [(a, b) for a, b in conditionals if a >= future_from]
    found: list[str] = []
    for a, b in matches:
        if any(x < b and a < y for x, y in blocked):
            continue
        forecasts = rules.forecasts
        if attributed and forecasts is not None and forecasts.fullmatch(masked[a:b]):
            continue
        word = " ".join(sentence.text[a:b].split())
        if word.lower() not in (w.lower() for w in found):
            found.append(word)
    return found


def future_in_past(
    sentences: list[Sentence], lexicon: Lexicon, planned_before: bool = False
) -> tuple[list[int | None], bool]:
    """Where the sentences of a paragraph tell the future in the past.

    A plan set up in a past tense ("aveva pianificato", "si prevedeva", "il était prévu")
    holds for the rest of its sentence, the rest of its paragraph and the paragraph after
    it: the conditionals there say what was to happen. `planned_before` says the previous
    paragraph set up a plan. Returns, for each sentence, the offset from which its
    conditionals are not hedges (None: they may be), and whether this paragraph sets up a
    plan for the next one. Further on, a conditional is read as a hedge again: by then the
    article has moved on from the plan it narrated.
    """
    cues = lexicon.plan_cues
    if cues is None or not any(cues.search(s.text) for s in sentences):
        # Most paragraphs plan nothing: one look at their words, quotations included,
        # settles them.
        return [0 if planned_before else None] * len(sentences), False
    offsets: list[int | None] = []
    planned = planned_before
    in_paragraph = False
    for sentence in sentences:
        cue = cues.search(mask_quotes(sentence))
        in_paragraph = in_paragraph or cue is not None
        offsets.append(0 if planned else cue.end() if cue else None)
        planned = planned or cue is not None
    return offsets, in_paragraph
