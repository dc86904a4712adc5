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


def test_markdown_is_a_task_list_with_the_details_nested_under_each_claim():
    out = render_markdown(checklist())
    assert out.startswith("# Liste de vérification")
    lines = out.splitlines()
    boxes = [i for i, line in enumerate(lines) if line.startswith("- [ ] ")]
    assert lines[boxes[0]].startswith("- [ ] **1.** ")
    assert len(boxes) == 10
    # Between two boxes, only lines indented under the first one: its nested list.
    for start, end in zip(boxes, boxes[1:], strict=False):
        assert all(line.startswith(("  - ", "    - ")) for line in lines[start + 1 : end])
    assert "  - **À vérifier d'abord\u202f:** " in out
    # The count of hidden claims is a paragraph of its own, not part of the last item.
    assert lines[-2] == "" and lines[-1].startswith("…et 1 autre affirmation ")


def test_counts_take_the_plural_form_of_the_language():
    text = "\n\n".join(
        f"Le port numéro {i} a traité {i * 1000} tonnes de blé en mars, a indiqué "
        "l'autorité portuaire."
        for i in range(1, 12)
    )
    out = render_text(check_text(text))
    assert "· 11 affirmations" in out
    assert "…et 1 autre affirmation (" in out


def test_json_detail_notes_are_in_the_checklists_language():
    data = json.loads(render_json(checklist()))
    notes = {d["note"] for c in data["claims"] for d in c["details"] if "note" in d}
    assert notes and notes <= {"quelle année ?", "par rapport à la date de l'article"}


def test_phrases_fill_their_parameters_in_the_language():
    from bot.checklist.render import phrase

    assert phrase("de", "html.progress", checked=3, total=9) == "3/9 geprüft"
    assert phrase("ru", "html.header_claims", count=33) == "33 утверждения для проверки"
    assert phrase("ru", "html.header_claims", count=21) == "21 утверждение для проверки"
    assert phrase("uk", "html.more", count=5) == "Ще 5 тверджень. Повний список — /export."
    assert phrase("xx", "html.progress", checked=1, total=2) == phrase(
        "en", "html.progress", checked=1, total=2
    )
