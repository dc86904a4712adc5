"""Cutting the noun phrase a source is out of the words around a cue."""

from __future__ import annotations

import re

from bot.extraction.attribution.shapes import (
    _ACRONYM,
    _CAPITALS_WITH_DOTS,
    _CLAUSE_BOUNDARY,
    _CLAUSE_END,
    _ELIDED,
    _FIRST_WORD,
    _FULL_NAME_END,
    _INNER_QUOTED_NAME,
    _LEFT_BOUNDARY,
    _OPENING_QUOTES,
    _QUOTED_NAME,
    _RIGHT_BOUNDARY,
    MAX_APPOSITION_WORDS,
    MAX_COMPLEMENT_WORDS,
    MAX_INVERTED_WORDS,
    MAX_OFFICE_COMPLEMENT_WORDS,
    MAX_OFFICE_WORDS,
    MAX_OUTLET_WINDOW,
    MAX_SOURCE_WORDS,
)
from bot.extraction.outlets import find_outlet
from bot.extraction.speakers import APOSTROPHE_DETERMINER, is_capitalised


class PhraseCutting:
    """Cutting the noun phrase a source is out of the words around a cue."""

    # -- phrases ------------------------------------------------------------------------

    def _strip_fillers(self, phrase: str) -> str:
        if self._filler:
            lead = self._filler.match(phrase)
            if lead:
                phrase = phrase[lead.end() :]
        return phrase.strip(" ,")

    def _phrase_after(self, text: str, masked: str, pos: int, strict: bool = False) -> str:
        """The noun phrase after `pos`, up to punctuation or a word that ends it.

        With `strict`, a phrase that runs on past `MAX_INVERTED_WORDS` words without
        punctuation is a clause, not an inverted subject ("..., said the policy paved
        the way for ..."); so is one holding a finite verb of the language's
        `clause_verbs` ("... and said the government was willing to help").
        """
        quoted = _QUOTED_NAME.match(text, pos)
        if quoted:
            return quoted.group("name")
        window = text[pos : pos + MAX_OUTLET_WINDOW]
        if any(ch.isdigit() for ch in window):
            # "Sole 24 Ore", "France 24": a known outlet whose name holds a number
            known = self._outlet_opening(window, contracted=False)
            if known is not None and any(ch.isdigit() for ch in known[0]):
                return known[0]
        end = _RIGHT_BOUNDARY.search(masked, pos)
        while end:
            if end.group() == "." and self._abbreviation_before(masked, end.start()):
                end = _RIGHT_BOUNDARY.search(masked, end.end())
                continue
            quoted = _INNER_QUOTED_NAME.match(text, end.start())
            if quoted and len(quoted.group().split()) <= 4:
                end = _RIGHT_BOUNDARY.search(masked, quoted.end())
                continue
            break
        raw = text[pos : end.start() if end else len(text)].strip()
        phrase = self._before_second_verb(self._cut_tail(raw))
        if strict:
            words = self._strip_fillers(phrase).split()
            if (
                len(words) > 1
                and words[0].lower() in self._cut_words
                and self._is_determiner(words[1])
            ):
                # "a déclaré dans un communiqué le ministre", "said in a statement the
                # minister": the subject comes after a short prepositional phrase (an
                # article, a noun, perhaps an adjective), if at all. A longer one goes on
                # into the verb's complement ("enfatizó en la importancia de recuperar
                # la ..."); without an article ("говорять у санепідемслужбі") the
                # preposition's own noun is who speaks.
                at = next(
                    (i for i in range(3, min(len(words), 5)) if self._is_determiner(words[i])),
                    None,
                )
                if at is not None and any(
                    w.lower() in self._cut_words or w.lower() in self._name_links
                    for w in words[2:at]
                ):
                    at = None  # "dijo a la salida de la audiencia": the place's complement
                words = words[at:] if at else []
                phrase = " ".join(words)
            if (len(words) > MAX_INVERTED_WORDS and not self._long_office(words)) or any(
                w.lower() in self._clause_verbs for w in words
            ):
                return ""
        return phrase

    def _long_office(self, words: list[str]) -> bool:
        """An office with its complements, longer than a subject is but no clause: "el
        director de Emergencias de la Junta", "il presidente dell'Ordine dei medici di
        Cagliari", "le ministère de l'Économie et des Finances", "um estudo do Instituto
        Nacional de Estatística" (an article, a title, a trade, an institution or a
        document, then a capitalised name and no verb); with no article in languages that have none,
        "голова первинної профспілкової організації шахти Микола Дзюба"."""
        lex = self.lexicon
        # "l'Autorità di bacino distrettuale del fiume Po": the article runs into the noun
        words = self._with_article_apart(words)
        if lex.titles is None or len(words) > MAX_OFFICE_WORDS:
            return False
        if self._is_determiner(words[0]):
            words = words[1:]
        elif not self._bare_nouns:
            return False
        office = " ".join(words)
        heads = (lex.titles, lex.institutions, lex.document_heads)
        # "il pediatra Marco Ferri dell'ospedale di Cremonara": a trade, as an office
        trade = words[0].lower() in self._professions if words else False
        if not trade and not any(head is not None and head.match(office) for head in heads):
            return False
        rest = words[1:]
        return any(map(is_capitalised, rest)) and not any(self._is_verb(w.lower()) for w in rest)

    def _with_article_apart(self, words: list[str]) -> list[str]:
        """The words with an elided article set apart from the noun it runs into: "l'Autorità"
        gives "l'", "Autorità"."""
        elided = APOSTROPHE_DETERMINER.match(words[0]) if words else None
        if elided and len(words[0]) > elided.end():
            return [elided.group(), words[0][elided.end() :], *words[1:]]
        return words

    def _is_determiner(self, word: str) -> bool:
        return word.lower() in self.lexicon.determiners or bool(APOSTROPHE_DETERMINER.match(word))

    def _abbreviation_before(self, masked: str, dot: int) -> bool:
        token = masked[max(0, dot - 12) : dot].split()[-1:] or [""]
        word = token[0].lower()
        return (
            len(word) == 1
            # "CC.OO.", "EE.UU.": an acronym written with dots, inside or at its end
            or bool(
                _CAPITALS_WITH_DOTS.fullmatch(token[0])
                and ("." in token[0] or masked[dot + 1 : dot + 2].isupper())
            )
            or word in self.lexicon.honorifics
            or word in (self.lexicon.abbreviations)
        )

    def _phrase_before(self, text: str, masked: str, pos: int) -> str:
        bounds = list(_LEFT_BOUNDARY.finditer(masked, 0, pos))
        # A short quoted name inside the subject is part of it, when words come before it:
        # 'представник "Лозоваводоканалу" підозри відкидає', 'глава «Роснефти» заявил';
        # or alone, when the verb follows it right away: '«Газпром» сообщил' (a quotation
        # would end on a comma or a dash first).
        while len(bounds) >= 2:
            opening, closing = bounds[-2], bounds[-1]
            quoted = _INNER_QUOTED_NAME.fullmatch(text, opening.start(), closing.end())
            before = bounds[-3].end() if len(bounds) >= 3 else 0
            if (
                not quoted
                or len(quoted.group().split()) > 4
                or (
                    not text[before : opening.start()].strip() and text[closing.end() : pos].strip()
                )
            ):
                break
            bounds = bounds[:-2]
        start = bounds[-1].end() if bounds else 0
        return text[start:pos].strip()

    def _cut_tail(self, phrase: str) -> str:
        """Keep the noun phrase: stop at a relative pronoun, a date or a preposition."""
        tokens = self._without_extended_attribute(phrase.split())
        cut_words = self._cut_words
        kept: list[str] = []
        seen_noun = False
        for i, token in enumerate(tokens):
            if i > 0 and token.lower() in self._coordinators and self._portfolio_follows(tokens, i):
                kept.append(token)  # "Ministerio de Trabajo y Economía Social": one body
                continue
            elided = _ELIDED.match(token)
            if (
                i > 0
                and elided
                and elided.end() < len(token)
                and elided.group().lower() in cut_words
            ):
                break  # "il legale all'uscita dall'aula": an elided preposition
            if (
                i > 0
                and token.lower() in cut_words
                and not _ACRONYM.fullmatch(token)  # "the WHO": an acronym, not "who"
                # "una prima ricostruzione": no preposition follows an article; the word
                # is the adjective it is also spelled as
                and not (tokens[i - 1].islower() and tokens[i - 1] in self.lexicon.determiners)
                and not (
                    # "the Institute for Fiscal Studies", "the Ministry of Defence": a
                    # connector after a capitalised institution is inside its name.
                    token.lower() in self._name_connectors
                    and i + 1 < len(tokens)
                    and is_capitalised(tokens[i + 1])
                    and self._institution_named(f"{tokens[i - 1]} {token}")
                )
                and not self._office_then_holder(tokens, i)
                and not self._places_unnamed_source(tokens, i)
            ):
                break
            if (
                self._verb_second
                and seen_noun
                and token[:1].islower()
                and token.lower() not in self.lexicon.determiners
                and not self._places_unnamed_source(tokens, i)
            ):
                # Verb-second: after a fronted "Laut X" comes the verb ("Laut X könnten").
                break
            if seen_noun and self._opens_other_phrase(tokens, i):
                break
            if kept and token.isdigit() and i + 1 < len(tokens):
                # "nach Angaben palästinensischer Krankenhäuser 44 Menschen": a count
                # opens the clause's subject; a number closing a name stays ("France 24"),
                # and so does an age describing someone ("o executivo de 41 anos").
                aged = [*kept, token, tokens[i + 1].strip(",.;:")]
                if self._names_by_age(aged):
                    return " ".join(aged)
                break
            seen_noun = seen_noun or is_capitalised(token)
            kept.append(token)
            if len(kept) >= MAX_SOURCE_WORDS:
                break
        return " ".join(self._without_dangling_participle(kept))

    def _opens_other_phrase(self, tokens: list[str], i: int) -> bool:
        """ "nach Angaben des Konzerns eine Schadsoftware": in a language that marks the
        genitive on its article (the cue file's `genitive_determiners`), an article after a
        noun opens a new phrase unless it is a genitive one; "sagte Frank Schäffler der
        „Bild“" has the outlet in the dative, but "einem Bericht des „Spiegel“" is the
        outlet's report."""
        token = tokens[i].lower()
        if not self._genitive_determiners or token not in self.lexicon.determiners:
            return False
        return token not in self._genitive_determiners or (
            self._outlet_opens(tokens[i + 1 :]) and not self._document(tokens[i - 1])
        )

    def _without_dangling_participle(self, kept: list[str]) -> list[str]:
        """ "un rapport de la Cour des comptes publié mercredi": a document's participle
        left at the end when its date was cut off is no part of the name."""
        if (
            len(kept) > 2
            and kept[-1].islower()
            and kept[-1].endswith(self._participle_endings)
            and any(map(self._document, kept[:-1]))
        ):
            return kept[:-1]
        return kept

    def _document(self, word: str) -> bool:
        """Whether `word` is a document's head noun ("Bericht", "report", "rapport")."""
        heads = self.lexicon.document_heads
        return heads is not None and heads.fullmatch(word.lower()) is not None

    def _names_by_age(self, tokens: list[str]) -> bool:
        """Whether the phrase stands for someone by their age, "o executivo de 41 anos"
        (the cue file's `person_references`)."""
        if self._person_reference is None:
            return False
        words = tokens[1:] if self._is_determiner(tokens[0]) else tokens
        return bool(words) and self._person_reference.fullmatch(" ".join(words)) is not None

    def _portfolio_follows(self, tokens: list[str], i: int) -> bool:
        """Whether the conjunction at `i` joins a second portfolio to an institution's name
        ("el Ministerio de Trabajo y Economía Social", "le ministère de l'Économie et des
        Finances", "Міністерство освіти і науки"), not a second source: the institution
        has its complement already, and what follows is a linked capitalised name or, in
        languages that name portfolios by a bare genitive, one more lowercase noun."""
        institutions = self.lexicon.institutions
        if institutions is None or i + 1 >= len(tokens):
            return False
        before = " ".join(tokens[:i])
        head = institutions.search(before)
        complement = before[head.end() :].split() if head else []
        if not complement or any(self._is_verb(t.lower()) for t in complement):
            return False
        ahead = tokens[i + 1 : i + 4]
        first = ahead[0].lower()
        if first in self._name_links or first in self._contractions:
            return any(map(is_capitalised, ahead[1:]))
        if is_capitalised(ahead[0]):
            return not self._is_determiner(ahead[0])
        bare_genitive = self._names_by_genitive and all(
            t.isalpha() and t.islower() and t not in self._cut_words for t in complement
        )
        return (
            bare_genitive
            and ahead[0].isalpha()
            and first not in self._cut_words
            and not self._is_determiner(first)
            and not self._is_verb(first)
            and first not in self.lexicon.pronouns
        )

    def _places_unnamed_source(self, tokens: list[str], i: int) -> bool:
        """Whether the preposition at `i` says where an unnamed source sits: "sources in
        the ministry", "источники в правительстве", "des sources au sein du gouvernement"
        are who speaks; "sources" alone names nobody in particular."""
        heads = self.lexicon.unnamed_heads
        if heads is None or i + 1 >= len(tokens):
            return False
        if i >= 2 and tokens[i - 1].lower() in self._unnamed_relations:
            # "a source close to the investigation", "fuentes próximas a la Fiscalía":
            # what the source is close to is part of how the article names it
            return bool(heads.fullmatch(tokens[i - 2]))
        if not heads.fullmatch(tokens[i - 1]):
            return False
        ahead = [t.lower() for t in tokens[i : i + 3]]
        return any(ahead[: len(words)] == words for words in self._unnamed_complements)

    def _office_then_holder(self, tokens: list[str], i: int) -> bool:
        """Whether a preposition at `i` is inside an office whose holder's full name
        closes the phrase: "Заместитель председателя комитета Госдумы по бюджету Ирина
        Шаповалова", "the Secretary of State for Health Wes Streeting"."""
        rest = tokens[i:]
        return (
            self.lexicon.titles is not None
            and len(rest) <= MAX_OFFICE_COMPLEMENT_WORDS
            and bool(_FULL_NAME_END.search(" ".join(rest)))
            and not any(self._is_verb(t) for t in rest)
            # "il tecnico in un'intervista a Sky Sport": an outlet told, not a holder
            and (self._told is None or self._told.search(" ".join(rest[1:])) is None)
            and bool(self.lexicon.titles.search(" ".join(tokens[:i]).lower()))
            # "a confié le dirigeant à Midi Sport": the outlet spoken to, not a holder
            and rest[0].lower() not in self._told_prepositions
        )

    def _without_extended_attribute(self, tokens: list[str]) -> list[str]:
        """ "sagte der für Bildung zuständige Stadtrat Jonas Weber": German sets a
        prepositional phrase and its adjective between the article and the noun; a
        preposition right after an article opens one, and the noun after the adjective
        goes on with the phrase."""
        if not self._verb_second:
            return tokens
        for i in range(1, min(len(tokens) - 2, MAX_APPOSITION_WORDS)):
            if not (
                tokens[i - 1].islower()
                and self._is_determiner(tokens[i - 1])
                and tokens[i].lower() in self._cut_words
                and tokens[i + 1].lower() not in self._cut_words  # "diese jedoch im Fall"
                and (self._is_determiner(tokens[i + 1]) or is_capitalised(tokens[i + 1]))
            ):
                continue
            for j in range(i + 2, min(len(tokens) - 1, i + MAX_APPOSITION_WORDS)):
                word = tokens[j]
                if word.isalpha() and word.islower() and word.endswith(("e", "en")):
                    if is_capitalised(tokens[j + 1]):
                        return tokens[:i] + tokens[j + 1 :]
                    break
            break
        return tokens

    @staticmethod
    def _outlet_opens(tokens: list[str]) -> bool:
        """Whether a known outlet's name opens these words, past an opening quote."""
        rest = " ".join(tokens).lstrip(_OPENING_QUOTES)
        found = find_outlet(rest)
        return found is not None and rest.startswith(found[1])

    def _definite_noun(self, phrase: str) -> bool:
        """An article and one or two lowercase words: "la chancellerie", "the
        inspectorate". Right before a verb of speaking it is the speaker, whatever the
        noun: the lists of titles and bodies cannot hold every office that speaks."""
        tokens = self._with_article_apart(phrase.split())  # "L'intersyndicale a appelé"
        articles = self._articles
        if phrase[:1].isupper():
            articles = articles | self._opening_articles  # "A imprensa britânica garante"
        # "A televisão pública do país afirmou": a short complement after the noun
        openers = self._complement_openers
        link = next(
            (i for i in range(2, min(len(tokens), 4)) if tokens[i].lower() in openers),
            len(tokens),
        )
        complement = tokens[link + 1 :]
        return (
            self._lowercase_noun_phrase(tokens[:link], articles)
            # one office or body: a plural ("Los hechos revelan", "les chiffres
            # montrent") is more often a thing that shows than people who speak
            and not tokens[1].lower().endswith("s")
            and len(complement) <= 2
            and all(t[:1].islower() and t.isalpha() for t in complement)
        )

    @staticmethod
    def _lowercase_noun_phrase(tokens: list[str], openers: frozenset[str]) -> bool:
        """One of `openers` (articles, determiners), then one or two lowercase words."""
        return (
            2 <= len(tokens) <= 3
            and tokens[0].lower() in openers
            and all(t[:1].islower() and t.isalpha() for t in tokens[1:])
        )

    def _closing_noun_phrase(
        self, text: str, masked: str, start: int, end: int, phrase: str
    ) -> bool:
        """An article and one or two lowercase words right after a verb of speaking, closing
        the clause: "..., recordaron los comerciantes.", "..., a raconté une voisine". In
        that place it is the verb's inverted subject, whatever the noun (the lists cannot
        hold every group that speaks); never a time ("explicó el lunes", "a dit la veille").
        Verb-second languages invert after any opening, so the place proves nothing there.
        The verb must open its clause after what was said, with no name in apposition
        before it: "X, la secretaria, reconoció el retraso" has its object there."""
        tokens = phrase.split()
        opening = masked[:start].rstrip()
        return (
            not self._verb_second
            and self._lowercase_noun_phrase(tokens, self._closing_openers)
            and not any(t.lower() in self._time_words for t in tokens[1:])
            and opening.endswith((",", "»", "”", '"', "—", "–"))
            and text[end:].lstrip().startswith(phrase)
            and self._ends_clause(masked, end, phrase)
            and not any(map(self._is_name, self._apposition_candidates(text, masked, start)))
        )

    def _is_bare_noun(self, phrase: str) -> bool:
        """A single lowercase noun as a verb's subject, in languages without articles.

        Russian and Ukrainian name groups of people with a bare plural noun right next to
        the reporting verb ("катеринівчани звинувачують", "..., кажуть катеринівчани");
        with articles, such a noun would have one. Adverbs and pronouns are listed words.
        """
        if not self._bare_nouns:
            return False
        word = phrase.strip(" ,")
        lower = word.lower()
        lex = self.lexicon
        return (
            " " not in word
            and len(word) >= 5
            and word.isalpha()
            and word.islower()
            and lower not in lex.pronouns
            and lower not in lex.not_sources
            and lower not in self._auxiliaries
            and lower not in self._conditionals
            and not (self._filler and self._filler.match(word))
        )

    def _that_follows(self, masked: str, pos: int) -> bool:
        """Whether "that" comes after the verb ending at `pos`, right after it or after a
        short complement opening on a preposition or a time ("testified before the Senate
        committee last month that", "a estimé devant les députés que")."""
        if self._that.match(masked, pos):
            return True
        dated = self._past_dates(masked, pos)
        if dated > pos:
            # "defendió el martes (en una rueda de prensa) que": a day first
            return self._that_follows(masked, dated)
        if self._infinitive_clause is not None and self._infinitive_clause.match(masked, pos):
            return True  # "hat angekündigt, die Zuschüsse um 12 Prozent zu kürzen"
        if self._subjunctive_clause is not None and self._subjunctive_clause.match(masked, pos):
            return True  # "hat auf die Frage geantwortet, er wolle nichts ausschließen"
        first = _FIRST_WORD.match(masked, pos)
        if first is None or first.group(1).lower() not in self._cut_words:
            return False
        stop = _CLAUSE_END.search(masked, pos)
        window = masked[pos : stop.start() if stop else len(masked)]
        words = window.split()
        for i in range(1, min(len(words), MAX_COMPLEMENT_WORDS + 1)):
            if self._that.match(" " + " ".join(words[i:])):
                return True
        return False

    def _aside_subjects(
        self, text: str, masked: str, match: re.Match[str], subject: str
    ) -> list[str]:
        """The foremost member of an inverted subject group, named in an aside after it:
        "Daraufhin wirft die Fraktion, allen voran ihr Chef, dem Bürgermeister Wortbruch vor"."""
        if self._aside_after is None:
            return []
        after = self._aside_after.match(masked, match.end())
        # Only when the verb's subject is the group before the aside: after a subject
        # first, the aside details the object ("kritisierte die Pläne, vor allem ...").
        if not after or subject not in text[match.end() : after.start(1)]:
            return []
        member = self._cut_tail(text[after.start(1) : after.end(1)])
        return [member] if member else []

    def _members_before(
        self, text: str, masked: str, start: int, before: str, subject: str
    ) -> list[str]:
        """The members of a subject group named in an aside that closes right before the
        verb at `start`: "Several unions, including the NEU, said", "Plusieurs syndicats,
        dont la CGT, ont dénoncé" (the cue file's `subject_asides`)."""
        if any(w.lower() not in self._auxiliaries for w in before.split()):
            return []
        aside = self._member_aside(text, masked, start)
        if not aside or aside == subject:
            return []
        opening = self._aside_opening.match(aside)  # not None: `_member_aside` checked it
        member = self._cut_tail(aside[opening.end() :])
        if _INNER_QUOTED_NAME.fullmatch(member):
            member = member[1:-1]  # "в том числе «Единство»": the name, not its quotes
        return [member] if member else []

    def _member_aside(self, text: str, masked: str, start: int) -> str:
        """The clause between the last two commas before `start` when it opens on a
        word naming members of a group ("including", "dont", "darunter"), else ""."""
        if self._aside_opening is None:
            return ""
        # a member may be a quoted name ("в том числе «Единство»"): commas bound the aside
        bounds = [m.end() for m in _CLAUSE_BOUNDARY.finditer(masked, 0, start)]
        if len(bounds) < 2:
            return ""
        clause = text[bounds[-2] : bounds[-1]].strip(" ,;:-–—")
        if not self._aside_opening.match(clause) or len(clause.split()) > MAX_SOURCE_WORDS:
            return ""
        return clause

    def _particle_closes(self, masked: str, match: re.Match[str]) -> bool:
        """Whether the particle of the separable verb at `match` ends its clause, perhaps
        after an aside between commas: "Beides weist der Politiker zurück", "Daraufhin wirft
        die Fraktion, allen voran ihr Vorsitzender, dem Bürgermeister Wortbruch vor"."""
        particles = self._particles.get(match.group().lower(), frozenset())
        stops = [m.start() for m in _RIGHT_BOUNDARY.finditer(masked, match.end())]
        for stop in (stops + [len(masked)])[:3]:
            words = masked[match.end() : stop].split()
            if words and words[-1].lower() in particles:
                return True
            if stop == len(masked) or masked[stop] in ".!?;":
                return False
        return False
