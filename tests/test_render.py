"""Every output format renders the same checklist."""

import json

from bot.analysis import check_text
from bot.checklist.render import render_json, render_markdown, render_text
from tests.support import FIXTURES


def checklist():
    return check_text((FIXTURES / "fr-article.txt").read_text(encoding="utf-8"), origin="fr")


def test_json_contract_fields_in_checklist_order():
    data = json.loads(render_json(checklist()))
    assert data["language"] == "fr"
    first = data["claims"][0]
    assert {"quote", "sources", "hedged"} <= set(first)
    assert all({"name", "type"} <= set(s) for c in data["claims"] for s in c["sources"])
    assert [c["rank"] for c in data["claims"]] == list(range(1, len(data["claims"]) + 1))


def test_json_quotes_are_verbatim_from_the_article():
    text = (FIXTURES / "fr-article.txt").read_text(encoding="utf-8")
    for claim in json.loads(render_json(checklist()))["claims"]:
        assert claim["quote"] in text


def test_text_shows_sources_reasons_and_checks_in_the_articles_language():
    out = render_text(checklist())
    # French typography: a narrow no-break space before the colon.
    assert out.startswith("Liste de vérification\u202f: La Moldavie accuse Moscou")
    assert "l'agence TASS (média d'État)" in out
    assert "À vérifier d'abord" in out
    assert "Pourquoi vérifier" in out


def test_text_folds_the_rest_behind_a_count_unless_all():
    many = check_text(
        "\n\n".join(
            f"Le port numéro {i} a traité {i * 1000} tonnes de blé en mars, a indiqué "
            "l'autorité portuaire."
            for i in range(1, 16)
        ),
    )
    assert "autres affirmations" in render_text(many)
    assert "autres affirmations" not in render_text(many, show_all=True)


def test_markdown_has_a_heading_and_a_task_list():
    out = render_markdown(checklist())
    assert out.startswith("# Liste de vérification")
    assert "1. [ ] " in out
    assert "**À vérifier d'abord\u202f:**" in out


LANGUAGES = ["en", "fr", "de", "es", "it", "pt", "ru", "uk"]


def test_every_checklist_locale_has_every_key_with_the_same_placeholders():
    import re
    import tomllib
    from importlib import resources

    def load(lang: str) -> dict:
        path = resources.files("bot.checklist") / "locales" / f"{lang}.toml"
        return tomllib.loads(path.read_text(encoding="utf-8"))

    reference = load("en")
    for lang in LANGUAGES:
        translated = load(lang)
        for section, table in reference.items():
            for key, text in table.items():
                assert key in translated.get(section, {}), (lang, section, key)
                wanted = set(re.findall(r"{(\w+)}", text))
                assert set(re.findall(r"{(\w+)}", translated[section][key])) == wanted, (
                    lang,
                    section,
                    key,
                )


def test_phrases_fill_their_parameters_in_the_language():
    from bot.checklist.render import phrase

    assert phrase("de", "html.progress", checked=3, total=9) == "3/9 geprüft"
    assert phrase("xx", "html.progress", checked=1, total=2) == phrase(
        "en", "html.progress", checked=1, total=2
    )
