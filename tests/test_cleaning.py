"""Page furniture pasted along with an article is removed before extraction."""

from bot.input.cleaning import clean_text, is_furniture
from tests.support import FIXTURES

PASTED = """Accueil » MONDE » Les exportations de blé russe atteignent un record

Les exportations de blé russe atteignent un record

par

Les exportations de blé russe ont atteint 48 millions de tonnes, selon le ministère.

Un cargo chargé de céréales

La récolte de cette année est estimée à 90 millions de tonnes.

Partager

Articles liés

Ce site utilise des cookies pour améliorer votre expérience. Accepter
"""


def test_breadcrumb_byline_caption_related_and_cookie_banner_are_removed():
    cleaned = clean_text(PASTED)
    assert cleaned.title == "Les exportations de blé russe atteignent un record"
    assert cleaned.text.split("\n\n") == [
        "Les exportations de blé russe ont atteint 48 millions de tonnes, selon le ministère.",
        "La récolte de cette année est estimée à 90 millions de tonnes.",
    ]
    for furniture in (
        "Accueil » MONDE »",
        "par",
        "Un cargo chargé de céréales",
        "Partager",
        "Articles liés",
    ):
        assert furniture in cleaned.removed


def test_a_title_with_a_full_stop_repeated_as_first_paragraph_is_kept_once():
    text = (
        "Le port a rouvert mardi.\n\nLe port a rouvert mardi.\n\n"
        "Les dockers ont repris le travail après trois semaines de grève."
    )
    cleaned = clean_text(text)
    assert cleaned.title == "Le port a rouvert mardi."
    assert cleaned.text == "Les dockers ont repris le travail après trois semaines de grève."


def test_english_furniture_lines():
    for line in (
        "Home » World » Europe",
        "By Jane Smith, Brussels",
        "Related Articles",
        "Share this article",
        "Read the full transcript of the interview",
        "We use cookies to improve your experience. Accept all cookies",
        "This article was adapted from a report by our partner site.",
        "Additional reporting by Tom Jones; Editing by Ann Lee",
    ):
        assert is_furniture(line), line


def test_sentences_are_not_furniture():
    assert not is_furniture("By Tuesday, the strike had spread to four other ports.")
    assert not is_furniture("The company said it uses cookies only where the law allows it, " * 10)


def test_a_paragraph_ending_on_a_german_closing_quote_is_prose_not_a_caption():
    text = (
        "Minister will Mietrecht verschärfen\n\nDer Minister fügte hinzu: „Wir ändern das "
        "Gesetz.“\n\nDer Verband sprach von »einem ersten Schritt«\n\nFoto: Archiv"
    )
    kept = clean_text(text).text.split("\n\n")
    assert kept == [
        "Der Minister fügte hinzu: „Wir ändern das Gesetz.“",
        "Der Verband sprach von »einem ersten Schritt«",
    ]


def test_list_items_after_a_colon_are_kept():
    text = (
        "Trade deal at risk\n\nThe minister also said:\n\nThe border will stay open\n\n"
        "Tariffs will not rise this year\n\nTalks resume on Monday, officials said."
    )
    kept = clean_text(text).text.split("\n\n")
    assert "The border will stay open" in kept
    assert "Tariffs will not rise this year" in kept


def test_fixture_articles_lose_their_captions():
    english = clean_text((FIXTURES / "en-article.txt").read_text(encoding="utf-8"))
    assert "A container ship waits off the coast" in english.removed
    assert "Related Articles" in english.removed
    assert all("cookies" not in p for p in english.text.split("\n\n"))


def test_names_in_guillemets_opening_a_paragraph_are_not_a_breadcrumb():
    cleaned = clean_text(
        "Футбол. Первая лига\n\n"
        "Саратовский «Сокол» обыграл воронежский «Факел» со счётом 2:1 в матче 24-го тура."
    )
    assert cleaned.text.startswith("Саратовский «Сокол» обыграл")


def test_a_breadcrumb_with_guillemet_separators_is_still_removed():
    cleaned = clean_text(
        "Accueil » Monde » Europe\n\nLe Parlement européen a voté mardi le nouveau budget."
    )
    assert cleaned.text.startswith("Le Parlement européen")
