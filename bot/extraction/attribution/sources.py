"""Typing a validated phrase as a source: a pronoun, an outlet, a description, a title, a name;
resolving pronouns and bare titles to the person named before."""

from __future__ import annotations

import re

from bot.extraction.attribution.shapes import (
    _ACRONYM,
    _ADJECTIVE_ENDINGS,
    _ELIDED,
    _FULL_NAME_END,
    _IMPERSONAL_PRONOUNS,
    _OBJECT_PRONOUNS,
    _OPENING_QUOTES,
    MAX_SOURCE_WORDS,
    _Candidate,
    _Phrase,
)
from bot.extraction.outlets import find_outlet
from bot.extraction.speakers import SpeakerMemory, is_capitalised
from bot.models import Source, SourceRole, SourceType

# Letters a kind word may add to the one a body was named with: "des Konzerns".
MAX_KIND_ENDING = 2


class SourceTyping:
    """Typing a validated phrase as a source: a pronoun, an outlet, a description, a title, a
    name; resolving pronouns and bare titles to the person named before."""

    def _looks_like_source(self, phrase: str) -> bool:
        tokens = self._strip_fillers(phrase).split()
        if not tokens:
            return False
        first = tokens[0].lower()
        lex = self.lexicon
        # Languages without articles (Russian, Ukrainian) open an inverted subject with a
        # bare noun: "..., — заявил министр Лавров", "..., отметил представитель компании".
        heads = (
            lex.titles,
            lex.unnamed_heads,
            lex.institutions,
            lex.document_heads,
            lex.agency_heads,
        )
        opening = " ".join(tokens[:3])  # "бывший редактор Lenta.ru", "другой собеседник РБК"
        return (
            is_capitalised(tokens[0])
            or self._is_determiner(tokens[0])
            or first in lex.pronouns
            or first.rstrip(".") in lex.honorifics
            or any(h is not None and h.search(opening) for h in heads)
        )

    # -- typing -------------------------------------------------------------------------

    def _named_body(self, source: Source, memory: SpeakerMemory) -> bool:
        """Whether `source` is a body known by its name ("Rheinmetall", "the Red Cross"),
        which a later "the company" may stand for: not a person, not a description ("the
        ministry"), not an outlet relaying."""
        if source.role != SourceRole.SPEAKER or source.type not in (
            SourceType.ORGANISATION,
            SourceType.UNKNOWN,
        ):
            return False
        tokens = [t for t in source.name.split() if not self._is_determiner(t)]
        if not tokens:
            return False
        if not is_capitalised(tokens[0]) and not self._described_body(tokens):
            return False  # "o jornal Cumhuriyet": an outlet described before its name
        bare = " ".join(tokens)
        institutions = self.lexicon.institutions
        if bare.lower() in self._body_references or (
            institutions is not None and institutions.fullmatch(bare)
        ):
            return False  # German capitalises the kind: "das Unternehmen", "Die Gewerkschaft"
        # a capitalised word of unknown kind may be a surname, or a given name ("racconta
        # Martina, 17 anni")
        return source.type != SourceType.UNKNOWN or not (
            memory.knows_surname(tokens[-1]) or self._gender.of_given_name(tokens[0])
        )

    def _described_body(self, tokens: list[str]) -> bool:
        """ "a fintech paulista Zenite", "the carmaker Stellantis": a body described, then
        its name; not an outlet ("o jornal Cumhuriyet"), nor an office before a person's
        name."""
        titles = self.lexicon.titles
        return (
            is_capitalised(tokens[-1])
            and tokens[0].lower() not in self._outlet_kinds
            and not (titles is not None and titles.match(" ".join(tokens)))
        )

    def _to_source(self, cand: _Candidate, memory: SpeakerMemory) -> Source | None:
        """Type a candidate phrase as a source, or reject it (None).

        The order matters: pronouns resolve to who was named before; what names nobody is
        rejected; then a known outlet, a description (state media, a government, an agency,
        an unnamed source, a document), a stand-in for the person mentioned last, a bare
        title (resolved to its holder), and last a phrase with a capitalised name or one
        that the cue alone makes a source.
        """
        if cand.phrase.lower() in self._same_source_adverb_words:
            # "Demnach ...": the source of the sentence before, or nobody if it had none
            before = memory.previous_source
            return before.model_copy(update={"cue": cand.cue}) if before else None
        p = self._phrase_of(cand)
        if p is None:
            return None
        if p.lower in self._body_pronouns:
            # "The airline said ... It said": the body that spoke last, or nobody; "The
            # Bank of England cut rates, it said": the institution this sentence opens on.
            body = memory.body_topic or memory.last_body
            return p.make(SourceRole.SPEAKER, SourceType.ORGANISATION, body) if body else None
        named = self._body_by_its_kind(p, memory)
        if named is not None:
            return named
        if p.lower in self._plural_pronouns or self._is_pronoun(p, cand):
            return self._pronoun_source(p, memory)
        if p.lower in self._same_source:
            return self._same_source_named(p, memory)
        if self._names_nobody(p):
            return None
        holder = self._role_holder(p, memory)
        if holder and self._agrees(p, holder, memory):
            return p.make(SourceRole.SPEAKER, SourceType.PERSON, holder)
        possessor = self._possessor(p, cand, memory)
        if possessor is not None:
            return possessor
        found = self._outlet_source(p, cand) or self._description_source(p)
        if found is not None:
            return found
        if cand.told:
            # "disse ao canal francês France 2": an outlet the list does not know, never
            # a person whom a later "ele" could mean
            return p.make(SourceRole.OUTLET, SourceType.UNKNOWN)
        if self._refers_to_last_mentioned(p):
            mentioned = memory.last_mentioned or memory.last_person
            return p.make(SourceRole.SPEAKER, SourceType.PERSON, mentioned) if mentioned else None
        title = self._head_title(p)
        if (
            title
            and (title.end() == len(p.bare) or self._adjective_after(p.bare[title.end() :]))
            and not self._capitalised_besides(p, title)
        ):
            return self._title_source(p, title, memory)
        document = (
            self.lexicon.document_heads.search(p.bare) if self.lexicon.document_heads else None
        )
        if document and len(p.named) <= 1 and (not p.named or not is_capitalised(p.bare_tokens[0])):
            return p.make(SourceRole.DOCUMENT, SourceType.DOCUMENT)
        return self._named_source(p, title, memory) or self._described_source(p, title, cand)

    # -- typing, one form each ----------------------------------------------------------

    def _same_source_named(self, p: _Phrase, memory: SpeakerMemory) -> Source | None:
        """ "Selon la même source", "según esta fuente", "Там добавили": the source named
        last, whoever it was; nobody if none was named before. Sources by that word
        ("esas mismas fuentes") are the unnamed ones named last."""
        unnamed = self.lexicon.unnamed_heads
        last = memory.last_source
        if unnamed is not None and unnamed.search(p.text) and memory.last_unnamed:
            last = memory.last_unnamed
        return last.model_copy(update={"cue": p.cue}) if last else None

    def _body_by_its_kind(self, p: _Phrase, memory: SpeakerMemory) -> Source | None:
        """ "the company", "o organismo", "the Bank": the body a kind word stands for, or
        None when the phrase is no such word or stands for no body known here. An
        adjective after the word ("a autoridade monetária", "el organismo regulador")
        leaves it that kind."""
        kind = p.bare.lower()
        head, _, rest = kind.partition(" ")
        if rest and " " not in rest and p.bare[:1].islower() and self._adjective_after(rest):
            kind = head
        if (
            kind in self._body_references
            and p.bare[:1].isupper()
            and p.text[:1].islower()
            and not self._capitalised_nouns
        ):
            # "the Bank projected": capitalised inside the sentence, the body's own short
            # name, no kind standing for whichever body spoke last
            return p.make(SourceRole.SPEAKER, SourceType.ORGANISATION)
        topic = memory.body_topic or memory.previous_body_topic
        body = (
            self._body_of_kind(kind, memory)
            or topic
            or memory.last_named_body
            or memory.last_body_topic
        )
        if kind in self._body_references and body:
            # "Der Rüstungskonzern Rheinmetall ... nach Angaben des Konzerns": the body
            # described or named with that kind; else the body the sentence or the one
            # before opened on, else the body named that spoke last ("Rheinmetall said ...
            # According to the company")
            return p.make(SourceRole.SPEAKER, SourceType.ORGANISATION, body)
        if kind in self._institution_references and topic:
            # "O INEM enviou três ambulâncias, confirmou o organismo": a public body's kind
            # stands for the institution this sentence or the one before opened on, and
            # only for it (a body merely mentioned or speaking earlier is as often another)
            return p.make(SourceRole.SPEAKER, SourceType.ORGANISATION, topic)
        return None

    def _body_of_kind(self, kind: str, memory: SpeakerMemory) -> str | None:
        """The body last described or named with the kind word `kind` ("des Konzerns":
        "der Rüstungskonzern Rheinmetall"), or None."""
        for known, body in memory.bodies_by_kind.items():
            if kind == known or (
                kind.startswith(known) and len(kind) - len(known) <= MAX_KIND_ENDING
            ):
                return body  # "konzerns", "clubs": the kind with a case or plural ending
        return None

    def _possessor(self, p: _Phrase, cand: _Candidate, memory: SpeakerMemory) -> Source | None:
        """ "Selon ses calculs", "según sus datos", "according to its figures": the
        figures of the speaker named last; not "ses proches" (someone unnamed), "son
        porte-parole" (an office, see `_title_source`) nor "leur étude" (a document)."""
        lex = self.lexicon
        speaker = memory.sentence_speaker or memory.opening_name or memory.last_speaker
        # "secondo i suoi calcoli", "de acordo com o seu depoimento": the article before
        article = int(
            len(p.tokens) > 1
            and self._is_determiner(p.tokens[0])
            and p.tokens[1].lower() in self._possessives
        )
        if (
            not cand.strong
            or not speaker
            or (p.first not in self._possessives and not article)
            or p.named
            or len(p.tokens) > 3 + article
            or (lex.unnamed_heads is not None and lex.unnamed_heads.search(p.text))
            or (lex.titles is not None and lex.titles.search(p.bare))
            # "Selon leur étude": the document is the source as written, unless its author
            # speaks in this very sentence ("X recordó que, según sus datos, ...")
            or (
                lex.document_heads is not None
                and lex.document_heads.search(p.bare)
                and not memory.sentence_speaker
            )
        ):
            return None
        kind = SourceType.PERSON if speaker in memory.recent else SourceType.ORGANISATION
        return p.make(SourceRole.SPEAKER, kind, speaker)

    def _phrase_of(self, cand: _Candidate) -> _Phrase | None:
        """The candidate's phrase, cleaned and validated (`_well_formed`), or None."""
        phrase = self._strip_fillers(cand.phrase).strip(" ,.;:'\"")
        if phrase.count('"') % 2:
            phrase += '"'  # keep the closing mark of 'Представитель "Газпрома"'
        if phrase.endswith(")") and "(" not in phrase:
            phrase = phrase.rstrip(")")
        if cand.outlet is None:
            phrase = self._well_formed(phrase)
        tokens = phrase.split()
        if not tokens or len(tokens) > MAX_SOURCE_WORDS or "_" in phrase:
            return None  # empty, a clause rather than a name, or inside a masked quotation
        bare = self._without_determiner(phrase)
        return _Phrase(
            text=phrase,
            tokens=tokens,
            first=tokens[0].lower().strip(","),
            bare=bare,
            # 'der „Standard“': a name in quotation marks is a name
            named=[t for t in bare.split() if is_capitalised(t.lstrip(_OPENING_QUOTES))],
            cue=" ".join(cand.cue.split()),
        )

    def _is_pronoun(self, p: _Phrase, cand: _Candidate) -> bool:
        return (
            p.lower in self.lexicon.pronouns or cand.phrase == "il" or p.lower in _OBJECT_PRONOUNS
        )

    def _pronoun_source(self, p: _Phrase, memory: SpeakerMemory) -> Source | None:
        """ "They said": the group spoken of before; "she said": the woman named last."""
        if p.lower in self._plural_pronouns:
            if memory.last_group:
                return p.make(SourceRole.SPEAKER, SourceType.ORGANISATION, memory.last_group)
            return None
        by_verb = self._gender.of_pronoun_with_verb(p.lower, p.cue)
        gender = self._gender.of_pronoun(p.lower) or by_verb or self._gender.of_verb(p.cue)
        if (
            memory.body_topic
            and memory.sentence_speaker is None
            and p.cue.lower().endswith(self.lexicon.inverted_pronouns)
        ):
            # "L'Autorité des marchés (ASMF) a ordonné ..., a-t-elle annoncé": the body
            # the sentence opened on, no person named in it
            return p.make(SourceRole.SPEAKER, SourceType.ORGANISATION, memory.body_topic)
        body = self._body_continuing(gender, memory)
        if body is not None and p.lower not in _IMPERSONAL_PRONOUNS:
            return p.make(SourceRole.SPEAKER, body.type, body.name)
        # German "sie" is "she" only as far as its verb tells: a woman the article showed
        # to be one, not a country spoken of before ("Dänemark kritisierte"); with none,
        # the person named last, as for any pronoun without a gender.
        person = (
            memory.person(gender, known=True) or memory.person(None)
            if by_verb
            else memory.person(gender)
        )
        if person and p.lower not in _IMPERSONAL_PRONOUNS:
            if gender:
                # "Il affirme ...": the person is a man, whom a later "elle" does not mean.
                memory.genders.setdefault(person, gender)
            return p.make(SourceRole.SPEAKER, SourceType.PERSON, person)
        return None

    def _body_continuing(self, gender: str | None, memory: SpeakerMemory) -> Source | None:
        """The body that spoke in the sentence before, no person beside it, when the
        pronoun's gender is its article's: "La banque assure ... Elle affirme" goes on with
        the bank, not with the woman quoted two paragraphs earlier."""
        body = memory.previous_body
        if body is None or gender is None or memory.previous_speaker is not None:
            return None
        first = body.name.split(maxsplit=1)[0] if body.name.strip() else ""
        return body if self._gender.of_article(first) == gender else None

    def _names_nobody(self, p: _Phrase) -> bool:
        """ "ce", "nobody", "par plusieurs syndicats", a lone article."""
        lex = self.lexicon
        # German "das" is a pronoun ("Das sei falsch") and an article ("Das Ministerium
        # erklärte"): before a capitalised noun it is the article.
        article = (
            p.first in lex.determiners
            and len(p.tokens) > 1
            and (
                # "im", "am": a preposition and an article; "das „Handelsblatt“": a name
                # in quotation marks
                (
                    p.first not in self._cut_words
                    and is_capitalised(p.tokens[1].lstrip(_OPENING_QUOTES))
                )
                # "Das deutsche Außenministerium": an article, an adjective, a noun
                or self._adjective_before_noun(p.tokens)
                # "That report found ...": a demonstrative before a document it refers to.
                or bool(lex.document_heads and lex.document_heads.fullmatch(p.tokens[1]))
            )
        )
        acronym = bool(_ACRONYM.fullmatch(p.text))  # "WHO" is the organisation, not "who"
        # The cue files write the straight apostrophe: "C’est" is "c'est".
        first, lower = p.first.replace("’", "'"), p.lower.replace("’", "'")
        if not acronym and ((first in lex.not_sources and not article) or lower in lex.not_sources):
            return True
        if p.first in self._agents:
            return True  # "par plusieurs syndicats": the agent of a participle before it
        return len(p.tokens) == 1 and self._is_article_word(p.first)

    def _adjective_before_noun(self, tokens: list[str]) -> bool:
        """Whether the words after a determiner are an adjective then a capitalised noun
        ("deutsche Außenministerium"), not a verb ("Das habe Merkel ...")."""
        if len(tokens) < 3 or not is_capitalised(tokens[2]):
            return False
        word = tokens[1]
        return (
            word.islower()
            and word not in self._finite_verbs
            and word not in self._auxiliaries
            and word.endswith(_ADJECTIVE_ENDINGS)
        )

    def _outlet_source(self, p: _Phrase, cand: _Candidate) -> Source | None:
        """A known outlet from the curated list, unless a person of it is named after it."""
        outlet = (cand.outlet, p.text) if cand.outlet else find_outlet(p.text)
        if outlet is None:
            return None
        at = p.text.find(outlet[1])
        if _FULL_NAME_END.search(p.text[at + len(outlet[1]) :]):
            # "the BBC's Lagos correspondent Amina Bello", "SWR-Korrespondent Matthias
            # Zahn": a person who works for the outlet, named after it.
            return None
        if p.text[at - 1 : at] == "(" and _FULL_NAME_END.search(p.text[: at - 1].rstrip()):
            # "Nationalrat Marcel Dettling (SZ)": a party or a canton after a name.
            return None
        known = outlet[0]
        return p.make(
            known.role,
            known.type,
            canonical=known.name,
            country=known.country or None,
            interested=known.type == SourceType.STATE_MEDIA,
        )

    def _description_source(self, p: _Phrase) -> Source | None:
        """State media described, a place standing for its government, a wire agency, an
        unnamed source, a document: what the phrase says it is, named or not."""
        lex = self.lexicon
        if lex.state_media is not None and lex.state_media.search(p.text):
            return p.make(SourceRole.OUTLET, SourceType.STATE_MEDIA, interested=True)
        if lex.governments and lex.governments.fullmatch(p.bare):
            return p.make(SourceRole.SPEAKER, SourceType.GOVERNMENT, interested=True)
        if lex.agency_heads is not None and lex.agency_heads.search(p.text) and p.named:
            return p.make(SourceRole.AGENCY, SourceType.WIRE_AGENCY)
        unnamed_head = lex.unnamed_heads.search(p.text) if lex.unnamed_heads else None
        if unnamed_head and p.first in lex.unnamed_determiners:
            return p.make(SourceRole.UNNAMED, SourceType.UNNAMED)  # "a senior official"
        document = lex.document_heads.search(p.bare) if lex.document_heads else None
        if document and document.end() == len(p.bare) and len(p.named) <= 1:
            return p.make(SourceRole.DOCUMENT, SourceType.DOCUMENT)  # "official figures"
        if unnamed_head and unnamed_head.start() == 0 and not p.named[1:]:
            return p.make(SourceRole.UNNAMED, SourceType.UNNAMED)  # "Sources close to ..."
        return None

    def _role_holder(self, p: _Phrase, memory: SpeakerMemory) -> str | None:
        """ "advirtió la funcionaria", "le magistrat a souligné": a role noun the press
        uses for someone it introduced under a narrower title (the cue file's
        `title_synonyms`: a "directora" is a "funcionaria", a "juge" a "magistrat") stands
        for that holder. Only the noun after its article, an adjective at most after it
        ("el técnico vasco"): with a complement it may be another office."""
        tokens = p.bare_tokens
        # "Фермер розповів": a noun opening the sentence is capitalised, not a name
        opening_noun = len(p.tokens) == 1 and memory.described_as(tokens[0]) is not None
        if (
            (p.named and not self._verb_second and not opening_noun)  # German: every noun
            or not 0 < len(tokens) <= 2
            # no article, in a language that has them ("— заявил чиновник" has none to have)
            or (len(p.tokens) == len(tokens) and bool(self._articles))
            or p.first in self.lexicon.unnamed_determiners
            or p.first in self._possessives
        ):
            return None
        institutions = self.lexicon.institutions
        if institutions is not None and institutions.fullmatch(tokens[0]):
            return None  # "le conseil", "la défense": a body speaking as itself
        described = memory.described_as(tokens[0]) if len(tokens) == 1 else None
        return memory.titled.get(tokens[0].lower()) or described

    def _agrees(self, p: _Phrase, holder: str, memory: SpeakerMemory) -> bool:
        """Whether the holder of an office can be the one its words name: "l'élue" is not
        the mayor the article showed to be a man, though both are "élus"."""
        said = self._gender.of_name(p.text)
        known = memory.genders.get(holder)
        return not (said and known and said != known)

    def _refers_to_last_mentioned(self, p: _Phrase) -> bool:
        """ "der 42-Jährige (entschieden)": a stand-in for the person mentioned last, in any
        role; lowercase words after it are adverbs before a verb particle. Not after an
        indefinite article: "un operaio di 52 anni" is someone new."""
        if p.first in self._singular_indefinites:
            return False
        reference = self._person_reference.match(p.bare) if self._person_reference else None
        return bool(reference) and not any(
            map(is_capitalised, p.bare[reference.end() :].split())  # type: ignore[union-attr]
        )

    def _head_title(self, p: _Phrase) -> re.Match[str] | None:
        """The title the phrase holds, when it heads it ("la tesis fiscal" holds none)."""
        title = self.lexicon.titles.search(p.bare) if self.lexicon.titles else None
        if title and self._title_modifies_noun(p.bare[: title.start()]):
            return None  # "la tesis fiscal": the title word is an adjective here
        return title

    def _capitalised_besides(self, p: _Phrase, title: re.Match[str]) -> bool:
        untitled = p.bare[: title.start()] + p.bare[title.end() :]
        return any(map(is_capitalised, untitled.split()))

    def _title_source(self, p: _Phrase, title: re.Match[str], memory: SpeakerMemory) -> Source:
        """A bare title: its holder named before, the organisation behind "its spokesman",
        or someone unnamed ("a former minister")."""
        if p.first in self._possessives and memory.last_speaker:
            if memory.last_speaker in memory.recent:
                # "Sein Sprecher" after a person: someone speaking for them, as written.
                return p.make(SourceRole.SPEAKER, SourceType.OFFICIAL)
            # "son porte-parole", "its spokesman": the organisation speaks through them
            return p.make(SourceRole.SPEAKER, SourceType.ORGANISATION, memory.last_speaker)
        if p.first in self.lexicon.unnamed_determiners:
            # "a former minister", "un ancien ministre": someone not named, not the holder
            # of the title spoken of before.
            return p.make(SourceRole.UNNAMED, SourceType.UNNAMED)
        # An office stands for the holder the article named with it ("La ministre,
        # Christiane Taubira,"), and only that one: guessing the person named last, even one
        # sentence before, names the wrong person more often than not on articles the rules
        # were not written on; the office as written is then the source ("the governor").
        # A description of someone ("la mujer", "супруга") is the person of its gender
        # named before.
        office = title.group().lower()
        # "Министр ..." then "министр"; "o relator Paulo Maia", then "o relator"
        holder = memory.title_holder(office) or memory.described_as(office.split()[0])
        if holder and not self._agrees(p, holder, memory):
            holder = None  # "l'élue" after a man who is "le maire": someone else
        if not holder and office in self._role_words and memory.titled.get(office) is None:
            # No one holds the word by name: the one who spoke in the sentence before,
            # called by another word ("La présidente du tribunal, Hélène Marchetti, a
            # rappelé ... La magistrate a précisé").
            before = memory.previous_speaker
            holder = before if before and self._agrees(p, before, memory) else None
        if not holder and office in self._person_descriptions:
            holder = memory.person(self._gender.of_source(p.text, p.cue))
        if holder:
            return p.make(SourceRole.SPEAKER, SourceType.PERSON, holder)
        if office in self._professions:
            return p.make(SourceRole.SPEAKER, SourceType.PERSON)  # "the philosopher"
        return p.make(SourceRole.SPEAKER, SourceType.OFFICIAL)

    def _named_source(
        self, p: _Phrase, title: re.Match[str] | None, memory: SpeakerMemory
    ) -> Source | None:
        """A phrase with a capitalised name: a person, an official (a title and a name),
        an organisation, or a name of unknown kind."""
        lex = self.lexicon
        if title and title.start() == 0 and p.first in lex.unnamed_determiners and len(p.named) < 2:
            # "un dirigeant de LREM", "un ministre de la région": a title and its portfolio
            # after an indefinite article, someone not named.
            return p.make(SourceRole.UNNAMED, SourceType.UNNAMED)
        if not p.named:
            return None
        bare, tokens = p.bare, p.bare_tokens
        honorific = tokens[0].rstrip(".").lower() in lex.honorifics
        # "Indiana State Police", "California ISO": capitalised words ending on an
        # institution, or holding an acronym, name an organisation.
        organisation = (
            (
                any(m.end() == len(bare) for m in lex.institutions.finditer(bare))
                if lex.institutions
                else False
            )
            # "l'OMS", "NATO's": the acronym without an elided article or a possessive
            or any(_ACRONYM.fullmatch(_ELIDED.sub("", t).strip(",.'’s")) for t in p.named)
            or self._institution_named(bare)
        )
        is_person = honorific or (
            len(p.named) >= 2 and len(p.named) == len(tokens) and not organisation
        )
        if self._person_of_institution(tokens):
            is_person, organisation = True, False
        if not is_person and not organisation and _FULL_NAME_END.search(bare):
            # "math teacher Angela Cooper": a description, then the person's name.
            is_person = not any(t in self._not_name_words for t in tokens[-2:])
        if not is_person and not organisation and len(p.named) == 1:
            # An inflected surname ("Зеленського") is the person known by "Зеленський".
            is_person = memory.knows_surname(p.named[0].strip(",.'’s"))
        institution = bool(lex.institutions and lex.institutions.search(bare))
        # "ministre de l'Intérieur", "Minister of Health": a title with its portfolio
        # names an office holder, as a title before a name does.
        if title and title.group().lower() in self._professions:
            kind = SourceType.PERSON  # "psychologist Anne Roy": a trade, not an office
        elif title and (len(p.named) >= 2 or (title.start() == 0 and not is_person)):
            kind = SourceType.OFFICIAL
        elif is_person:
            kind = SourceType.PERSON
        elif institution or organisation:
            kind = SourceType.ORGANISATION
        else:
            kind = SourceType.UNKNOWN
        return p.make(SourceRole.SPEAKER, kind)

    def _described_source(
        self, p: _Phrase, title: re.Match[str] | None, cand: _Candidate
    ) -> Source | None:
        """A phrase with no capitalised name: a title and its portfolio, an institution, an
        unnamed source, or a noun phrase that a strong cue ("selon") makes a source."""
        lex = self.lexicon
        if title and title.start() == 0:
            # "Il ministro dell'Economia", "le ministre de la santé": a title and its
            # portfolio with no capitalised word.
            return p.make(SourceRole.SPEAKER, SourceType.OFFICIAL)
        if lex.institutions and lex.institutions.search(p.bare):
            return p.make(SourceRole.SPEAKER, SourceType.ORGANISATION)
        if lex.unnamed_heads and lex.unnamed_heads.search(p.text):
            return p.make(SourceRole.UNNAMED, SourceType.UNNAMED)
        if cand.strong and (
            # "selon les services de renseignement", "secondo alcuni giuslavoristi"
            (
                (p.first in lex.determiners or p.first in lex.unnamed_determiners)
                and len(p.tokens) >= 2
            )
            # Languages without articles: "за словами санлікарів", "по данным следствия".
            or (" " in p.cue and len(p.tokens) <= 4 and not any(c.isdigit() for c in p.text))
            # ... and a lone noun next to the verb: "катеринівчани звинувачують", "кажуть
            # катеринівчани" (see `_is_bare_noun`).
            or self._is_bare_noun(p.text)
        ):
            # "selon les services de renseignement moldaves": the cue alone makes it a source
            return p.make(SourceRole.SPEAKER, SourceType.UNKNOWN)
        return None
