"""Checkable details: figures, percentages, money, dates and vague dates."""

from bot.extraction.details import find_details
from bot.extraction.lexicon import get_lexicon
from bot.models import DetailKind


def details(text: str, language: str) -> list[tuple[DetailKind, str]]:
    return [(d.kind, d.text) for d in find_details(text, get_lexicon(language))]


def test_french_money_with_scale_and_spaces():
    found = details(
        "Le commerce a atteint 40 milliards de dollars et 3,3 milliards de livres.", "fr"
    )
    assert (DetailKind.MONEY, "40 milliards de dollars") in found
    assert (DetailKind.MONEY, "3,3 milliards de livres") in found


def test_french_figure_with_space_thousands_and_percentage():
    found = details("Il a offert 100 000 soldats ; les importations ont augmenté de 55 %.", "fr")
    assert (DetailKind.FIGURE, "100 000") in found
    assert (DetailKind.PERCENTAGE, "55 %") in found


def test_english_money_with_symbol_and_suffix():
    found = details("The deal is worth $40bn, up 12 percent on last year.", "en")
    assert (DetailKind.MONEY, "$40bn") in found
    assert (DetailKind.PERCENTAGE, "12 percent") in found


def test_a_month_without_a_year_is_a_vague_date():
    found = find_details(
        "Le ministre a déclaré en juin que le chantier était terminé.", get_lexicon("fr")
    )
    vague = [d for d in found if d.kind == DetailKind.VAGUE_DATE]
    assert vague and vague[0].text == "juin" and vague[0].note


def test_a_month_with_a_year_is_a_date():
    found = details("Le dernier essai remonte à septembre 2017.", "fr")
    assert (DetailKind.DATE, "septembre 2017") in found


def test_relative_dates_are_vague():
    found = details("The strike began last week and talks resume tomorrow.", "en")
    kinds = {text: kind for kind, text in found}
    assert kinds["last week"] == DetailKind.VAGUE_DATE


def test_may_the_verb_is_not_a_month():
    found = details("The plant may close if demand keeps falling.", "en")
    assert all(kind != DetailKind.VAGUE_DATE for kind, _ in found)


def names(text: str, language: str) -> list[str]:
    return [t for kind, t in details(text, language) if kind == DetailKind.NAME]


def test_a_name_opening_the_sentence_is_kept_whole():
    assert names("Kim Jong Un aurait offert 100 000 soldats.", "fr") == ["Kim Jong Un"]
    assert names("Vladimir Putin said on Monday that talks had failed.", "en")[0] == (
        "Vladimir Putin"
    )


def test_an_ordinary_first_word_is_not_part_of_the_name_after_it():
    assert names("La Corée du Nord aurait créé 60 ogives.", "fr") == ["Corée du Nord"]
    assert names("Selon Vladimir Poutine, la guerre durera.", "fr") == ["Vladimir Poutine"]
    assert names("The United Nations said 300 people had died.", "en") == ["United Nations"]


def test_a_single_capitalised_first_word_is_no_name():
    assert names("Hier, le gouvernement a annoncé 300 suppressions de postes.", "fr") == []


def test_a_place_the_cue_file_lists_opens_a_name_it_belongs_to():
    assert names("North Korea said it had tested a missile.", "en") == ["North Korea"]
