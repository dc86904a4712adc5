"""The wording files: every language says everything English says, in well-formed TOML,
with its own plural forms."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import pytest
from babel import Locale

from bot.chat.locales import t
from bot.checklist.render import phrase

LANGUAGES = ["en", "fr", "de", "es", "it", "pt", "ru", "uk"]
BOT = Path(__file__).resolve().parent.parent / "bot"
LOCALE_DIRS = [BOT / "chat" / "locales", BOT / "checklist" / "locales"]
# A line that looks like a TOML assignment: the sign that a key was written inside the
# multi-line string above it.
ASSIGNMENT_LINE = re.compile(r"^\s*[A-Za-z_][\w-]*\s*=\s", re.MULTILINE)


def load(directory: Path, lang: str) -> dict:
    return tomllib.loads((directory / f"{lang}.toml").read_text(encoding="utf-8"))


def entries(table: dict) -> dict[str, str | dict[str, str]]:
    """Every text of a locale file, by "section.key"."""
    return {
        f"{section}.{key}": value for section, keys in table.items() for key, value in keys.items()
    }


def placeholders(value: str | dict[str, str]) -> set[str]:
    texts = value.values() if isinstance(value, dict) else [value]
    return {name for text in texts for name in re.findall(r"{(\w+)}", text)}


@pytest.mark.parametrize("directory", LOCALE_DIRS, ids=lambda d: d.parent.name)
@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_locale_has_the_keys_and_placeholders_of_english(directory, lang):
    english = entries(load(directory, "en"))
    translated = entries(load(directory, lang))
    assert set(translated) == set(english)
    for key, value in english.items():
        assert placeholders(translated[key]) == placeholders(value), (lang, key)


@pytest.mark.parametrize("directory", LOCALE_DIRS, ids=lambda d: d.parent.name)
@pytest.mark.parametrize("lang", LANGUAGES)
def test_no_text_holds_a_key_written_inside_it(directory, lang):
    for key, value in entries(load(directory, lang)).items():
        for text in value.values() if isinstance(value, dict) else [value]:
            assert not ASSIGNMENT_LINE.search(text), (lang, key, text)


@pytest.mark.parametrize("directory", LOCALE_DIRS, ids=lambda d: d.parent.name)
@pytest.mark.parametrize("lang", LANGUAGES)
def test_plural_tables_have_every_form_the_language_uses(directory, lang):
    used = set(Locale.parse(lang).plural_form.tags) | {"other"}
    # CLDR's "many" in French, Spanish, Italian and Portuguese is for millions written in
    # compact form ("1 M"); Sift writes numbers in full, so "other" covers it.
    if lang in {"fr", "es", "it", "pt"}:
        used.discard("many")
    for key, value in entries(load(directory, lang)).items():
        if isinstance(value, dict):
            assert used <= set(value) <= used | {"many"}, (lang, key, sorted(value))


def test_page_too_large_has_its_own_translated_error():
    french = t("fr", "errors.page_too_large")
    assert french.startswith("Cette page est trop volumineuse")
    assert "page_too_large" not in t("fr", "ui.not_article", example="...")


@pytest.mark.parametrize(
    ("lang", "params", "expected"),
    [
        (
            "fr",
            {"checklists": 1, "marks": 0, "evidence": 2},
            "C'est fait : Sift a effacé 1 liste, 0 marque, 2 preuves",
        ),
        (
            "en",
            {"checklists": 1, "marks": 3, "evidence": 1},
            "Done: Sift deleted 1 checklist, 3 marks, 1 piece of evidence",
        ),
        (
            "ru",
            {"checklists": 33, "marks": 21, "evidence": 5},
            "Готово: Sift удалил 33 списка, 21 отметку, 5 доказательств",
        ),
        (
            "uk",
            {"checklists": 5, "marks": 2, "evidence": 3},
            "Готово: Sift видалив 5 списків, 2 позначки, 3 докази",
        ),
    ],
)
def test_bot_counts_follow_the_languages_plural_rules(lang, params, expected):
    assert t(lang, "ui.forget_done", **params).startswith(expected)


def test_rate_limit_message_in_russian():
    assert t("ru", "ui.rate_limited", limit=30, minutes=5) == (
        "За этот час вы уже сделали 30 проверок. Попробуйте снова через 5 минут."
    )
    assert t("ru", "ui.rate_limited", limit=22, minutes=1).endswith("через 1 минуту.")


@pytest.mark.parametrize(
    ("lang", "count", "expected"),
    [
        ("fr", 1, "…et 1 autre affirmation "),
        ("fr", 4, "…et 4 autres affirmations "),
        ("ru", 33, "…и ещё 33 утверждения "),
        ("ru", 11, "…и ещё 11 утверждений "),
        ("ru", 21, "…и ещё 21 утверждение "),
        ("uk", 3, "…і ще 3 твердження "),
        ("de", 1, "…und 1 weitere Aussage "),
    ],
)
def test_checklist_counts_follow_the_languages_plural_rules(lang, count, expected):
    assert phrase(lang, "labels.more", count=count).startswith(expected)
