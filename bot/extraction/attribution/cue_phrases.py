"""Sources stated by a phrase rather than a verb: "selon X", "X zufolge", "Pour X,", "à ses
yeux", a colon after the speaker, a place standing for a body."""

from __future__ import annotations

import re

from bot.extraction.attribution.shapes import (
    _APPOSED_HOLDER,
    _COLON_QUOTATION,
    _ELIDED,
    _FIRST_WORD,
    _FULL_NAME,
    _FULL_NAME_END,
    _LEFT_BOUNDARY,
    _WORD,
    MAX_APPOSITION_WORDS,
    MAX_PARTICIPLE_WORDS,
    MAX_RECIPIENT_WORDS,
    MAX_SOURCE_WORDS,
    _Candidate,
    _phrase_stop,
    _written,
)
from bot.extraction.outlets import find_outlet
from bot.extraction.speakers import SpeakerMemory, is_capitalised
from bot.models import Source, SourceType


class CuePhraseForms:
    """Sources stated by a phrase rather than a verb: "selon X", "X zufolge", "Pour X,",
    "à ses yeux", a colon after the speaker, a place standing for a body."""

    # -- candidates, one attribution form each ------------------------------------------

    def _by_according_to(self, text: str, masked: str) -> list[_Candidate]:
        """ "selon le Mirror", "according to a senior official", "citing X"."""
        lex = self.lexicon
        out: list[_Candidate] = []
        if not lex.according_to:
            return out
        for match in lex.according_to.finditer(masked):
            if self._ordinal(masked, match):
                continue  # "al secondo piano": the ordinal, not "according to"
            if self._negated_passive_cue(masked, match):
                continue  # "não foi confirmada pelo X": X said nothing
            if self._opens_relative(masked, match.end()):
                antecedent = self._relative_antecedent(text, masked, match.start())
                if antecedent:
                    out.append(_Candidate(antecedent, _written(text, match), match.start()))
                continue
            agent = self._document_agent(masked, match.end())
            phrase = self._before_next_noun_phrase(
                self._phrase_after(text, masked, match.end() if agent is None else agent)
            )
            phrase = self._before_reporting_word(self._past_relay(phrase))
            if self._gives_a_reason(match.group(), phrase):
                continue  # "The airline cancelled 300 flights, citing a shortage of pilots"
            head = _written(text, match).rsplit(maxsplit=1)[-1]
            if phrase and lex.unnamed_heads and lex.unnamed_heads.fullmatch(head):
                phrase = f"{head} {phrase}"  # "De source policière": police sources
            if phrase:
                # "Selon sa présidente, Nathalie Gagnon, ...": the holder named in apposition
                phrase = self._apposed_holder(text, match.end(), phrase) or phrase
                phrase = self._name_going_on(text, match.end(), phrase)
                phrase = self._with_origin(text, match.end(), phrase)
                out.append(_Candidate(phrase, _written(text, match), match.start(), strong=True))
                other = self._second_conjunct(text, masked, match.end(), phrase)
                if other:
                    out.append(
                        _Candidate(other, _written(text, match), match.start() + 1, strong=True)
                    )
        return out

    def _ordinal(self, masked: str, match: re.Match[str]) -> bool:
        """Whether a one-word "according to" is the ordinal or a unit: "al secondo piano",
        "900 metros cúbicos por segundo" (a whole article or an ordinal marker before it,
        not one elided onto its noun: "d'euros, selon X")."""
        previous = masked[: match.start()].rsplit(maxsplit=1)[-1:]
        return (
            bool(previous)
            and " " not in match.group().strip()
            and previous[0].lower() in self._articles_and_contractions
        )

    def _opens_relative(self, masked: str, at: int) -> bool:
        """Whether a relative pronoun follows "according to" at `at` ("secondo cui",
        "según el cual", "по словам которого"): the source is then the noun phrase the
        relative stands for, before the cue."""
        if not self._according_relatives:
            return False
        words = masked[at:].split(maxsplit=2)[:2]
        return bool(words) and (
            words[0].lower() in self._according_relatives
            or " ".join(words).lower() in self._according_relatives
        )

    def _relative_antecedent(self, text: str, masked: str, start: int) -> str:
        """ "Jörg Hallmann, secondo cui ...", "Marco Veronesi, docente alla Bocconi,
        secondo il quale ...": the name closing the phrase before the cue's comma, or,
        when that phrase describes someone (lower case), the name closing the one before."""
        bounds = [0] + [m.end() for m in _LEFT_BOUNDARY.finditer(masked, 0, start)]
        for a, b in list(zip(bounds, bounds[1:], strict=False))[::-1][:2]:
            if "_" in masked[a:b]:
                return ""
            clause = text[a:b].strip(" ,;:-–—")
            if not clause[:1].isupper():
                continue
            names = list(_FULL_NAME.finditer(clause))
            if names and names[-1].end() == len(clause):
                return names[-1].group()
            tokens = clause.split()
            for i in range(len(tokens) - 2, 0, -1):
                # "Le texte inquiète la CGT, selon laquelle": the named body closing it
                if self._is_determiner(tokens[i]) and all(map(is_capitalised, tokens[i + 1 :])):
                    return " ".join(tokens[i:])
            return self._subject_tail(clause)
        return ""

    def _gives_a_reason(self, cue: str, phrase: str) -> bool:
        """Whether a cue that also gives reasons (the cue file's `reason_cues`: "citing",
        "citant") is followed by a reason rather than a source: no name, no unnamed source,
        no document ("citing staffing shortages", "citing two officials")."""
        if " ".join(cue.lower().split()) not in self._reason_cues or not phrase:
            return False
        lex = self.lexicon
        return not (
            any(map(is_capitalised, phrase.split()))
            or (lex.unnamed_heads is not None and lex.unnamed_heads.search(phrase))
            or (lex.document_heads is not None and lex.document_heads.search(phrase))
            or find_outlet(phrase) is not None
        )

    def _before_reporting_word(self, phrase: str) -> str:
        """ "«Ведомости» со ссылкой на два источника сообщили": the cited source ends where
        the verb of the subject that cites it begins."""
        tokens = phrase.split()
        for i, token in enumerate(tokens[1:], start=1):
            if token.islower() and token in self._reporting_words:
                return " ".join(tokens[:i])
        return phrase

    def _document_agent(self, masked: str, pos: int) -> int | None:
        """Where the agent starts in "according to figures released by the ministry",
        "según datos facilitados por el club", "secondo le stime diffuse ieri dall'Istat":
        a document, a participle (a day or an adverb of time besides), then the agent, who
        is the source. None when the phrase read from `pos` is no such document."""
        heads = self.lexicon.document_heads
        if heads is None or not self._agents:
            return None
        words = list(_WORD.finditer(masked, pos, _phrase_stop(masked, pos)))
        head = next(
            (i for i, w in enumerate(words[:3]) if heads.fullmatch(w.group().lower())), None
        )
        if head is None or not all(
            self._is_determiner(w.group()) or w.group().islower() for w in words[:head]
        ):
            return None
        # The participle comes first: "a report by the IMF" is one source, the document.
        between = words[head + 2 : head + 2 + MAX_PARTICIPLE_WORDS + MAX_RECIPIENT_WORDS]
        relayed = next(
            (
                i
                for i in (head + 1, head + 2)
                if i < len(words) and self._is_relay_participle(words[i].group())
            ),
            None,
        )
        before = words[:head]
        modified = relayed == head + 2 or not all(self._is_determiner(w.group()) for w in before)
        if relayed is not None and modified:
            # "un arrêté préfectoral consulté par l'AFP": a document told apart by its
            # modifier and the outlet relaying it, both sources; "documents seen by
            # Reuters" are only known by the outlet that saw them
            return None
        # "figures provided to the Chronicle by the trust", "un bilan communiqué en milieu
        # de journée par la préfecture": a preposition's phrase (whom it was given to,
        # when) may stand before the agent, its words capitalised or not
        recipient = False
        for i, word in enumerate(between):
            lower = word.group().lower()
            agent = self._agent_end(lower)
            if agent is not None:
                return word.start() + agent
            if self._is_verb(lower):
                return None
            dated = self._is_dated(lower) or (
                # "released on Monday by"
                i + 1 < len(between) and self._is_dated(between[i + 1].group().lower())
            )
            recipient = recipient or lower in self._cut_words
            if dated or recipient:
                continue
            if not word.group().islower() or i >= MAX_PARTICIPLE_WORDS:
                return None
        return None

    def _is_relay_participle(self, word: str) -> bool:
        """Whether `word` is a participle of relaying ("cited", "consulté", "citadas")."""
        return word.lower() in self._relay_participles

    def _past_relay(self, phrase: str) -> str:
        """ "secondo quanto appreso dall'ANSA", "según lo publicado por El País": what a
        participle reports, then its agent, who is the source."""
        words = phrase.split()
        if len(words) < 3 or words[0].lower() not in self._relays or not words[1].islower():
            return phrase
        agent = self._agent_end(words[2].lower())
        if agent is None:
            return phrase
        return " ".join(filter(None, [words[2][agent:], *words[3:]]))

    def _agent_end(self, word: str) -> int | None:
        """Where the agent's own words start in a lowercase `word` that is the cue file's
        word for "by" ("par": after it) or one elided onto its noun ("dall'istat": after
        the apostrophe); None for any other word."""
        if word in self._agents:
            return len(word)
        elided = _ELIDED.match(word)
        if elided and elided.group() in self._agents and elided.end() < len(word):
            return elided.end()
        return None

    def _speaks(self, phrase: str) -> bool:
        """Whether a phrase cut before the next noun phrase names who can speak: an office
        or an institution ("la Protezione civile", "il capitano emiliano Luca Bertoni"),
        never a time ("la prima volta")."""
        words = phrase.split()
        lex = self.lexicon
        if words and self._is_determiner(words[0]):
            words = words[1:]
        if not words:
            return False
        head = " ".join(words).lower()
        return any(
            pattern is not None and pattern.match(head)
            for pattern in (lex.titles, lex.institutions)
        )

    def _before_next_noun_phrase(self, phrase: str) -> str:
        """The source after "secondo" without the clause's subject when no comma parts
        them: "Secondo la sindacalista l'adesione ha superato ..." keeps "la sindacalista".
        A determiner after a noun (not after "de", "of") opens another noun phrase; without
        articles, an agency before its quoted name does ("Із посиланням на джерела в
        компанії агентство «Інтерфакс» повідомило")."""
        tokens = phrase.split()
        if not self._articles:
            agency = self.lexicon.agency_heads
            if agency is None:
                return phrase
            for i in range(2, len(tokens) - 1):
                if tokens[i + 1][:1] in '«„"“' and agency.fullmatch(tokens[i].lower()):
                    return " ".join(tokens[:i])
            return phrase
        for i in range(2, len(tokens)):
            previous = tokens[i - 1].lower()
            if previous in self._complement_links or previous in self._cut_words:
                continue  # "el vicepresidente de la ANP": a complement, not a new phrase
            if previous in self._agents:
                continue  # "a report by the IMF": the document's author
            if tokens[i][:1].isupper() and i + 1 < len(tokens) and is_capitalised(tokens[i + 1]):
                continue  # "un reporte del diario Los Tiempos": a name opening on its article
            if self._is_article(tokens[i]):
                return " ".join(tokens[:i])
        return phrase

    def _is_article(self, token: str) -> bool:
        """Whether a word is an article of the cue file's `articles`, or opens on one
        elided ("l'adesione")."""
        word = token.lower()
        elided = _ELIDED.match(word)
        return word in self._articles or (
            elided is not None and elided.end() < len(word) and elided.group() in self._articles
        )

    def _apposed_holder(self, text: str, start: int, phrase: str) -> str:
        """The full name set between commas after a bare title read from `start`:
        "according to its president, Nathalie Gagnon, ..." names her, not the office."""
        titles = self.lexicon.titles
        title = titles.search(phrase) if titles is not None else None
        # The office opens the phrase; capitals after it are its portfolio ("la ministre de
        # la Culture, Anne Roy"), not a name already there.
        if (
            title is None
            or len(phrase[: title.start()].split()) > 1
            # "le ministre Jean Roy" names the holder already; "il presidente della
            # cooperativa San Pietro" names the body the office is of.
            or _FULL_NAME.match(phrase[title.end() :].lstrip())
        ):
            return ""
        at = text.find(phrase, start)
        if at < 0:
            return ""
        holder = _APPOSED_HOLDER.match(text, at + len(phrase))
        return holder.group("name") if holder else ""

    def _with_origin(self, text: str, start: int, phrase: str) -> str:
        """ "according to figures from the Chartered Institute ...": a document and where
        it comes from, after a word of the cue file's `origin_links`, are one source."""
        heads = self.lexicon.document_heads
        if not self._origin_links or heads is None or not heads.fullmatch(phrase.split()[-1]):
            return phrase
        at = text.find(phrase, start)
        link = re.match(r"\s+(\w+)\s+", text[at + len(phrase) :]) if at >= 0 else None
        if link is None or link.group(1).lower() not in self._origin_links:
            return phrase
        origin = self._phrase_after(text, text, at + len(phrase) + link.end())
        named = origin and (
            is_capitalised(origin.split()[0]) or self._is_determiner(origin.split()[0])
        )
        return f"{phrase}{link.group()}{origin}" if named else phrase

    def _name_going_on(self, text: str, start: int, phrase: str) -> str:
        """ "o Instituto Português do Mar e da Atmosfera": a conjunction then a contracted
        preposition goes on with one name; it does not join a second source."""
        at = text.find(phrase, start)
        going_on = re.match(r"\s+(\w+)\s+(\w+)\s+([^,.;:!?]+)", text[at + len(phrase) :])
        if (
            at < 0
            or going_on is None
            or going_on.group(1).lower() not in self._coordinators
            or going_on.group(2).lower() not in self._contractions
        ):
            return phrase
        return phrase + going_on.group()

    def _second_conjunct(self, text: str, masked: str, start: int, phrase: str) -> str:
        """The second of two sources joined by a conjunction after one cue: "selon la
        police et les pompiers", "laut Polizei und Feuerwehr". `phrase` is the first, read
        from `start`."""
        at = text.find(phrase, start)
        if at < 0 or not self._coordinators:
            return ""
        link = re.match(r"\s+(\w+)\s+", masked[at + len(phrase) :])
        if link is None or link.group(1).lower() not in self._coordinators:
            return ""
        other = self._phrase_after(text, masked, at + len(phrase) + link.end())
        first = other.split()[0] if other else ""
        if first.lower() in self._contractions or first.lower() in self._cut_words:
            return ""  # "do Mar e da Atmosfera": one name, not two sources
        return other if first and (self._is_determiner(first) or is_capitalised(first)) else ""

    def _by_name_compound(self, text: str, masked: str) -> list[_Candidate]:
        """ "nach NDR-Recherchen", "laut dpa-Informationen": the name is the first part
        of a compound noun after the cue (the cue file's `compound_cues` and
        `compound_heads`)."""
        if self._name_compound is None:
            return []
        out = []
        for m in self._name_compound.finditer(masked):
            group = 1 if m.group(1) else 2
            name = text[m.start(group) : m.end(group)]
            out.append(_Candidate(name, text[m.start() : m.end()], m.start(), strong=True))
        return out

    def _by_own_view(self, text: str, masked: str, memory: SpeakerMemory) -> list[_Candidate]:
        """ "à ses yeux", "in his view": the speaker named last."""
        if self.lexicon.own_view is None:
            return []
        out = []
        lex = self.lexicon
        for match in lex.own_view.finditer(masked):
            cue = lex.according_to.match(masked, match.start()) if lex.according_to else None
            if cue and masked[cue.end() : match.end()].strip().lower() in lex.pronouns:
                continue  # "Según él": "según" and its pronoun, resolved as any pronoun is
            if any(w.lower() in self._reflexive_own for w in match.group().split()):
                # "Der Konzern hat nach eigenen Angaben keine Hinweise": the clause's own
                # subject speaks, not whoever spoke last
                subject = self._own_subject(text, masked, match)
                if subject:
                    out.append(_Candidate(subject, _written(text, match), match.start()))
                    continue
            if not (memory.last_speaker or memory.topic):
                continue  # no one has spoken or been named with an office yet
            speaker = self._view_holder(match.group(), memory)
            if speaker:
                out.append(_Candidate(speaker, _written(text, match), match.start()))
        return out

    def _own_subject(self, text: str, masked: str, match: re.Match[str]) -> str | None:
        """The subject of the clause "nach eigenen Angaben" stands in: the words before
        its verb ("Auch der Kreis Lippe prüft"), or the pronoun right after the verb when
        the phrase opens the sentence ("Nach eigenen Angaben kaufte er")."""
        before = masked[: match.start()].split()
        if len(before) >= 2:
            subject = self._strip_fillers(" ".join(before[:-1]))
            if "," in subject or not subject:
                return None
            start = masked.find(subject)
            return text[start : start + len(subject)] if start >= 0 else None
        if before:
            return None
        after = masked[match.end() :].split()[1:2]
        if after and after[0].strip(",.").lower() in self.lexicon.pronouns:
            return after[0].strip(",.")
        return None

    def _view_holder(self, phrase: str, memory: SpeakerMemory) -> str | None:
        """Whose view "selon elle", "на її думку" gives: the speaker named last, unless
        the pronoun's gender is not theirs; then the person of that gender named last.
        After a sentence about someone else, named with their office, who said nothing
        ("El economista jefe de BCI, Sebastián Orrego, coincidió con ese diagnóstico. A su
        juicio, ..."), that person."""
        if memory.opening_name:
            # "Пенсионерка Валентина Ершова, по её словам, ждёт ...": the person the
            # sentence names before it, whose own words these are
            return memory.opening_name
        speaker = memory.last_speaker
        topic = memory.topic
        if topic and topic in memory.titled.values() and topic not in (speaker or ""):
            speaker = topic  # named with an office, as a person is
        gender = next(filter(None, map(self._gender.of_pronoun, phrase.split())), None)
        if gender is not None and speaker in memory.named_in:
            # "Исполнительный директор X считает ... По его словам": a person of that
            # gender the article named after the speaker, though they said nothing yet
            speaker = memory.named_since(speaker, gender) or speaker
        if gender is None or memory.genders.get(speaker or "", gender) == gender:
            return speaker
        return memory.person(gender)

    def _by_colon_quotation(
        self, text: str, masked: str, memory: SpeakerMemory, *, opening: bool = True
    ) -> list[Source]:
        """ "Le maire Paul Martin est catégorique : « ... »", "Сам Белов оказался более
        дипломатичным: «...»": a quotation after a colon is the words of the subject that
        opens the sentence, when it names someone; or of the office and name closing the
        words before the colon, the predicate fronted ("Durissima la consigliera X:")."""
        colon = _COLON_QUOTATION.search(masked)
        if colon is None:
            return []
        before = colon.start()
        source = (
            self._opening_speaker(text, masked, before, memory) if opening else None
        ) or self._closing_speaker(text[:before], memory)
        # Someone, named or by their office: "L'elogio di Trump: «...»" is a headline's
        # topic, not a speaker.
        if source is None or source.type not in (SourceType.PERSON, SourceType.OFFICIAL):
            return []
        return [source]

    def _opening_speaker(
        self, text: str, masked: str, before: int, memory: SpeakerMemory
    ) -> Source | None:
        """The subject opening the sentence, with a predicate between it and the colon at
        `before`."""
        subject = self._well_formed(self._phrase_after(text[:before], masked[:before], 0))
        name = _FULL_NAME.search(subject)
        if name:
            subject = subject[: name.end()]  # "Белов оказался более дипломатичным": Белов
        predicate = text[len(subject) : before].split() if text.startswith(subject) else []
        if not any(w.islower() and w not in self._cut_words for w in predicate):
            return None  # "Giorgia Meloni da Trump: «...»": a headline's topic, no predicate
        source = self._to_source(_Candidate(subject, ":", 0), memory) if subject else None
        if source is None or source.type not in (SourceType.PERSON, SourceType.OFFICIAL):
            return None
        return source

    def _closing_speaker(self, head: str, memory: SpeakerMemory) -> Source | None:
        """ "Durissima anche la consigliera regionale Anna Verdi: «...»", "Sulla stessa
        linea il leader dei Verdi, Marco Neri: «...»": the office and the full name that
        close the words before the colon, the predicate fronted; not a name after a
        preposition ("Intervista a Marco Neri: «...»", a headline's topic)."""
        head = head.rstrip()
        named = _FULL_NAME_END.search(head)
        if not named:
            return None
        titles = self.lexicon.titles
        window = head[max(0, named.start() - 60) : named.start()]
        # the last office before the name
        title = (
            max(titles.finditer(window), key=lambda m: m.start(), default=None) if titles else None
        )
        if title is None:
            return None  # "Il caso Cecilia Sala: «...»": a name without an office is a topic
        start = named.start() - len(window) + title.start()
        words = head[:start].split()
        if words and words[-1].lower() in self._contractions:
            return None  # "Intervista al ministro X:": a preposition's object
        start = self._with_article(head, start)
        words = head[:start].split()
        if not words or words[-1].lower() in self._complement_links or not words[0][:1].isupper():
            return None
        phrase = head[start:].strip(" ,")
        return self._to_source(_Candidate(phrase, ":", 0), memory)

    def _by_fronted_report(self, text: str, masked: str) -> list[_Candidate]:
        """ "Aus Verwaltungskreisen hieß es, ...", "In der Mitteilung hieß es": the body or
        the document after the preposition that opens the sentence."""
        match = self._fronted_report.match(masked) if self._fronted_report else None
        if match is None or match.group("prep").lower() not in self._cut_words:
            return []
        source = text[match.start("source") : match.end("source")]
        words = source.split()
        trailing = self._cut_words | self._verb_adverbs
        while words and words[-1].lower() in trailing:
            words.pop()  # "Aus dem Ministerium hieß es am Abend": no time in the name
        if not words or len(words) > MAX_APPOSITION_WORDS:
            return []
        cue = text[match.end("source") : match.end()].strip()
        return [_Candidate(" ".join(words), cue, match.start("source"), strong=True)]

    def _by_fronted_place(self, text: str, masked: str) -> list[_Candidate]:
        """ "Au ministère de la Santé, on assure que", "A Palazzo Chigi spiegano che", "Na
        prefeitura, informaram que": the body where a reporting verb with no subject, or an
        impersonal one, is said speaks through it (the cue file's `impersonal_places`)."""
        opening = self._fronted_place.match(masked) if self._fronted_place else None
        if opening is None:
            return []
        verb = self._first_verb_after(masked, opening.end())
        if verb is None:
            return []
        between = masked[opening.end() : verb.start()]
        phrase, comma, rest = between.partition(",")
        rest_words = rest.lower().split()
        if (
            comma
            and rest_words
            and not (len(rest_words) == 1 and rest_words[0] in self._impersonal_pronouns)
        ):
            return []  # "En la reunión, el ministro dijo": the subject after the comma
        if not comma and self._impersonal_pronouns:
            return []  # where the language says "on", the body speaks through it after a comma
        words = self._without_object(phrase).split()
        if not words or len(words) > MAX_APPOSITION_WORDS + 2:
            return []
        if words[-1].lower() in self.lexicon.not_sources:
            words.pop()  # "Desde la Fiscalía se informó que": the impersonal "se"
        if not words or not self._names_a_body(words):
            return []  # "En la misma cumbre en Lima se acordó": a place, not who speaks
        if any(self._is_determiner(w) for w in words[1:]) and not comma:
            return []  # "En el pleno el ministro dijo": a subject after the place
        start = opening.end() + len(phrase) - len(phrase.lstrip())
        written = text[start : start + len(" ".join(words))]
        return [_Candidate(written, _written(text, verb), start)]

    def _first_verb_after(self, masked: str, pos: int) -> re.Match[str] | None:
        """The first reporting verb after `pos`: a verb of the lists, or a weak one before
        "that" ("Chez les pompiers, on craint que ...")."""
        lex = self.lexicon
        found = [
            m
            for verbs, needs_that in ((lex.verbs, False), (lex.weak_verbs, True))
            if verbs is not None
            for m in [verbs.search(masked, pos)]
            if m is not None and (not needs_that or self._that_follows(masked, m.end()))
        ]
        return min(found, key=lambda m: m.start()) if found else None

    def _names_a_body(self, words: list[str]) -> bool:
        """Whether a phrase after a preposition names a body that can speak: a proper name
        ("Matignon", "Palazzo Chigi") or a body the cue file lists ("la prefeitura de
        Recife")."""
        apart = self._with_article_apart(words)  # "à l'Élysée": one token
        head = apart[1:] if self._is_determiner(apart[0]) else apart
        if not head:
            return False
        unnamed = self.lexicon.unnamed_heads
        return (
            is_capitalised(head[0])
            or self._speaks(" ".join(words))
            or (unnamed is not None and bool(unnamed.match(" ".join(head).lower())))
        )

    def _by_enclosing_cue(self, text: str, masked: str) -> list[_Candidate]:
        """ "Das geht aus einem Bericht des Bundesrechnungshofs hervor": the source
        between the two parts of a cue (the cue file's `enclosing_cues`)."""
        if self._enclosing is None:
            return []
        out: list[_Candidate] = []
        for match in self._enclosing.finditer(masked):
            name = next(k for k, v in match.groupdict().items() if v is not None)
            start, end = match.span(name)
            cue = _written(text, match)
            out.append(_Candidate(text[start:end], cue, start, strong=True))
        return out

    def _by_according_initial(
        self, text: str, masked: str, memory: SpeakerMemory
    ) -> list[_Candidate]:
        """A sentence opening on "Pour X," / "Para X": X's view."""
        lex = self.lexicon
        opening = lex.according_initial.match(masked) if lex.according_initial else None
        if opening is None:
            return []
        # "Para frenar los contagios, el municipio ...": a purpose (not "Pour la ministre")
        first = _FIRST_WORD.match(" " + masked[opening.end() :])
        if (
            first
            and " " not in opening.group().strip()
            and first.group(1).islower()
            and first.group(1).endswith(self._infinitives)
        ):
            return []
        named = _FULL_NAME.match(text, opening.end())
        if named and not any(t in self._not_name_words for t in named.group().split()):
            # "Para Ingrid Betancourt la solución está ...": a full name needs no comma.
            return [_Candidate(named.group(), _written(text, opening), 0)]
        surname = _FIRST_WORD.match(" " + text[opening.end() :])
        if surname and memory.knows_surname(surname.group(1)):
            # "Per Faggian il dato più preoccupante è ...": a surname the article introduced
            return [_Candidate(surname.group(1), _written(text, opening), 0)]
        lone = self._before_next_noun_phrase(self._phrase_after(text, masked, opening.end()))
        lone = self._before_subject_article(lone)
        if "," not in masked[opening.end() : opening.end() + len(lone) + 1] and (
            self._speaks(lone) or self._named_after_article(opening.group(), lone)
        ):
            # "Per la Protezione civile il livello resta giallo": an office or a body, then
            # the clause's own subject, with no comma between them
            return [_Candidate(lone, _written(text, opening), opening.start())]
        phrase = self._phrase_after(text, masked, opening.end())
        rest = masked[opening.end() :].lstrip()
        if (
            phrase
            and MAX_APPOSITION_WORDS < len(phrase.split()) <= MAX_SOURCE_WORDS
            and _FULL_NAME_END.search(phrase)
            and rest.startswith(phrase + ",")
        ):
            # "Para el epidemiólogo del Hospital General de Alicante Jorge Alcaraz, ...": a
            # long office closed by its holder's full name, then the comma
            return [_Candidate(phrase, _written(text, opening), opening.start())]
        if phrase and len(phrase.split()) <= 6 and "," in rest[:60]:
            # "Pour la vice-présidente, Martine Schlegel, ...": the holder in apposition
            phrase = self._apposed_holder(text, opening.end(), phrase) or phrase
            return [_Candidate(phrase, _written(text, opening), opening.start())]
        return []

    def _before_subject_article(self, phrase: str) -> str:
        """ "Cgil la manovra è ...": a name, then the article opening the clause's own
        subject; the name alone."""
        words = phrase.split()
        for i in range(1, len(words)):
            if self._is_determiner(words[i]) and is_capitalised(words[i - 1]):
                return " ".join(words[:i])
        return phrase

    def _named_after_article(self, cue: str, phrase: str) -> bool:
        """ "Per la Cgil la manovra ...", "Per gli economisti di UniCapital la Bce ...": an
        article, then a name or a noun and a name, before the clause's own subject; a time
        or a place has no article there ("Per Natale", "Per Milano")."""
        words = phrase.split()
        article = cue.split()[-1].lower() if " " in cue.strip() else (words[:1] or [""])[0]
        return (
            1 <= len(words) <= MAX_APPOSITION_WORDS
            and self._is_determiner(article)
            and any(map(is_capitalised, words[1 if article == words[0].lower() else 0 :]))
        )

    def _by_same_source_adverb(self, text: str, masked: str) -> list[_Candidate]:
        """ "Demnach stiegen die Energiepreise": the adverb stands for the source the
        sentence before stated (the cue file's `same_source_adverbs`)."""
        if self._same_source_adverbs is None:
            return []
        return [
            _Candidate(_written(text, m), _written(text, m), m.start(), strong=True)
            for m in self._same_source_adverbs.finditer(masked)
        ]

    def _source_before_postposition(self, phrase: str) -> str:
        """ "Die Preise lagen einer neuen Studie zufolge höher", "Die Zahl stieg
        Behördenangaben zufolge": in the middle of a clause, the source is the noun phrase
        closing the words before the cue: its nouns (capitalised), its determiners (the cue
        file's `according_after_determiners`) and the adjectives after a determiner; the
        clause's verb and subject come before it."""
        determiners = self._according_after_determiners
        words = phrase.split()
        if not determiners or not words:
            return phrase
        start = len(words)
        while start > 0:
            word = words[start - 1]
            if is_capitalised(word) or word.lower() in determiners:
                start -= 1
                continue
            run = start - 1
            while run > 0 and words[run - 1].islower() and words[run - 1] not in determiners:
                run -= 1
            if run == 0 or words[run - 1].lower() not in determiners:
                break  # a verb, not adjectives after a determiner
            start = run - 1
        return " ".join(words[start:])

    def _by_according_after(self, text: str, masked: str) -> list[_Candidate]:
        """A cue after its source: "X zufolge", "по словам X" written the other way."""
        if not self.lexicon.according_after:
            return []
        out: list[_Candidate] = []
        for match in self.lexicon.according_after.finditer(masked):
            phrase = self._source_before_postposition(
                self._phrase_before(text, masked, match.start())
            )
            if not phrase:
                continue
            if phrase.split(maxsplit=1)[0].lower() in self._possessives:
                continue  # "Ihren Angaben zufolge": whose words they are, read as "her view"
            if phrase:
                out.append(_Candidate(phrase, _written(text, match), match.start()))
        return out
