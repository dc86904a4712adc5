"""Sources stated by a reporting verb: its subject before it, inverted after it, dropped,
coordinated, in the passive or in a narrator's insert."""

from __future__ import annotations

import re

from bot.extraction.attribution.shapes import (
    _AFTER_DASH,
    _AFTER_QUOTE,
    _CLAUSE_BOUNDARY,
    _CLAUSE_END,
    _ELIDED,
    _FIRST_WORD,
    _FULL_NAME,
    _INNER_QUOTED_NAME,
    _LEADING_NAME,
    MAX_APPOSITION_WORDS,
    MAX_OFFICE_WORDS,
    MAX_PARTICIPLE_WORDS,
    MAX_TIME_WORDS,
    _bare_insert,
    _Candidate,
    _closes_report,
    _inside_longer,
    _written,
)
from bot.extraction.lexicon import Matcher
from bot.extraction.speakers import SpeakerMemory, is_capitalised
from bot.models import SourceType

# Letters of an adjective opening an aside, at least: "близкий", "знайомий".
MIN_ADJECTIVE = 6


def _closes_sentence(masked: str, match: re.Match[str]) -> bool:
    """Whether a verb after a comma ends its sentence: "..., subrayó."."""
    rest = masked[match.end() :].strip(" .!?…»”\"'")
    return not rest and masked[: match.start()].rstrip().endswith(",")


class VerbForms:
    """Sources stated by a reporting verb: its subject before it, inverted after it, dropped,
    coordinated, in the passive or in a narrator's insert."""

    def _by_inverted_verb(self, text: str, masked: str) -> list[_Candidate]:
        """ ", so X": verbs that only attribute when their subject follows them."""
        if self.lexicon.inverted_verbs is None:
            return []
        out: list[_Candidate] = []
        for match in self.lexicon.inverted_verbs.finditer(masked):
            before = masked[: match.start()].rstrip()
            if before and before[-1] in ',”»"“':
                phrase = self._phrase_after(text, masked, match.end(), strict=True)
                if phrase and self._looks_like_source(phrase):
                    # "se defendió el presidente, Horacio Bellomo": the holder named too
                    phrase = self._with_apposed_name(text, match.end(), phrase)
                    out.append(_Candidate(phrase, _written(text, match), match.start()))
        return out

    def _by_insert_verb(self, text: str, masked: str) -> list[_Candidate]:
        """A narrator's insert after a dash: "— начал Путин", "— закончил он"."""
        if self._insert_verbs is None:
            return []
        out: list[_Candidate] = []
        for match in self._insert_verbs.finditer(masked):
            if not _AFTER_DASH.search(masked, 0, match.start()):
                continue
            first = _FIRST_WORD.match(masked, match.end())
            if first and first.group(1).lower() in self.lexicon.pronouns:
                phrase = first.group(1)
            else:
                phrase = self._phrase_after(text, masked, match.end(), strict=True)
            if phrase and self._looks_like_source(phrase):
                out.append(_Candidate(phrase, _written(text, match), match.start()))
        return out

    def _by_passive_agent(self, text: str, masked: str) -> list[_Candidate]:
        """The agent of a characterising participle: "Qualifié de ... par X"."""
        if self._verb_second:
            return self._agents_before_final_participle(text, masked)
        if self._passive is None or self._agent is None:
            return []
        out: list[_Candidate] = []
        spans = [(*m.span("phrase"), False) for m in self._passive.finditer(masked)]
        spans += [(*span, True) for span in self._passive_reports_after_auxiliary(masked)]
        for start, end, speech_act in spans:
            clause_end = _CLAUSE_END.search(masked, end)
            agent = self._agent.search(
                masked, end, clause_end.start() if clause_end else len(masked)
            )
            if agent is None:
                continue
            between = masked[end : agent.start()]
            if not (
                # "fue confirmado ayer por la Consejería": a speech act keeps its agent
                # past a short time
                len(between.split()) <= MAX_PARTICIPLE_WORDS
                if speech_act
                else self._characterises(between)
            ):
                continue
            phrase = self._phrase_after(text, masked, agent.end())
            if phrase:
                out.append(_Candidate(phrase, text[start:end], start, strong=True))
        return out

    def _agents_before_final_participle(self, text: str, masked: str) -> list[_Candidate]:
        """ "Der Fall wurde vom Gesundheitsamt des Kreises bestätigt": German closes the
        passive clause on its participle, the agent after "von" standing between the
        auxiliary and it; the agent said it."""
        out: list[_Candidate] = []
        if self._passive_reports is None or self._agent is None:
            return out
        for match in self._passive_reports.finditer(masked):
            after = masked[match.end() :].lstrip()
            if (
                after[:1] not in ("", ".", ",", ";", ":", "!", "?")
                and after.split(maxsplit=1)[0].strip(".,;:!?").lower()
                not in self._passive_auxiliaries
            ) or self._unsaid_in_passive(masked, match):
                # a participle closes a passive clause (or "worden" does); negated, the
                # agent said nothing
                continue
            clause = re.split(r"[,;:()]", masked[: match.start()])[-1]
            agents = list(self._agent.finditer(clause))
            agent = agents[-1] if agents else None
            if agent is None or not any(
                w.lower() in self._passive_auxiliaries for w in clause[: agent.start()].split()
            ):
                continue
            start = match.start() - len(clause) + agent.end()
            tokens = self._cut_tail(text[start : match.start()].strip()).split()
            while tokens and tokens[-1].islower():
                tokens.pop()  # "von der Opposition scharf kritisiert": an adverb
            phrase = " ".join(tokens)
            if phrase:
                out.append(
                    _Candidate(phrase, text[match.start() : match.end()], start, strong=True)
                )
        return out

    def _passive_reports_after_auxiliary(self, masked: str) -> list[tuple[int, int]]:
        """A speech act in the passive after its auxiliary: "Ce chiffre est contesté par le
        syndicat", "The figure was disputed by the union", "A decisão foi criticada também
        pela CNI"; the agent said it."""
        if self._passive_reports is None or not self._passive_auxiliaries:
            return []
        spans = []
        for match in self._passive_reports.finditer(masked):
            before = masked[: match.start()].split()[-2:]
            if self._unsaid_in_passive(masked, match):
                continue
            # the auxiliary, perhaps with an adverb after it ("a été également critiqué")
            if any(w.lower() in self._passive_auxiliaries for w in before):
                spans.append(match.span())
        return spans

    def _characterises(self, between: str) -> bool:
        """Whether the words between a participle and its agent characterise ('jugé «
        dangereux » par les syndicats'), not the participle's own sense with a time or a
        place ("Jugé depuis lundi par le tribunal": tried by the court, who says nothing)."""
        words = between.split()
        if not words:
            return True  # "qualifié de" and "cité" carry their complement in the cue
        first = words[0].lower()
        return first not in self._cut_words and not (
            self._weekdays and self._weekdays.fullmatch(first)
        )

    def _by_reporting_verb(self, text: str, masked: str, memory: SpeakerMemory) -> list[_Candidate]:
        """The subject of a reporting verb, before it, inverted after it or in apposition
        (see `_subject_candidates`); the first that types as a source wins for each verb.
        With no subject found for any verb, a language that drops subject pronouns gives
        the first bare verb to the speaker remembered (see `_dropped_subject`)."""
        lex = self.lexicon
        out: list[_Candidate] = []
        dropped: _Candidate | None = None
        found_subject = False
        found = [
            (verbs, match)
            for verbs, needs_that in (
                (lex.verbs, False),
                (lex.weak_verbs, True),
                (self._separable, False),
                (lex.transitive_verbs, False),
            )
            if verbs is not None
            for match in verbs.finditer(masked)
            if self._is_reporting_verb(text, masked, match, verbs, needs_that)
        ]
        for verbs, match in found:
            if _inside_longer(match, found):
                continue  # "äußerte" within "äußerte die Hoffnung": the longer cue reads it
            cue = _written(text, match)
            if not self._verb_second and _bare_insert(masked, match, self._that_words):
                # "Bruselas, añadió, evaluará ...": the verb alone between commas has no
                # subject in the sentence; the words before it open the reported clause.
                # German inserts invert ("Die Lage, sagte er, sei ernst"), so a verb alone
                # there closes its subject: "Sein Anwalt, Rechtsanwalt X, erklärte, ...".
                if dropped is None:
                    dropped = self._dropped_subject(cue, "", "", match.start(), memory, insert=True)
                continue
            # The words before the verb, up to a comma: read once for every form.
            before = self._without_negation(self._phrase_before(text, masked, match.start()))
            before = self._without_object(before)
            before = self._before_relayed_source(text, before, match.start())
            before = self._without_channel(before, cue)
            before = self._subject_before_outlet_told(before)
            if self._outlet_told_before(text, masked, match):
                before = ""  # "Об этом ТАСС сообщил председатель ...": the subject follows
            subjects = self._verb_subject(text, masked, match, verbs, cue, before, memory)
            if subjects:
                out.extend(subjects)
                found_subject = True
                continue
            closes = _closes_sentence(masked, match)
            if dropped is None or closes:
                opening = masked[: match.start()]
                closing = self._dropped_subject(cue, before, opening, match.start(), memory)
                if closing and closes and match is found[-1][1]:
                    # "La plantilla no pide privilegios, subrayó.": a bare verb closing
                    # the sentence reports all of it; the verbs before it are what was said
                    return [closing]
                dropped = dropped or closing
        if dropped and not found_subject:
            out.append(dropped)
        return out

    def _before_relayed_source(self, text: str, before: str, verb_at: int) -> str:
        """ "Wie das „Handelsblatt“ unter Berufung auf Konzernkreise berichtete", "«Ведомости»
        со ссылкой на источники сообщили": the subject relays a source it cites between
        itself and its verb; that source is read by its own cue, the subject by the verb.
        A name in quotation marks opening the sentence stands outside `before`."""
        cue = self.lexicon.according_to
        found = cue.search(before) if cue is not None else None
        if found is None:
            return before
        if before[: found.start()].strip(" ,"):
            return before[: found.start()].rstrip(" ,")
        opening = text[: text.rfind(before, 0, verb_at)].rstrip()
        quoted = _INNER_QUOTED_NAME.fullmatch(opening.lstrip())
        return quoted.group() if quoted else before

    def _without_channel(self, before: str, cue: str) -> str:
        """ "Про це в Telegram повідомив голова ОВА": a short phrase after a preposition
        before a verb in the singular past (whose gender names one person) is where it
        was said; its subject follows. Only the plural is impersonal ("в ОВА повідомили")."""
        words = self._strip_fillers(before).split()
        if (
            words
            and len(words) <= 3
            and words[0].lower() in self._cut_words
            and self._gender.of_verb(cue) is not None
            # "На панихиде он призвал": the pronoun after the place is the subject
            and not any(w.lower() in self.lexicon.pronouns for w in words)
        ):
            return ""
        return before

    def _subject_before_outlet_told(self, before: str) -> str:
        """ "Соуза в беседе с изданием Globo Esporte подтвердил", "професор Ян де Вріс у
        коментарі Укрінформу зазначив": the outlet told stands between the subject and its
        verb; the subject ends where the words of telling begin (a phrase of them, not a
        lone preposition: "a", "al" open too much else)."""
        told = self._told.search(before) if self._told is not None else None
        if told is None or " " not in told.group().strip():
            return before
        after = before[told.end() :]
        known = self._outlet_opening(after, contracted=False)
        outlet = known[0] if known else self._unknown_outlet(after, told.group())
        quoted = _INNER_QUOTED_NAME.match(after.lstrip())
        if not outlet and quoted is not None:
            outlet = quoted.group()  # "в ответ на запрос «Финмаркера»"
        at = after.find(outlet) if outlet else -1
        if outlet and told.start() == 0:
            # "В ответ на запрос РБК пресс-служба банка сообщила": the subject follows the
            # outlet, at the head of the sentence
            rest = after[at + len(outlet) :].lstrip(' »”"') if at >= 0 else ""
            return rest.strip(" ,") if rest else before
        if not outlet or not after.rstrip(' »”"').endswith(outlet.strip('«»“”"')):
            # "в интервью «Голосу Америки» Александр Белов говорил": the subject comes
            # after the outlet, and the words before are no subject
            return before
        return before[: told.start()].rstrip(" ,")

    def _without_negation(self, before: str) -> str:
        """The words before a verb without the negation that precedes it: "Il segretario,
        Daniel Whitmore, non ha confermato le cifre" has its subject in apposition, as it
        would without "non"."""
        words = before.split()
        count = len(words)
        while words and words[-1].lower() in self._negations:
            words.pop()
        return " ".join(words) if len(words) < count else before

    def _without_object(self, before: str) -> str:
        """The words before a verb without the object a free word order sets between the
        subject and it: "В компании эту информацию не подтвердили", "Компания эту версию
        опровергла" (the cue file's `object_determiners` open the object)."""
        if not self._object_before_verb:
            return before
        words = before.split()
        at = next(
            (i for i, w in enumerate(words) if i and w.lower() in self._object_determiners),
            None,
        )
        return " ".join(words[:at]) if at else before

    def _verb_subject(
        self,
        text: str,
        masked: str,
        match: re.Match[str],
        verbs: Matcher,
        cue: str,
        before: str,
        memory: SpeakerMemory,
    ) -> list[_Candidate]:
        """The first phrase around one reporting verb that types as a source (with the
        groups set aside beside it), or the people of a joint subject; none if no phrase
        does."""
        # "», lâche un brancardier", "Una enfermera que labora en urgencias relató
        # que": someone unnamed who says something is its speaker, whatever noun
        # describes them.
        after_quote = not before and bool(_AFTER_QUOTE.search(masked, 0, match.start()))
        someone = verbs is self.lexicon.verbs
        for phrase in self._verb_subject_phrases(text, masked, match, verbs, before, cue, memory):
            people = self._joint_subjects(phrase, cue, memory)
            if people:
                # "Treasury Secretary X and Commerce Secretary Y both said"
                return [_Candidate(person, cue, match.start()) for person in people]
            bare = (
                self._is_bare_noun(phrase)
                or (
                    someone
                    # "Un habitant a raconté", "A witness said", "Una enfermera que labora en
                    # urgencias relató", "Un employé, entendu comme témoin, a raconté": the
                    # subject before a speaking verb, or after a quotation; after the verb, an
                    # indefinite is its object ("mencionou uma apuração"). "Una stima precisa"
                    # is no one ("precisa" an adjective).
                    and (after_quote or phrase in before or text.lstrip().startswith(phrase))
                    and len(phrase.split()) <= MAX_APPOSITION_WORDS
                    and phrase.split()[0].lower() in self._singular_indefinites
                )
                or (someone and phrase == before and self._definite_noun(phrase))
                or (
                    someone
                    and self._closing_noun_phrase(text, masked, match.start(), match.end(), phrase)
                )
            )
            if self._to_source(_Candidate(phrase, cue, 0, strong=bare), memory) is None:
                continue
            groups = self._aside_subjects(text, masked, match, phrase)
            for member in self._members_before(text, masked, match.start(), before, phrase):
                groups += self._joint_subjects(member, cue, memory) or [member]
            return [_Candidate(phrase, cue, match.start(), strong=bare)] + [
                _Candidate(group, cue, match.start()) for group in groups
            ]
        return []

    def _verb_subject_phrases(
        self,
        text: str,
        masked: str,
        match: re.Match[str],
        verbs: Matcher,
        before: str,
        cue: str,
        memory: SpeakerMemory,
    ) -> list[str]:
        """The phrases that may be a reporting verb's subject, most likely first."""
        if self._impersonal_report(before, cue):
            # "Губернатор, как сообщается, подал в отставку": reported by nobody
            # named; only a place after the verb speaks ("как сообщается в ТАСС").
            after = self._phrase_after(text, masked, match.end(), strict=True)
            opens = after.split()[:1]
            # "a quanto si apprende da fonti sanitarie": the agent, as a place would be
            place = opens and (
                opens[0].lower() in self._cut_words or opens[0].lower() in self._agents
            )
            subjects = [after] if place else []
        else:
            # A transitive speech act's object follows it, so its subject comes first;
            # only right after a quotation, or after an object pointing back to the
            # sentence before ("Lo hanno denunciato ieri i sindacati"), is the subject
            # inverted after it.
            inverts = (
                verbs is not self.lexicon.transitive_verbs
                or bool(_AFTER_QUOTE.search(masked, 0, match.start()))
                or self._points_back(masked, match)
            )
            subjects = self._subject_candidates(
                text, masked, match.start(), match.end(), before, inverts=inverts
            )
        described = self._head_before_relative_aside(text, masked, match.start(), before)
        if described:
            # the verb right after a relative clause is in second place: its subject is
            # the head (verb-second order puts no inverted subject after it there); so is
            # a verb of telling's, whose object follows it ("a senior manager, who asked
            # not to be named, told the Chronicle")
            first = self._verb_second or self._tells(cue)
            subjects.insert(0 if first else len(subjects), described)
        qualified = self._head_before_adjective_aside(text, masked, match.start(), before)
        if qualified:
            subjects.insert(0, qualified)
        shared = self._coordinated_subject(
            text, masked, match.start(), before, memory
        ) or self._subject_before_asides(text, masked, match.start(), before, memory)
        if shared:
            subjects.insert(0, shared)
        return subjects

    def _tells(self, cue: str) -> bool:
        """Whether the verb is itself a word of telling an outlet ("told")."""
        return self._told is not None and self._told.fullmatch(cue) is not None

    def _dropped_subject(
        self,
        cue: str,
        before: str,
        opening: str,
        at: int,
        memory: SpeakerMemory,
        insert: bool = False,
    ) -> _Candidate | None:
        """A language that drops subject pronouns ("”, dijo.", "Explicou que") leaves the
        verb bare: the speaker is the one named last. Before anyone has spoken, the person
        the sentence before was about; a verb in the plural, the group that spoke last
        ("recordaron"), never the one person."""
        if " ".join(cue.lower().split()) in self._impersonal:
            return None  # "как сообщается", "as reported": reported by no one named
        lead = self._strip_fillers(before + " ").strip()
        opening_words = before.split()
        if 0 < len(opening_words) <= 2 and self._inversion_cue.search(" " + before.lower()):
            # "como explicó ayer", "segundo explicou", "come ha spiegato": "as" before a
            # bare verb is "as the one speaking said", in any language that can say it;
            # after a sentence about someone else, as that one says ("El alcalde pasó la
            # noche en la carretera. Según relata, ...")
            speaker = memory.topic or memory.last_speaker
            return _Candidate(speaker, cue, at, strong=True) if speaker else None
        if not self._drops_subject or lead:
            return None
        speaker = memory.last_speaker or memory.last_person
        plural = self._gender.is_plural(cue)
        if self._drops_only_after_topic and (
            plural or not (memory.topic or insert or memory.previous_speaker)
        ):
            # A verb alone between commas ("I varchi, ha spiegato, saranno attivi") has
            # no subject of its own anywhere: the one who spoke last goes on speaking; so
            # does the one who spoke in the sentence before ("«...», ha detto Paolo Neri.
            # Ha aggiunto che ...").
            return None
        body = memory.previous_body
        if plural:
            speaker = speaker if speaker not in memory.recent else None
        elif body is not None and memory.previous_speaker is None:
            # "El documento de la fiscalía señala que ... Más adelante agrega que ...": the
            # body or document that spoke in the sentence before, no person since, goes on
            speaker = body.name
        elif memory.topic and memory.topic not in (memory.last_speaker or ""):
            # "La alcaldesa, Ana Moreno, visitó a los vecinos. «...», lamentó.": the
            # person the sentence before was about, though someone else spoke last
            speaker = memory.topic
        if not plural and self._group_spoke_last(speaker, memory):
            # "..., recordaron los comerciantes. ..., dijo.": a verb in the singular is
            # never the group's; who it is, the sentence does not say
            return None
        if self._drops_only_opening and speaker:
            # "Добавил, что ...", "Також додала, що ...": only a verb opening the sentence
            # (after fillers), whose gender is the person's who spoke last
            opens = not self._strip_fillers(opening.strip() + " ") if opening.strip() else True
            gender = self._gender.of_verb(cue)
            if gender is None and self._gender.is_singular_present(cue):
                # "Каже, що ...": the present agrees with anyone; only the one who
                # spoke last, never someone merely mentioned, goes on speaking
                agrees = speaker == memory.last_speaker
            else:
                agrees = gender is not None and memory.genders.get(speaker) == gender
            if not opens or not agrees:
                return None
        return _Candidate(speaker, cue, at, strong=True) if speaker else None

    def _group_spoke_last(self, speaker: str | None, memory: SpeakerMemory) -> bool:
        """Whether `speaker` is the group whose verb in the plural named it last."""
        last = memory.last_source
        return (
            speaker is not None
            and last is not None
            and last.name == speaker
            and self._gender.is_plural(last.cue)
        )

    def _joint_subjects(self, phrase: str, cue: str, memory: SpeakerMemory) -> list[str]:
        """Two people joined as one subject, each a named person or official ("Anne
        Kowalczyk and Luis Beltran both"), or none: "Centers for Disease Control and
        Prevention" is one body."""
        tokens = phrase.split()
        links = [i for i, t in enumerate(tokens) if t.lower() in self._joint_links]
        if len(links) != 1 or not 0 < links[0] < len(tokens) - 1:
            return []
        left, right = " ".join(tokens[: links[0]]), " ".join(tokens[links[0] + 1 :])
        for word in self._joint_words:
            if right.lower().endswith(" " + word):
                right = right[: -len(word) - 1]
                break
        people = []
        titles = self.lexicon.titles
        for part in (left, right):
            words = part.split()
            if words and titles is not None and titles.fullmatch(words[0].lower()):
                words = words[1:]  # the capital of the sentence's first word says nothing
            if not any(map(is_capitalised, words)):
                # "писатель и журналист X", "écrivain et journaliste", "Министр
                # промышленности и науки ... X": one person
                return []
            source = self._to_source(_Candidate(part, cue, 0), memory)
            if source is None or source.type not in (SourceType.PERSON, SourceType.OFFICIAL):
                return []
            people.append(part)
        return people

    def _after_article(self, clause: list[str]) -> bool:
        """Whether a verb's form stands right after an article, an adjective there:
        "affects an estimated 57 million people", "Viele der beanstandeten Mängel", "the
        reported cases". An article opening a clause in verb-second order is a pronoun
        ("Das bestätigte die Polizei", "Die Ministerin, die erklärte, ...")."""
        if not clause:
            return False
        return clause[-1] in self._indefinite_articles or (
            clause[-1] in self._attributive_articles and (len(clause) > 1 or not self._verb_second)
        )

    def _is_reporting_verb(
        self, text: str, masked: str, match: re.Match[str], verbs: Matcher, needs_that: bool
    ) -> bool:
        """Whether a match of a verb list is that verb here, reporting something."""
        if match.start() > 0 and text[match.start()].isupper():
            return False  # a proper noun ("the United States"), not a verb
        if self._noun_before_name(text, match):
            return False  # "le juge Bocock", "au juge Bocock": a title, not "juger"
        if self._impersonal_clitics and masked.startswith(self._impersonal_clitics, match.end()):
            return False  # "Estima-se que": it is estimated, by no one the sentence names
        if self._after_impersonal_proclitic(masked, match):
            return False  # "o crescimento se explica pela campanha": explained, not said
        following = _FIRST_WORD.match(masked, match.end())
        if following and following.group(1).lower() in self._passive_after:
            return False  # "Offiziell bestätigt wurde das nicht": a passive, nobody speaks
        clause = re.split(r"[,;:]", masked[: match.start()])[-1].lower().split()
        if self._passive_after.intersection(clause):
            return False  # "Bislang wurde das nicht bestätigt": the same, verb second
        if following and self._takes_infinitive(masked, following):
            return False  # "se negava a devolver": refused to do, said nothing
        noun = match.group().lower() in self._cue_nouns
        if noun and following and following.group(1).lower() in self._reporting_words:
            return False  # "Unconfirmed reports said": the noun, then the verb
        if self._unsaid(masked, match):
            return False  # "a empresa não comentou", "no ha comentado": nothing was said
        if self._after_article(clause):
            return False  # "an estimated 57 million", "Viele der beanstandeten Mängel"
        if self._as_noun(masked, match):
            return False  # "cette annonce", "la prochaine annonce": the noun, not the verb
        previous = list(clause)
        # an adverb may stand between ("Pemberton is also said to be considering")
        while previous and previous[-1] in self._auxiliaries:
            if previous[-1] in self._passive_auxiliaries:
                break
            previous.pop()
        if previous and previous[-1] in self._passive_auxiliaries:
            return False  # "Residents were urged to leave": they were told, they told nothing
        if self._hearsay_before and self._hearsay_before.search(" ".join(clause)):
            return False  # "Greaves is said to have told allies": hearsay about Greaves
        if verbs is self._separable and not self._particle_closes(masked, match):
            return False  # "wirft den Ball": no particle, not the reporting verb
        # A weak verb reports only before "that" ("the study shows that"); German ends
        # every subordinate clause on its verb: no report there.
        return not needs_that or (
            self._that_follows(masked, match.end())
            # "Як вважають правоохоронці, ...", "como creen los vecinos": "as" before the
            # verb makes it an aside on the clause around it
            or (
                0 < len(clause) <= 2 and bool(self._inversion_cue.fullmatch(" " + " ".join(clause)))
            )
            or (not self._verb_second and _closes_report(masked, match))
            or self._closes_inverted_report(masked, match)
            # "«...», recoge el informe", "« ... », estime l'étude": right after a quotation
            or bool(_AFTER_QUOTE.search(masked, 0, match.start()))
            or self._document_before(masked, match.start())
            # "Lo ha stabilito la Cassazione", "Así lo decidió el tribunal": the sentence
            # points back to the claim before it, which the verb reports
            or self._points_back(masked, match)
        )

    def _after_impersonal_proclitic(self, masked: str, match: re.Match[str]) -> bool:
        """Whether the cue file's reflexive pronoun stands right before the verb: "se
        explica", "se confirmó" are impersonal or passive, said by no one."""
        if not self._impersonal_proclitics:
            return False
        before_verb = masked[: match.start()].rsplit(maxsplit=1)[-1:]
        return bool(before_verb) and before_verb[0].lower() in self._impersonal_proclitics

    def _as_noun(self, masked: str, match: re.Match[str]) -> bool:
        """Whether the words before a one-word verb form make it the noun it is also
        written as: a determiner that is no object pronoun ("une annonce", "son annonce"),
        or any determiner and an adjective that stands before nouns ("la prochaine
        annonce", "une telle annonce"); the cue file's `noun_determiners` and
        `prenominal_adjectives`."""
        if not self._noun_determiners or " " in match.group().strip():
            return False
        written = masked[: match.start()].split()[-2:]
        clause = [w.lower() for w in written]
        if not clause:
            return False
        if clause[-1] in self._noun_determiners:
            # "Nutribébé SA affirme": a company's legal form in capitals, no "sa"
            return not (len(written[-1]) > 1 and written[-1].isupper())
        return (
            len(clause) >= 2
            and clause[-1] in self._prenominal_adjectives
            # a determiner of its own, not a noun elided onto one ("l'an dernier fait")
            and (clause[-2] in self._noun_determiners or clause[-2] in self._articles)
        )

    def _unsaid(self, masked: str, match: re.Match[str]) -> bool:
        """Whether a verb of commenting is negated right before it: "a empresa não
        comentou", "no ha comentado", "не прокомментировал" report that nothing was said."""
        if match.group().lower().split()[-1] not in self._unsaid_when_negated:
            return False
        before = masked[: match.start()].lower().split()[-2:]
        return bool(self._negations.intersection(before))

    def _unsaid_in_passive(self, masked: str, match: re.Match[str]) -> bool:
        """ "a informação ainda não foi confirmada pelo X", "was not disputed by the
        union": a speech act in the passive, negated, says its agent did not make it. The
        negation stands before the auxiliary, an adverb perhaps between them. `match` is
        the participle, or a cue holding it. A negation in the clause before a comma
        denies that clause, not the cue: "Eine Operation sei nicht nötig, heißt es aus dem
        Umfeld des Spielers"."""
        clause = re.split(r"[,;:]", masked[: match.start()])[-1]
        return bool(self._negations.intersection(clause.lower().split()[-3:]))

    def _negated_passive_cue(self, masked: str, match: re.Match[str]) -> bool:
        """Whether an "according to" cue of several words is a negated passive: the cue
        file lists "foi confirmada pelo" beside "segundo"; a one-word cue is no verb."""
        return " " in match.group().strip() and self._unsaid_in_passive(masked, match)

    def _closes_inverted_report(self, masked: str, match: re.Match[str]) -> bool:
        """Whether a verb opens the last clause of its sentence right after a comma, its
        subject alone after it: "..., считают в Минфине.", "..., believe the researchers."
        reports the clause before it. Not a figure or an indefinite after it, its object:
        "Los datos, facilitados por X, muestran un descenso del 4 %"."""
        after = masked[match.end() :].strip(' .!…"”»')
        words = after.split()
        return (
            masked[: match.start()].rstrip().endswith(",")
            and 0 < len(words) <= MAX_APPOSITION_WORDS
            and not any(mark in after for mark in ",;:")
            and not any(ch.isdigit() for ch in after)
            and words[0].lower() not in self.lexicon.unnamed_determiners
        )

    def _takes_infinitive(self, masked: str, following: re.Match[str]) -> bool:
        """Whether the word after a verb is a preposition that makes it a verb of doing,
        with an infinitive after it ("se negó a declarar", "negou-se a devolver")."""
        if following.group(1).lower() not in self._infinitive_objects:
            return False
        then = _FIRST_WORD.match(masked, following.end())
        word = then.group(1) if then else ""
        return word.islower() and word.endswith(self._infinitives)

    def _points_back(self, masked: str, match: re.Match[str]) -> bool:
        """Whether the sentence opens on words pointing back to the claim before it that
        run up to the verb at `match` ("Lo ha stabilito", "Así lo decidió")."""
        return bool(self._back_reference and self._back_reference.match(masked, 0, match.end()))

    def _document_before(self, masked: str, start: int) -> bool:
        """Whether a document's name ends right before the verb at `start`: "That report
        found children had no showers" reports its finding without a "that"."""
        heads = self.lexicon.document_heads
        if not self._drops_that or heads is None:
            return False  # "Исследование требует затрат": without "что", another verb
        words = masked[max(0, start - 40) : start].split()
        if words and heads.fullmatch(words[-1]):
            return True
        # "Figures compiled by the campaign group River Action show spills rose": the
        # clause opens on the document, its origin between it and the verb.
        clause = re.split(r"[,;:()]", masked[:start])[-1].split()
        if clause and self._is_determiner(clause[0]):
            clause = clause[1:]
        return 2 < len(clause) <= MAX_APPOSITION_WORDS * 2 and self._document_with_origin(clause)

    def _document_with_origin(self, tokens: list[str]) -> bool:
        """Whether words open on a document and its origin: "Figures from X", "Figures
        compiled by X", "Police data released last year" (a noun before the document)."""
        heads = self.lexicon.document_heads
        if heads is None:
            return False
        at = next((i for i, t in enumerate(tokens[:2]) if heads.fullmatch(t)), None)
        if at is None:
            return False
        after = [t.lower() for t in tokens[at + 1 : at + 3]]
        return any(t in self._origin_links for t in after) or (
            bool(after) and after[0] in self._issuing_participles
        )

    def _impersonal_report(self, before: str, cue: str) -> bool:
        """Whether the verb `cue`, after the function words `before` it or after nothing
        (", говорится на сайте ведомства"), reports without a speaker ("как сообщается",
        "a quanto si apprende", "secondo quanto riferito"): the cue file's
        `impersonal_verbs`, matched on the end of those words."""
        if not self._impersonal or (before and not self._only_function_words(before)):
            return False
        said = " ".join(f"{before} {cue}".lower().split())
        return any(said == v or said.endswith(" " + v) for v in self._impersonal)

    def _coordinated_subject(
        self, text: str, masked: str, pos: int, before: str, memory: SpeakerMemory
    ) -> str:
        """ "Pacheco conversou com os jornalistas e reiterou ...", "the minister met the
        unions but warned ...": a reporting verb after a coordinating conjunction shares
        the subject that opens its clause. Only a subject that can be told from the
        sentence's first word: a full name, a surname the article introduced, a pronoun,
        or an article and a title or an institution. `before` is the phrase before the
        verb, at `pos`; when it is the conjunction alone, after a comma ("Le ministre n'a
        pas donné de détails, mais a souligné ..."), the clause is the sentence's first,
        before the comma."""
        if not self._coordinators:
            return ""
        words = self._coordinated_clause(text, masked, pos, before)
        if len(words) < 3 or words[-1].lower() not in self._coordinators:
            return ""
        words = self._strip_fillers(" ".join(words[:-1])).split()
        if not words:
            return ""
        first = words[0].lower()
        if first in self.lexicon.pronouns:
            return words[0]
        if self._is_determiner(words[0]):
            subject = [words[0]]
            for word in words[1:6]:
                # A lowercase word after the head ends the subject, unless a connector or
                # an article joins it on: "Le ministre de l'Économie a rencontré".
                if (
                    len(subject) >= 2
                    and word[:1].islower()
                    and not self._joins_name(word)
                    and not self._joins_name(subject[-1])
                ):
                    break
                subject.append(word)
            phrase = " ".join(subject)
            lex = self.lexicon
            heads = (lex.titles, lex.institutions, lex.unnamed_heads)
            return phrase if any(h is not None and h.search(phrase) for h in heads) else ""
        leading = _LEADING_NAME.match(" ".join(words))
        if leading is None:
            return self._subject_before_verb(words, memory)
        name = leading.group().rstrip(",.")
        if len(name.split()) >= 2 and _FULL_NAME.fullmatch(name):
            return name
        titles = self.lexicon.titles
        if titles is not None and titles.fullmatch(name.split()[0]):
            # "Мэр отказался ... и добавил", where no article marks the noun
            return self._office_with_holder(words) or name
        if memory.knows_surname(name):
            return name
        return self._subject_before_verb(words, memory)

    def _coordinated_clause(self, text: str, masked: str, pos: int, before: str) -> list[str]:
        """The words of the clause a verb after a conjunction shares its subject with:
        `before` itself, or, when it is the conjunction alone, the sentence's first clause
        before it, closed by a comma or by a quotation ("X назвал встречу «полезной» и
        сообщил"), quotations aside."""
        words = before.split()
        while words and words[-1].lower() in self._auxiliaries:
            words.pop()
        if len(words) != 1 or words[0].lower() not in self._coordinators:
            return words
        lead = text[:pos].rstrip()
        lead = lead[: len(lead) - len(before)].rstrip()
        clause = self._phrase_before(text, masked, len(lead) - 1) if lead else ""
        # Only the sentence's first clause: "Er betonte, Maduro werde nicht anerkannt,
        # und verwies ...": a clause after the first is what was said.
        if clause and lead.endswith(",") and lead.lstrip().startswith(clause):
            return clause.split() + words
        if lead and not lead.endswith(",") and not _CLAUSE_BOUNDARY.search(masked, 0, len(lead)):
            return lead.split() + words
        return words

    def _office_with_holder(self, words: list[str]) -> str:
        """ "Міністр закордонних справ Олег Бойко назвав ... і повідомив": an office, its
        complements and its holder's full name opening the clause, with no verb before the
        name; "" without such a name."""
        office = " ".join(words[:MAX_OFFICE_WORDS])
        holder = _FULL_NAME.search(office)
        if holder and not any(self._is_verb(w) for w in office[: holder.start()].split()):
            return office[: holder.end()]
        return ""

    def _subject_before_verb(self, words: list[str], memory: SpeakerMemory) -> str:
        """ "Подробности плана Ивлев не раскрыл, однако отметил": in a clause whose object
        comes first, a surname already met right before its verb (and its negation) is
        the subject both verbs share."""
        words = words[:-1]  # the clause's own verb
        while words and words[-1].lower() in self._negations:
            words.pop()
        if len(words) < 2 or not memory.knows_surname(words[-1]):
            return ""
        return words[-1]

    def _subject_before_asides(
        self, text: str, masked: str, start: int, before: str, memory: SpeakerMemory
    ) -> str:
        """ "El ministro de Obras, Pablo Medina, visitó el puerto pero puntualizó que
        ...", "Medina, en declaraciones a la radio, rechazó ... y sostuvo que": when the
        clause before a coordinated reporting verb opens on another verb, the subject of
        both stands before the commas, a name in apposition or a surname already met."""
        words = before.split()
        if (
            len(words) < 2
            or words[-1].lower() not in self._coordinators
            or not words[0][:1].islower()
            or self._is_determiner(words[0])
            or words[0].lower() in self.lexicon.pronouns
        ):
            return ""
        at = masked.rfind(words[0], 0, start)
        # A full name or a known surname: another lone capitalised word may open the
        # sentence ("Например,").
        names = [
            p
            for p in self._apposition_candidates(text, masked, at)
            if self._is_name(p) and (len(p.split()) >= 2 or memory.knows_surname(p))
        ]
        return names[0] if names else ""

    def _head_before_relative_aside(self, text: str, masked: str, verb_at: int, before: str) -> str:
        """ "Співрозмовник в ОВА, який погодився говорити анонімно, розповів", "Жители СНТ
        «Рассвет», где было совершено нападение, говорят": a relative clause set off by
        commas right before the verb describes its subject, which stands before them; so
        does one whose subject relative is the verb's own ("El fiscal, que ayer afirmó").
        Another relative clause running on to the verb has a subject of its own ("...,
        where senators voiced anger")."""
        if before:
            openers = self._subject_relatives
            clause_at = text.rfind(before, 0, verb_at)
        else:
            openers = self._relative_openers
            before, clause_at = self._aside_before_verb(text, masked, verb_at)
        words = before.lower().split()
        # German opens its relative clauses on an article-like pronoun and closes them on
        # the finite verb: "Ein Mitarbeiter, der anonym bleiben möchte, schildert ..."
        german_relative = clause_at >= 0 and self._verb_final_relative(before)
        if not words or not (
            words[0] in openers or " ".join(words[:2]) in openers or german_relative
        ):
            return ""
        return self._phrase_before_aside(text, masked, clause_at)

    def _head_before_adjective_aside(
        self, text: str, masked: str, verb_at: int, before: str
    ) -> str:
        """ "Источник, близкий к руководству банка, рассказал", "співрозмовник, знайомий із
        ситуацією, стверджує": an adjective or a participle with its complement, set off by
        commas right before the verb (the cue file's `aside_adjective_endings`), qualifies
        the subject before it. Not an apposition naming someone ("Представитель МВД,
        бывший прокурор Иван Петров, заявил"): a title there is the subject's own."""
        endings = self._aside_adjective_endings
        if not endings or before:
            return ""  # the aside closes on a comma right before the verb
        aside, clause_at = self._aside_before_verb(text, masked, verb_at)
        words = aside.split()
        if not words or not words[0].islower() or len(words[0]) < MIN_ADJECTIVE:
            return ""
        if not words[0].endswith(endings) or not text[:clause_at].rstrip().endswith(","):
            return ""
        titles = self.lexicon.titles
        if titles is not None and titles.search(aside):
            return ""
        return self._phrase_before_aside(text, masked, clause_at)

    def _aside_before_verb(self, text: str, masked: str, verb_at: int) -> tuple[str, int]:
        """The words a comma closes right before the verb at `verb_at`, and where they
        start; ("", -1) when no comma stands there."""
        comma = text.rfind(",", 0, verb_at)
        if comma < 0 or text[comma + 1 : verb_at].strip():
            return "", -1
        aside = self._phrase_before(text, masked, comma)
        return aside, text.rfind(aside, 0, comma)

    def _phrase_before_aside(self, text: str, masked: str, clause_at: int) -> str:
        """The phrase before the comma that opens an aside at `clause_at`: what it describes."""
        comma = text.rfind(",", 0, clause_at)
        return self._phrase_before(text, masked, comma) if comma > 0 else ""

    def _head_of_relative(self, before: str) -> str:
        """ "A spokesman who asked not to be identified said", "Le policier qui a procédé
        à l'arrestation a déclaré": the noun phrase a subject relative clause describes,
        when the clause runs on to the verb."""
        words = before.split()
        at = next(
            (i for i, w in enumerate(words) if i and w.lower() in self._subject_relatives), None
        )
        if not at or at > MAX_APPOSITION_WORDS:
            return ""
        head = words[:at]
        # A noun phrase or a name, not a clause ("Cabe mencionar que ...": "que" is "that").
        first = head[0].lower()
        if (
            first in self._singular_indefinites
            or self._is_determiner(first)
            or all(map(is_capitalised, head))
        ):
            return " ".join(head)
        return ""

    def _before_second_verb(self, phrase: str) -> str:
        """ "обурюється жінка і уточнює": a conjunction and a lowercase word after an
        inverted subject start the next verb, not a second subject ("X and Y")."""
        tokens = phrase.split()
        for i, token in enumerate(tokens[1:-1], start=1):
            rest = tokens[i + 1 :]
            if (
                token.lower() in self._coordinators
                and rest[0][:1].islower()
                and not any(map(is_capitalised, rest))  # "писатель и журналист Виктор X"
                and not self._portfolio_follows(tokens, i)  # "Міністерстві освіти і науки"
            ):
                return " ".join(tokens[:i])
        return phrase

    def _noun_before_name(self, text: str, match: re.Match[str]) -> bool:
        """Whether a cue word stands between an article and a name: "le juge Bocock",
        "du juge Martin" use the noun, not the verb it is spelled like."""
        before = text[: match.start()].split()[-2:]
        after = _FIRST_WORD.match(text, match.end())
        if not before or not after or not is_capitalised(after.group(1)):
            return False
        if self._verb_second and not is_capitalised(match.group()):
            return False  # German nouns are capitalised: "Das sagte Jens Wendt" is the verb
        article = before[-1].lower()
        if not (self._is_article_word(article) or article in self._contractions):
            return False
        # "comme nous le raconte Antoine", "ce que le dit X": "le" is an object pronoun
        # there, after a subject pronoun or the words that invert the subject; "Про це
        # повідомив X": the determiner closes the inverting words themselves.
        previous = before[0].lower() if len(before) == 2 else ""
        return not (
            previous in self.lexicon.pronouns
            or self._inversion_cue.search(" " + previous)
            or self._inversion_cue.search(" " + " ".join(before).lower())
            or self._that.fullmatch(" " + previous)
        )

    def _joins_name(self, word: str) -> bool:
        """A connector or an article inside a name: "ministre de l'Économie"."""
        return word.lower() in self._name_connectors or self._is_determiner(word)

    def _by_inverted_pronoun(self, text: str, masked: str) -> list[_Candidate]:
        """ "..., a-t-il ajouté", "a-t-elle précisé"."""
        if not self._inverted_pronoun:
            return []
        out: list[_Candidate] = []
        for match in self._inverted_pronoun.finditer(masked):
            preceding = masked[: match.start()].rstrip()
            words = preceding.split()
            while words and (
                words[-1].lower() in self._auxiliaries or _ELIDED.fullmatch(words[-1])
            ):
                # "», se félicite-t-il", "», s'inquiète-t-elle": the reflexive pronoun
                preceding = preceding[: preceding.rfind(words.pop())].rstrip()
            if not preceding or preceding[-1] in ',”»"':
                # "a-t-elle" speaks of a woman: keep the pronoun for its gender.
                pronoun = _written(text, match).rsplit("-", 1)[-1].lower()
                phrase = pronoun if pronoun in self.lexicon.pronouns else "il"
                if pronoun in self._impersonal_pronouns:
                    # "indique-t-on à la préfecture": the body where "on" speaks; a bare
                    # "a-t-on appris" names no one
                    place = self._impersonal_place(masked, match.end())
                    phrase = self._phrase_after(text, masked, place) if place else ""
                    if not phrase:
                        continue
                out.append(_Candidate(phrase, _written(text, match), match.start()))
        return out

    def _impersonal_place(self, masked: str, pos: int) -> int | None:
        """Where the body an impersonal pronoun speaks for starts, after the place word
        ("indique-t-on à la préfecture"); a participle and a day may come first ("a-t-on
        appris mercredi auprès des pompiers")."""
        for _ in range(MAX_TIME_WORDS):
            place = self._impersonal_places.match(masked, pos)
            if place:
                return place.end()
            word = _FIRST_WORD.match(masked, pos)
            if word is None or not word.group(1).islower():
                return None
            pos = word.end()
        return None
