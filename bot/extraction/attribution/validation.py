"""Whether a phrase is a name or a description that can speak or be cited, or nothing."""

from __future__ import annotations

from bot.extraction.attribution.shapes import (
    _ACRONYM,
    _DATELINE,
    _ELIDED,
    _INVERTED_PRONOUN_LEAD,
    _RELATIVE_START,
    MAX_APPOSITION_WORDS,
)
from bot.extraction.outlets import find_outlet
from bot.extraction.speakers import is_capitalised


class SourceValidation:
    """Whether a phrase is a name or a description that can speak or be cited, or nothing."""

    def _well_formed(self, phrase: str) -> str:
        """The phrase as a name or a description that can speak or be cited, or "".

        One check for every language, from the cue file's words: a place or a time after
        a preposition ("Depuis Washington", "К вечеру") and a lone letter name nobody; a
        phrase that runs on into a finite verb is a clause, cut to the name before the
        verb ("le juge Bocock avait participé" names "le juge Bocock") or dropped when no
        name comes before it ("две колонны техники были введены").
        """
        cue = self.lexicon.according_to.match(phrase) if self.lexicon.according_to else None
        if cue:
            phrase = phrase[cue.end() :]  # "According to WHO" names WHO
        # "indique-t-on de source judiciaire": the inverted pronoun is no part of a name
        phrase = _INVERTED_PRONOUN_LEAD.sub("", phrase)
        phrase = _DATELINE.sub("", phrase)  # "CÓRDOBA.- El Ministerio de Salud"
        tokens = phrase.split()
        # "quien fue portavoz del Gobierno": a relative clause describes the speaker.
        described = bool(tokens) and bool(_RELATIVE_START.match(phrase))
        if tokens and (
            tokens[0].lower() in self._reporting_words
            or (tokens[0].islower() and tokens[0] in self._finite_verbs)
        ):
            # "said the governor", "según ha comunicado la empresa": the verb, then its
            # subject
            return ""
        for i, token in enumerate(tokens[1:], start=1):
            # "l'a", "s'est": the verb after an elided pronoun counts too.
            # A capital mid-phrase is a name's ("A Prefeitura de São Paulo"), not a verb's.
            if (
                not described
                and not token[:1].isupper()
                and self._is_verb(_ELIDED.sub("", token.lower()))
            ):
                head = tokens[:i]
                noun_phrase = any(map(is_capitalised, head)) or self._is_determiner(head[0])
                tokens = head if noun_phrase and len(head) <= MAX_APPOSITION_WORDS else []
                break
        if (
            len(tokens) > 1
            and self._inversion_cue.fullmatch(" " + tokens[0])
            and any(map(is_capitalised, tokens[1:]))
        ):
            tokens = tokens[1:]  # "As Jane Doe reports for the BBC": the name, not "As"
        if not tokens or (len(tokens) == 1 and len(tokens[0]) < 2):
            return ""
        if (
            len(tokens) > 1
            and tokens[0].lower() in self.lexicon.pronouns
            and tokens[1].lower() in self._cut_words
        ):
            # "wie sie in einer Aussendung mitteilte": the pronoun, then where it spoke
            return tokens[0]
        if len(tokens) == 1 and (
            tokens[0].lower().endswith(self._adverb_endings)
            or (self.lexicon.hedges is not None and self.lexicon.hedges.fullmatch(tokens[0]))
        ):
            # "Alegadamente, a embarcação terá ...", "Можливо, ...": an adverb or a hedge
            # word, no one
            return ""
        if tokens[0].lower() in self._degree_words and all(t.islower() for t in tokens[1:]):
            return ""  # "Más cauta se mostró X": how the speaker spoke, not who
        if (
            tokens[0].lower() in self._first_person
            and not tokens[0].isupper()
            and not self._honorific_before_name(tokens)
        ):
            # "Mi cliente ... , dijo Vélez": the speaker's words, unquoted ("US" is a name,
            # "Me Julien Ravel" a lawyer)
            return ""
        if (
            len(tokens) > 1
            and tokens[0].lower().endswith(self._participle_endings)
            and tokens[1].lower() in self._cut_words
        ):
            return ""  # "Preguntada por las críticas, admitió": a circumstance, not a name
        last = tokens[-1]
        if len(tokens) > 1 and last.lower() in self._cut_words and not _ACRONYM.fullmatch(last):
            return ""  # "for research councils to": a fragment ending on a preposition
        if len(tokens) > 1 and last.lower() in self._coordinators:
            return ""  # "Мэр отказался уйти в отставку и": a clause, up to the next verb
        first = tokens[0].lower()
        if first in self._topic_prepositions or " ".join(tokens[:2]).lower() in (
            self._topic_prepositions
        ):
            return ""  # "Sul versante svizzero del Cervino": what about, not who
        if (
            first in self._cut_words
            and first not in self.lexicon.determiners
            and not _ACRONYM.fullmatch(tokens[0])
            and len(tokens) <= 3
            and not self._opens_on_outlet(tokens)  # "Al Jazeera", not "al" + a place
        ):
            return ""  # a short phrase after a preposition: a place or a time
        return " ".join(tokens)

    def _honorific_before_name(self, tokens: list[str]) -> bool:
        """Whether the words open on an honorific and a name: "Me Julien Ravel", "Dr Li"."""
        return (
            len(tokens) > 1
            and tokens[0].lower().rstrip(".") in self.lexicon.honorifics
            and is_capitalised(tokens[1])
        )

    @staticmethod
    def _opens_on_outlet(tokens: list[str]) -> bool:
        """Whether the words open on a known outlet's name ("Al Jazeera", "El País")."""
        found = find_outlet(" ".join(tokens))
        return found is not None and " ".join(tokens).startswith(found[1])

    def _adjective_after(self, rest: str) -> bool:
        """Whether `rest`, after a title, is one adjective in a language that puts its
        adjectives after the noun ("el técnico chileno", "le ministre français")."""
        words = rest.split()
        if self._title_prefixes is None or len(words) != 1:
            return False
        word = words[0]
        return (
            word.isalpha()
            and word.islower()
            and word not in self._cut_words
            and word not in self._name_connectors
            and word not in self._reporting_words
            and not self._is_determiner(word)
        )

    def _title_modifies_noun(self, before_title: str) -> bool:
        """Whether the lowercase words before a title make it an adjective, in languages
        that put adjectives after the noun (their cue file lists `title_prefixes`)."""
        if self._title_prefixes is None:
            return False
        words = [w for w in before_title.lower().split() if w not in self.lexicon.determiners]
        return any(w.isalpha() and w not in self._title_prefixes for w in words)

    def _without_determiner(self, phrase: str) -> str:
        return self._determiner.sub("", phrase, count=1)
