"""Language detection among the languages Sift has cue data for."""

from bot.extraction.language import SUPPORTED_LANGUAGES, detect_language
from tests.support import FIXTURES


def test_french_and_english_fixtures():
    assert detect_language((FIXTURES / "fr-article.txt").read_text(encoding="utf-8")) == "fr"
    assert detect_language((FIXTURES / "en-article.txt").read_text(encoding="utf-8")) == "en"


def test_one_paragraph_is_enough():
    assert (
        detect_language("Le gouvernement a annoncé mardi une hausse des salaires de 3 %.") == "fr"
    )
    assert detect_language("The government announced on Tuesday that wages would rise.") == "en"


def test_an_unsupported_language_is_undetermined():
    assert (
        detect_language("Hallitus ilmoitti tiistaina, että palkat nousevat kolme prosenttia.")
        == "und"
    )
    assert detect_language("12345 67890") == "und"


def test_french_and_english_are_supported():
    assert {"fr", "en"} <= SUPPORTED_LANGUAGES
