"""Plural forms by each language's CLDR rules (through Babel), for the wording files.

A wording that depends on a number is written in the locale files as a table of CLDR
plural categories, e.g. `claims = { one = "{count} claim", other = "{count} claims" }`;
Russian and Ukrainian add `few` and `many`. Babel knows which category a number falls in
for every language (21 is "one" in Russian, 1.5 is "one" in French), so the rules are not
written by hand here.
"""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal, InvalidOperation
from functools import cache

from babel import Locale, UnknownLocaleError

Forms = Mapping[str, str]


@cache
def _locale(lang: str) -> Locale | None:
    try:
        return Locale.parse(lang.replace("-", "_"))
    except (ValueError, TypeError, UnknownLocaleError):
        return None


def plural_category(lang: str, number: object) -> str:
    """The CLDR plural category ("one", "few", "many", "other"...) of `number` in `lang`;
    "other" for a language Babel does not know or a value that is not a number."""
    locale = _locale(lang)
    try:
        value = Decimal(str(number).replace(",", "").strip())
    except InvalidOperation:
        return "other"
    if locale is None or not value.is_finite():
        return "other"
    return locale.plural_form(abs(value))


def choose_form(forms: Forms, lang: str, number: object) -> str:
    """The form of `forms` that `number` takes in `lang` ("other" when that one is missing)."""
    category = plural_category(lang, number)
    return forms.get(category) or forms.get("other") or next(iter(forms.values()), "")
