"""Grounding: only the article's own words and stated sources survive."""

from __future__ import annotations

from bot.extraction.grounding import (
    Candidate,
    FoldedText,
    fold,
    ground_claims,
    name_in,
    neighbourhood,
    sentence_starts,
)
from bot.models import SourceType
from tests.fakes.llm_articles import FERRY_TEXT, FERRY_TITLE

TEXT = FERRY_TEXT


def ground(*candidates: Candidate, text: str = TEXT, title: str = ""):
    return ground_claims(text, candidates, title=title)


def test_exact_quote_is_kept_with_its_offset() -> None:
    quote = "Eleven people were treated in hospital for minor injuries."
    result = ground(Candidate(quote=quote))
    assert [c.quote for c in result.claims] == [quote]
    assert TEXT[result.claims[0].start :].startswith(quote)
    assert result.dropped_quotes == 0


def test_quote_marks_and_whitespace_differences_map_back_to_the_verbatim_text() -> None:
    # The model straightened the curly apostrophe, broke the line and doubled a space.
    quote = "The ferry's operator,  Nordlink Lines,\nsaid the vessel had passed"
    result = ground(Candidate(quote=quote))
    assert len(result.claims) == 1
    claim = result.claims[0]
    assert claim.quote == "The ferry’s operator, Nordlink Lines, said the vessel had passed"
    assert TEXT[claim.start : claim.start + len(claim.quote)] == claim.quote


def test_quote_wrapped_in_quotation_marks_by_the_model() -> None:
    result = ground(
        Candidate(quote='"The captain reported a loss of steering shortly after midnight,"')
    )
    assert (
        result.claims[0].quote == "The captain reported a loss of steering shortly after midnight,"
    )


def test_french_guillemets_with_spaces() -> None:
    text = (
        "Le ministre a été clair. « Nous ne fermerons pas la ligne avant l’hiver », a-t-il "
        "déclaré mardi devant les élus du conseil régional.\n"
    )
    result = ground(Candidate(quote='"Nous ne fermerons pas la ligne avant l\'hiver"'), text=text)
    assert result.claims[0].quote == "Nous ne fermerons pas la ligne avant l’hiver"


def test_dashes_and_ellipsis_compare_equal() -> None:
    text = "The mayor – who was re-elected in May – said the bridge would reopen… eventually.\n"
    result = ground(
        Candidate(quote="The mayor - who was re-elected in May - said the bridge would reopen..."),
        text=text,
    )
    assert (
        result.claims[0].quote
        == "The mayor – who was re-elected in May – said the bridge would reopen…"
    )


def test_invented_quote_is_dropped_and_counted() -> None:
    result = ground(
        Candidate(quote="The captain had been on duty for nineteen hours without a break"),
        Candidate(quote="Eleven people were treated in hospital"),
    )
    assert [c.quote for c in result.claims] == ["Eleven people were treated in hospital"]
    assert result.dropped_quotes == 1
    assert result.proposed == 2


def test_paraphrase_and_ellipsis_shortening_are_not_verbatim() -> None:
    result = ground(
        Candidate(quote="Eleven passengers were treated in hospital for minor injuries"),
        Candidate(quote="All passengers were taken ashore ... within four hours"),
    )
    assert result.claims == []
    assert result.dropped_quotes == 2


def test_too_short_quote_grounds_nothing() -> None:
    result = ground(Candidate(quote="the coastguard"), Candidate(quote="said"))
    assert result.claims == []
    assert result.dropped_quotes == 2


def test_source_in_the_same_sentence_is_kept() -> None:
    result = ground(
        Candidate(
            quote="the ship had been sailing at almost twice the speed allowed in the channel",
            sources=[("Reuters", "news agency"), ("two port workers", None)],
        )
    )
    sources = result.claims[0].sources
    assert [s.name for s in sources] == ["Reuters", "two port workers"]
    assert sources[0].type is SourceType.WIRE_AGENCY
    assert result.dropped_sources == 0


def test_source_in_the_neighbouring_sentence_is_kept() -> None:
    # "Maalen said" follows the quoted sentence; the speaker is named in the one before.
    result = ground(
        Candidate(
            quote="We do not yet know why.",
            sources=[("Maalen", "person")],
        ),
        Candidate(
            quote="Eleven people were treated in hospital for minor injuries",
            sources=[("Ingrid Maalen", None)],
        ),
    )
    assert [[s.name for s in c.sources] for c in result.claims] == [["Ingrid Maalen"], ["Maalen"]]


def test_invented_or_distant_source_is_dropped_and_counted() -> None:
    result = ground(
        Candidate(
            quote="The company carried 1.2 million passengers last year",
            sources=[("its annual report", "document"), ("BBC", None), ("Ingrid Maalen", None)],
        )
    )
    assert [s.name for s in result.claims[0].sources] == ["its annual report"]
    assert result.dropped_sources == 2


def test_source_name_case_and_word_order() -> None:
    window = "Jane Doe, the health minister, told parliament the clinic would close."
    assert name_in("jane doe", window)
    assert name_in("Health Minister Jane Doe", window)
    assert not name_in("Interior Minister Jane Doe", window)
    assert not name_in("AP", "The map showed the gap.")
    assert name_in("AP", "The AP reported it.")


def test_same_claim_twice_is_merged_with_both_sources() -> None:
    quote = "the ship had been sailing at almost twice the speed allowed in the channel"
    result = ground(
        Candidate(quote=quote, sources=[("Reuters", None)]),
        Candidate(quote=quote + ".", sources=[("two port workers", None)], hedged=True),
    )
    assert len(result.claims) == 1
    claim = result.claims[0]
    assert claim.quote == quote + "."
    assert {s.name for s in claim.sources} == {"Reuters", "two port workers"}
    assert claim.hedged


def test_claims_come_out_in_the_article_order() -> None:
    result = ground(
        Candidate(quote="The company carried 1.2 million passengers last year"),
        Candidate(quote="Eleven people were treated in hospital for minor injuries"),
    )
    assert [c.start for c in result.claims] == sorted(c.start for c in result.claims)


def test_hint_prefers_the_occurrence_in_the_chunk_read() -> None:
    text = "The council said the road would reopen on Monday.\n" * 3
    second = len(text) // 3
    result = ground(Candidate(quote="the road would reopen on Monday", hint=second), text=text)
    assert result.claims[0].start == second + len("The council said ")


def test_quote_only_in_the_title_is_a_headline_claim() -> None:
    result = ground(
        Candidate(quote="Ferry runs aground off Karsholm with 312 passengers"), title=FERRY_TITLE
    )
    assert result.claims[0].headline
    assert result.claims[0].start == -1
    assert result.claims[0].quote == "Ferry runs aground off Karsholm with 312 passengers"


def test_neighbourhood_spans_one_sentence_each_side() -> None:
    text = "One is here. Two is here. Three is here. Four is here. Five is here."
    starts = sentence_starts(text)
    start = text.index("Three")
    window = neighbourhood(text, starts, start, start + 5)
    assert window.strip() == "Two is here. Three is here. Four is here."


def test_folded_text_maps_every_character_back() -> None:
    folded = FoldedText("a “b” — c…")
    assert folded.folded == "a'b'-c..."
    assert fold("“b” — c") in folded.folded
    assert folded.find(fold("c…")) == (8, 10)
