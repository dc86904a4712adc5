"""The checkable details of a claim: figures, percentages, money, dates, names.

A figure is the first thing to check against primary data, and a vague date ("en juin",
"last week") needs the article's own date to mean anything: both are flagged here.
"""

from __future__ import annotations

import re
from functools import cache

from bot.extraction.lexicon import Lexicon, PhraseMatcher
from bot.models import Detail, DetailKind

_NUMBER = r"\d{1,3}(?:[ \u00a0\u202f,.]\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?"
_DIGIT = re.compile(r"\d")
# Codes of the notes on vague dates, worded by the checklist locales' [detail_notes].
WHICH_YEAR = "which_year"
RELATIVE = "relative_date"
# The lookbehind comes after the first letter so that the engine can skip ahead to
# capitals instead of trying the pattern at every position.
_CAPITALISED_RUN = re.compile(
    r"[A-ZÀ-ÖØ-ÞА-ЯЁІЇЄҐ](?<![\w.][A-ZÀ-ÖØ-ÞА-ЯЁІЇЄҐ])[\w'’-]+(?:\s+(?:(?:de|du|des|la|von|van|der|di|da|dos|bin|al)\s+)?[A-ZÀ-ÖØ-ÞА-ЯЁІЇЄҐ][\w'’-]+)*"
)


@cache
def _numbers(lexicon: Lexicon) -> PhraseMatcher:
    """Money, percentages, years and plain figures in one pattern, in that priority:
    at a given position the first branch that matches wins, so "40 milliards de dollars"
    is money before it is a figure. One scan per sentence instead of four."""
    scale = rf"(?:\s?(?:{lexicon.scale_words})(?![\w]))?"
    return PhraseMatcher(
        rf"(?P<money>[$€£¥₽₴]\s?(?:{_NUMBER}){scale}"
        rf"|(?:{_NUMBER}){scale}\s?(?:(?:de|di|d['’])\s*)?(?:{lexicon.currency_words}|[$€£¥₽₴]))"
        rf"|(?P<percent>(?:{_NUMBER})\s?(?:%|(?:{lexicon.percent_words})(?![\w])))"
        rf"|(?P<year>(?<![\d.,])(?:1[89]\d\d|20\d\d)(?![\d.,]?\d))"
        rf"|(?P<figure>(?<![\w.,])(?:{_NUMBER}){scale})",
        whole_words=False,
    )


@cache
def _cue_words(lexicon: Lexicon) -> frozenset[str]:
    """The words the language's cue file writes in lowercase: ordinary words. (Names it
    lists, "Washington", "North Korea", are written capitalised; given names, listed in
    lowercase for their gender, are no ordinary words.)"""
    words: set[str] = set()

    def collect(value: object) -> None:
        if isinstance(value, str):
            words.update(w for w in value.split() if w.islower())
        elif isinstance(value, dict):
            for key, item in value.items():
                if not key.endswith("first_names"):
                    collect(item)
        elif isinstance(value, list):
            for item in value:
                collect(item)

    collect({k: v for k, v in lexicon.raw.items() if k != "detection"})
    return frozenset(words)


_NUMBER_KINDS = {
    "money": DetailKind.MONEY,
    "percent": DetailKind.PERCENTAGE,
    "year": DetailKind.DATE,
    "figure": DetailKind.FIGURE,
}
_DAY_BEFORE = re.compile(r"(?:\b\d{1,2}(?:er|st|nd|rd|th|\.)?\s+)$")
_DAY_AFTER = re.compile(r"\s+\d{1,2}(?:st|nd|rd|th)?\b(?!\s*(?:%|\d))")
_YEAR_AFTER = re.compile(r",?\s+(?:de\s+)?(1[89]\d\d|20\d\d)\b")


def find_details(text: str, lexicon: Lexicon) -> list[Detail]:
    """Dates, figures, amounts, percentages and capitalised names in `text`, in order."""
    found: list[tuple[int, int, DetailKind, str | None]] = []

    def free(start: int, end: int) -> bool:
        return not any(a < end and start < b for a, b, _, _ in found)

    # Dates first, so that the day and the year of "15 août 2017" belong to the date.
    if lexicon.months is not None:
        for match in lexicon.months.finditer(text):
            start, end = match.span()
            day = _DAY_BEFORE.search(text, max(0, start - 8), start)
            after_day = _DAY_AFTER.match(text, end)
            # "may" is also a verb: a month needs a day or a year next to it in English.
            year = _YEAR_AFTER.match(text, after_day.end() if after_day else end)
            if match.group().lower() == "may" and not (day or after_day or year):
                continue
            start = day.start() if day else start
            end = year.end() if year else after_day.end() if after_day else end
            kind = DetailKind.DATE if year else DetailKind.VAGUE_DATE
            found.append((start, end, kind, None if year else WHICH_YEAR))
    if lexicon.relative_dates is not None:
        for match in lexicon.relative_dates.finditer(text):
            if free(*match.span()):
                found.append((*match.span(), DetailKind.VAGUE_DATE, RELATIVE))
    digit = _DIGIT.search(text)
    if digit:
        # Every amount starts at its first digit or at a currency sign just before it
        # ("$40bn", "€ 3"): the text before that holds none.
        for match in _numbers(lexicon).finditer(text, max(digit.start() - 2, 0)):
            if free(*match.span()):
                found.append((*match.span(), _NUMBER_KINDS[match.lastgroup or "figure"], None))
    # Where every noun is capitalised (German), one capitalised word is no sign of a name.
    min_words = 2 if lexicon.raw.get("capitalised_nouns") else 1
    # Where month names are capitalised ("March"), a name run may overlap a date.
    check = bool(lexicon.raw.get("dates", {}).get("capitalised_months"))
    # The first word is capitalised in any sentence: a run opening the sentence is a name
    # with more words than that one ("Kim Jong Un aurait ..."), less a first word that the
    # cue file knows as an ordinary word ("La Corée du Nord", "Selon Vladimir Poutine").
    opening = _CAPITALISED_RUN.match(text)
    scan_from = opening.end() if opening else 1
    if opening and " " in opening.group():
        first, _, rest = opening.group().partition(" ")
        ordinary = first.lower() in _cue_words(lexicon)
        start = opening.end() - len(rest) if ordinary else 0
        words = text[start : opening.end()].count(" ") + 1
        if words >= max(min_words, 1 if ordinary else 2) and (
            not check or free(start, opening.end())
        ):
            found.append((start, opening.end(), DetailKind.NAME, None))
    for match in _CAPITALISED_RUN.finditer(text, scan_from):
        name = match.group()
        if (
            len(name) > 2
            and name.count(" ") + 1 >= min_words
            and (not check or free(*match.span()))
        ):
            found.append((*match.span(), DetailKind.NAME, None))
    found.sort()
    return [Detail(kind=kind, text=text[a:b].strip(), note=note) for a, b, kind, note in found]
