"""The checkable details of a claim: figures, percentages, money, dates, names.

A figure is the first thing to check against primary data, and a vague date ("en juin",
"last week") needs the article's own date to mean anything: both are flagged here.
"""

from __future__ import annotations

import re
from functools import cache

from bot.extraction.lexicon import Lexicon
from bot.models import Detail, DetailKind

_NUMBER = r"\d{1,3}(?:[ \u00a0\u202f,.]\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?"
_DIGIT = re.compile(r"\d")
WHICH_YEAR = "which year?"
RELATIVE = "relative to the article's date"
_YEAR = re.compile(r"(?<![\d.,])(?:1[89]\d\d|20\d\d)(?![\d.,]\d)")
_CAPITALISED_RUN = re.compile(
    r"(?<![\w.])(?:[A-ZÀ-ÖØ-ÞА-ЯЁІЇЄҐ][\w'’-]+)(?:\s+(?:(?:de|du|des|la|von|van|der|di|da|dos|bin|al)\s+)?[A-ZÀ-ÖØ-ÞА-ЯЁІЇЄҐ][\w'’-]+)*"
)


# Languages that capitalise month names, where a name and a month can overlap.
_CAPITALISED_MONTHS = frozenset({"en", "de"})


@cache
def _patterns(lexicon: Lexicon) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    money = re.compile(
        rf"(?:[$€£¥₽₴]\s?(?:{_NUMBER})(?:\s?(?:{lexicon.scale_words}))?(?![\w])"
        rf"|(?:{_NUMBER})(?:\s?(?:{lexicon.scale_words}))?(?:\s+(?:(?:de|di|d['’])\s*)?)?\s?(?:{lexicon.currency_words}|[$€£¥₽₴]))",
        re.IGNORECASE,
    )
    percent = re.compile(
        rf"(?:{_NUMBER})\s?(?:%|(?:{lexicon.percent_words})(?![\w]))", re.IGNORECASE
    )
    figure = re.compile(
        rf"(?<![\w.,])(?:{_NUMBER})(?:\s?(?:{lexicon.scale_words})(?![\w]))?", re.IGNORECASE
    )
    return money, percent, figure


def find_details(text: str, lexicon: Lexicon) -> list[Detail]:
    """Figures, amounts, percentages, dates and capitalised names in `text`."""
    money, percent, figure = _patterns(lexicon)
    details: list[Detail] = []
    taken: list[tuple[int, int]] = []

    def add(
        kind: DetailKind, span: tuple[int, int], note: str | None = None, check: bool = True
    ) -> None:
        if check and any(a < span[1] and span[0] < b for a, b in taken):
            return
        taken.append(span)
        details.append(
            Detail.model_construct(kind=kind, text=text[span[0] : span[1]].strip(), note=note)
        )

    has_digit = _DIGIT.search(text) is not None
    if has_digit:
        for match in money.finditer(text):
            add(DetailKind.MONEY, match.span())
        for match in percent.finditer(text):
            add(DetailKind.PERCENTAGE, match.span())
    if lexicon.months is not None:
        for match in lexicon.months.finditer(text):
            window = text[max(0, match.start() - 6) : match.end() + 6]
            has_year = bool(_YEAR.search(text[match.end() : match.end() + 6]))
            has_day = bool(re.search(r"\d", window))
            # "may" is also a verb: a month needs a day or a year next to it in English.
            if match.group().lower() == "may" and not (has_day or has_year):
                continue
            span = (match.start(), match.end())
            if has_year:
                year = _YEAR.search(text, match.end())
                span = (match.start(), year.end()) if year else span
                add(DetailKind.DATE, span)
            else:
                add(DetailKind.VAGUE_DATE, span, WHICH_YEAR)
    for match in _YEAR.finditer(text) if has_digit else ():
        add(DetailKind.DATE, match.span())
    if lexicon.relative_dates is not None:
        for match in lexicon.relative_dates.finditer(text):
            add(DetailKind.VAGUE_DATE, match.span(), RELATIVE)
    for match in figure.finditer(text) if has_digit else ():
        add(DetailKind.FIGURE, match.span())
    # Names hold no digits, so they cannot overlap a figure or a date's number; a month
    # name is lowercase in most languages and is the only other overlap to check.
    # Where every noun is capitalised (German), one capitalised word is no sign of a name.
    min_words = 2 if lexicon.raw.get("capitalised_nouns") else 1
    for match in _CAPITALISED_RUN.finditer(text, 1):
        if len(match.group()) > 2 and len(match.group().split()) >= min_words:
            add(DetailKind.NAME, match.span(), check=lexicon.code in _CAPITALISED_MONTHS)
    details.sort(key=lambda d: text.find(d.text))
    return details
