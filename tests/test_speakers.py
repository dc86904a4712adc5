"""Who is who: the memory of persons that pronouns and titles are resolved against."""

from bot.extraction.lexicon import get_lexicon
from bot.extraction.speakers import (
    FEMININE,
    MASCULINE,
    GenderCues,
    SpeakerMemory,
    is_capitalised,
)


def test_a_surname_alone_is_the_full_name_learned_before():
    memory = SpeakerMemory()
    memory.learn("Tim Morrison")
    memory.remember("Morrison")
    assert memory.last_person == "Tim Morrison"


def test_a_pronoun_of_one_gender_skips_a_person_of_the_other():
    memory = SpeakerMemory()
    memory.remember("Maria Lopez", FEMININE)
    memory.remember("John Smith", MASCULINE)
    assert memory.person(FEMININE) == "Maria Lopez"
    assert memory.person(MASCULINE) == "John Smith"
    assert memory.person(None) == "John Smith"


def test_an_inflected_surname_is_the_known_person():
    memory = SpeakerMemory(case_suffixes=("ого", "ий", "а"))
    memory.learn("Володимир Зеленський")
    assert memory.inflected_surname("Зеленського") == "Володимир Зеленський"
    assert memory.knows_surname("Зеленського")


def test_capitals_past_quotes_and_elided_articles():
    assert is_capitalised("«Reuters")
    assert is_capitalised("l’Express")
    assert not is_capitalised("selon")


def test_a_given_name_alone_tells_the_gender_a_pronoun_must_agree_with():
    cues = GenderCues(get_lexicon("fr"))
    assert cues.of_name("Antoine") == MASCULINE
    assert cues.of_name("Antoine*") == MASCULINE  # a first name changed by the paper
    assert cues.of_name("Hélène") == FEMININE
    assert cues.of_name("Dominique") is None  # given to women and men alike


def test_a_title_without_its_complement_stands_for_the_one_holder_of_the_fuller_title():
    memory = SpeakerMemory(titled={"мэр города": "Антон Белов"})
    assert memory.title_holder("мэр") == "Антон Белов"
    memory.titled["мэр области"] = "Олег Ким"
    assert memory.title_holder("мэр") is None  # two holders: no guess


def test_a_pronoun_with_no_subject_of_its_gender_stands_for_the_person_of_it_mentioned_last():
    memory = SpeakerMemory()
    memory.remember("Paul Durand", "m")
    memory.genders["Marie Leroy"] = "f"
    memory.mention("Marie Leroy")
    assert memory.person("f") == "Marie Leroy"
    assert memory.person("m") == "Paul Durand"
