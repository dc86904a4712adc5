"""Cue files: every language's data loads, compiles and matches whole words in any case."""

import pytest

from bot.extraction.lexicon import (
    PhraseMatcher,
    _alternation,
    available_languages,
    get_lexicon,
    load_language_data,
    load_language_section,
    phrase_regex,
)

LANGUAGES = ["en", "fr", "de", "es", "it", "pt", "ru", "uk"]


def test_the_eight_languages_have_cue_files():
    assert set(LANGUAGES) <= available_languages()


@pytest.mark.parametrize("code", LANGUAGES)
def test_every_cue_file_compiles_with_the_core_lists(code: str):
    lexicon = get_lexicon(code)
    assert lexicon.code == code
    for name in ("verbs", "according_to", "hedges", "months", "titles"):
        assert getattr(lexicon, name) is not None, name
    assert lexicon.abbreviations
    assert lexicon.raw["detection"]["stopwords"]


def test_phrases_merge_into_a_trie_preferring_the_longest():
    pattern = _alternation(["a dit", "a déclaré", "a déclaré que"])
    assert pattern == r"a\s+d(?:it|éclaré(?:\s+que)?)"


def test_matching_ignores_case_and_apostrophe_style_but_keeps_offsets():
    matcher = PhraseMatcher(_alternation(["d'après", "selon"]))
    text = "D’après la police, et SELON les pompiers"
    assert [(m.start(), m.end()) for m in matcher.finditer(text)] == [(0, 7), (22, 27)]


def test_matching_needs_whole_words():
    matcher = PhraseMatcher(_alternation(["dit"]))
    assert matcher.search("il a dit") is not None
    assert matcher.search("un crédit") is None
    assert matcher.search("on le redit") is None


def test_text_whose_lowercase_changes_length_still_matches():
    matcher = PhraseMatcher(_alternation(["selon"]))
    text = "İstanbul, selon la police"
    match = matcher.search(text)
    assert match is not None and text[match.start() : match.end()] == "selon"


def test_one_table_of_a_cue_file_reads_as_in_the_whole_file():
    for code in sorted(available_languages()):
        whole = load_language_data(code)
        for section in ("detection", "hedging", "dates"):
            assert load_language_section(code, section) == whole.get(section, {}), (code, section)


def test_a_phrase_never_matches_inside_a_word_or_after_a_hyphen():
    matcher = phrase_regex(["dit", "selon"])
    assert matcher is not None
    assert matcher.search("Il a dit non").group() == "dit"
    assert matcher.search("Selon l'AFP, ...").span() == (0, 5)
    assert matcher.search("un édit royal") is None
    assert matcher.search("le non-dit") is None
    assert matcher.search("les dits") is None


def test_german_phrases_with_eszett_also_match_the_swiss_spelling():
    lexicon = get_lexicon("de")
    assert lexicon.according_to is not None
    assert lexicon.according_to.search("Gemäss dem Bundesamt für Statistik")
    assert lexicon.according_to.search("Gemäß dem Bundesamt für Statistik")
    cues = lexicon.words("attribution", "fronted_report_cues")
    assert "heisst es" in cues and cues.count("heißt es") == 1
