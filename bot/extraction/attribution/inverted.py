"""The subject of a reporting verb after it: "..., a déclaré le ministre", "said X, a
spokesman", an office with its holder's name, the outlet told."""

from __future__ import annotations

import itertools

from bot.extraction.attribution.shapes import (
    _ACRONYM,
    _AFTER_DASH,
    _AGE_TAG,
    _CLAUSE_END,
    _CLOSING_NAME,
    _ELIDED,
    _FIRST_WORD,
    _FULL_NAME,
    _FULL_NAME_END,
    _INNER_QUOTED_NAME,
    _LEADING_NAME,
    _LEFT_BOUNDARY,
    _PARTY_TAG,
    _PORTFOLIO_AND_NAME,
    _RELATIVE_START,
    _RIGHT_BOUNDARY,
    _SECOND_DESCRIPTION,
    _TIME_WORD,
    _VERB_ASIDE,
    MAX_APPOSITION_WORDS,
    MAX_CLOSING_CLAUSE_WORDS,
    MAX_SOURCE_WORDS,
    MAX_TIME_WORDS,
    _skip,
    _written,
)
from bot.extraction.outlets import find_outlet
from bot.extraction.speakers import is_capitalised

# An outlet or a person told, named between the verb and its subject: "Diário da Manhã".
MAX_ADDRESSEE_WORDS = 4

# A company's or an outlet's name in quotation marks is short; a longer quotation is words.
MAX_QUOTED_NAME_WORDS = 4

# Words between a speaker's name and the outlet they told: "у коментарі агентству".
MAX_TOLD_LEAD_WORDS = 2

# The words of a verb closing its sentence with no subject after it: "..., ha aggiunto."
MAX_CLOSING_VERB_WORDS = 2


class InvertedSubjects:
    """The subject of a reporting verb after it: "..., a déclaré le ministre", "said X, a
    spokesman", an office with its holder's name, the outlet told."""

    def _inverted_subject(
        self,
        text: str,
        masked: str,
        start: int,
        end: int,
        *,
        inverts: bool,
        aside_ok: bool,
        first: bool,
    ) -> str:
        """The subject after a reporting verb at [start, end), or "": a pronoun right
        after it in verb-second order, the noun phrase after it, perhaps after a short
        aside or, in a narrator's insert opening the clause (`first`), a one-word object."""
        # A subject pronoun right after the verb is the whole subject, whatever follows:
        # verb-second order puts the object after it ("Darin lobte er die Arbeit der
        # Feuerwehr und mahnte, ...").
        pronoun = _FIRST_WORD.match(masked, end) if self._verb_second else None
        if pronoun and pronoun.group(1).lower() in self.lexicon.pronouns:
            return pronoun.group(1)
        if not inverts:
            return ""
        told = self._past_told_outlet(text, masked, end)
        if told is None and (dated := self._past_dates(masked, end)) > end:
            # "a indiqué lundi à l'AFP un médecin": a day before the outlet
            told = self._past_told_outlet(text, masked, dated)
        if told is not None:
            # "disse à agência Lusa a presidente da associação", "dijo a EFE el portavoz":
            # the outlet spoken to comes between the verb and its subject.
            end = told
        if self._subordinator is not None and self._subordinator.match(masked, end):
            return ""  # "», cuenta mientras aparca frente al consultorio": a clause of its own
        after = self._phrase_after_verb(text, masked, end, aside_ok=aside_ok)
        first_after = _FIRST_WORD.match(masked, end)
        if (
            after.split(maxsplit=1)[:1] and after.split()[0].lower() in self._object_determiners
        ) or (first_after and first_after.group(1).lower() in self._object_determiners):
            # "wirft den USA vor", "sagte dem „Handelsblatt“": a dative or accusative is
            # never the subject
            return ""
        if (
            after
            and first
            and _AFTER_DASH.search(masked, 0, start)
            and not self._looks_like_source(after)
        ):
            # A narrator's insert in dialogue, "...,— попросил коллегу господин Путин": a
            # one-word object may come between the verb and its inverted subject.
            obj, _, rest = after.partition(" ")
            if obj.islower() and obj not in self._cut_words and rest:
                head = rest.split()[0].lower().rstrip(".")
                if head in self.lexicon.honorifics or self._is_name(rest):
                    after = rest
        first, _, rest = after.partition(" ")
        if (
            first.lower() in self.lexicon.pronouns
            and rest
            and (find_outlet(rest) is not None or _INNER_QUOTED_NAME.match(rest))
        ):
            # "— сказал он «Интерфаксу»", "заявив він УНІАН", "— сказала она
            # «Экспресс-Новостям»": the pronoun, then the outlet spoken to
            return first
        if not self._verb_second and self._runs_into_verb(after):
            # "said the governor promised to veto": the reported clause's subject (German
            # ends its clause on a participle after the subject: "hat der Rat entschieden")
            return ""
        return self._with_apposed_name(text, end, after)

    def _phrase_after_verb(self, text: str, masked: str, end: int, *, aside_ok: bool) -> str:
        """The noun phrase after a verb ending at `end`, past an adverb ("berichtete
        zuerst X") and, where an aside may come first (`aside_ok`), past a participle
        aside or a time or place closing the clause."""
        after = self._phrase_after(text, masked, end, strict=True)
        words = after.lower().split()[:2]
        if words and words[0] in self._verb_adverbs:
            after = self._subject_after_adverbial(text, masked, end)
        elif (
            len(words) == 2
            and (words[0] in self._cut_words or self._is_determiner(words[0]))
            and self._is_dated(words[1])
        ):
            # "ha dichiarato in serata il leader dei Verdi, Paolo Ferraresi", "anunciou
            # esta sexta-feira o DER": a time of day after a preposition or a
            # demonstrative, then the subject
            after = self._subject_after_adverbial(text, masked, end) or after
        if after.lower() in self.lexicon.unnamed_determiners:
            # "сообщил один из авторов инициативы Алексей Гурьянов": one of a group, then
            # the name closing the clause
            after = self._name_closing_clause(text, masked, end) or after
        elif after and not _FULL_NAME_END.search(after):
            # "— отметил директор по исследованиям ИК «Финам» Павел Орлов": an office with
            # its complements, then the name closing the clause, is that person
            closing = self._name_closing_clause(text, masked, end)
            if len(closing) > len(after) and closing.startswith(after):
                after = closing
        aside = _VERB_ASIDE.match(masked, end) if not after and aside_ok else None
        if aside and not self._that_follows(masked, end):
            # '«...», сказав, коментуючи ситуацію, заступник голови ...': the inverted
            # subject comes after a short participle aside.
            after = self._phrase_after(text, masked, aside.end(), strict=True)
        if aside_ok and (not self._well_formed(after) or self._is_determiner(after)):
            # Nothing that speaks right after the verb, or a lone "este" (of "este
            # martes"): the subject may close the clause after a time or a place.
            after = (
                self._subject_after_adverbial(text, masked, end)
                or self._name_closing_clause(text, masked, end)
                or after
            )
        return self._name_before_article(after)

    def _name_before_article(self, phrase: str) -> str:
        """ "resumió Bonet la posición del gobierno": a name after the verb, then the
        article of its object (verb, subject, object order)."""
        tokens = phrase.split()
        name = list(itertools.takewhile(is_capitalised, tokens))
        if not name or len(name) == len(tokens):
            return phrase
        return " ".join(name) if self._is_article(tokens[len(name)]) else phrase

    def _runs_into_verb(self, phrase: str) -> bool:
        """Whether a finite or a reporting verb follows the first words of `phrase`."""
        return any(
            _ELIDED.sub("", token.lower()) in self._finite_verbs
            or token.lower() in self._reporting_words
            for token in phrase.split()[1:]
        )

    def _is_verb(self, word: str) -> bool:
        """Whether a lowercase word is a finite verb or a one-word reporting verb."""
        return word in self._finite_verbs or word in self._reporting_words

    def _past_told_outlet(self, text: str, masked: str, end: int) -> int | None:
        """Where the outlet a speaker talked to ends, when it follows the verb ending at
        `end` and a subject follows it ("disse ao g1 o delegado"); else None."""
        start = _skip(masked, end)
        cue = self._told.match(masked, start) if self._told is not None else None
        told = _written(text, cue) if cue is not None else ""
        opening = cue.end() if cue is not None else start
        if cue is None and self._told is not None and not self._verb_second:
            # "aseguró a": the verb as listed ends on the word of telling
            last = masked[:end].rsplit(maxsplit=1)[-1:]
            if last and self._told.fullmatch(last[0]):
                told = last[0]
        if not told and not self._bare_told:
            return None
        # Russian and Ukrainian name the outlet in the dative with no word before it:
        # "сообщили ТАСС в пресс-службе министерства".
        contracted = bool(told) and told.split()[-1].lower() in self._contractions
        window = text[opening : opening + 60]
        outlet = self._outlet_opening(window, contracted)
        addressee = outlet[0] if outlet is not None else None
        if addressee is None and not told and self._bare_told:
            # "— подтвердил «Спорт-Экспрессу» директор клуба": an outlet the list does
            # not know, quoted in the dative; a title or a name after it says so
            quoted = _INNER_QUOTED_NAME.match(window)
            addressee = quoted.group() if quoted else None
        if addressee is None and told and not self._verb_second:
            # "relató a la agencia Noticias Argentinas un vecino", "aseguró a este diario
            # el portavoz": an outlet the list does not know, then the speaker
            addressee = (
                self._unknown_outlet(window, told)
                or self._addressee(window)
                or self._named_addressee(window)
            )
        if not addressee:
            return None
        at = window.find(addressee)
        if at < 0:
            return None
        stop = _skip(text, opening + at + len(addressee), "»”“\"'")  # a closing quote
        rest = _FIRST_WORD.match(masked, stop)
        if rest and (
            self._is_determiner(rest.group(1))
            or (outlet is None and rest.group(1).lower() in self._possessives)
            # "сообщил РИА Новости один из авторов", "сказала «Медузе» адвокат Ирина
            # Самсонова": someone unnamed, or an office, speaks after it
            or rest.group(1).lower() in self.lexicon.unnamed_determiners
            or (self.lexicon.titles is not None and self.lexicon.titles.match(text, rest.start(1)))
            # "disse ao PÚBLICO fonte ligada ao setor"
            or (
                self.lexicon.unnamed_heads is not None
                and self.lexicon.unnamed_heads.match(text, rest.start(1))
            )
        ):
            return stop
        # "relató a EFE Rosa Huamán, vecina del barrio": a full name speaks after it.
        return stop if _FULL_NAME.match(text, _skip(text, stop)) else None

    def _addressee(self, window: str) -> str:
        """The article's own outlet, pointed at, opening `window` after "a": "aseguró a
        este diario el portavoz". Not any name in capitals: "exigió a Israel el cese de
        ..." has an object, not a speaker, after it."""
        words = window.split()
        if (
            len(words) >= 2
            and self._is_determiner(words[0])
            and words[1].lower().strip(",") in self._outlet_kinds
        ):
            return f"{words[0]} {words[1].strip(',')}"
        if (
            len(words) >= 3
            and _ACRONYM.fullmatch(words[0])
            and self._is_determiner(words[1])
            and self.lexicon.titles is not None
            and self.lexicon.titles.match(" ".join(words[2:]).lower())
        ):
            return words[0]  # "confirmou ao CM o comandante": an outlet by its initials
        return ""

    def _named_addressee(self, window: str) -> str:
        """A name the lists do not know, opening `window` after the word of telling, when
        an office or an unnamed source follows it: "a indiqué à Interpresse une source
        judiciaire", "afirmou ao Diário da Manhã a diretora clínica". Whoever was told,
        the speaker comes after; "exigió a Israel el cese de ..." has an object there."""
        words = window.split()
        taken = 0
        while taken < min(len(words), MAX_ADDRESSEE_WORDS) and (
            is_capitalised(words[taken])
            or (taken and words[taken].lower() in self._name_links and taken + 1 < len(words))
        ):
            taken += 1
        if not taken or not is_capitalised(words[taken - 1]) or words[taken - 1][-1] in ",.;:":
            return ""
        rest = " ".join(words[taken:])
        if words[taken:] and self._is_determiner(words[taken]):
            rest = " ".join(words[taken + 1 :])
        office = self.lexicon.titles is not None and self.lexicon.titles.match(rest.lower())
        unnamed = self.lexicon.unnamed_heads is not None and self.lexicon.unnamed_heads.match(rest)
        return " ".join(words[:taken]) if office or unnamed else ""

    def _is_dated(self, token: str) -> bool:
        """Whether a lowercase word after a verb is a day, a relative date or one of the
        adverbs that come between a verb and its subject ("lundi", "накануне", "zuerst")."""
        return token in self._verb_adverbs or any(
            m is not None and m.fullmatch(token)
            for m in (self._weekdays, self.lexicon.relative_dates)
        )

    def _past_dates(self, masked: str, end: int) -> int:
        """Where the days, relative dates and adverbs right after `end` end ("lundi",
        "накануне", "este martes"); `end` if none follows."""
        pos = dated_end = end
        for _ in range(MAX_TIME_WORDS):
            word = _TIME_WORD.match(masked, pos)
            if word is None:
                break
            token = word.group(1).lower()
            if self._is_dated(token):
                dated_end = word.end()
            elif not self._is_determiner(token):  # "este martes"
                break
            pos = word.end()
        return dated_end

    def _subject_after_adverbial(self, text: str, masked: str, end: int) -> str:
        """The subject after a day, a relative date or an adverb that follows the verb
        ending at `end`: ", informó este miércoles el Instituto Nacional de Defensa Civil",
        ", a annoncé mardi le ministère", ", сообщил накануне Минфин", "Das berichtete
        zuerst die Zeitung". Else ""."""
        pos, timed, article = end, False, None
        after_preposition = False
        for _ in range(MAX_TIME_WORDS):
            word = _TIME_WORD.match(masked, pos)
            if word is None:
                break
            token = word.group(1).lower()
            if self._that.match(masked, word.start()):
                return ""  # "ha explicado este lunes que la ley ...": the reported clause
            dated = self._is_dated(token)
            determiner = self._is_determiner(token)
            if not dated and token not in self._cut_words and not determiner:
                break
            if determiner and after_preposition and not dated:
                return ""  # "explicó ayer en el Parlamento": a place, no subject
            after_preposition = not dated and not determiner
            # An article opens the subject unless a day follows it ("el lunes el ministro").
            article = word.start(1) if not dated and self._is_determiner(token) else None
            timed = timed or dated
            pos = word.end()
        if not timed:
            return ""
        pos = article if article is not None else pos
        phrase = self._phrase_after(text, masked, pos, strict=True)
        return phrase if phrase and self._looks_like_source(phrase) else ""

    def _name_closing_clause(self, text: str, masked: str, end: int) -> str:
        """The title and name closing the clause of an inverted verb ending at `end`,
        when a time or a circumstance comes between them: '..., сообщил в пятницу на
        брифинге вице-губернатор Олег Сомов.', '..., aseguró este martes en el pleno la
        concejala Marta Salcedo.' Without a full name there, nothing: the words are the
        verb's complement."""
        # a short quoted name inside the office ("директор ИК «Финам» Павел Орлов") is no
        # boundary
        rest = _INNER_QUOTED_NAME.sub(lambda m: "x" * len(m.group()), text[end:])
        stop = _RIGHT_BOUNDARY.search(rest)
        clause = self._before_outlet_told(text[end : end + stop.start() if stop else len(text)])
        words = clause.split()
        if len(words) > MAX_CLOSING_CLAUSE_WORDS or any(
            w.lower() in self._clause_verbs for w in words
        ):
            return ""
        named = _FULL_NAME_END.search(clause)
        title = self.lexicon.titles.search(clause) if self.lexicon.titles else None
        apposed = _CLOSING_NAME.match(text, end + len(clause)) if title and not named else None
        if apposed and title:
            # "ha dichiarato in serata il leader dei Verdi, Paolo Ferraresi.": the office
            # closes the clause, its holder's name in apposition after the comma
            start = self._with_article(clause, title.start())
            clause = f"{clause}, {apposed.group('name')}"
        elif not named:
            return ""
        else:
            start = title.start() if title and title.start() < named.start() else named.start()
        before = clause[:start].split()
        last = before[-1].lower() if before else ""
        if (
            last in self._cut_words or last in self._name_connectors or last in self._name_links
        ) and not (self._weekdays and self._weekdays.fullmatch(last)):
            # "refiriéndose a las entregas de Estados Unidos", "comunicó el cierre de su
            # planta de Villa Rivadavia": a preposition's object, a noun's complement
            return ""
        return clause[start:].strip()

    def _before_outlet_told(self, clause: str) -> str:
        """ "— зазначила економістка компанії Dragon Capital Олена Білан у коментарі
        агентству «Інтерфакс-Україна»": the clause closes on the speaker's full name; the
        outlet told after it, perhaps after a word or two ("у коментарі"), is read by its
        own form."""
        told = self._told.search(clause) if self._told is not None else None
        if told is None:
            return clause.rstrip()
        head = clause[: told.start()].split()
        tail = list(itertools.takewhile(str.islower, reversed(head)))
        named = " ".join(head[: len(head) - len(tail)])
        if len(tail) > MAX_TOLD_LEAD_WORDS or not _FULL_NAME_END.search(named):
            return clause.rstrip()
        return clause[: clause.find(named) + len(named)]

    def _with_article(self, text: str, start: int) -> int:
        """Where an office starting at `start` starts with the article right before it
        ("il leader", "la consigliera")."""
        words = text[:start].split()
        if words and self._is_determiner(words[-1]):
            return text.rfind(words[-1], 0, start)
        return start

    def _with_apposed_name(self, text: str, end: int, phrase: str) -> str:
        """ "a précisé le ministre du Logement, Pierre Durand.": an office after the verb,
        then its holder's name closing the clause, is that person; keep both. So is any
        description opening on an article ("señaló el capitán del equipo, Franco Benítez").
        """
        if not phrase:
            return phrase
        office, comma, name = phrase.rpartition(", ")
        if comma and len(phrase.split()) > MAX_SOURCE_WORDS and _FULL_NAME.fullmatch(name):
            return self._office_within(office, name)  # read whole by `_phrase_after_verb`
        titled = self.lexicon.titles is not None and self.lexicon.titles.search(phrase)
        if not titled and not self._opens_noun_phrase(phrase):
            return phrase
        at = text.find(phrase, end)
        if at < 0:
            return phrase
        named = _CLOSING_NAME.match(text, at + len(phrase))
        second = _SECOND_DESCRIPTION.match(text, at + len(phrase))
        if not named and second and second.group("link").lower() in self._coordinators:
            # "explicó la cardióloga y autora principal del trabajo, Beatriz Olmedo": a
            # second description joined to the first, then the holder
            named = _CLOSING_NAME.match(text, second.end())
        if named:
            return self._office_within(phrase, named.group("name"))
        portfolio = _PORTFOLIO_AND_NAME.match(text, at + len(phrase))
        if titled and portfolio and portfolio.group("link").lower() in self._cut_words:
            # "l'assessore alla Sanità Lucia Marconi": the office's portfolio, then its
            # holder; the preposition had cut the phrase short.
            return phrase + portfolio.group()
        return phrase

    def _office_within(self, office: str, name: str) -> str:
        """An office and its holder's name after a comma, the office cut before its last
        complements when both would make too long a source: "el inspector jefe de la
        Brigada de Delincuencia Económica de Málaga, Raúl Escámez" keeps the brigade, not
        the city."""
        words = office.split()
        budget = MAX_SOURCE_WORDS - len(name.split())
        if len(words) > budget:
            cut = max(
                (i for i in range(2, budget + 1) if words[i].lower() in self._complement_links),
                default=budget,
            )
            office = " ".join(words[:cut])
        return f"{office}, {name}"

    def _ends_clause(self, masked: str, end: int, phrase: str) -> bool:
        """Whether `phrase`, read after the verb ending at `end`, runs to the end of the
        clause (an inverted subject does; the start of a reported clause does not). A
        quotation goes on with the clause: 'said the company "rejects" any suggestion'."""
        stop = _CLAUSE_END.search(masked, end)
        clause = masked[end : stop.start() if stop else len(masked)].split()
        words = phrase.split()
        if len(clause) <= len(words):
            return True
        # It may close the clause after a time or the outlet spoken to: ", заявил в среду
        # вице-премьер X.", ", сообщили ТАСС в пресс-службе министерства."
        between = clause[: -len(words)]
        if clause[-len(words) :] != words:
            return False
        return all(w.lower() in self._cut_words for w in between) or (
            self._past_told_outlet(masked, masked, end) is not None
        )

    def _antecedent_before(self, text: str, masked: str, start: int) -> str:
        """The name ending the clause before the last comma ahead of `start`."""
        bounds = [0] + [m.end() for m in _LEFT_BOUNDARY.finditer(masked, 0, start)]
        if len(bounds) < 2 or "_" in masked[bounds[-2] : bounds[-1]]:
            return ""
        clause = text[bounds[-2] : bounds[-1]].strip(" ,;:-–—")
        names = list(_FULL_NAME.finditer(clause))
        if names and names[-1].end() == len(clause):
            return names[-1].group()
        return self._subject_tail(clause)

    def _closes_place(self, segments: list[str], i: int) -> bool:
        """ "Daniel Okonjo, 41, of Naperville, Illinois, told KETV": one or two capitalised
        words after a complement of place set off by commas are its state or country, no
        one in apposition."""
        words = segments[i].split()
        # the complement is itself set off by commas after the subject, never the subject
        before = segments[i - 1].split() if i >= 2 else []
        return (
            bool(before)
            and before[0].lower() in self._aside_complements
            and 0 < len(words) <= 2
            and all(map(is_capitalised, words))
        )

    def _lone_clause_subject(self, clause: str) -> list[str]:
        """A lone clause before ", said X" is what X said, not X in apposition: a short
        one is a line of dialogue ("Я ж не провидиця! – заявляє мама ..."); before a
        participle ("Finland closed its border, citing security") a longer one's subject
        speaks, the name leading it."""
        if len(clause.split()) <= MAX_APPOSITION_WORDS:
            return []
        leading = _LEADING_NAME.match(clause)
        if leading is None or self._is_determiner(leading.group().split()[0]):
            return []
        lead, words = leading.group().split(), clause.split()
        if (
            len(lead) == 1
            and (
                lead[0].lower() in self.lexicon.unnamed_determiners
                or lead[0].lower() in self._cut_words  # "Hasta un tercio ..., calculan."
                or words[1][:1].isdigit()
                # "Consultado sobre si ..., respondió": a circumstance, the speaker dropped
                or (
                    lead[0].lower().endswith(self._participle_endings)
                    and words[1].lower() in self._cut_words
                )
            )
        ):
            return []  # "Quelque 450 personnes ...", "Plusieurs ...": a count, no one
        return [leading.group()]

    def _apposition_segments(self, text: str, masked: str, start: int) -> tuple[list[str], bool]:
        """The phrases set off by commas before a verb at `start` that may be its subject in
        apposition, and whether the words before the verb are one lone clause."""
        # A short name in quotation marks ("Енергокомпанія «Теплоград»") parts nothing and
        # is no quotation.
        names = [
            m.span()
            for m in _INNER_QUOTED_NAME.finditer(text, 0, start)
            if len(m.group().split()) <= MAX_QUOTED_NAME_WORDS
        ]
        for a, b in names:
            masked = masked[:a] + "x" * (b - a) + masked[b:]
        bounds = [0] + [m.end() for m in _LEFT_BOUNDARY.finditer(masked, 0, start)]
        # Quoted words are never the speaker, nor a dateline (blanked), and a relative
        # clause describes one ("X, que defiende a Y, afirmó"): none is a subject in
        # apposition.
        segments = [
            text[a + len(masked[a:b]) - len(masked[a:b].lstrip()) : b].strip(" ,;:-–—")
            for a, b in zip(bounds, bounds[1:], strict=False)
            if "_" not in masked[a:b]
        ]
        lone = sum(1 for s in segments if s) < 2
        segments = [
            s
            for i, s in enumerate(segments)
            if not _RELATIVE_START.match(s)
            # "Енергокомпанія X, якій належать дві ТЕЦ, заявила": any relative of the
            # cue file, in whatever case
            and not (s and s.split()[0].lower() in self._relative_openers)
            and not _PARTY_TAG.fullmatch(s)
            and not _AGE_TAG.fullmatch(s)
            and not (s and s.split()[0].lower() in self._participle_openers)
            # "Fuentes del equipo de gobierno, del PSOE, señalaron": a complement set off
            # by commas describes the subject before it
            and not (i and s and s.split()[0].lower() in self._aside_complements)
            and not self._closes_place(segments, i)
            and not (self._aside_opening and self._aside_opening.match(s))
            and not self._verb_final_relative(s)
        ]
        return segments, lone

    def _apposition_candidates(self, text: str, masked: str, start: int) -> list[str]:
        segments, lone = self._apposition_segments(text, masked, start)
        recent = [s for s in segments[-4:] if s and self._strip_fillers(s)][::-1]
        if len(recent) >= 2 and recent[0].lower() in self.lexicon.pronouns:
            # "L'opposition communale, elle, réclame ...": the pronoun between commas
            # repeats the subject before it, for contrast
            recent = recent[1:]
        names = [s for s in recent if self._is_name(s)]
        if lone and recent and not names:
            return self._lone_clause_subject(recent[0])
        if (
            not names
            and segments
            and segments[0][:1].isupper()
            and _FULL_NAME_END.search(segments[0])
        ):
            # "L'avvocato Marco Bellini, che segue la famiglia, quando ..., racconta":
            # the sentence opens on a name, and asides run on to the verb.
            opening = segments[0]
            if len(segments) > 1 and all(s[:1].islower() for s in segments[1:] if s):
                names = [opening]
        others = [s for s in recent if s not in names]
        if (
            others
            and others[0].split()[0].lower() in self._coordinators
            and len(masked[start:].split()) <= MAX_CLOSING_VERB_WORDS
        ):
            # "Dois feridos foram assistidos, mas não precisaram ..., acrescentou": a
            # clause joined by "but" before the verb closing the sentence is what was
            # said, no aside; the subject of the clause before it is what was spoken of.
            return names
        if (
            others
            and others[0].split()[0].islower()
            and not self._opens_noun_phrase(others[0])
            # "retired schoolteacher Linda Harkins": a description before a full name
            and not _FULL_NAME_END.search(others[0])
        ):
            # "The minister, speaking on condition of anonymity, said": an aside stands
            # between the verb and its subject, a noun phrase opening on a determiner
            # ("But an Israeli official, speaking ..., said": after a conjunction).
            others = [
                self._strip_fillers(s)
                for s in others[1:]
                if self._opens_noun_phrase(self._strip_fillers(s) or s)
            ] or others
        return names + others[:1]
