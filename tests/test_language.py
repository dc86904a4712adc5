"""Language detection among the languages Sift has cue data for."""

from pathlib import Path

import pytest

from bot.analysis import check_text
from bot.errors import UnusableInput
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


@pytest.mark.parametrize(
    ("post", "code"),
    [
        # Italian sharing "la", "a", "le", "ha", "del" with Spanish and French
        (
            "Il governo ha approvato ieri il piano per le acciaierie del Sud. «Siamo "
            "pronti», ha detto il ministro, «a fare la nostra parte fino in fondo».",
            "it",
        ),
        ("La Regione ha chiuso le scuole e la metà dei cantieri per la neve.", "it"),
        ("A empresa anunciou a venda da fábrica e a saída de 200 funcionários.", "pt"),
        ("La empresa anunció la venta de la fábrica y el despido de 200 empleados.", "es"),
    ],
)
def test_a_short_post_in_a_neighbouring_language_is_told_apart(post: str, code: str):
    assert detect_language(post) == code


def test_an_unsupported_language_is_undetermined():
    assert (
        detect_language("Hallitus ilmoitti tiistaina, että palkat nousevat kolme prosenttia.")
        == "und"
    )
    assert detect_language("12345 67890") == "und"


def test_french_and_english_are_supported():
    assert {"fr", "en"} <= SUPPORTED_LANGUAGES


OTHER_LANGUAGES = Path(__file__).parent / "fixtures" / "other_languages"
UNSUPPORTED = ["nl", "fi", "tr", "pl", "sv", "cs", "ro", "ca", "zh", "ar", "ja", "be", "bg"]


def other_language(code: str) -> str:
    return (OTHER_LANGUAGES / f"{code}.txt").read_text(encoding="utf-8")


@pytest.mark.parametrize("code", UNSUPPORTED)
def test_a_language_sift_does_not_read_is_unknown(code):
    # Catalan is close to Spanish, Belarusian and Bulgarian share letters and words with
    # Russian, Dutch and Swedish share short words with German: none may pass for them.
    assert detect_language(other_language(code)) == "und"


@pytest.mark.parametrize("code", UNSUPPORTED)
def test_a_language_sift_does_not_read_is_refused_with_its_reason(code):
    with pytest.raises(UnusableInput) as refused:
        check_text(other_language(code))
    assert refused.value.code == "unsupported_language"
    assert "(unknown)" in refused.value.message


def test_a_long_chinese_text_is_unsupported_not_too_short():
    text = other_language("zh").strip() * 60
    assert len(text) > 5000 and len(text.split()) < 12
    with pytest.raises(UnusableInput) as refused:
        check_text(text)
    assert refused.value.code == "unsupported_language"


FRENCH_WITH_ENGLISH_POSTS = (
    "Le ministre britannique des Transports a publié mardi soir plusieurs messages sur le "
    "réseau social X pour défendre la hausse des péages sur les ponts de l'estuaire. "
    "« We will not back down, these bridges need investment now », a-t-il écrit. Un peu plus "
    "tard, il ajoutait : « Every penny raised will go to repairs, not to the Treasury. » "
    "Selon l'opposition travailliste, la mesure coûtera en moyenne 300 euros par an aux "
    "automobilistes du Kent, qui empruntent chaque jour le pont. Le syndicat des "
    "transporteurs routiers a annoncé une journée de mobilisation pour le 14 mars."
)


def test_a_french_article_quoting_english_posts_stays_french():
    assert detect_language(FRENCH_WITH_ENGLISH_POSTS) == "fr"
    assert check_text(FRENCH_WITH_ENGLISH_POSTS).article.language == "fr"


def test_an_english_article_quoting_german_stays_english():
    text = (
        "The German economy minister defended the new subsidy for heat pumps on Thursday. "
        "„Wir lassen niemanden mit den Kosten allein“, she told reporters in Berlin, adding "
        "that 2.4 billion euros had been set aside for the programme this year. Opposition "
        "MPs said the money would run out within months and called for a vote on the plan."
    )
    assert detect_language(text) == "en"


def test_a_dutch_article_quoting_english_is_still_not_read():
    text = (
        other_language("nl")
        + ' "We cannot keep the trams running for free," the deputy mayor wrote on Tuesday.'
    )
    assert detect_language(text) == "und"


def test_control_characters_and_broken_text_do_not_stop_detection():
    text = "\x00\x07\ud800" + FRENCH_WITH_ENGLISH_POSTS + "\ufffe\U0010ffff\x85"
    assert detect_language(text) == "fr"
