"""Who is who in an article: the people named so far and their grammatical gender.

`SpeakerMemory` follows an article from start to end so that "he said", "la ministre a
fait savoir" or "Зеленського" can be read as the person they stand for; `GenderCues`
reads a gender from the language's cue data (pronouns, honorifics, titles, name endings,
Slavic past-tense verb endings).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from bot.extraction.lexicon import Lexicon, phrase_regex
from bot.models import Source

# An elided article glued to a word: "l’Express", "d’Alembert".
APOSTROPHE_DETERMINER = re.compile(r"^[ldLD]['’]")
# A party or a place in brackets after a name: "Ute Kranich (Grüne)", "Max Roth (SPD)".
_TRAILING_BRACKETS = re.compile(r"\s*\([^()]{1,30}\)$")


def is_capitalised(token: str) -> bool:
    """Whether a word starts with a capital, past opening quotes and an elided article."""
    token = APOSTROPHE_DETERMINER.sub("", token.lstrip("(\"'“«‘"))
    return bool(token) and token[0].isupper()


def _verb(cue: str) -> str:
    """The first word of a reporting cue, lowercased: the verb whose ending tells."""
    words = cue.split()
    return words[0].lower() if words else ""


FEMININE, MASCULINE = "f", "m"
MAX_RECENT_PERSONS = 6


@dataclass
class SpeakerMemory:
    """The people named so far, to resolve "he said" and "the president said".

    Each person keeps the grammatical gender the article gave them, when it showed one
    ("Mme", "заявила", "Алла"), so that "she said" skips a man named after the woman
    who speaks.
    """

    last_person: str | None = None
    last_speaker: str | None = None  # any named speaker, an organisation included
    surnames: dict[str, str] = field(default_factory=dict)
    genders: dict[str, str] = field(default_factory=dict)
    recent: list[str] = field(default_factory=list)  # persons named last, latest last
    # Case endings of names in languages that inflect them ("Зеленського" for "Зеленський").
    case_suffixes: tuple[str, ...] = ()
    # The known person mentioned last in any role, an object included: whom "der
    # 42-Jährige" stands for ("Trump nominierte Gaetz. ... Das weist der 42-Jährige zurück").
    last_mentioned: str | None = None
    # Who holds a title, from appositions: "La ministre de la justice, Christiane Taubira,"
    # makes a later "la ministre" her, whoever was named in between.
    titled: dict[str, str] = field(default_factory=dict)
    last_group: str | None = None  # the body or group that spoke last: whom "they" stands for
    # The source named last, of any kind: what "selon la même source" points back to.
    last_source: Source | None = None
    # The unnamed source named last ("fuentes de la Consejería"): what "esas mismas
    # fuentes" points back to, though an outlet or a person spoke since.
    last_unnamed: Source | None = None
    # The body, outlet or document that spoke last: what "it" stands for ("It said").
    last_body: str | None = None
    # The body known by its name that spoke last ("Rheinmetall", "Ukrenergo"), a person's
    # name aside: what "the company" stands for.
    last_named_body: str | None = None
    # Known persons in the order the article mentions them, in any role: "Le Courrier a
    # rencontré Marie Leroy. « ... », explique-t-elle" has her as an object only.
    mentioned: list[str] = field(default_factory=list)
    # The person the sentence before opened on as its subject ("La alcaldesa, Ana Moreno,
    # visitó a los vecinos."), whatever its verb: whom a bare verb next ("«...», lamentó")
    # has for subject in a language that drops its pronouns.
    topic: str | None = None
    # The person a common noun described where the article named them with it ("o
    # empresário Otávio Leme", "Іван Коваль, фермер,"): a later "O empresário negou" is
    # that person. None once the noun described two people.
    described: dict[str, str | None] = field(default_factory=dict)
    # The person who spoke in the sentence before, and in this one: whom a broader word
    # with no holder of its own most likely means ("La présidente du tribunal, Hélène
    # Marchetti, a rappelé ... La magistrate a précisé").
    previous_speaker: str | None = None
    sentence_speaker: str | None = None
    # The body (an institution, a company, a document) that spoke in the sentence before,
    # and in this one: whom "elle" means next when no person spoke in between ("La banque
    # assure ... Elle affirme avoir indemnisé 64 clients").
    previous_body: Source | None = None
    sentence_body: Source | None = None
    # The first source the sentence before stated, and this one: what "demnach" ("according
    # to it") points back to; nothing when the sentence before stated none.
    previous_source: Source | None = None
    sentence_source: Source | None = None
    # The first clause of this sentence when it closes on a full name, its subject named
    # before a comma ("Пенсионерка Валентина Ершова, по её словам, ждёт"): whose words
    # "her words" are, though she has not spoken before.
    opening_name: str | None = None
    # The body described and named as the subject opening this sentence and the one before
    # ("Der Darmstädter Softwarekonzern Xentara baut ... ab"): what "das Unternehmen" next
    # means, though it has not spoken.
    previous_body_topic: str | None = None
    body_topic: str | None = None
    # The body that opened a sentence last, however long ago: what "the company" means
    # when no body opened this sentence or the one before and none has spoken since.
    last_body_topic: str | None = None
    # The body last described or named with each kind word of the cue file's
    # `body_references` ("der Rüstungskonzern Rheinmetall", "the King's Ward Institute"):
    # what "des Konzerns", "the institute" stands for, though another body spoke since.
    bodies_by_kind: dict[str, str] = field(default_factory=dict)
    # The number of the sentence being read, and the last sentence each person was named
    # in: a person named after the last speaker of their gender is whom "she" means next.
    sentence_number: int = 0
    named_in: dict[str, int] = field(default_factory=dict)

    def describe(self, noun: str, name: str) -> None:
        """`noun` (lowercase) described the person `name` where the article named them."""
        key = self._noun_key(noun)
        self.described[key] = name if self.described.get(key, name) == name else None

    def described_as(self, noun: str) -> str | None:
        """The one person the article described with `noun`, in whatever case."""
        return self.described.get(self._noun_key(noun.lower()))

    def _noun_key(self, noun: str) -> str:
        return case_stem(noun, self.case_suffixes) if self.case_suffixes else noun

    def remember(self, name: str, gender: str | None = None, learn: bool = True) -> None:
        """`name` is the person spoken of now; a full name also makes its surname known
        (unless `learn` is off: an office with its country is no full name)."""
        surname = name.split()[-1].strip(",.")
        person = name
        if " " not in name:
            person = self.surnames.get(surname) or self.inflected_surname(surname) or name
        self.last_person = person
        self.last_mentioned = person
        self.named_in[person] = self.sentence_number
        if gender and person not in self.genders:
            self.genders[person] = gender
        if person in self.recent:
            self.recent.remove(person)
        self.recent = [*self.recent, person][-MAX_RECENT_PERSONS:]
        if learn:
            self.learn(name)

    def learn(self, name: str, gender: str | None = None) -> None:
        """Know a full name, so that its surname alone is recognised as that person."""
        tokens = [t.strip(",.") for t in name.split() if is_capitalised(t)]
        if len(tokens) >= 2:
            self.surnames.setdefault(tokens[-1], name)
            if gender:
                self.genders.setdefault(name, gender)

    def person(self, gender: str | None, known: bool = False) -> str | None:
        """The person a pronoun of `gender` stands for: the last person named, unless the
        article showed them to be of the other gender; then the latest one who is not
        (with `known`, the latest it showed to be of that gender)."""
        if gender is None:
            return self.last_person
        for name in reversed(self.recent):
            # `known`: only someone the article showed to be of that gender
            if self.genders.get(name, None if known else gender) == gender:
                return self.named_since(name, gender) or name
        # No subject or speaker of that gender: the person of that gender mentioned last.
        for name in reversed(self.mentioned):
            if self.genders.get(name) == gender:
                return name
        return None  # "elle" after men only: whoever she is, she was not named

    def named_since(self, speaker: str, gender: str) -> str | None:
        """A person of `gender` the article named in a sentence after the last one that
        named `speaker`: "Oberstaatsanwältin Baumgartl sagte ... Den Tipp gab Helga
        Sommerfeld. „...“, erzählt sie" means her, though she had not spoken yet."""
        since = self.named_in.get(speaker, -1)
        for name in reversed(self.mentioned):
            if self.named_in.get(name, -1) <= since:
                return None
            if self.genders.get(name) == gender and not speaker.endswith(name):
                return name
        return None

    def mention(self, name: str, narrated: bool = False) -> None:
        """`name`, a known person, is mentioned now, in whatever role; `narrated`, in the
        article's own words (no source, no quotation), which may introduce a new speaker."""
        if narrated:
            self.named_in[name] = self.sentence_number
        self.last_mentioned = name
        if name in self.mentioned:
            self.mentioned.remove(name)
        self.mentioned = [*self.mentioned, name][-MAX_RECENT_PERSONS:]

    def title_holder(self, title: str) -> str | None:
        """Who holds `title` (lowercase), from the appositions read so far. A title
        without its complement stands for the one holder of the fuller title: "мэр" after
        "мэр города Антон Белов", "the minister" after "the minister of finance, X"."""
        if title in self.titled:
            return self.titled[title]
        fuller = {name for key, name in self.titled.items() if key.startswith(title + " ")}
        if not fuller and self.case_suffixes and " " not in title:
            # "По словам депутата" after "Депутат Госдумы X": the office in another case
            stem = case_stem(title, self.case_suffixes)
            fuller = {
                name
                for key, name in self.titled.items()
                if case_stem(key.split()[0], self.case_suffixes) == stem
            }
        return fuller.pop() if len(fuller) == 1 else None

    def inflected_surname(self, token: str) -> str | None:
        """The known full name whose surname `token` is in another case: "Зеленського"
        and "Зеленський" share the stem "Зеленськ" once their case endings are cut."""
        if not self.case_suffixes or not token[:1].isupper():
            return None
        stem = case_stem(token, self.case_suffixes)
        if len(stem) < 3:
            return None
        for surname, name in self.surnames.items():
            if surname != token and case_stem(surname, self.case_suffixes) == stem:
                return name
        return None

    def knows_surname(self, token: str) -> bool:
        return token in self.surnames or self.inflected_surname(token) is not None


def case_stem(word: str, suffixes: tuple[str, ...]) -> str:
    """`word` without the longest case ending it has (`suffixes` are longest first)."""
    lower = word.lower()
    for suffix in suffixes:
        if lower.endswith(suffix) and len(word) - len(suffix) >= 3:
            return lower[: -len(suffix)]
    return lower


class GenderCues:
    """The grammatical gender a source phrase, a pronoun or a reporting verb shows.

    The words come from the language's cue file: honorifics ("Mme", "Frau", "госпожа"),
    titles ("la présidente", "Ministerin", "супруга"), first-name endings where they mark
    gender (Russian and Ukrainian "Алла", "Леся"), and past-tense verb endings that agree
    with the subject ("заявила", "повідомив"). None when nothing says.
    """

    def __init__(self, lexicon: Lexicon) -> None:
        def words(key: str) -> frozenset[str]:
            return frozenset(w.lower() for w in lexicon.words("attribution", key))

        def endings(key: str) -> tuple[str, ...]:
            return tuple(sorted(words(key), key=len, reverse=True))

        self.pronouns = {
            FEMININE: words("feminine_pronouns"),
            MASCULINE: words("masculine_pronouns"),
        }
        # German "sie": "she" with a singular verb, "they" with a plural one.
        self.singular_feminine = words("singular_feminine_pronouns")
        self.plural_verb_endings = endings("plural_verb_endings")
        # The present tense shows no gender but the number: "каже" is one person.
        self.singular_present_endings = endings("singular_present_verb_endings")
        self.honorifics = {
            FEMININE: words("feminine_honorifics"),
            MASCULINE: words("masculine_honorifics"),
        }
        self.titles = {
            FEMININE: phrase_regex(lexicon.words("attribution", "feminine_titles")),
            MASCULINE: phrase_regex(lexicon.words("attribution", "masculine_titles")),
        }
        self.articles = {
            FEMININE: words("feminine_articles"),
            MASCULINE: words("masculine_articles"),
        }
        self.first_names = {
            FEMININE: words("feminine_first_names"),
            MASCULINE: words("masculine_first_names"),
        }
        self.name_endings = {
            FEMININE: endings("feminine_name_endings"),
            MASCULINE: endings("masculine_name_endings"),
        }
        self.surname_endings = {FEMININE: endings("feminine_surname_endings")}
        # After "по словам", "за словами" a name stands in the genitive, whose endings
        # say the gender otherwise: "Алексея" is a man, "Анны" a woman.
        self.genitive_cues = words("genitive_cues")
        self.genitive_endings = {
            FEMININE: endings("genitive_feminine_name_endings"),
            MASCULINE: endings("genitive_masculine_name_endings"),
        }
        self.verb_endings = {
            FEMININE: endings("feminine_verb_endings"),
            MASCULINE: endings("masculine_verb_endings"),
        }

    def of_pronoun(self, word: str) -> str | None:
        return next((g for g, ws in self.pronouns.items() if word.lower() in ws), None)

    def of_pronoun_with_verb(self, word: str, cue: str) -> str | None:
        """The gender of a pronoun that shows it only by its verb's number: German "sagte
        sie" is a woman, "sagten sie" a group."""
        if word.lower() not in self.singular_feminine or not cue.split():
            return None
        return None if self.is_plural(cue) else FEMININE

    def is_plural(self, cue: str) -> bool:
        """Whether a reporting verb is in the plural ("recordaron", "sagten"): a group
        speaks, never one person."""
        return bool(self.plural_verb_endings) and _verb(cue).endswith(self.plural_verb_endings)

    def of_verb(self, cue: str) -> str | None:
        """The gender a past-tense reporting verb agrees with: "заявила", "повідомив"."""
        first = _verb(cue)
        best: tuple[int, str | None] = (0, None)
        for gender, ends in self.verb_endings.items():
            for end in ends:
                if first.endswith(end) and len(end) > best[0]:
                    best = (len(end), gender)
        return best[1]

    def is_singular_present(self, cue: str) -> bool:
        """Whether a reporting verb is in the present tense of one person ("каже",
        "рассказывает"), which agrees with a speaker of either gender."""
        return bool(self.singular_present_endings) and _verb(cue).endswith(
            self.singular_present_endings
        )

    def of_article(self, word: str) -> str | None:
        """The gender an article shows ("une", "el"), where the language has one."""
        lowered = word.lower()
        return next((g for g, words in self.articles.items() if lowered in words), None)

    def of_name(self, phrase: str) -> str | None:
        """The gender a name or a title shows: "Mme Borne", "la ministre", "Алла Бут"."""
        # "Ute Kranich (Grüne)": the party in brackets is no part of the name
        tokens = _TRAILING_BRACKETS.sub("", phrase).split()
        lowered = [t.lower().rstrip(".,") for t in tokens]
        for gender, words in self.honorifics.items():
            if any(t in words for t in lowered):
                return gender
        # The first title names the speaker: "le porte-parole de la présidente" is a man.
        found = [(m.start(), g) for g, t in self.titles.items() if t and (m := t.search(phrase))]
        if found:
            return min(found)[1]
        names = [t.strip(",.") for t in tokens if is_capitalised(t)]
        if len(names) == 1 and len(tokens) == 1:
            # "Antoine", "Pasiphae": a person called by their given name alone.
            return self.of_given_name(names[0].rstrip("*"))  # "Antoine*": a name changed
        if len(names) >= 2:
            first = names[-2].lower()
            for gender, words in self.first_names.items():
                if first in words:
                    return gender
            for gender, ends in self.surname_endings.items():
                if names[-1].lower().endswith(ends):
                    return gender
            for gender, ends in self.name_endings.items():
                if ends and first.endswith(ends):
                    return gender
        return None

    def of_given_name(self, word: str) -> str | None:
        """The gender of a given name in the cue file's lists ("Sophie", "Antoine")."""
        given = word.lower()
        return next((g for g, words in self.first_names.items() if given in words), None)

    def of_source(self, phrase: str, cue: str) -> str | None:
        """A source's gender from its name or title, else from the verb that reports it."""
        if cue.lower() in self.genitive_cues:
            return self.of_genitive_name(phrase) or self.of_verb(cue)
        return self.of_name(phrase) or self.of_verb(cue)

    def of_mention(self, preceding: str, name: str) -> str | None:
        """The gender of a full name as the text mentions it, from the words just before:
        an abbreviated honorific ("M. Paul Renaud"), or a cue after which the name stands
        in the genitive ("По словам Алексея Кравцова")."""
        lead = preceding.strip().lower()
        if any(lead.endswith(cue) for cue in self.genitive_cues):
            return self.of_genitive_name(name)
        return self.of_name(" ".join([*preceding[-6:].split()[-1:], name]))

    def of_genitive_name(self, phrase: str) -> str | None:
        """The gender of a name in the genitive, from its first name's ending; a title or
        an honorific first ("министра", "госпожи") says it as in any case."""
        names = [t.strip(",.") for t in phrase.split() if is_capitalised(t)]
        if len(names) != len(phrase.split()) or len(names) < 2:
            return None  # a title or a lone surname: nothing certain from endings
        first = names[-2].lower()
        for gender, ends in self.genitive_endings.items():
            if ends and first.endswith(ends):
                return gender
        return None
