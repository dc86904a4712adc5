"""Outlets as sources: the one a speaker told, the one a reporter writes for, and names of
outlets the curated list does not know."""

from __future__ import annotations

import re

from bot.extraction.attribution.shapes import (
    _CHANNEL_NUMBER,
    _ELIDED,
    _FIRST_WORD,
    _FULL_NAME,
    _INNER_QUOTED_NAME,
    _LEADING_NAME,
    _LOWERCASE_OUTLET,
    _OPENING_QUOTES,
    _WEB_ADDRESS,
    _WORD,
    MAX_NAME_WORDS,
    MAX_OUTLET_KIND_ADJECTIVES,
    MAX_OUTLET_NAME_WORDS,
    MAX_OUTLET_WINDOW,
    MAX_PARTICIPLE_WORDS,
    MAX_SOURCE_WORDS,
    _Candidate,
    _phrase_stop,
    _skip,
    _written,
)
from bot.extraction.outlets import Outlet, find_outlet, find_outlet_after_article
from bot.extraction.speakers import is_capitalised

_QUOTE_MARKS_AND_SPACE = " „“”\"'’«»"


class OutletForms:
    """Outlets as sources: the one a speaker told, the one a reporter writes for, and names
    of outlets the curated list does not know."""

    def _by_relaying_agent(
        self, text: str, masked: str, candidates: list[_Candidate]
    ) -> list[_Candidate]:
        """The relay of a chain written with a participle: "selon un arrêté consulté par
        l'AFP", "fontes locais citadas pela AFP", "economists polled by Bloomberg". The
        candidate keeps the first source without its participle; the agent is the second
        source, placed right after it."""
        out: list[_Candidate] = []
        if not self._relay_participles:
            return out
        for cand in candidates:
            tokens = cand.phrase.split()
            at = next(
                (i for i in range(1, len(tokens)) if self._is_relay_participle(tokens[i])),
                None,
            )
            if at is None:
                continue
            agent = self._relay_agent(text, masked, cand.position, tokens[at], tokens[at + 1 :])
            if agent:
                cand.phrase = " ".join(tokens[:at])
                out.append(_Candidate(agent, cand.cue, cand.position + 1, strong=True))
        return out

    def _relay_agent(
        self, text: str, masked: str, position: int, participle: str, rest: list[str]
    ) -> str:
        """The agent after a relay participle: from the candidate's own words when it ran
        on past it ("citate dall'agenzia Reuters"), else read from the text after the
        participle nearest the cue, past a short time ("publicado este jueves por")."""
        if rest:
            end = self._agent_end(rest[0].lower())
            if end is None:
                return ""
            return " ".join(filter(None, [rest[0][end:], *rest[1:]]))
        places = [m.end() for m in re.finditer(rf"(?<!\w){re.escape(participle)}(?!\w)", text)]
        if not places:
            return ""
        after = min(places, key=lambda p: abs(p - position))
        words = list(_WORD.finditer(masked, after, _phrase_stop(masked, after)))
        for word in words[: MAX_PARTICIPLE_WORDS + 1]:
            end = self._agent_end(word.group().lower())
            if end is not None:
                return self._phrase_after(text, masked, word.start() + end)
        return ""

    def _by_told_outlet(self, text: str, masked: str) -> list[_Candidate]:
        """The outlet a speaker talked to: "told Reuters", "a déclaré au Monde",
        "Interrogé par France Info". It relays the speaker, so it comes after them."""
        out: list[_Candidate] = []
        for match in self._told.finditer(masked) if self._told is not None else ():
            cue = _written(text, match)
            contracted = cue.split()[-1].lower() in self._contractions
            window = text[match.end() : match.end() + 60]
            outlet = self._outlet_opening(window, contracted)
            if outlet is None:
                # "ao jornal O Povo", "dijo a la cadena Cooperativa": the kind of outlet,
                # then a name the list of outlets does not know
                name = self._unknown_outlet(window, cue)
                quoted = _INNER_QUOTED_NAME.match(window.lstrip())
                if name:
                    outlet = (name, None)
                elif quoted is not None and " " in cue.strip():
                    # "в ответ на запрос «Финмаркера»": words of telling, a name in quotes
                    outlet = (quoted.group()[1:-1], None)
            if outlet is not None:
                position = len(masked) + match.start()
                out.append(_Candidate(outlet[0], cue, position, outlet=outlet[1], told=True))
        if self._bare_told and self.lexicon.verbs is not None:
            # Russian and Ukrainian name the outlet in the dative right after the verb, with
            # no word before it: "сказала «Медузе» адвокат", "розповів Суспільному".
            for match in self.lexicon.verbs.finditer(masked):
                before = self._outlet_told_before(text, masked, match)
                if before:
                    out.append(_Candidate(before, _written(text, match), match.start(), told=True))
                    continue
                # "— сказала она «Экспресс-Новостям»": the speaker's pronoun, then the
                # outlet in the dative
                at = match.end()
                pronoun = _FIRST_WORD.match(masked, at)
                if pronoun and pronoun.group(1).lower() in self.lexicon.pronouns:
                    at = pronoun.end()
                outlet = self._outlet_opening(text[at : at + 60], False)
                if outlet is None:
                    # "подтвердил «Спорт-Экспрессу» директор клуба": an outlet the list
                    # does not know, quoted, with its speaker after it (or before it)
                    quoted = _INNER_QUOTED_NAME.match(text, _skip(text, at))
                    if quoted and (at > match.end() or self._past_told_outlet(text, masked, at)):
                        outlet = (quoted.group()[1:-1], None)
                if outlet is not None:
                    cue = _written(text, match)
                    out.append(
                        _Candidate(outlet[0], cue, len(masked) + match.start(), outlet=outlet[1])
                    )
        return out

    def _outlet_told_before(self, text: str, masked: str, verb: re.Match[str]) -> str:
        """ "Об этом ТАСС сообщил председатель профсоюза", "Про це «Діловому кур'єру»
        повідомив голова": in a language that names the outlet told in the dative with no
        word before it, an outlet right before the verb, after nothing but words pointing
        back, is the one told when an office or a full name follows the verb as its
        subject. The outlet as written, or ""."""
        if not self._bare_told:
            return ""
        before = text[: verb.start()].rstrip()
        quoted = _INNER_QUOTED_NAME.search(before, max(0, len(before) - 45))
        if quoted is not None and quoted.end() == len(before):
            outlet, opening = quoted.group()[1:-1], before[: quoted.start()]
        else:
            words = before.split()
            known = find_outlet(" ".join(words[-3:])) if words else None
            if known is None or not before.endswith(known[1]):
                return ""
            outlet, opening = known[1], before[: len(before) - len(known[1])]
        opening = opening.strip(" ,")
        back = self._back_reference
        if opening and not (back is not None and back.fullmatch(opening)):
            return ""
        after = text[verb.end() :].lstrip()
        titles = self.lexicon.titles
        if not ((titles is not None and titles.match(after)) or _FULL_NAME.match(after)):
            return ""
        return outlet

    def _by_reporter_outlet(
        self, text: str, masked: str, candidates: list[_Candidate]
    ) -> list[_Candidate]:
        """The outlet a named reporter writes for: "according to Jane Doe of the Washington
        Post", "selon Anne Martin, du Monde". The outlet relays the reporter's account, so
        it is a source after them (the cue file's `reporter_outlet` links the two)."""
        if self._reporter_outlet is None:
            return []
        out: list[_Candidate] = []
        for cand in candidates:
            at = text.find(cand.phrase)
            if at < 0 or not self._is_name(cand.phrase):
                continue
            end = at + len(cand.phrase)
            link = self._reporter_outlet.match(masked, end)
            if link is None:
                continue
            contracted = link.group().strip(" ,").lower() in self._contractions
            outlet = self._outlet_opening(text[link.end() : link.end() + 60], contracted)
            if outlet is not None:
                out.append(_Candidate(outlet[0], cand.cue, len(masked) + end, outlet=outlet[1]))
        return out

    def _by_relaying_outlet(self, text: str, masked: str) -> list[_Candidate]:
        """ "Dans un message interne consulté par Les Echos, le PDG reconnaît", "In a memo
        seen by Reuters, the chief executive admitted": the outlet that relays a document
        is a source of the chain, wherever the participle stands; only an outlet, known or
        named as outlets are (a person "cited by" someone is read by the other forms)."""
        if self._relay_by_agent is None:
            return []
        out: list[_Candidate] = []
        for relay in self._relay_by_agent.finditer(masked):
            window = text[relay.end() : relay.end() + MAX_OUTLET_WINDOW]
            known = self._outlet_opening(window, contracted=False)
            name = known[0] if known else self._outlet_by_its_name(window)
            if name:
                # after the sources of the sentence, as a relay is named after who it relays
                out.append(
                    _Candidate(name, _written(text, relay), len(text) + relay.end(), strong=True)
                )
        return out

    def _by_outlet_verb(self, text: str, masked: str) -> list[_Candidate]:
        """ "Newcastle have agreed a fee, Sky Sports News understands", "The BBC has
        learned that": a verb that reports only when an outlet is its subject (the cue
        file's `outlet_verbs`), a known one or one named as outlets are."""
        if self._outlet_verbs is None:
            return []
        out: list[_Candidate] = []
        for verb in self._outlet_verbs.finditer(masked):
            subject = self._subject_tail(self._phrase_before(text, masked, verb.start()))
            if subject and (find_outlet(subject) is not None or self._outlet_by_its_name(subject)):
                out.append(_Candidate(subject, _written(text, verb), verb.start(), strong=True))
        return out

    def _by_prenominal_relay(self, text: str, masked: str) -> list[_Candidate]:
        """ "Von Bloomberg befragte Analysten hatten mit 2,1 Prozent gerechnet": the agent
        and the ones it relays, before their noun (the cue file's
        `prenominal_relay_participles`); both are sources, as in "economists polled by
        Bloomberg"."""
        if self._prenominal_relay is None:
            return []
        out: list[_Candidate] = []
        for found in self._prenominal_relay.finditer(masked):
            cue = text[found.start() : found.start("relayed")].strip()
            agent = text[found.start("agent") : found.end("agent")].strip(_QUOTE_MARKS_AND_SPACE)
            out.append(_Candidate(agent, cue, found.start("agent"), strong=True))
            relayed = text[found.start("relayed") : found.end("relayed")]
            out.append(_Candidate(relayed, cue, found.start("relayed"), strong=True))
        return out

    def _by_quoting_verb(self, text: str, masked: str) -> list[_Candidate]:
        """ "Reuters quoted a Treasury spokesman as saying", "Die Zeitung zitierte einen
        Sprecher mit den Worten": both the outlet quoting and the one it quotes are sources
        (the annotation guide's chains). The one quoted stands between the verb and the
        words that open the quotation (the cue file's `quoting_verbs`, `quoting_closers`)."""
        if self._quoting is None or self._quoting_closers is None:
            return []
        out: list[_Candidate] = []
        for verb in self._quoting.finditer(masked):
            closer = self._quoting_closers.search(masked, verb.end(), verb.end() + 120)
            if closer is None or "_" in masked[verb.end() : closer.start()]:
                continue
            quoted = text[verb.end() : closer.start()].strip(" ,")
            if not quoted or len(quoted.split()) > MAX_SOURCE_WORDS:
                continue  # "He was quoted as saying": the subject was quoted, by no one named
            cue = _written(text, verb)
            subject = self._subject_tail(self._phrase_before(text, masked, verb.start()))
            if subject:
                out.append(_Candidate(subject, cue, verb.start(), strong=True))
            out.append(_Candidate(quoted, cue, verb.end()))
        return out

    def _unknown_outlet(self, window: str, cue: str) -> str:
        """The name of an outlet the list does not know, after the cue file's word for its
        kind, in the cue ("ao jornal") or opening `window` ("a la cadena Cooperativa"),
        perhaps after an article or a quote; "" without such a word."""
        if not self._outlet_kinds:
            return ""
        window = window.lstrip()
        elided = _ELIDED.match(window)
        if elided and window[elided.end() : elided.end() + 1].isalpha():
            # "à l'agence Belga", "all'agenzia Finpress": the elided article goes
            window = window[elided.end() :]
        words = window.split()
        if words and self._is_determiner(words[0]) and len(words) > 1:
            window = window[len(words[0]) :].lstrip()
            words = words[1:]
        # "all'agenzia": the kind after an elided preposition ends the cue
        if _ELIDED.sub("", cue.split()[-1].lower()) not in self._outlet_kinds:
            kind = self._outlet_kind_at(words)
            if kind is None:
                return self._outlet_by_its_name(window)
            # "a Diario Financiero", "à Radio Nova": a capitalised kind is the name's own
            # first word (German capitalises every noun: "des Senders Phoenix")
            named_kind = (
                is_capitalised(words[kind]) and kind + 1 < len(words) and not self._verb_second
            )
            for word in words[: kind if named_kind else kind + 1]:
                window = window.lstrip()[len(word) :]
        rest = window.lstrip()
        # "la emisora local Radio Litoral": adjectives after the kind, before the name
        for word in rest.split()[:MAX_OUTLET_KIND_ADJECTIVES]:
            if (
                not (word.isalpha() and word.islower())
                or word in self._function_words
                or word in self._that_words
            ):
                break
            rest = rest[len(word) :].lstrip()
        name = _LEADING_NAME.match(rest.lstrip(_OPENING_QUOTES).lstrip())
        if name is None:
            # "der Nachrichtenagentur epd", "dem Sender rbb": a short name in lowercase
            # letters after the kind, closing the clause
            short = _LOWERCASE_OUTLET.match(rest)
            return short.group(1) if short else ""
        channel = _CHANNEL_NUMBER.match(rest, rest.find(name.group()) + len(name.group()))
        words = name.group().split()[:MAX_NAME_WORDS] + ([channel.group(1)] if channel else [])
        found = " ".join(words).rstrip(".,;:")
        return found if found and not self._is_determiner(found) else ""

    def _outlet_kind_at(self, words: list[str]) -> int | None:
        """Where the word for a kind of outlet stands among the first words, after at most
        MAX_OUTLET_KIND_ADJECTIVES words describing it ("local station WKRM", "the Italian
        news agency ANSA"), or None."""
        for i, word in enumerate(words[: MAX_OUTLET_KIND_ADJECTIVES + 1]):
            if word.lower() in self._outlet_kinds:
                return i
            if not word.isalpha():
                return None
        return None

    def _outlet_by_its_name(self, window: str) -> str:
        """The name `window` opens on when it reads as an outlet's though the list does
        not know it: a word of newspaper titles in it ("the Millbrook Gazette", "Citizen
        TV", the cue file's `outlet_name_words`) or a web address ("Tuttomercatoweb.com");
        a person told ("told Johnson") is no outlet."""
        first = window.split(maxsplit=1)
        if len(first) == 2 and first[0].islower() and self._is_determiner(first[0]):
            window = first[1]  # "the Beacon can reveal"
        name = _LEADING_NAME.match(window.lstrip(_OPENING_QUOTES))
        if name is None:
            return ""
        words = name.group().rstrip(".,;:").split()[:MAX_OUTLET_NAME_WORDS]
        if _WEB_ADDRESS.fullmatch(words[0]) or any(w in self._outlet_name_words for w in words):
            # "Diário da Manhã", "Gazzetta di Parma": a linking word inside the title
            after = window.lstrip(_OPENING_QUOTES)[name.end() :].split()
            if (
                len(words) < MAX_OUTLET_NAME_WORDS
                and len(after) > 1
                and after[0] in self._name_links
                and is_capitalised(after[1])
            ):
                words += [after[0], after[1].rstrip(".,;:")]
            return " ".join(words)
        return ""

    def _outlet_opening(self, window: str, contracted: bool) -> tuple[str, Outlet | None] | None:
        """The outlet `window` opens on, as written, after the words that introduced it:
        a known name, perhaps after an article or in quotes ("der „Süddeutschen
        Zeitung“"), or, after a preposition fused with an article (`contracted`: "au
        Monde"), a name that drops its own article. The Outlet is given in that case."""
        found = find_outlet(window)
        if found is not None:
            alias_at = window.find(found[1])
            # an elided article keeps its apostrophe ("à l'AFP"); a quote opening the
            # name goes ("der „Süddeutschen Zeitung“")
            written = window[:alias_at].strip().lower().replace("’", "'")
            lead = written.strip(_OPENING_QUOTES).strip()
            dets = self.lexicon.determiners
            if alias_at >= 0 and (not lead or lead in dets or written in dets):
                phrase = window[: alias_at + len(found[1])].strip()
                return phrase.lstrip(_OPENING_QUOTES).strip(), None
        if contracted:
            folded = find_outlet_after_article(window.lstrip().lstrip(_OPENING_QUOTES).lstrip())
            if folded is not None:
                return folded[1], folded[0]
        return None
