"""The attribution pipeline for one language: find candidates, validate, choose, remember."""

from __future__ import annotations

from bot.extraction.attribution.cue_phrases import CuePhraseForms
from bot.extraction.attribution.cues import CompiledCues
from bot.extraction.attribution.inverted import InvertedSubjects
from bot.extraction.attribution.learned_names import NameLearning
from bot.extraction.attribution.outlet_forms import OutletForms
from bot.extraction.attribution.phrases import PhraseCutting
from bot.extraction.attribution.shapes import (
    _ACRONYM,
    _APPOSED_NAME,
    _DATELINE,
    _DESCRIBED_NAME,
    _DESCRIBED_NAMES,
    _FULL_NAME_END,
    _GROUP_TYPES,
    _NOT_BODIES,
    MAX_SOURCE_WORDS,
    _Candidate,
    _cut_outlets_off,
)
from bot.extraction.attribution.sources import SourceTyping
from bot.extraction.attribution.subjects import SubjectFinding
from bot.extraction.attribution.validation import SourceValidation
from bot.extraction.attribution.verb_forms import VerbForms
from bot.extraction.lexicon import Lexicon
from bot.extraction.segmentation import Sentence, mask_quotes
from bot.extraction.speakers import FEMININE, MASCULINE, SpeakerMemory, is_capitalised
from bot.models import Source, SourceRole, SourceType

# Words between a body's kind and its name: "le constructeur automobile lyonnais Vectra".
MAX_KIND_ADJECTIVES = 2


class AttributionFinder(
    CompiledCues,
    CuePhraseForms,
    VerbForms,
    OutletForms,
    NameLearning,
    PhraseCutting,
    SubjectFinding,
    InvertedSubjects,
    SourceTyping,
    SourceValidation,
):
    """Finds the stated sources of sentences in one language."""

    def __init__(self, lexicon: Lexicon) -> None:
        self.lexicon = lexicon
        self._compile_patterns(lexicon)
        self._compile_cue_gate(lexicon)
        self._collect_word_sets(lexicon)

    # -- public -------------------------------------------------------------------------

    def find_sources(self, sentence: Sentence, memory: SpeakerMemory) -> list[Source]:
        """The sources this sentence states for itself, in reading order."""
        return self.attribute(sentence, memory)[0]

    def attribute(self, sentence: Sentence, memory: SpeakerMemory) -> tuple[list[Source], bool]:
        """The sources this sentence states for itself, and whether it attributes what it
        says at all: a sentence with a reporting verb or "selon" whose speaker could not be
        named is attributed with no source, which the checklist says honestly.

        A pipeline: each attribution form proposes candidate phrases (`_by_*`), every
        candidate is typed and validated (`_to_source`, which rejects what cannot speak),
        the survivors are chosen in reading order without repeats (`_choose`), and the
        speakers are remembered for the pronouns and titles of later sentences.
        """
        text = sentence.text
        masked = self._unsplit_verbs(mask_quotes(sentence))
        dateline = _DATELINE.match(masked)
        if dateline:
            # "DAKAR, 12 juin (AFP) - ...": where the wire filed from, never who speaks
            masked = " " * dateline.end() + masked[dateline.end() :]
        memory.case_suffixes = self.lexicon.case_suffixes
        memory.sentence_number += 1
        memory.previous_speaker, memory.sentence_speaker = memory.sentence_speaker, None
        memory.previous_body, memory.sentence_body = memory.sentence_body, None
        memory.previous_source, memory.sentence_source = memory.sentence_source, None
        memory.previous_body_topic, memory.body_topic = memory.body_topic, None
        opening = self._strip_fillers(text)  # the sentence's subject opens it
        memory.opening_name = self._opening_name(opening)
        self._note_apposed_subject(opening, memory)
        self._note_body_topic(opening, memory)
        if not self._any_cue.search(masked):
            # "Le maire est catégorique : « ... »": no cue, but a quotation after a colon
            found = self._by_colon_quotation(text, masked, memory)
            self._remember(found, memory)
            return found, bool(found)
        candidates = [
            *self._by_according_to(text, masked),
            *self._by_name_compound(text, masked),
            *self._by_own_view(text, masked, memory),
            *self._by_according_initial(text, masked, memory),
            *self._by_according_after(text, masked),
            *self._by_inverted_verb(text, masked),
            *self._by_insert_verb(text, masked),
            *self._by_passive_agent(text, masked),
            *self._by_reporting_verb(text, masked, memory),
            *self._by_inverted_pronoun(text, masked),
            *self._by_fronted_report(text, masked),
            *self._by_fronted_place(text, masked),
            *self._by_enclosing_cue(text, masked),
            *self._by_same_source_adverb(text, masked),
            *self._by_quoting_verb(text, masked),
            *self._by_prenominal_relay(text, masked),
            *self._by_outlet_verb(text, masked),
            *self._by_relaying_outlet(text, masked),
        ]
        if candidates:
            candidates += self._by_relaying_agent(text, masked, candidates)
            told = self._by_told_outlet(text, masked)
            _cut_outlets_off(candidates, told, self._outlet_kinds)
            candidates += told
            candidates += self._by_reporter_outlet(text, masked, candidates)
        sources = self._choose(candidates, memory)
        if not sources:
            # A cue word elsewhere that named no one, but an office and a name close the
            # words before a quotation after a colon: "Durissima la consigliera X: «...»"
            sources = self._by_colon_quotation(text, masked, memory, opening=False)
        self._remember(sources, memory)
        return sources, bool(candidates or sources) or self._reports(text, masked)

    @staticmethod
    def _opening_name(opening: str) -> str | None:
        """The first clause before a comma when it closes on a full name ("Пенсионерка из
        Ольховки Валентина Ершова, по её словам, ..."): the whole clause when it is short
        enough to be a source, else the name alone; None without such a name."""
        first_clause = opening.split(",", 1)[0] if "," in opening else ""
        named = _FULL_NAME_END.search(first_clause)
        if named is None:
            return None
        if len(first_clause.split()) <= MAX_SOURCE_WORDS:
            return first_clause.strip()
        return named.group()

    def _note_apposed_subject(self, opening: str, memory: SpeakerMemory) -> None:
        """ "Le ministre de l'économie, Laurent Vasseur, a balayé ces rumeurs : « ... »,
        a-t-il déclaré": the holder named in apposition to the title opening the sentence
        (`opening`, without its fillers) is its subject, whom a pronoun later in the same
        sentence stands for."""
        titles = self.lexicon.titles
        if titles is None:
            return
        title = titles.match(opening)
        lead = opening.split(maxsplit=1)
        if title is None and len(lead) == 2 and self._is_determiner(lead[0]):
            title = titles.match(opening, len(opening) - len(lead[1]))  # "Le ministre"
        holder = _APPOSED_NAME.match(opening, title.end()) if title else None
        if holder is not None:
            name = holder.group("name")
            memory.remember(name, self._gender.of_name(opening[: holder.start("name")]))

    def _note_body_topic(self, opening: str, memory: SpeakerMemory) -> None:
        """ "Le constructeur lyonnais Vectra va supprimer 180 postes, a annoncé
        l'entreprise", "Der Darmstädter Softwarekonzern Xentara baut Stellen ab. Das
        kündigte das Unternehmen an": a body described by its kind (a word of the cue
        file's `body_references`, which German compounds end on), then named, as the
        subject opening the sentence is what "the company" stands for next, though it has
        not spoken; so is an institution opening it by its own name (see
        `_institution_opening`)."""
        described, kind = self._body_by_kind(opening)
        memory.body_topic = described or self._institution_opening(opening) or None
        if described:
            memory.bodies_by_kind[kind] = described
        if memory.body_topic:
            memory.last_body_topic = memory.body_topic

    def _body_by_kind(self, opening: str) -> tuple[str, str]:
        """The name of a body described by its kind opening the sentence, and that kind
        (a word of `body_references`), or two empty strings."""
        # German capitalises the kind too ("Der Softwarekonzern Xentara"): one word there
        shape = _DESCRIBED_NAME if self._capitalised_nouns else _DESCRIBED_NAMES
        described = shape.match(opening)
        if described is None or not self._is_determiner(described.group("determiner")):
            return "", ""
        name = described.group("name")
        kinds = self._body_references
        words = [w.lower() for w in described.group("description").split()]
        kind = next((i for i, w in enumerate(words) if self._is_kind_word(w)), None)
        between = words[kind + 1 :] if kind is not None else []
        if (
            kind is None
            or name.lower() in kinds
            # "le constructeur automobile lyonnais Vectra": adjectives at most between
            # the kind and the name, not a verb and its object ("la compañía trasmite al
            # Ministerio")
            or len(between) > MAX_KIND_ADJECTIVES
            or any(w in self._function_words or self._is_verb(w) for w in between)
        ):
            return "", ""
        institutions = self.lexicon.institutions
        if institutions is not None and institutions.fullmatch(name):
            # "Die Bremer Weserbank AG": a legal form closes the name it follows
            name = " ".join([*described.group("description").split(), name])
        return name, self._kind_word(words[kind])

    def _kinds_in_name(self, name: str) -> list[str]:
        """The words of `body_references` a body's own name holds ("King's Ward
        Institute": "institute"), German compounds by their ending."""
        return [
            self._kind_word(w) for w in name.split() if is_capitalised(w) and self._is_kind_word(w)
        ]

    def _is_kind_word(self, word: str) -> bool:
        """Whether `word` is a word of `body_references` or, in German, a compound ending
        on one ("Rüstungskonzern")."""
        word = word.lower()
        kinds = self._body_references
        return word in kinds or (self._verb_second and word.endswith(tuple(kinds)))

    def _kind_word(self, word: str) -> str:
        """The word of `body_references` that `word` is or, a German compound, ends on
        ("Rüstungskonzern": "konzern"), lowercase."""
        word = word.lower()
        if word in self._body_references:
            return word
        return max((k for k in self._body_references if word.endswith(k)), key=len, default=word)

    def _institution_opening(self, opening: str) -> str:
        """ "O Instituto Nacional de Emergência Médica (INEM) enviou três ambulâncias,
        confirmou o organismo": an institution's capitalised name after a determiner,
        opening the sentence as its subject, is what "the agency" stands for next."""
        words = opening.split()
        if words and words[0][1:2] in ("'", "’"):
            words[:1] = [words[0][:2], words[0][2:]]  # "L'Università": the article apart
        if len(words) < 3 or not self._is_determiner(words[0]) or not is_capitalised(words[1]):
            return ""
        end = 1
        while end < len(words) and (
            is_capitalised(words[end])
            or _ACRONYM.fullmatch(words[end].strip("(),"))
            or self._links_name_words(words, end)
        ):
            end += 1
        if end < 3:
            end = self._acronym_closing(words)  # "L'Autorité de surveillance ... (ASMF)"
        name = " ".join(words[1:end]).rstrip(",")
        institutions = self.lexicon.institutions
        if end == len(words) or end < 3:
            return ""
        if _ACRONYM.fullmatch(words[end - 1].strip("(),")) or (
            institutions is not None and institutions.search(name)
        ):
            return name
        return ""

    def _acronym_closing(self, words: list[str]) -> int:
        """Where a body's name ends on its acronym in brackets after a few lowercase words
        ("L'Autorité de surveillance des marchés financiers (ASMF) a ordonné"), or 0."""
        for end in range(2, min(len(words), MAX_SOURCE_WORDS)):
            word = words[end]
            if word.startswith("(") and _ACRONYM.fullmatch(word.strip("(),")):
                return end + 1
            if not word.islower() or self._is_verb(word):
                return 0
        return 0

    @staticmethod
    def _links_name_words(words: list[str], at: int) -> bool:
        """Whether short lower-case words from `at` join two capitalised words of one name:
        "Investigação de Acidentes com Aeronaves e de Acidentes"."""
        end = at
        while end < len(words) and len(words[end]) <= 3 and words[end].islower():
            end += 1
        return end > at and end < len(words) and is_capitalised(words[end])

    def _reports(self, text: str, masked: str) -> bool:
        """Whether a reporting verb or an "according to" stands outside the quotations,
        as a verb (not inside a capitalised name), though no speaker was found for it."""
        lex = self.lexicon
        if lex.according_to and any(
            not self._negated_passive_cue(masked, m) and not self._ordinal(masked, m)
            for m in lex.according_to.finditer(masked)
        ):
            return True
        verbs = lex.verbs.finditer(masked) if lex.verbs is not None else ()
        return any(
            (m.start() == 0 or not text[m.start()].isupper())
            and not self._unsaid(masked, m)
            and not self._after_impersonal_proclitic(masked, m)
            and not self._as_noun(masked, m)
            for m in verbs
        )

    def _unsplit_verbs(self, masked: str) -> str:
        """Blank an adverb between an auxiliary and its participle ("a également
        précisé"), so that the verb lists match the compound verb; the offsets stay."""
        if self._split_verb is None:
            return masked
        return self._split_verb.sub(lambda m: m.group(1) + " " * len(m.group(2)), masked)

    # -- choosing and remembering -------------------------------------------------------

    def _choose(self, candidates: list[_Candidate], memory: SpeakerMemory) -> list[Source]:
        """Type every candidate in reading order; keep each source once."""
        sources: list[Source] = []
        seen: set[str] = set()
        for cand in sorted(candidates, key=lambda c: c.position):
            is_pronoun = cand.phrase.strip().lower() in self.lexicon.pronouns
            if is_pronoun and any(s.type == SourceType.PERSON for s in sources):
                continue  # "Mr Reeves said he thought ...": "he" is the speaker named first
            body = cand.phrase.strip().lower() in self._body_pronouns
            if body and any(s.type not in _NOT_BODIES for s in sources):
                continue  # "Though the CDC has said ..., it has also acknowledged": the CDC
            source = self._to_source(cand, memory)
            if source is None:
                continue
            if source.role == SourceRole.SPEAKER and source.type in (
                SourceType.ORGANISATION,
                SourceType.GOVERNMENT,
                SourceType.UNKNOWN,
            ):
                memory.last_speaker = source.name
            elif source.role == SourceRole.SPEAKER and source.type in (
                SourceType.PERSON,
                SourceType.OFFICIAL,
            ):
                # "La consejera Ana Ruiz recordó que, según sus datos, ...": whose data a
                # possessive later in the sentence means
                memory.sentence_speaker = source.name
            key = source.name.lower()
            if key in seen or any(key in s.lower() for s in seen):
                continue
            seen.add(key)
            sources.append(source)
        return sources

    def _remember(self, sources: list[Source], memory: SpeakerMemory) -> None:
        """Who spoke, for the pronouns, titles and "they" of later sentences."""
        if sources and memory.sentence_source is None:
            memory.sentence_source = sources[0]
        for source in sources:
            memory.last_source = source
            if source.role == SourceRole.SPEAKER:
                memory.last_speaker = source.name
            if source.role == SourceRole.UNNAMED or source.type in _GROUP_TYPES:
                memory.last_group = source.name
            if source.role == SourceRole.UNNAMED:
                memory.last_unnamed = source
            if source.type not in _NOT_BODIES:
                memory.last_body = source.name
                if not self._by_preposition(source):
                    memory.sentence_body = source  # the subject that "elle" goes on with
            if self._named_body(source, memory):
                memory.last_named_body = source.name
            if source.role != SourceRole.OUTLET:
                for kind in self._kinds_in_name(source.name):
                    memory.bodies_by_kind[kind] = source.name
            if (
                source.type in (SourceType.PERSON, SourceType.OFFICIAL)
                or self._lone_surname(source)
                or self._one_unnamed_person(source)
            ):
                memory.remember(
                    source.name,
                    self._gender.of_source(source.name, source.cue),
                    learn=not self._office_without_name(source.name),
                )
                by_verb = self._gender.of_verb(source.cue)
                if by_verb == FEMININE:
                    # "заявила пресс-секретарь ... Ингрид Сетре": the verb shows a woman,
                    # whatever a masculine title or an unknown given name suggested
                    memory.genders[memory.last_person] = by_verb
                memory.sentence_speaker = memory.last_person
                if self._one_unnamed_person(source):
                    memory.last_speaker = source.name  # whom "по его словам" goes on with
                if memory.last_speaker == source.name and " " not in source.name:
                    # "По словам Вереша": the known person the surname in its case names,
                    # whom a bare "Подчеркнул" next goes on with
                    memory.last_speaker = memory.last_person

    def _by_preposition(self, source: Source) -> bool:
        """Whether a source was stated by "selon", "according to": no subject of its
        sentence, which a pronoun after it hardly means."""
        cue = self.lexicon.according_to
        return cue is not None and cue.fullmatch(source.cue.strip()) is not None

    def _office_without_name(self, name: str) -> bool:
        """ "Президент России", "Ministra de Sanidad": an office and its country or
        portfolio, no one's name; its last word is no surname to know the holder by (else
        every later "России" would stand for him)."""
        titles = self.lexicon.titles
        office = titles.match(name) if titles is not None else None
        if office is None:
            return False
        rest = [t for t in name[office.end() :].split() if is_capitalised(t)]
        return len(rest) < 2

    def _one_unnamed_person(self, source: Source) -> bool:
        """ "A senior official said ... He added": one unnamed person is who "he" means
        next, not the person named before them. Without articles, the verb tells one
        person: "Источник в экстренных службах сообщил ... По его данным"."""
        if source.role != SourceRole.UNNAMED:
            return False
        first = source.name.split(maxsplit=1)[0].lower() if source.name.strip() else ""
        if first in self._singular_indefinites:
            return True
        return not self._articles and self._gender.of_verb(source.cue) in (MASCULINE, FEMININE)

    def _lone_surname(self, source: Source) -> bool:
        """ "Volker told the committee": one capitalised word speaking, of no known kind,
        is most often a person called by their surname; "he" may mean them next."""
        name = source.name
        return (
            source.type == SourceType.UNKNOWN
            and source.role == SourceRole.SPEAKER
            and " " not in name
            and is_capitalised(name)
            and not _ACRONYM.fullmatch(name)
            and name not in self._not_name_words
            # "Nach Recherchen der Finanz-Rundschau": a word of newspaper titles in it
            and not any(part in self._outlet_name_words for part in name.split("-"))
        )
