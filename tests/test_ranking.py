"""The checklist's order is its ranking: what most needs checking comes first."""

from bot.analysis import check_text
from bot.checklist.ranking import WEIGHTS, assess, claim_features, wording
from bot.extraction.lexicon import get_lexicon
from tests.support import FIXTURES, claims_of


def fixture_checklist(name: str):
    return check_text((FIXTURES / name).read_text(encoding="utf-8"), origin=name)


def test_headline_comes_last():
    checklist = fixture_checklist("fr-article.txt")
    assert checklist.items[-1].claim.headline


def test_figures_hedges_and_interested_sources_outrank_background():
    items = fixture_checklist("fr-article.txt").items

    def rank(start: str) -> int:
        return next(i.rank for i in items if i.claim.quote.startswith(start))

    background = rank("La Moldavie, ancienne")
    assert rank("Selon les services") < background  # a figure, hedged
    assert rank("D'après un haut responsable") < background  # unnamed source, figure, hedged
    assert rank("Moscou a démenti") < background  # state media, an interested party


def test_quoted_colour_ranks_below_reported_facts():
    items = fixture_checklist("en-article.txt").items
    quote = next(i for i in items if i.claim.quote.startswith('"We will not go back'))
    fact = next(i for i in items if i.claim.quote.startswith("Dock workers"))
    assert fact.rank < quote.rank


def test_every_item_says_why_and_what_to_check_first():
    for item in fixture_checklist("en-article.txt").items:
        assert item.reasons
        assert item.checks
        assert item.search_links["news"].startswith("https://")


def test_an_agency_claim_says_to_trace_the_dispatch():
    items = fixture_checklist("fr-article.txt").items
    tass = next(i for i in items if "TASS" in i.claim.quote)
    assert tass.checks[0].code in {"trace_agency", "trace_statement"}
    assert any(r.code == "state_media" for r in tass.reasons)


def test_a_figure_asks_for_primary_data():
    items = fixture_checklist("en-article.txt").items
    port = next(i for i in items if "180 million tonnes" in i.claim.quote)
    assert any(c.code == "primary_data" for c in port.checks)


def test_ranks_are_consecutive_and_priorities_descend():
    items = fixture_checklist("en-article.txt").items
    assert [i.rank for i in items] == list(range(1, len(items) + 1))
    assert all(a.priority >= b.priority for a, b in zip(items, items[1:], strict=False))


def _priority(sentence: str, language: str) -> float:
    """A one-sentence claim's priority, at the same place in an article as any other."""
    claim = claims_of(sentence, language)[0]
    lexicon = get_lexicon(language)
    weights = {**WEIGHTS, **lexicon.raw.get("ranking", {}).get("weights", {})}
    return assess(claim, 0.5, wording(claim, lexicon), weights)[0]


def test_the_writers_conclusion_ranks_below_the_same_words_stated_as_a_fact():
    fact = "The council has doubled its spending on roads since 2020."
    conclusion = "In other words, the council has doubled its spending on roads since 2020."
    assert wording(claims_of(conclusion, "en")[0], get_lexicon("en"))["conclusion"]
    assert _priority(conclusion, "en") < _priority(fact, "en")


def test_a_hypothesis_ranks_below_a_fact():
    hypothesis = "If the court upholds the ruling, the airline will pay a fine of 2 million euros."
    fact = "The court upheld the ruling, and the airline will pay a fine of 2 million euros."
    assert wording(claims_of(hypothesis, "en")[0], get_lexicon("en"))["hypothesis"]
    assert not wording(claims_of(fact, "en")[0], get_lexicon("en"))["hypothesis"]
    assert _priority(hypothesis, "en") < _priority(fact, "en")


def test_if_inside_a_sentence_is_no_hypothesis():
    text = "The ministry will decide in June if the school year is extended by a week."
    assert not wording(claims_of(text, "en")[0], get_lexicon("en"))["hypothesis"]


def test_a_speakers_we_in_a_short_quotation_does_not_make_the_narrator_speak():
    lexicon = get_lexicon("en")
    narrated = claims_of(
        "The airline said on Monday that flights to the island would resume on Friday, "
        'adding that "we have hired 40 more pilots" since the strike.',
        "en",
    )[0]
    assert not wording(narrated, lexicon)["first_person"]
    quoted = claims_of('"We have hired 40 more pilots since May," the airline said.', "en")[0]
    assert wording(quoted, lexicon)["first_person"]


def test_us_in_capitals_is_the_country_not_we():
    lexicon = get_lexicon("en")
    country = claims_of("The US will send 300 more troops to the border in March.", "en")[0]
    assert not wording(country, lexicon)["first_person"]
    narrator = claims_of("The minister told us that I was the first to ask about it.", "en")[0]
    assert wording(narrator, lexicon)["first_person"]


def test_an_unnamed_sources_opinion_earns_nothing_for_its_anonymity():
    lexicon = get_lexicon("fr")
    opinion = claims_of(
        "Il faut changer de politique au plus vite, estiment des élus de la majorité.", "fr"
    )[0]
    report = claims_of(
        "Trois ministres ont changé de politique en juin, affirment des élus de la majorité.",
        "fr",
    )[0]
    assert wording(opinion, lexicon)["opinion"]
    assert claim_features(opinion, 0.5, wording(opinion, lexicon))["unnamed"] == 0.0
    assert claim_features(report, 0.5, wording(report, lexicon))["unnamed"] == 1.0
