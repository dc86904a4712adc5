"""The subject of a reporting verb before it: in apposition, trimmed to the noun phrase it ends
with, past fronted places, objects and times."""

from __future__ import annotations

import itertools
import re

from bot.extraction.attribution.shapes import (
    _ACRONYM_END,
    _FULL_NAME_END,
    _LEFT_BOUNDARY,
    _RELATIVE,
    _TIME_PREPOSITIONS,
    MAX_APPOSITION_WORDS,
    MAX_SOURCE_WORDS,
)
from bot.extraction.speakers import is_capitalised

# The word of a verb at the position it starts.
_VERB_WORD = re.compile(r"[^\W\d_]+")


class SubjectFinding:
    """The subject of a reporting verb before it: in apposition, trimmed to the noun phrase it
    ends with, past fronted places, objects and times."""

    def _subject_candidates(
        self, text: str, masked: str, start: int, end: int, before: str, inverts: bool = True
    ) -> list[str]:
        """Possible subjects of a reporting verb at [start, end), most likely first;
        `before` is the phrase before the verb (`_phrase_before`).

        Subject first ("Kiev a affirmé"); inverted after a comma, a quote or "que"
        (", a déclaré l'agence KCNA", "C'est ce qu'a annoncé X"); or in apposition
        ("Le ministre ..., Javad Owji, a déclaré", "Jo Grady, the UCU general
        secretary, said").
        """
        inverted_cue = self._subject_follows(text, masked, start, before)
        if inverted_cue is None:
            return []
        out: list[str] = []
        fronted_object = self._fronted_object(before)
        if before and _RELATIVE.fullmatch(" " + before):
            # "Joesley Batista, que disse ...": the relative pronoun stands for the name
            # that ends the clause before the comma.
            out.append(self._antecedent_before(text, masked, start))
        elif self._german_relative(text, before, start):
            # "..., der Staatsanwaltschaft Bremen, die den Eingang bestätigte": the
            # relative clause closes on the verb; its pronoun stands for the name before
            named = self._antecedent_before(text, masked, start)
            if _FULL_NAME_END.search(named) or self._is_name(named):
                return [named]
        elif before and not inverted_cue and not fronted_object:
            out.append(self._subject_inside_relative(before))
            out.append(self._subordinate_subject(text, masked, start, before))
            if _RELATIVE.search(" " + before):
                before = self._antecedent(_RELATIVE.sub("", " " + before).strip())
            out.append(self._head_of_relative(before))
            out.append(self._subject_tail(before))
        after = self._inverted_subject(
            text, masked, start, end, inverts=inverts, aside_ok=inverted_cue, first=not before
        )
        # "The doctors offering to run the clinic noted findings of ...": a noun phrase
        # before the verb is its subject; what follows is its object, whether or not the
        # subject itself can be named (verb-second languages invert after any opening).
        subject_first = (
            bool(before)
            and not inverted_cue
            and not fronted_object
            and not self._verb_second
            and "_" not in masked[max(0, start - len(before) - 1) : start]  # quoted words
            and self._opens_noun_phrase(self._strip_fillers(before) or before)
        )
        # "..., кажуть катеринівчани, ...": a bare plural noun closing the clause after the
        # verb is its subject in languages without articles.
        bare_after = self._is_bare_noun(after) and self._ends_clause(masked, end, after)
        closing = bool(after) and self._closing_noun_phrase(text, masked, start, end, after)
        if (
            after
            and (self._looks_like_source(after) or bare_after or closing)
            and not subject_first
        ):
            out.append(after)
        if (not before or inverted_cue) and not self._place_speaks(after):
            self._add_appositions(text, masked, start, end, after, out)
        return [p for p in out if p]

    def _place_speaks(self, after: str) -> bool:
        """Whether the words after a verb are the place that spoke ("..., уточнили в
        центрі", "..., наголосили там"; the cue file's `inverted_places`): the clause
        before is then what was said there, with no subject in apposition to look for."""
        words = after.lower().split()
        return (
            bool(self._inverted_places)
            and bool(words)
            and (words[0] in self._inverted_places or after.lower() in self._same_source)
        )

    def _subject_inside_relative(self, before: str) -> str:
        """ "The M23, which Kinshasa and UN experts say is backed by Rwanda": a relative
        pronoun, then a noun phrase before the verb: the relative is the verb's object and
        the noun phrase its subject."""
        words = before.split()
        if (
            len(words) < 2
            or words[0].lower() not in self._relative_openers  # the subject ones included
            or not (is_capitalised(words[1]) or self._is_determiner(words[1]))
        ):
            return ""
        return " ".join(words[1:])

    def _subordinate_subject(self, text: str, masked: str, start: int, before: str) -> str:
        """ "A decisão foi tomada depois que a Controladoria apontou falhas", "el mismo día
        en que la ONG denunció": a verb inside a clause opened by "that" has the noun
        phrase after it for subject, not the main clause's. Not when a reporting verb comes
        first: "El ministro dijo que el Gobierno prevé ..." reports the minister."""
        if self._verb_second:
            return ""  # German puts the verb last in such clauses: another word order
        words = before.split()
        at = max(
            (i for i, w in enumerate(words) if i >= 2 and w.lower() in self._that_words),
            default=None,
        )
        if at is None:
            return ""
        rest = words[at + 1 :]
        if not rest or len(rest) > MAX_SOURCE_WORDS:
            return ""
        if not (self._opens_noun_phrase(rest[0]) or is_capitalised(rest[0])):
            return ""
        opening = start - len(before) + before.find(" ".join(words[at:]))
        if (
            opening <= 0
            or "_" in masked[opening:start]  # inside a quotation: the speaker's own words
            or self._reports(text[:opening], masked[:opening])
        ):
            return ""
        return self._subject_tail(" ".join(rest))

    def _german_relative(self, text: str, before: str, start: int) -> bool:
        """Whether the words `before` a verb at `start` open, right after a comma, on the
        article-like pronoun of a verb-final relative clause ("..., die den Eingang einer
        Strafanzeige bestätigte")."""
        words = before.split()
        if not self._verb_second or len(words) < 2 or not words[0].islower():
            return False
        if not self._is_determiner(words[0]) or words[0] in self._cut_words:
            return False
        at = text.rfind(before, 0, start)
        return at > 0 and text[:at].rstrip().endswith(",")

    def _verb_final_relative(self, segment: str) -> bool:
        """ "Ein Mitarbeiter, der als Zeuge geladen war, sagte aus": in verb-second
        languages a clause opening on an article-like pronoun and closing on its finite
        verb is a relative clause, not the subject in apposition."""
        words = segment.split()
        return (
            self._verb_second
            and len(words) > 2
            and self._is_determiner(words[0])
            and words[0][:1].islower()
            and (
                words[-1].lower() in self._finite_verbs
                or words[-1].lower() in self._finite_auxiliaries
            )
        )

    def _fronted_object(self, before: str) -> bool:
        """ "Den Sachschaden schätzte die Polizei ...", "Эту информацию подтвердили в
        полиции": in verb-second order, or a free one, a phrase opening on a determiner in
        the accusative or dative before the verb is its object; the subject follows the
        verb, or the body where it was said."""
        words = before.split()
        return (
            (self._verb_second or self._object_before_verb)
            and len(words) <= MAX_APPOSITION_WORDS
            and bool(words)
            and words[0].lower() in self._object_determiners
        )

    def _subject_follows(self, text: str, masked: str, start: int, before: str) -> bool | None:
        """Whether the words `before` a reporting verb at `start` leave its subject to
        come after it (an inversion: nothing before, or function words only), or None
        when they rule out any subject."""
        words = before.lower().split()
        tail = list(words)
        while tail and tail[-1] in self._auxiliaries:
            tail.pop()
        if tail and tail[-1] in self._conditionals:
            # "що б не говорили чиновники", "что бы ни говорили": a concession or a
            # hypothesis right before the verb, nobody states anything.
            return None
        if not before:
            return True
        if self._verb_second and words and not tail and self._after_comma(masked[:start], before):
            # "Frank Ortlepp, der heute im Landtag sitzt, hat bestritten": an auxiliary
            # alone after an aside, its participle closing the clause far from it; the
            # subject stands in apposition before it
            return True
        if len(tail) == 1 and tail[0] in self._coordinators and not self._subject_after_coordinator:
            return None  # "... and said Moscow remained open": the subject came first
        if tail and tail == words[-len(tail) :] and " ".join(tail) in self._impersonal_pronouns:
            # "À l'Élysée, on assure que le chef de l'État ...": "on" is the subject, and
            # only the place before it says who speaks (`_by_fronted_place`)
            return None
        timeless = self._without_trailing_time(before)
        if timeless != before and self._only_function_words(timeless):
            return True  # "Такие данные в понедельник привело министерство": a day between
        if self._only_function_words(before):
            # "Le gouvernement l'a confirmé": an object pronoun after the subject, not the
            # "l'" of an inversion ("comme l'a dit X", "..., l'a assuré X").
            subject = self._subject_tail(before)
            return subject == before.strip() or self._only_function_words(subject)
        verb = _VERB_WORD.match(masked, start)
        if (
            self._back_reference is not None
            and verb is not None
            and self._back_reference.fullmatch(masked, 0, verb.end())
        ):
            # "Это подтвердили в пресс-службе", "Це підтвердили в пресслужбі": the words
            # before the verb point back to the claim before; who confirmed it follows
            return True
        if (
            len(tail or words) == 1
            and not self._verb_second  # "Das weist der 42-Jährige zurück": "Das" is the object
            and self._is_article_word((tail or words)[0])
        ):
            # "La denuncia del sindacato ...", ", le juge Martin a ...": an article, and a
            # noun after it (a lone "le" is no object pronoun: nothing before it speaks)...
            if not self._pronoun_after_apposition(text, masked, start, words[0]):
                return None
            return True  # ... unless a name in apposition does: see there
        return False

    @staticmethod
    def _after_comma(opening: str, before: str) -> bool:
        """Whether the words `before` close `opening` right after a comma."""
        opening = opening.rstrip()
        return opening.endswith(before) and opening[: -len(before)].rstrip().endswith(",")

    def _pronoun_after_apposition(self, text: str, masked: str, start: int, word: str) -> bool:
        """Whether `word` before the verb at `start` is an object pronoun after a subject in
        apposition ("Le directeur, Paul Martin, le reconnaît"), not an article."""
        before_word = masked[:start].rstrip()[: -len(word)].rstrip()
        if word not in self._auxiliaries or not before_word.endswith(","):
            return False
        appositions = self._apposition_candidates(text, masked, start)
        return bool(appositions) and self._is_name(appositions[0])

    def _apposed_opening(self, masked: str, name: str) -> bool:
        """Whether the sentence opens on a noun phrase that `name` is in apposition to:
        "Der Anwalt des Beschuldigten, Dr. Felix Ramelow, wies ... zurück" (not a clause,
        "Die Brücke sei sicher, sagte ..."; German capitalises its nouns, not its verbs)."""
        at = masked.find(name)
        head = masked[: max(at, 0)].rstrip().rstrip(",").split()
        return (
            0 < len(head) <= MAX_APPOSITION_WORDS
            and self._is_determiner(head[0])
            and all(is_capitalised(w) or self._is_determiner(w) for w in head)
        )

    def _titled_opening(self, masked: str, name: str) -> bool:
        """Whether the sentence opens on an office that `name` is in apposition to: "O
        ministro das Infraestruturas, Miguel Pinto Coelho, acusou o sindicato de ...": the
        noun phrase after the verb is its object, even when it closes the sentence."""
        titles = self.lexicon.titles
        at = masked.find(name)
        if titles is None or at <= 0:
            return False
        head = self._strip_fillers(masked[:at].rstrip().rstrip(","))
        words = head.split()
        if not 0 < len(words) <= MAX_APPOSITION_WORDS + 2 or "," in head:
            return False
        title = titles.search(head.lower())
        return title is not None and len(head[: title.start()].split()) <= 1

    def _add_appositions(
        self, text: str, masked: str, start: int, end: int, after: str, out: list[str]
    ) -> None:
        """Add the subjects in apposition before a verb at [start, end) to `out`, ahead of
        the phrase `after` it when a name stands right before the verb."""
        appositions = self._apposition_candidates(text, masked, start)
        if (
            appositions
            and self._is_name(appositions[0])
            # "..., sagte die Ministerin" inverts, but not after a subject in apposition
            and (not self._verb_second or self._apposed_opening(masked, appositions[0]))
            and after in out
            # "Водитель автобуса не справился ..., рассказал ТАСС источник": a lone clause
            # before the verb is what the speaker after it said
            and len(_LEFT_BOUNDARY.findall(masked, 0, start)) > 1
            and (
                not self._ends_clause(masked, end, after)
                or self._titled_opening(masked, appositions[0])
            )
        ):
            # "Kaja Kallas, the EU's foreign policy chief, said top diplomats ...": a name
            # in apposition right before the verb is its subject, not what follows.
            out.remove(after)
            appositions.append(after)
        out.extend(appositions)

    def _institution_named(self, bare: str) -> bool:
        """Whether a capitalised institution heads a name: "Office for National
        Statistics", "Ministry of Defence" (a connector follows it)."""
        if not self._name_connectors or self.lexicon.institutions is None:
            return False
        for match in self.lexicon.institutions.finditer(bare):
            after = bare[match.end() :].split(maxsplit=1)
            if (
                bare[match.start()].isupper()
                and after
                and after[0].lower() in self._name_connectors
            ):
                return True
        return False

    def _person_of_institution(self, tokens: list[str]) -> bool:
        """ "Jane Smith of Oxford University": a person's name, a connector, where they
        work (only in languages whose cue file lists `name_connectors`)."""
        if not self._name_connectors:
            return False
        connector = next((i for i, t in enumerate(tokens) if t.lower() in self._name_connectors), 0)
        head = tokens[:connector]
        institutions = self.lexicon.institutions
        return (
            len(head) >= 2
            and all(map(is_capitalised, head))
            and not (institutions and institutions.search(" ".join(head)))
        )

    def _opens_noun_phrase(self, phrase: str) -> bool:
        return self._is_article_word(phrase.split(maxsplit=1)[0])

    def _is_article_word(self, word: str) -> bool:
        """A determiner written as a word of its own: "the", "la", "two", "plusieurs"."""
        lower = word.lower()
        return lower in self.lexicon.determiners or lower in self.lexicon.unnamed_determiners

    def _is_name(self, phrase: str) -> bool:
        tokens = phrase.split()
        if tokens and tokens[0].lower() in ("and", "et", "und", "y", "e", "и", "і"):
            tokens = tokens[1:]
        rank = self.lexicon.titles.match(phrase) if self.lexicon.titles and tokens else None
        if rank and tokens[0].islower() and len(tokens) >= 3:
            # "capitão Eduardo Silveira": a rank or a title set before a full name
            tokens = phrase[rank.end() :].split()
            return 2 <= len(tokens) <= 3 and all(is_capitalised(t) for t in tokens)
        return (
            1 <= len(tokens) <= 5
            and is_capitalised(tokens[0])
            and is_capitalised(tokens[-1])
            and all(is_capitalised(t) or t.lower() in self._name_links for t in tokens)
            and sum(map(is_capitalised, tokens)) <= 4
        )

    def _only_function_words(self, phrase: str) -> bool:
        """'C'est ce qu'', 'comme l'', 'as': an inverted subject follows the verb."""
        return bool(self._inversion_cue.search(phrase))

    def _without_trailing_time(self, phrase: str) -> str:
        """Drop a time between the subject and its verb: "The court last week ruled",
        "Le ministre mardi a déclaré" name the court and the minister."""
        while True:
            end = len(phrase)
            for matcher in (self.lexicon.relative_dates, self._weekdays):
                found = None
                for match in matcher.finditer(phrase) if matcher is not None else ():
                    found = match
                if found is not None and found.end() == end and found.start() > 0:
                    phrase = phrase[: found.start()].rstrip()
                    words = phrase.split()
                    if len(words) > 1 and words[-1].lower() in _TIME_PREPOSITIONS:
                        phrase = phrase[: phrase.rfind(" ")].rstrip()
                    break
            else:
                return phrase

    def _subject_tail(self, phrase: str) -> str:
        """Trim a long phrase before a verb to the subject it ends with."""
        tail = self._tail_of(phrase)
        stripped = self._strip_fillers(phrase)
        if not tail and stripped and stripped != phrase:
            # "mientras que el Ministerio de Educación provincial": past the linking words
            return self._tail_of(stripped)
        return tail

    def _tail_of(self, phrase: str) -> str:
        phrase = self._without_trailing_time(phrase)
        phrase = self._past_fronted_according(phrase)
        tokens = self._without_circumstance(self._past_fronted_place(phrase.split()))
        if (
            self._object_endings
            and tokens
            and len(tokens[0]) > 5  # not "Сами сепаратисты", "themselves"
            and tokens[0].lower().endswith(self._object_endings)
            and not (len(tokens) > 1 and is_capitalised(tokens[1]))  # "Адам Сміт"
        ):
            return ""  # "Фігурантам повідомили про підозру": whom they told, in its case
        if self._object_before_verb:
            tokens = self._name_before_object(tokens)
            while len(tokens) > 1 and self._is_determiner(tokens[-1]) and tokens[-1].islower():
                # "Рятувальники цього не підтвердили": a determiner with no noun after
                # it is the object, before the verb
                tokens.pop()
        # "Beijing officials ultimately admitted", "le ministre finalement a concédé": an
        # adverb between the subject and its verb is no part of the subject.
        while (
            len(tokens) > 1
            and tokens[-1].islower()
            and tokens[-1].endswith(self._adverb_endings)
            and len(tokens[-1]) > 5
        ):
            tokens.pop()
        while len(tokens) > 1 and tokens[-1].lower() in self._auxiliaries:
            tokens.pop()
        if len(tokens) > 2 and tokens[-1] in self._participle_openers:
            # "Il rapporto dell'Istat pubblicato ieri indica": a participle after the
            # noun describes it (the time after it is already trimmed)
            tokens.pop()
        described = next(
            (i for i in range(2, len(tokens)) if tokens[i] in self._participle_openers), None
        )
        if described is not None and is_capitalised(tokens[described - 1]):
            # "Um estudo da Universidade do Algarve publicado em setembro na revista X
            # concluiu": the participle and its complements describe the named subject
            tokens = tokens[:described]
        tokens = self._subject_around_auxiliary(tokens)
        phrase = " ".join(tokens)
        if tokens and tokens[-1].lower() in self.lexicon.pronouns:
            if len(tokens) > 1 and tokens[-2].lower() in self._conditionals:
                return ""  # "si elle estime que ...": a hypothesis, not a statement
            return tokens[-1]
        if len(tokens) <= 6 or _ACRONYM_END.search(phrase):
            return phrase
        capitalised = sum(1 for t in tokens if is_capitalised(t))
        if capitalised * 2 >= len(tokens):
            return phrase
        if (
            len(tokens) <= MAX_SOURCE_WORDS
            and (is_capitalised(tokens[0]) or self._is_determiner(tokens[0]))
            and _FULL_NAME_END.search(phrase)
        ):
            # "Голова профільного комітету з питань фінансів Вадим Сташук заявив": a long
            # title with its complements, closed by the holder's full name
            return phrase
        lex = self.lexicon
        if lex.unnamed_heads and lex.unnamed_heads.search(phrase):
            return phrase
        # "Le rapport de la Cour des comptes", "el vicefiscal de Investigación Criminal":
        # a determiner, then a head that can speak, then its complements
        head = " ".join(tokens[1:3])
        if len(tokens) <= MAX_APPOSITION_WORDS + 3 and self._document_with_origin(tokens):
            return phrase  # "Figures compiled by the campaign group River Action"
        if len(tokens) <= MAX_APPOSITION_WORDS + 2 and self._is_determiner(tokens[0]):
            for heads in (lex.document_heads, lex.institutions, lex.titles):
                if heads is not None and heads.match(head):
                    return phrase
        if (
            len(tokens) <= MAX_SOURCE_WORDS
            and self._is_determiner(tokens[0])
            and is_capitalised(tokens[1])
            and lex.institutions is not None
            and lex.institutions.match(tokens[1])
            and not any(self._is_verb(t.lower()) for t in tokens[2:])
        ):
            # "La Direction régionale de santé publique de la Mauricie-Sud": an
            # institution's capitalised name runs long with its complements
            return phrase
        return ""

    def _past_fronted_according(self, phrase: str) -> str:
        """The subject after a fronted "according to" with no comma, whose source is read
        on its own: "Із посиланням на джерела в компанії агентство «Інтерфакс»
        повідомило" leaves "агентство «Інтерфакс»" to the verb."""
        cue = self.lexicon.according_to
        opening = cue.match(phrase) if cue is not None and not self._articles else None
        if opening is None:
            return phrase
        rest = phrase[opening.end() :].strip()
        source = self._before_next_noun_phrase(rest)
        return rest[len(source) :].strip() if source != rest else phrase

    def _name_before_object(self, tokens: list[str]) -> list[str]:
        """Where the object may come between the subject and its verb ("Сам Мельничук
        будь-який зв'язок заперечує", "Мохсен Карими позднее опроверг", "Карпенко на
        дзвінки не відповів"), a name followed only by lowercase words ends the subject."""
        capitalised = [is_capitalised(t) for t in tokens]
        inside = False
        for i, token in enumerate(tokens):
            # "Видання «Слобожанський вісник»": a quoted name is one name, lowercase or not
            opens = token[:1] in '«„“"'
            capitalised[i] = capitalised[i] or inside or opens
            if opens:
                inside = True
            if token.rstrip(",.;:")[-1:] in '»“”"':
                inside = False
        if len(tokens) > 1 and tokens[0].lower() in self._cut_words:
            # "У Запорізькій обласній адміністрації повідомили": a preposition opening the
            # sentence is capitalised, the body's name after it goes on in lowercase
            capitalised[0] = False
        last = max((i for i, c in enumerate(capitalised) if c), default=None)
        if last is None or last == len(tokens) - 1:
            return tokens
        if last == 0:
            # Only the sentence's first word: a surname before a preposition, not an office
            # ("Министр финансов"); a lone adverb ("Официально") is rejected as a source.
            lone = tokens[0]
            titled = self.lexicon.titles is not None and self.lexicon.titles.match(lone.lower())
            if tokens[1].lower() not in self._cut_words or titled:
                return tokens
            if self._places_unnamed_source(tokens, 1):
                return tokens  # "Источники в правительстве": who the sources are
            return tokens[:1]
        run = last
        while run > 0 and capitalised[run - 1]:
            run -= 1
        if last == run and tokens[run - 1].lower() not in self._self_words:
            if self._opens_with_place(tokens[:run]) and tokens[last + 1].lower() in (
                self.lexicon.determiners
            ):
                # "В Кремле эти обвинения отрицают": the body the sentence opens in, then
                # the object; "У Запорізькій обласній адміністрації" goes on with its name
                return tokens[: last + 1]
            return (
                tokens  # one capitalised word inside an office: "министр ... Свердловской области"
            )
        return tokens[: last + 1]

    def _opens_with_place(self, words: list[str]) -> bool:
        """The words before a lone capitalised word are only a preposition, after a
        coordinator at most ("В Минобороны", "а в Кремле")."""
        *before, preposition = words
        return preposition.lower() in self._cut_words and all(
            w.lower() in self._coordinators for w in before
        )

    def _past_fronted_place(self, tokens: list[str]) -> list[str]:
        """The words from the subject on when a place or document fronts it with no comma:
        "Nel documento il ministro sottolinea" has "il ministro" for subject."""
        if len(tokens) < 3:
            return tokens
        first = tokens[0].lower()
        fronted = first in self._complement_openers or first in self._place_words
        if not fronted or first in self._coordinators:
            return tokens  # "And the minister said": a conjunction, no place
        for i in range(2, len(tokens)):
            if self._is_article(tokens[i]) and tokens[i - 1].lower() not in self._cut_words:
                return tokens[i:]
        return tokens

    def _without_circumstance(self, tokens: list[str]) -> list[str]:
        """A name before a verb without the circumstance after it: "Катаріна Маєр у
        коментарі агентству зазначила", "Jean Dupont dans un communiqué a affirmé"."""
        if self._verb_second and not (
            # "wie das Statistische Bundesamt am Mittwoch nach einer ersten Schätzung
            # mitteilte": a verb-final clause puts its subject first, its verb last
            len(tokens) > 2
            and tokens[0].lower() in self._verb_final_openers
            # a noun phrase right after it ("wie ernst es das Gericht ...": an adverb)
            and (self._is_determiner(tokens[1]) or is_capitalised(tokens[1]))
        ):
            return tokens
        for i in range(2, min(len(tokens), MAX_APPOSITION_WORDS + 1)):
            # from the second word on: the sentence's first word is capitalised anyway
            word = tokens[i].lower()
            if (
                word in self._cut_words
                and word not in self._name_connectors
                and is_capitalised(tokens[i - 1])
                and not self._office_then_holder(tokens, i)
            ):
                return tokens[:i]
        return tokens

    def _subject_around_auxiliary(self, tokens: list[str]) -> list[str]:
        """Where the participle closes the clause (German: the cue file lists the
        `finite_auxiliaries`), an auxiliary ends the subject: "Die Opposition hat die
        Vorwürfe entschieden kritisiert" keeps "Die Opposition". (Elsewhere the participle
        follows its auxiliary; an earlier one belongs to another clause: "Le Conseil a mis
        en place ... afin qu'ils répondent".)"""
        cut = next(
            (i for i in range(1, len(tokens)) if tokens[i].lower() in self._finite_auxiliaries),
            None,
        )
        if cut is None:
            return tokens
        rest = tokens[cut + 1 :]
        first = tokens[0].lower()
        # "Ein Gutachter hatte im Prozess ...": "ein" is a verb particle too, but opening
        # the clause it is the article of its subject.
        if first not in self._cut_words or first in self._singular_indefinites or not rest:
            return tokens[:cut]
        # Verb second after a fronted adverbial: "Am Freitag hat der Verband die Pläne
        # kritisiert", "Im Interview hat Scholz ...": the subject follows.
        if len(rest) > 1 and self._is_determiner(rest[0]) and is_capitalised(rest[1]):
            return rest[:2]
        if is_capitalised(rest[0]):
            return list(itertools.takewhile(is_capitalised, rest))[:3]
        return tokens[:cut]

    def _antecedent(self, phrase: str) -> str:
        """The noun phrase a relative clause hangs on: '... inquiètent les opposants'."""
        tokens = phrase.split()
        for i in range(len(tokens) - 1, max(len(tokens) - 7, -1), -1):
            if self._is_determiner(tokens[i]):
                return " ".join(tokens[i:])
        return " ".join(tokens[-3:])
