"""The bot's interface text, one TOML file per language, and a small lookup.

Texts are Telegram HTML written by us; the values filled into `{placeholders}` must be
escaped by the caller when they come from an article or a user. A key missing from a
locale falls back to English, so a new text can ship before its translations.

Numbers take their language's plural form: a number filled into `{minutes}` is written with
the `[plurals]` table's `minutes` entry ("1 minute", "5 минут"), the form chosen by
CLDR rules (`bot/plurals.py`).
"""

from __future__ import annotations

import tomllib
from functools import cache
from pathlib import Path

from bot.plurals import choose_form

LOCALES_DIR = Path(__file__).parent
DEFAULT_LANGUAGE = "en"
LANGUAGES: tuple[str, ...] = ("en", "fr", "de", "es", "it", "pt", "ru", "uk")


@cache
def _load(lang: str) -> dict[str, dict]:
    with (LOCALES_DIR / f"{lang}.toml").open("rb") as fh:
        return tomllib.load(fh)


def supported(lang: str | None) -> str:
    """The interface language for a Telegram `language_code` ("pt-br" → "pt"), else English."""
    if not lang:
        return DEFAULT_LANGUAGE
    base = lang.lower().replace("_", "-").split("-", 1)[0]
    return base if base in LANGUAGES else DEFAULT_LANGUAGE


def has(lang: str, key: str) -> bool:
    """Whether `key` ("section.name") exists in `lang` itself (no fallback)."""
    section, _, name = key.partition(".")
    return name in _load(supported(lang)).get(section, {})


def t(lang: str, key: str, **params: object) -> str:
    """The text for `key` ("section.name") in `lang`, with `params` filled in.

    Falls back to English for a missing key; returns the key itself if English lacks it
    too, so that a typo shows up in the output instead of crashing a handler.
    """
    section, _, name = key.partition(".")
    for code in (supported(lang), DEFAULT_LANGUAGE):
        text = _load(code).get(section, {}).get(name)
        if text is not None:
            break
    else:
        return key
    if isinstance(text, dict):
        text = choose_form(text, lang, params.get("count"))
    if not params:
        return text
    params = {name: _counted(lang, name, value) for name, value in params.items()}
    try:
        return text.format(**params)
    except (KeyError, IndexError, ValueError):
        return text


def _counted(lang: str, name: str, value: object) -> object:
    """A number written with its noun in the language's plural form, when the locale has
    a `[plurals]` entry named like its placeholder; any other value as it is."""
    if not isinstance(value, int) or isinstance(value, bool):
        return value
    code = supported(lang)
    forms = _load(code).get("plurals", {}).get(name)
    if forms is None:
        return value
    return choose_form(forms, code, value).format(count=value)


def section(lang: str, name: str) -> dict[str, str]:
    """A whole table (e.g. "commands"), English entries filling the gaps."""
    merged = dict(_load(DEFAULT_LANGUAGE).get(name, {}))
    merged.update(_load(supported(lang)).get(name, {}))
    return merged
