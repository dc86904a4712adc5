"""Sentence splitting survives what news text is full of."""

from bot.extraction.lexicon import get_lexicon
from bot.extraction.segmentation import Paragraph, split_sentences


def sentences(text: str, language: str) -> list[str]:
    return [s.text for s in split_sentences(Paragraph(text, 0, 0), get_lexicon(language))]


def test_french_titles_and_initials_do_not_end_a_sentence():
    text = "M. Poutine a reçu Mme Merkel au Kremlin. J. Dupont était présent."
    assert sentences(text, "fr") == [
        "M. Poutine a reçu Mme Merkel au Kremlin.",
        "J. Dupont était présent.",
    ]


def test_english_abbreviations_do_not_end_a_sentence():
    text = "Dr. Jones met U.S. officials on Monday. Mr. Smith said nothing."
    assert sentences(text, "en") == [
        "Dr. Jones met U.S. officials on Monday.",
        "Mr. Smith said nothing.",
    ]


def test_police_ranks_of_wire_copy_do_not_end_a_sentence():
    text = "The bus slid into a ditch, Const. Sarah Roy told reporters. Det. Insp. Lee agreed."
    assert sentences(text, "en") == [
        "The bus slid into a ditch, Const. Sarah Roy told reporters.",
        "Det. Insp. Lee agreed.",
    ]


def test_numbers_with_spaces_commas_and_dots_stay_whole():
    text = (
        "Il a offert 100 000 soldats et 3,3 milliards de livres. "
        "Le déficit atteint $40bn ou 1.5 million."
    )
    assert sentences(text, "fr") == [
        "Il a offert 100 000 soldats et 3,3 milliards de livres.",
        "Le déficit atteint $40bn ou 1.5 million.",
    ]


def test_a_quotation_that_ends_a_sentence_closes_it():
    text = '"The figure is less than 100. It is still too many," she said. Talks resume on Friday.'
    assert sentences(text, "en") == [
        '"The figure is less than 100.',
        'It is still too many," she said.',
        "Talks resume on Friday.",
    ]


def test_french_guillemets_with_spaces():
    text = "« Nous avons des preuves. » Le ministre a ensuite quitté la salle."
    assert sentences(text, "fr") == [
        "« Nous avons des preuves. »",
        "Le ministre a ensuite quitté la salle.",
    ]


def test_a_question_inside_a_quote_followed_by_lowercase_does_not_split():
    text = '"Is it true?" he asked. Nobody answered.'
    assert sentences(text, "en") == ['"Is it true?" he asked.', "Nobody answered."]


def test_offsets_point_into_the_paragraph():
    paragraph = Paragraph("First one here. Second one there.", 10, 0)
    parts = split_sentences(paragraph, get_lexicon("en"))
    assert [(s.start, s.end) for s in parts] == [(10, 25), (26, 43)]


def test_text_without_end_punctuation_is_cut_into_bounded_pieces():
    text = " ".join(["the minister said the agency reported officials told reporters"] * 120)
    parts = split_sentences(Paragraph(text, 0, 0), get_lexicon("en"))
    assert len(parts) > 1
    assert all(len(p.text) <= 1500 for p in parts)
    assert all(text[p.start : p.end] == p.text for p in parts)


def test_german_reversed_guillemets_end_and_start_sentences():
    text = (
        "Die Behörde hat die Aufsicht geprüft. »Wir müssen handeln.« Die Regeln werden "
        "verschärft. »Die Lage ist ernst«, sagte die Präsidentin."
    )
    assert sentences(text, "de") == [
        "Die Behörde hat die Aufsicht geprüft.",
        "»Wir müssen handeln.«",
        "Die Regeln werden verschärft.",
        "»Die Lage ist ernst«, sagte die Präsidentin.",
    ]


def test_german_reversed_guillemets_quote_only_what_they_enclose():
    text = "»Die Lage ist ernst«, sagte die Präsidentin. Die Regeln werden verschärft."
    first, second = split_sentences(Paragraph(text, 0, 0), get_lexicon("de"))
    assert [first.text[a:b] for a, b in first.quoted_spans] == ["»Die Lage ist ernst«"]
    assert second.quoted_spans == [] and not second.inside_quote_at_start


def test_a_german_quotation_over_two_sentences_closes_on_its_last():
    text = "»Die Lage ist ernst. Wir handeln jetzt.« Das sagte die Präsidentin am Montag."
    parts = split_sentences(Paragraph(text, 0, 0), get_lexicon("de"))
    assert [p.text for p in parts][-1] == "Das sagte die Präsidentin am Montag."
    assert parts[1].inside_quote_at_start and not parts[-1].inside_quote_at_start
    assert parts[-1].quoted_spans == []


def test_a_spanish_insert_between_dashes_is_the_narrators_not_the_quotation():
    text = "—No vamos a ceder —afirmó el ministro—, y la aprobaremos en junio."
    (sentence,) = split_sentences(Paragraph(text, 0, 0), get_lexicon("es"))
    quoted = [sentence.text[a:b] for a, b in sentence.quoted_spans]
    assert not any("afirmó" in q for q in quoted), quoted
    assert any("aprobaremos" in q for q in quoted), quoted


def test_a_french_incise_between_commas_is_the_narrators_not_the_quotation():
    text = "« Rien n'a bougé depuis la grève de 2022, déplore le maire. Le ministère se tait. »"
    first, second = split_sentences(Paragraph(text, 0, 0), get_lexicon("fr"))
    quoted = [first.text[a:b] for a, b in first.quoted_spans]
    assert not any("déplore" in q for q in quoted), quoted
    assert any("grève" in q for q in quoted), quoted
    assert second.inside_quote_at_start


def test_an_inverted_auxiliary_incise_resumes_the_quotation_after_it():
    text = "« Nous resterons mobilisés, a-t-il assuré, jusqu'au retrait du projet. »"
    (sentence,) = split_sentences(Paragraph(text, 0, 0), get_lexicon("fr"))
    quoted = [sentence.text[a:b] for a, b in sentence.quoted_spans]
    assert not any("assuré" in q for q in quoted), quoted
    assert any("retrait" in q for q in quoted), quoted


def test_a_speakers_own_words_between_commas_stay_quoted():
    text = "« Je le dis, je le répète, nous ne céderons pas. »"
    (sentence,) = split_sentences(Paragraph(text, 0, 0), get_lexicon("fr"))
    assert [sentence.text[a:b] for a, b in sentence.quoted_spans] == [text]


def test_a_german_quotation_closing_on_its_full_stop_ends_the_sentence():
    text = "Dörr sagte: „Die Kommunen brauchen 2 Milliarden Euro mehr.“ Das ist viel."
    assert sentences(text, "de") == [
        "Dörr sagte: „Die Kommunen brauchen 2 Milliarden Euro mehr.“",
        "Das ist viel.",
    ]


def test_an_english_opening_quote_after_a_full_stop_opens_the_next_sentence():
    text = "He left the room. “We are done,” she said."
    assert sentences(text, "en") == ["He left the room.", "“We are done,” she said."]


def test_the_network_x_ends_a_sentence_but_an_initial_x_does_not():
    text = (
        "« Un immense artiste nous quitte », a écrit le maire sur X. Le préfet a annoncé un "
        "hommage. Malcolm X. Little est né en 1925."
    )
    assert sentences(text, "fr") == [
        "« Un immense artiste nous quitte », a écrit le maire sur X.",
        "Le préfet a annoncé un hommage.",
        "Malcolm X. Little est né en 1925.",
    ]


def test_a_quotation_inside_a_guillemet_quotation_does_not_close_it():
    text = (
        "«Нас удивило, что заявку подал советник партии «Зелёные» Пётр Орлов. "
        "Мы узнали об этом вчера», — сказал организатор."
    )
    first, second = split_sentences(Paragraph(text, 0, 0), get_lexicon("ru"))
    assert first.opens_quote
    assert second.inside_quote_at_start
    assert "Мы узнали" in second.text[slice(*second.quoted_spans[0])]


def test_a_company_suffix_or_a_time_ends_a_sentence_before_a_capitalised_function_word():
    text = (
        "The contract went to Pristine Facilities Ltd. The indictment says the firm paid "
        "bribes. Apple Inc. Chief Executive Tim Cook spoke at 9 a.m. It was brief."
    )
    assert sentences(text, "en") == [
        "The contract went to Pristine Facilities Ltd.",
        "The indictment says the firm paid bribes.",
        "Apple Inc. Chief Executive Tim Cook spoke at 9 a.m.",
        "It was brief.",
    ]
