"""Source typing from the curated outlet list."""

import pytest

from bot.extraction.outlets import (
    find_outlet,
    find_outlet_after_article,
    lookup_outlet,
    outlets_version,
)
from bot.models import SourceRole, SourceType


def test_kcna_described_in_french_is_kcna_state_media():
    outlet = lookup_outlet("l'agence de presse nord-coréenne KCNA")
    assert outlet is not None
    assert (outlet.name, outlet.type, outlet.role) == (
        "KCNA",
        SourceType.STATE_MEDIA,
        SourceRole.AGENCY,
    )


def test_wire_agencies_state_media_and_tabloids():
    assert lookup_outlet("Reuters").type == SourceType.WIRE_AGENCY
    assert lookup_outlet("l'agence TASS").type == SourceType.STATE_MEDIA
    assert lookup_outlet("the Daily Mirror").type == SourceType.TABLOID
    assert lookup_outlet("Bild").type == SourceType.TABLOID
    assert lookup_outlet("la BBC").type == SourceType.PUBLIC_BROADCASTER


def test_acronyms_match_only_in_capitals():
    assert lookup_outlet("an AP photographer").name == "AP"
    assert lookup_outlet("a map of the area") is None
    assert find_outlet("the rap singer") is None


def test_the_list_is_versioned():
    assert outlets_version()


def test_a_name_without_its_article_is_found_only_where_a_preposition_took_the_article():
    """ "au Monde", "al País" (El País is written "al País"), "ao Globo"."""
    found = find_outlet_after_article("Monde que les lits seraient ouverts")
    assert found is not None and (found[0].name, found[1]) == ("Le Monde", "Monde")
    assert find_outlet_after_article("País que")[0].name == "El País"
    assert find_outlet_after_article("Globo que")[0].name == "O Globo"
    # Not in the middle of a text, not in lowercase, not a longer word.
    assert find_outlet_after_article("le tour du Monde") is None
    assert find_outlet_after_article("monde entier") is None
    assert find_outlet_after_article("Mondes perdus") is None


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("told The Australian on Monday", "The Australian"),
        ("told NDTV that", "NDTV"),
        ("disse ao g1 que", "Globo"),
        ("ha detto al Corriere del Veneto", "Corriere del Veneto"),
        ("en diálogo con Cadena 3", "Cadena 3"),
    ],
)
def test_regional_outlets_the_probes_cited_are_known(text: str, name: str) -> None:
    found = find_outlet(text)
    assert found is not None and found[0].name == name


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("a déclaré au Dauphiné libéré un agriculteur", "Le Dauphiné libéré"),
        ("ha detto al Resto del Carlino il sindaco", "Il Resto del Carlino"),
        ("dijo a La Voz de Galicia el alcalde", "La Voz de Galicia"),
        ("сообщил «Фонтанке» источник", "Fontanka"),
    ],
)
def test_regional_outlets_are_known(text: str, expected: str):
    found = find_outlet(text) or find_outlet_after_article(text.split(" ", 3)[-1])
    assert found is not None and found[0].name == expected


def test_the_longest_name_ending_on_a_word_boundary_wins():
    assert find_outlet("laut Bild am Sonntag")[1] == "Bild am Sonntag"
    assert find_outlet("laut Bild-Zeitung")[1] == "Bild-Zeitung"
    assert find_outlet("told the Sunday paper") is None  # "Sun" inside a longer word
    assert find_outlet("a déclaré au quotidien Le Monde")[1] == "Le Monde"
