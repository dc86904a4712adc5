"""A source is a well-formed name or description, or nothing.

Every candidate phrase goes through one validation step shared by all languages: a clause
that runs on into a finite verb is cut to the name before it, a short phrase after a
preposition (a place, a time) names nobody, a word in capitals is an acronym rather than
the function word it spells, and a title that follows another noun is an adjective of it.
The sentences are written for these tests in the manner of wire copy.
"""

import pytest

from bot.models import SourceType
from tests.support import claim_containing, claims_of, source_names


def test_an_acronym_is_an_organisation_not_the_word_it_spells():
    claims = claims_of("According to WHO, reported cases rose by 12 percent in 2023.", "en")
    assert source_names(claims[0]) == ["WHO"]


def test_per_an_acronym_names_it():
    claims = claims_of("The bacterium, per the WHO, is carried by fleas on small rodents.", "en")
    assert source_names(claims[0]) == ["WHO"]  # "per the" is the cue: never "per gallon"


def test_a_noun_after_its_article_is_no_reporting_verb():
    # "juge" is also a form of "juger": after "le" it is the judge, and what the judge
    # did at a reception is no statement of his.
    claims = claims_of(
        "Selon la presse locale, le juge Paul Girard avait assisté à une réception "
        "offerte par un cabinet d'avocats.",
        "fr",
    )
    assert source_names(claims[0]) == ["la presse locale"]


def test_a_clause_is_cut_to_the_name_before_its_finite_verb():
    claims = claims_of(
        "Experts on prison safety told the Herald that an inmate can be moved only after a "
        "full review by a psychologist.",
        "en",
    )
    names = source_names(claims[0])
    assert "Experts on prison safety" in names
    assert not any("told" in name or "can" in name.split() for name in names)


def test_a_phrase_holding_a_reporting_verb_is_a_clause_not_a_name():
    claims = claims_of("Two aides said the governor reportedly promised to veto the bill.", "en")
    assert source_names(claims[0]) == ["Two aides"]


def test_the_subject_of_the_reported_clause_is_not_an_inverted_speaker():
    claims = claims_of(
        "Two aides, speaking on condition of anonymity, said the governor promised to veto "
        "the bill.",
        "en",
    )
    assert source_names(claims[0]) == ["Two aides"]


def test_a_title_after_another_noun_is_an_adjective():
    # Spanish puts adjectives after the noun: "la tesis fiscal" is the prosecution's case,
    # not the prosecutor named before.
    claims = claims_of(
        "El fiscal Juan Pérez presentó el caso el lunes ante el tribunal. "
        "Según la tesis fiscal, el exalcalde cobró sobornos durante seis años.",
        "es",
    )
    claim = claim_containing(claims, "exalcalde")
    assert source_names(claim) == ["la tesis fiscal"]
    assert claim.sources[0].type != SourceType.PERSON


def test_a_title_after_a_prenominal_adjective_still_names_its_holder():
    claims = claims_of(
        "L'ancien ministre Paul Girard a présidé la commission pendant deux ans. "
        "L'ancien ministre a déclaré que le rapport serait publié en mars.",
        "fr",
    )
    claim = claim_containing(claims, "le rapport serait publié")
    assert source_names(claim) == ["Paul Girard"]


def test_he_refers_to_the_subject_of_the_last_main_clause():
    # The judge is the subject of the sentence before the quotation: "il" is him, not the
    # minister who spoke earlier.
    text = (
        "Le ministre Marc Dubois a salué mardi la réforme de la justice fiscale. "
        "Le juge Paul Girard présidait la séance. "
        "Lors d'un dîner à Lyon, le juge Girard l'a même défendue devant les invités. "
        "« Nous continuerons d'aller à ces réceptions », a-t-il affirmé."
    )
    claim = claim_containing(claims_of(text, "fr"), "Nous continuerons")
    assert source_names(claim) == ["Paul Girard"]


def test_a_document_noun_before_a_reporting_verb_is_the_noun_not_a_verb():
    claims = claims_of("Unconfirmed reports said the mayor had resigned on Friday.", "en")
    assert source_names(claims[0]) == ["Unconfirmed reports"]


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        (
            "fr",
            "La dette publique dépasse désormais 3 000 milliards d'euros, a indiqué le "
            "ministère de l'Économie et des Finances.",
            "le ministère de l'Économie et des Finances",
        ),
        (
            "fr",
            "Trois nouveaux cas ont été confirmés dans la région, a précisé le ministère de la "
            "Santé et de la Prévention.",
            "le ministère de la Santé et de la Prévention",
        ),
        (
            "es",
            "El paro registrado bajó en 30.000 personas en octubre, según el Ministerio de "
            "Trabajo y Economía Social.",
            "el Ministerio de Trabajo y Economía Social",
        ),
        (
            "pt",
            "O aumento das exportações foi anunciado ontem pelo Ministério da Economia e do "
            "Mar em Lisboa.",
            "Ministério da Economia e do Mar",
        ),
        (
            "it",
            "Il debito pubblico è salito al 140 per cento, ha fatto sapere il ministero "
            "dell'Economia e delle Finanze.",
            "il ministero dell'Economia e delle Finanze",
        ),
        (
            "uk",
            "Кількість опорних шкіл у громадах зросла на 12%, повідомили у Міністерстві "
            "освіти і науки.",
            "у Міністерстві освіти і науки",
        ),
        (
            "ru",
            "Число школ с бассейнами за год выросло на 12%, сообщили в Министерстве "
            "просвещения и науки.",
            "в Министерстве просвещения и науки",
        ),
    ],
)
def test_a_conjunction_inside_an_institution_s_name_joins_a_portfolio_not_a_source(
    language: str, text: str, expected: str
) -> None:
    claims = claims_of(text, language)
    assert source_names(claims[0]) == [expected]


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        (
            "es",
            "Cuarenta personas fueron detenidas, según el Ministerio del Interior y la "
            "Guardia Civil.",
            ["el Ministerio del Interior", "la Guardia Civil"],
        ),
        (
            "fr",
            "Deux patients sont morts, selon le ministère de la Santé et de nombreux médecins "
            "hospitaliers.",
            ["le ministère de la Santé"],
        ),
    ],
)
def test_a_conjunction_before_an_article_or_a_common_noun_leaves_the_institution_s_name(
    language: str, text: str, expected: list[str]
) -> None:
    claims = claims_of(text, language)
    assert source_names(claims[0]) == expected
