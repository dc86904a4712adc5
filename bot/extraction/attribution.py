"""Who the article says stated a sentence: `find_sources()`.

Attribution takes a few shapes in every language, and the rules below are the same for
all of them; the words come from the language's cue file:

- subject first: "Kiev a affirmé que ...", "Volker said ...", "X told lawmakers ...";
- inverted, after a comma or a closing quote: "..., a déclaré l'agence KCNA",
  "..., said Avi Bell", "..., a-t-il ajouté";
- a preposition: "selon le Mirror", "according to a senior official", "citing X";
- apposition: "Le ministre malien des Mines, Amadou Keïta, a déclaré ...".

Pronouns and bare titles ("he said", "le Premier ministre a fait savoir") are resolved to
the person named last, which `SpeakerMemory` keeps across the article.

Read `AttributionFinder.attribute()` top to bottom: one small finder per form proposes
candidate phrases (`_by_according_to`, `_by_reporting_verb`...); each candidate is
validated (`_well_formed`: a noun phrase that can speak or be cited, never a clause, a
place after a preposition or a lone letter) and typed (`_to_source`: a pronoun, an outlet,
a description, a title, a name); `_choose` keeps each source once in reading order; and
`_remember` keeps the speakers for later sentences.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass

from bot.extraction.lexicon import (
    Lexicon,
    Matcher,
    PhraseMatcher,
    clause_opener_regex,
    opening_phrases,
    phrase_regex,
    with_modifiers,
)
from bot.extraction.outlets import Outlet, find_outlet, find_outlet_after_article
from bot.extraction.segmentation import Sentence, mask_quotes
from bot.extraction.speakers import (
    APOSTROPHE_DETERMINER,
    GenderCues,
    SpeakerMemory,
    is_capitalised,
)
from bot.models import Source, SourceRole, SourceType

# A comma between digits is a decimal one ("1,20 Euro"), no boundary.
_COMMA = r"(?:,(?!\d)|(?<!\d),)"
# Where a source phrase ends to its left: clause punctuation, quotes, dashes.
_LEFT_BOUNDARY = re.compile(rf"{_COMMA}|[;:\[\]«»“”\"„—–]|\s-\s")
# Where a clause ends to the left, quotation marks aside.
_CLAUSE_BOUNDARY = re.compile(rf"{_COMMA}|[;:\[\]—–]|\s-\s")
# Where a source phrase ends to its right.
_RIGHT_BOUNDARY = re.compile(rf"{_COMMA}|[;:.!?()\[\]«»“”\"„—–]|\s-\s")
# Capitals of an acronym written with dots, up to a dot inside it: "CC", "CC.OO" (of
# "CC.OO."); segmentation reads one-letter acronyms ("U.S.") its own way.
_CAPITALS_WITH_DOTS = re.compile(r"(?:[A-ZÀ-ÞА-Я]{1,3}\.)*[A-ZÀ-ÞА-Я]{1,3}")
# A word of a phrase, without the punctuation around it.
_WORD = re.compile(r"[^\s,;:.!?()\[\]«»“”\"„—–]+")


def _phrase_stop(masked: str, pos: int) -> int:
    """Where the phrase read from `pos` ends: the next punctuation, or the text's end."""
    end = _RIGHT_BOUNDARY.search(masked, pos)
    return end.start() if end else len(masked)


# A short quoted name inside a source phrase: 'пресс-секретарь "Яндекса" Ася Мелкумова',
# 'по информации “Ъ”', 'лідер «Демальянсу» Василь Гацько'.
_INNER_QUOTED_NAME = re.compile(r"[\"“«„][A-ZÀ-ÖØ-ÞА-ЯЁІЇЄҐ][^\"“”«»„.,;:]{0,40}?[\"”»“]")
MAX_SOURCE_WORDS = 12
# A preposition, its object and a full name after an office: "по бюджету Ирина Шаповалова".
MAX_OFFICE_COMPLEMENT_WORDS = 5
# Inflected adjective endings shared by German and other languages: "deutsche", "neuen".
_ADJECTIVE_ENDINGS = ("e", "en", "er", "es", "em")
# Words between a document's participle and its agent: a date ("released on Monday by").
MAX_PARTICIPLE_WORDS = 3
# Pronouns that never stand for a named speaker ("on dit", "we were told").
_IMPERSONAL_PRONOUNS = frozenset({"on", "we", "nous", "i", "je", "it", "man", "мы", "ми"})
_OBJECT_PRONOUNS = frozenset({"lui", "elle", "him", "her"})
_GROUP_TYPES = (SourceType.ORGANISATION, SourceType.GOVERNMENT, SourceType.UNNAMED)
# What "it" cannot stand for: people, and sources of no known kind.
_NOT_BODIES = (SourceType.PERSON, SourceType.OFFICIAL, SourceType.UNNAMED, SourceType.UNKNOWN)
# Prepositions that introduce a day: "on Tuesday", "am Dienstag", "в понедельник".
_TIME_PREPOSITIONS = frozenset({"on", "le", "am", "el", "il", "em", "no", "в", "во", "у"})
MAX_INVERTED_WORDS = 6
# An office with its complements after a reporting verb: "el director de Emergencias de
# la Junta de Andalucía".
MAX_OFFICE_WORDS = 10
# How far after a cue a known outlet's name is looked for.
MAX_OUTLET_WINDOW = 60
MAX_COMPLEMENT_WORDS = 8  # "before the Senate Commerce Committee last month" before "that"
MAX_TIME_WORDS = 4  # "este miércoles", "в среду", "zuerst" between a verb and its subject
# The longest clause read after an inverted verb for the name that closes it ("сообщил в
# пятницу на брифинге в Самаре вице-губернатор Олег Сомов").
MAX_CLOSING_CLAUSE_WORDS = 14
# Longer than a noun phrase standing alone before its verb ("La secretaria de Estado,
# señaló"): a clause.
MAX_APPOSITION_WORDS = 5
# The word right after a reporting verb.
# A wire dateline opening the first sentence: "MADRID.- ", "Lisboa, 3 mar (Lusa) - ".
_DATELINE = re.compile(
    r"^(?:[^\W\d_][^\s.,]*(?:,[^.]{0,40})?"
    # a place of several words, when the wire's name closes it: "Villanueva del Cerro
    # (Cuenca), 14 mar (EFE).-"
    r"|[^\W\d_][^\s.,]*(?:\s[^\s.,]+){1,3},[^.]{0,40}\([A-Z][\w ]{1,15}\))"
    r"\.?\s*[-–—]\s+(?=[^\W\d_])"
    # the Russian wires' agency between slashes: "МОСКВА, 3 марта. /ТАСС/. ",
    # "НИЖНЕОЗЕРСК, 3 марта. /Интерфакс/ – "
    r"|^[^\W\d_][^\s.,]*,[^./]{0,40}\.\s*/[^/\n]{1,25}/\.?\s*(?:[-–—]\s+)?(?=[^\W\d_])"
)
_FIRST_WORD = re.compile(r"\s+([^\W\d_]+)(?![\w'’-])")
# A short quoted name right after a cue: 'laut „Washington Post“', 'sagte er der „Bild“'.
_QUOTED_NAME = re.compile(
    r"\s*(?:(?:der|die|das|dem|den|des|il|la|el|le|the)\s+)?[„“\"«‚]\s?"
    r"(?P<name>[A-ZÀ-ÞА-ЯЁІЇЄҐ][^„“”\"«»,.;:!?]{1,40}?)\s?[“”\"»‘]"
)
# A short aside between commas right after a reporting verb: ", коментуючи ситуацію,".
_VERB_ASIDE = re.compile(r",\s*[^\W\d_][^,;:.!?«»“”\"„—–_]{2,40}?,\s*")
# The capitalised words opening a clause: its subject, when that is a name.
_LEADING_NAME = re.compile(r"[A-ZÀ-ÞА-ЯЁІЇЄҐ][\w'’.-]*(?:\s+[A-ZÀ-ÞА-ЯЁІЇЄҐ][\w'’.-]*)*")
# An outlet's short name written in lowercase letters, closing the clause ("epd", "rbb").
_LOWERCASE_OUTLET = re.compile(r"([a-zäöü]{2,5})(?=\s*(?:[.,;:!?)]|$))")
# The number of a channel after its name: "France 2", "Canal 13", "Rai 3".
_CHANNEL_NUMBER = re.compile(r"\s(\d{1,2})\b(?![.,]\d)")
# A word in capitals is an acronym (ISO, CDC, МВД), never part of a person's name.
_ACRONYM = re.compile(r"[A-ZÀ-ÞА-ЯЁІЇЄҐ]{2,}")
_ACRONYM_END = re.compile(r"\([A-ZÀ-ÞА-ЯЁІЇЄҐ][\w.&-]{1,12}\)$")
_RELATIVE = re.compile(r"\s(?:qui|que|who|which|that|dont|whose)\s*$", re.IGNORECASE)
# A clause opening with a relative pronoun describes a noun; it is never a subject itself.
_RELATIVE_START = re.compile(
    r"(?:qui|que|quien|quienes|quem|who|which|dont|whose)\s", re.IGNORECASE
)
# A capitalised word as a name is written, hyphenated parts included ("Jean-Pierre",
# "Lloyd-Webber", "Ben-Gvir"): a name cut at its hyphen names someone else.
_UPPER = "A-ZÀ-ÖØ-ÞА-ЯЁІЇЄҐ"
_LOWER = "a-zà-öø-ÿа-яёіїєґ'’"
# "McGowan", "O'Brien", "Лук'янченко", "Jean-Luc": a capital inside a name is allowed once.
_NAME_WORD = (
    rf"[{_UPPER}](?:['’][{_UPPER}])?[{_LOWER}]+(?:[{_UPPER}][{_LOWER}]+)?(?:['’][{_LOWER}]+)?"
    rf"(?:-[{_UPPER}]?[{_LOWER}]+)*-?"
)
_FULL_NAME_END = re.compile(rf"{_NAME_WORD}\s{_NAME_WORD}$")
# A party and a state after a politician's name: "Sen. Ted Cruz, R-Texas, said".
_PARTY_TAG = re.compile(r"[A-Z]{1,4}-[A-Z][\w.]{1,12}")
# A person's age in apposition: "Linda Harkins, 71, said".
_AGE_TAG = re.compile(r"\d{1,3}")
# A capitalised word, as a surname would be written.
_CAPITALISED_WORD = re.compile(r"[A-ZÀ-ÖØ-ÞА-ЯЁІЇЄҐ][\w'’-]*")
# A full name right after a title, or after the rest of its phrase and a comma.
_APPOSED_NAME = re.compile(
    rf"(?:[^,.;:!?«»“”\"]{{0,40}}?,\s*|\s+)(?P<name>{_NAME_WORD}(?:\s{_NAME_WORD}){{1,2}})(?![\w])"
)
# The comma after an office, then perhaps the holder's trade or rank before the name:
# ", colonnello", ", la diplomate chilienne", ", a agrônoma".
_HOLDER_LEAD = rf",\s*(?:[{_LOWER}]{{1,4}}\s+)?(?:[{_LOWER}]{{3,20}}\s+){{0,2}}"
# ", Pierre Durand." after an office: its holder's name, closing the clause; a rank may
# come first (", colonnello Andrej Voss.").
_CLOSING_NAME = re.compile(
    rf"{_HOLDER_LEAD}(?P<name>{_NAME_WORD}(?:\s{_NAME_WORD}){{1,3}})\s*(?=[.,;:!?()—–]|$)"
)
# A second description joined to an office after the verb, up to the comma before its
# holder's name: " y autora principal del trabajo" (then ", Beatriz Olmedo").
_SECOND_DESCRIPTION = re.compile(
    rf"\s+(?P<link>[{_LOWER}]{{1,3}})(?:\s+[{_LOWER}][\w'’-]*){{1,6}}(?=,)"
)
# A full name, then its title in apposition: "Eric Holcomb, the governor", "Rodrigo
# Pacheco (PSD-MG), presidente do Senado" (an article or an adjective may open it).
_NAME_BEFORE_TITLE = re.compile(
    rf"(?P<name>{_NAME_WORD}(?:\s{_NAME_WORD}){{1,2}})(?:\s\([^()]{{1,30}}\))?,\s+"
    rf"(?:[{_LOWER}]+\s+){{0,2}}$"
)
# The pronoun of an inversion hooked to the verb before it: "-t-on", "-il".
_INVERTED_PRONOUN_LEAD = re.compile(r"^-(?:t-)?(?:il|elle|on|ils|elles)\b\s*")
# A colon, then a quotation running to the end of the sentence (masked with "_").
_COLON_QUOTATION = re.compile(r":\s*[«“\"„»]\s*_(?:_|[^\w])*$")
# " da oposição Teresa Lopes", " de la Santé Paul Martin" after an office: a short
# preposition, up to two lowercase words, perhaps a one-word portfolio, then a full name
# that ends the run of capitalised words.
# Slavic offices take their complement in the genitive, with no preposition: "Министр
# финансов Антон Силуанов", "голова ОДА Іван Мельник", "мэр города Антон Белов".
_GENITIVE_THEN_NAME = re.compile(
    rf"(?:\s+(?:[{_LOWER}][\w'’-]*|[{_UPPER}]{{2,}})){{1,3}}\s+"
    rf"(?P<name>{_NAME_WORD}\s{_NAME_WORD})(?![\w'’-])(?!\s[{_UPPER}])"
)
_COMPLEMENT_THEN_NAME = re.compile(
    rf"\s+(?P<adjective>[{_LOWER}][\w'’-]{{5,}}\s+)?(?:[{_LOWER}]{{1,5}}\s+|[{_LOWER}]{{1,4}}['’])"
    rf"(?:[{_LOWER}][\w'’-]*\s+){{0,2}}(?:[{_UPPER}][\w'’-]+\s+)?"
    rf"(?P<name>{_NAME_WORD}\s{_NAME_WORD})(?![\w'’-])(?!\s[{_UPPER}])"
)
# " alla Sanità Lucia Marconi" after an office: a one-word portfolio, then a full name.
_PORTFOLIO_AND_NAME = re.compile(
    rf"\s+(?P<link>[\w'’]+?)(?:\s+|(?<=['’]))[{_UPPER}][\w-]+\s{_NAME_WORD}\s{_NAME_WORD}(?![\w])"
)
# ", Nathalie Gagnon," right after an office: its holder, between commas or closing the
# sentence; with the holder's trade or rank first: ", a agrônoma Juliana Prado,", ",
# colonnello Andrej Voss.", ", la diplomate chilienne Carmen Ibáñez,".
_APPOSED_HOLDER = re.compile(
    rf"{_HOLDER_LEAD}(?P<name>{_NAME_WORD}(?:\s{_NAME_WORD}){{1,2}})(?:,|[.!?]?\s*$)"
)
# A run of capitalised words: a name, perhaps led by a title ("Fisheries Minister ...").
_NAME_RUN = re.compile(rf"(?<![\w.-]){_NAME_WORD}(?:\s{_NAME_WORD})+(?![\w])")
MAX_NAME_WORDS = 3
# "The Sydney Morning Herald", "Kenosha County Daily News": an outlet's name runs longer.
MAX_OUTLET_NAME_WORDS = 5
# Words describing an outlet's kind before the word for it: "the Italian news agency".
MAX_OUTLET_KIND_ADJECTIVES = 2
# An outlet named by its web address: "Tuttomercatoweb.com", "Meduza.io".
_WEB_ADDRESS = re.compile(r"[A-Z][\w-]+\.(?:com|net|org|info|io|[a-z]{2})")
# A Russian or Ukrainian middle name ("Владимирович", "Іванівна") makes a name of three words.
_PATRONYMIC_ENDINGS = ("ович", "евич", "ич", "овна", "евна", "івна", "ївна", "ична")
# Two or three capitalised words in a row, the last at least three letters: a full name.
_FULL_NAME = re.compile(rf"(?<![\w.-]){_NAME_WORD}(?:\s{_NAME_WORD}){{1,2}}(?![\w])")
# A noun in apposition after a name, perhaps after an article: ", фермер з", ", la
# chercheuse".
_APPOSED_NOUN = re.compile(r",\s+(\w{1,3}\s+)?(\w+)(?=[\s,])")


def _any_of(phrases: list[str]) -> str:
    """A regex alternation of a few phrases, longest first, any space and apostrophe."""
    return "|".join(
        r"\s+".join(re.escape(w).replace("'", "['’]") for w in phrase.split())
        for phrase in sorted(phrases, key=len, reverse=True)
    )


def _closes_report(masked: str, match: re.Match[str]) -> bool:
    """Whether a verb ends its sentence after a comma and its subject: "..., Smith
    testified.", "..., the researchers believe." reports the clause before it."""
    return not masked[match.end() :].strip(' .!…"”»') and "," in masked[: match.start()]


def _skip(text: str, pos: int, chars: str | None = None) -> int:
    """The position of the first character at or after `pos` that is not one of `chars`
    (white space when None)."""
    while pos < len(text) and (text[pos] in chars if chars is not None else text[pos].isspace()):
        pos += 1
    return pos


def _cut_outlets_off(
    candidates: list[_Candidate], told: list[_Candidate], kinds: frozenset[str]
) -> None:
    """Cut the outlet a speaker talked to off the end of the speaker's phrase: "sagte
    Verbandspräsident Jürgen Kessler der Deutschen Presse-Agentur" is Kessler, then dpa."""
    for outlet in told:
        link = f" {outlet.cue} "
        for cand in candidates:
            speaker = cand.phrase[len(outlet.phrase) + 1 :]
            if (
                cand is not outlet
                and cand.phrase.startswith(outlet.phrase + " ")
                and speaker[:1].islower()
            ):
                # "Как сообщил ТАСС пресс-секретарь управления X": the outlet in the
                # dative right after the verb, then the speaker
                cand.phrase = speaker
                continue
            at = cand.phrase.rfind(link)
            tail = cand.phrase[at + len(link) :].split() if at > 0 else []
            # "... der Nachrichtenagentur Reuters": the kind of outlet may come between,
            # and may close the phrase when the name is not a name's shape ("epd")
            if tail and (
                (
                    cand.phrase.endswith(" " + outlet.phrase)
                    and len(tail) - len(outlet.phrase.split()) <= 1
                )
                or (len(tail) == 1 and tail[0].lower() in kinds)
            ):
                cand.phrase = cand.phrase[:at].rstrip()


def _name_compound_pattern(lexicon: Lexicon, lowercase: bool = False) -> str | None:
    """The regex of a cue and a compound naming the source ("nach NDR-Recherchen"), the
    name captured, from the cue file's `compound_cues` and `compound_heads`."""
    cues = lexicon.words("attribution", "compound_cues")
    heads = lexicon.words("attribution", "compound_heads")
    if not cues or not heads:
        return None
    if lowercase:
        cues, heads = [w.lower() for w in cues], [w.lower() for w in heads]
    closed = _any_of([w.lower() for w in heads])
    # ... or closed up, the head in lowercase after a linking "s": "nach Polizeiangaben",
    # "laut Unternehmensangaben" (the stem captured second).
    modifiers = lexicon.words("attribution", "according_modifiers")
    if lowercase:
        modifiers = [w.lower() for w in modifiers]
    # "nach übereinstimmenden Medienberichten": a modifier may come between
    modifier = rf"(?:(?:{_any_of(modifiers)})\s+)?" if modifiers else ""
    return (
        rf"(?:{_any_of(cues)})\s+{modifier}(?:([^\W\d_][\w.&]*)-(?:{_any_of(heads)})"
        rf"|([^\W\d_]{{3,}}?)s?(?:{closed}))"
    )


def _lowered(lexicon: Lexicon, key: str) -> frozenset[str]:
    """A word list of the cue file's attribution section, lower-cased for lookups."""
    return frozenset(w.lower() for w in lexicon.words("attribution", key))


def _bare_insert(masked: str, match: re.Match[str], that: frozenset[str]) -> bool:
    """Whether the verb `match` stands alone between two commas inside a clause it
    interrupts: "Bruselas, añadió, evaluará" (not after a quotation, '«...», сказав,
    коментуючи ..., X', nor before its "that": "X, который ..., указал, что")."""
    before = masked[: match.start()].rstrip()
    after = masked[match.end() :].lstrip()
    if not (before.endswith(",") and after.startswith(",")):
        return False
    if not before[:-1].rstrip()[-1:].isalpha():
        return False
    following = _FIRST_WORD.match(after, 1)
    return following is not None and following.group(1).lower() not in that


def _inside_longer(match: re.Match[str], found: list[tuple[Matcher, re.Match[str]]]) -> bool:
    """Whether another cue found in the sentence spans `match` and more."""
    start, end = match.span()
    return any(
        other.start() <= start and end <= other.end() and other.span() != (start, end)
        for _, other in found
    )


def _written(text: str, match: re.Match[str]) -> str:
    """The words of a match as the article wrote them (lexicon matches are lowercased)."""
    return text[match.start() : match.end()]


# A narrator's insert opens with a dash after the speaker's words: "...,— начал Путин".
_AFTER_DASH = re.compile(r"(?:[—–]|\s-)\s*$")
_OPENING_QUOTES = "\"'„“«‘"
# A verb right after a closing quote, perhaps after a comma or a dash: "«...», critique la
# CNIL", "«...», — призвал губернатор".
_AFTER_QUOTE = re.compile(r"[”»\"“]\s*,?\s*(?:[—–]\s*)?$")
# An elided article or preposition glued to the word after it: "l'", "d'", "dell'".
_ELIDED = re.compile(r"^\w{1,4}['’]")
# Where a clause ends in a sentence whose quotations are masked.
_CLAUSE_END = re.compile(r"[,;:.!?()]")


@dataclass
class _Candidate:
    phrase: str
    cue: str
    position: int
    strong: bool = False  # the cue ("selon", "according to") makes any noun phrase a source
    outlet: Outlet | None = None  # the outlet the phrase names, when found by its cue
    told: bool = False  # the phrase names whom the speaker told: an outlet, if unknown


@dataclass
class _Phrase:
    """A candidate phrase being typed: as written, its words, and without its article."""

    text: str
    tokens: list[str]
    first: str  # the first word, lowercased
    bare: str  # without its leading determiner
    named: list[str]  # the capitalised words of `bare`
    cue: str  # the attribution words that found it

    @property
    def lower(self) -> str:
        return self.text.lower()

    @property
    def bare_tokens(self) -> list[str]:
        return self.bare.split()

    def make(
        self,
        role: SourceRole,
        kind: SourceType,
        name: str | None = None,
        canonical: str | None = None,
        country: str | None = None,
        interested: bool = False,
    ) -> Source:
        """The source this phrase names (or `name`, the person it stands for)."""
        return Source(
            name=name or self.text,
            role=role,
            type=kind,
            cue=self.cue,
            canonical=canonical,
            country=country,
            interested=interested,
        )


class AttributionFinder:
    """Finds the stated sources of sentences in one language."""

    def __init__(self, lexicon: Lexicon) -> None:
        self.lexicon = lexicon
        self._compile_patterns(lexicon)
        self._compile_cue_gate(lexicon)
        self._collect_word_sets(lexicon)

    def _compile_patterns(self, lexicon: Lexicon) -> None:
        """The regular expressions built from the cue file, compiled once per language:
        here those for the clause around a cue, then those for names
        (`_compile_name_patterns`)."""
        inverted = "|".join(re.escape(p) for p in lexicon.inverted_pronouns)
        self._inverted_pronoun = (
            re.compile(rf"(?<![\w-])[^\W\d_]+(?:{inverted})(?![\w-])", re.IGNORECASE)
            if inverted
            else None
        )
        fillers = lexicon.leading_fillers
        self._filler = (
            PhraseMatcher(rf"^(?:(?:{fillers.pattern})(?:[\s,]+|$))+", whole_words=False)
            if fillers
            else None
        )
        that_words = [
            re.escape(w) + ("" if w.endswith(("'", "’")) else r"(?![\w])")
            for w in lexicon.words("attribution", "that")
        ]
        self._that = re.compile(
            r"\s*,?\s*(?:" + ("|".join(that_words) or "(?!)") + ")", re.IGNORECASE
        )
        self._that_words = _lowered(lexicon, "that")
        self._inversion_cue = re.compile(
            r"(?:^|\s)(?:"
            + (
                "|".join(re.escape(w) for w in lexicon.words("attribution", "inversion_cues"))
                or "(?!)"
            )
            + r")\s*$",
            re.IGNORECASE,
        )
        # "indique-t-on à la préfecture": the words before the body an impersonal "on"
        # speaks for; they open a sentence too: "Au ministère, on assure que ...".
        places = lexicon.words("attribution", "impersonal_places")
        self._place_words = frozenset(p.lower() for p in places)
        self._fronted_place = (
            re.compile(r"^\s*(?:" + _any_of(places) + r")\s+", re.IGNORECASE) if places else None
        )
        self._impersonal_places = re.compile(
            # "auprès d'une source": an elided place word runs into its noun
            r"\s+(?:" + (_any_of(places) or "(?!)") + r")(?:\s+|(?<=['’]))",
            re.IGNORECASE,
        )
        # Verbs that report only in a narrator's insert between dashes: "— начал Путин",
        # "— закончил он"; elsewhere they mean something else ("как закончил X").
        self._insert_verbs = phrase_regex(lexicon.words("attribution", "insert_verbs"))
        told = lexicon.words("attribution", "told_outlet")
        self._told = phrase_regex(told) if told else None
        self._told_prepositions = frozenset(w.lower() for w in told if " " not in w)
        self._bare_told = bool(lexicon.raw.get("attribution", {}).get("bare_told_outlet"))
        # Kinds of outlet, before a name the list of outlets does not know ("al quotidiano X").
        self._outlet_kinds = _lowered(lexicon, "outlet_kinds")
        self._outlet_name_words = frozenset(lexicon.words("attribution", "outlet_name_words"))
        markers = lexicon.words("attribution", "infinitive_markers")
        # A reported intention or admission as an infinitive clause after a comma.
        self._infinitive_clause = (
            re.compile(rf",\s[^.;:!?]{{0,120}}?\b(?:{_any_of(markers)})\s+\w+\s*(?=[.;!?,]|$)")
            if markers
            else None
        )
        # ... or a clause in the subjunctive of reported speech: "hat auf die Frage
        # geantwortet, er wolle nichts ausschließen" (its verb among the first words).
        subjunctive = lexicon.words("attribution", "reported_speech")
        self._subjunctive_clause = (
            re.compile(
                rf",\s(?:[^\W\d_][\w-]*\s){{1,3}}(?:{_any_of(subjunctive)})\b", re.IGNORECASE
            )
            if subjunctive
            else None
        )
        self._passive_auxiliaries = _lowered(lexicon, "passive_auxiliaries")
        hearsay = lexicon.words("attribution", "hearsay_before_verb")
        self._hearsay_before = re.compile("|".join(hearsay)) if hearsay else None
        self._compile_name_patterns(lexicon)

    def _compile_name_patterns(self, lexicon: Lexicon) -> None:
        """The regular expressions for names, offices and outlets around a cue."""
        self._title_abbreviations: dict[str, str] = {
            k: v.lower()
            for k, v in lexicon.raw.get("attribution", {}).get("title_abbreviations", {}).items()
        }
        self._abbreviated_titles = (
            re.compile(
                rf"(?<![\w.])(?P<title>{_any_of(list(self._title_abbreviations))})\s+"
                rf"(?P<name>{_NAME_WORD}(?:\s{_NAME_WORD}){{1,2}})(?![\w])"
            )
            if self._title_abbreviations
            else None
        )
        # Offices the press names by several words ("il sindaco", "il primo cittadino"):
        # the holder of one holds them all.
        self._title_synonyms: dict[str, tuple[str, ...]] = {
            word.lower(): tuple(w.lower() for w in group)
            for group in lexicon.raw.get("attribution", {}).get("title_synonyms", [])
            for word in group
        }
        # "Aus dem Ministerium hieß es, ...": an impersonal report whose source is the
        # phrase after the preposition opening the sentence.
        fronted = lexicon.words("attribution", "fronted_report_cues")
        self._fronted_report = (
            re.compile(
                r"^(?P<prep>[\w'’]+)\s+(?P<source>[^,.;:!?]{2,80}?)\s+(?:"
                + _any_of(fronted)
                + r")(?![\w])",
                re.IGNORECASE,
            )
            if fronted
            else None
        )
        links = lexicon.words("attribution", "reporter_outlet")
        # "Jane Doe of the Washington Post", "Anne Martin, du Monde": a reporter's outlet.
        self._reporter_outlet = (
            re.compile(r",?\s*(?:" + _any_of(links) + r")\s+", re.IGNORECASE) if links else None
        )
        self._compile_phrase_patterns(lexicon)

    def _compile_phrase_patterns(self, lexicon: Lexicon) -> None:
        """The regular expressions for the words that open, split or stand for a phrase:
        weekdays, determiners, an adverb inside a compound verb, compounds, references."""
        self._weekdays = phrase_regex(lexicon.words("dates", "weekdays"))
        self._determiner = re.compile(
            r"^(?:"
            + "|".join(
                re.escape(d) + ("" if d.endswith("'") else r"\s+")
                for d in sorted(lexicon.determiners, key=len, reverse=True)
            )
            + r")",
            re.IGNORECASE,
        )
        # An adverb splitting a compound reporting verb: "X a également précisé que".
        auxiliaries = lexicon.words("attribution", "compound_auxiliaries")
        adverbs = lexicon.words("attribution", "verb_adverbs")
        self._verb_adverbs = frozenset(a.lower() for a in adverbs if " " not in a)
        self._split_verb = (
            re.compile(
                rf"(?<![\w-])((?:{_any_of(auxiliaries)})\s+)((?:{_any_of(adverbs)}))(?=\s+\w)",
                re.IGNORECASE,
            )
            if auxiliaries and adverbs
            else None
        )
        # "nach NDR-Recherchen": a cue, then the name as the first part of a compound.
        compound = _name_compound_pattern(lexicon)
        self._name_compound = (
            re.compile(rf"(?<![\w-]){compound}(?![\w-])", re.IGNORECASE) if compound else None
        )
        # Openings pointing back to the claim before: "lo ha", "c'est ce qu'a", "про це".
        self._back_reference = opening_phrases(lexicon.code, "back_reference")
        # Phrases pointing back to the source named last: "la même source", "esta fuente".
        self._same_source = frozenset(
            " ".join(w.lower().split()) for w in lexicon.words("attribution", "same_source")
        )
        # Phrases standing for the person named last: "der 42-Jährige" (German).
        references = lexicon.words("attribution", "person_references")
        self._person_reference = (
            re.compile("|".join(f"(?:{r})" for r in references)) if references else None
        )

    def _compile_cue_gate(self, lexicon: Lexicon) -> None:
        """The cues that need more than a word list (participles with their agent,
        separable verbs, asides), and one pattern for every cue, to skip the sentences
        that have none."""
        inverted = "|".join(re.escape(p) for p in lexicon.inverted_pronouns)
        cue_words = [
            w
            for key in (
                "verbs",
                "weak_verbs",
                "transitive_verbs",
                "according_to",
                "according_after",
                "own_view",
                "according_initial",
                "inverted_verbs",
                "insert_verbs",
                "passive_participles",
            )
            for w in lexicon.words("attribution", key)
        ]
        # "nach ersten Angaben der Polizei": the gate needs only the words that open such
        # a phrase; listing every phrase with every modifier would slow its compiling.
        plain = lexicon.words("attribution", "according_to")
        modifiers = lexicon.words("attribution", "according_modifiers")
        cue_words += {
            " ".join(p.split()[:2]) for p in with_modifiers(plain, modifiers)[len(plain) :]
        }
        # A participle that characterises, opening a clause, with its agent after it in
        # the same clause: 'Qualifié de « gourou » par un dirigeant, ...', 'The plan,
        # described as "reckless" by a former minister, ...'. The agent said it.
        participles = lexicon.words("attribution", "passive_participles")
        self._passive = clause_opener_regex(participles)
        # "Le plan, révélé par Les Echos, prévoit": such an aside is no subject in apposition
        self._participle_openers = frozenset(p.split()[0].lower() for p in participles)
        self._agents = frozenset(lexicon.words("attribution", "passive_agents"))
        self._relays = _lowered(lexicon, "according_relays")
        self._passive_reports = phrase_regex(lexicon.words("attribution", "passive_reports"))
        self._agent = phrase_regex(list(self._agents))
        # Separable verbs whose particle closes the clause, far from the finite verb:
        # "Dagegen wirft die Opposition der Regierung Versagen vor" (German). The cue file
        # lists [finite verb, particle] pairs; the finite verb is the cue.
        self._particles: dict[str, frozenset[str]] = {}
        for pair in lexicon.raw.get("attribution", {}).get("separable_verbs", []):
            stem, particle = str(pair[0]).lower(), str(pair[1]).lower()
            self._particles[stem] = self._particles.get(stem, frozenset()) | {particle}
        self._separable = phrase_regex(list(self._particles))
        cue_words += list(self._particles)
        cue_words += lexicon.words("attribution", "fronted_report_cues")
        cue_words += lexicon.words("attribution", "passive_reports")
        cue_words += self._compile_enclosing_cues(lexicon)
        # A group and its foremost member, both speaking: "wirft die Opposition, allen voran
        # die CDU, ... vor".
        asides = "|".join(
            r"\s+".join(map(re.escape, w.split()))
            for w in lexicon.words("attribution", "subject_asides")
        )
        self._aside_after = (
            re.compile(rf"[^,;:.!?]{{1,80}}?,\s*(?:{asides})\s+([^,;:.!?_]{{1,60}}?)\s*,", re.I)
            if asides
            else None
        )
        # The same aside between a group and its verb: "Several unions, including the
        # NEU, said"; the group and the member both speak.
        self._aside_opening = re.compile(rf"(?:{asides})\s+", re.I) if asides else None
        any_cue = phrase_regex(cue_words)
        # One scan tells whether a sentence has any attribution cue at all; most sentences
        # have none, and they skip the per-cue scans. The gate looks for an inverted
        # pronoun's ending alone ("-t-il"): matching the verb before it too would try a
        # word at every letter.
        endings = rf"(?:{inverted})(?![\w-])" if inverted else None
        # The gate reads lowercased text: the compound's words in lowercase.
        compound = _name_compound_pattern(lexicon, lowercase=True)
        self._any_cue = PhraseMatcher(
            "|".join(p for p in (any_cue.pattern if any_cue else None, endings, compound) if p)
            or "(?!)",
            whole_words=False,
        )

    def _compile_enclosing_cues(self, lexicon: Lexicon) -> list[str]:
        """ "geht aus einem Bericht hervor": the source between the two parts of a cue.
        Returns the opening parts, for the cue gate."""
        enclosing = lexicon.raw.get("attribution", {}).get("enclosing_cues", [])
        self._enclosing = (
            re.compile(
                "|".join(
                    rf"(?<![\w-]){_any_of([str(opening)])}\s+(?P<source{i}>[^,.;:!?]{{2,80}}?)"
                    rf"\s+{_any_of([str(closing)])}(?![\w-])"
                    for i, (opening, closing) in enumerate(enclosing)
                ),
                re.IGNORECASE,
            )
            if enclosing
            else None
        )
        return [str(opening) for opening, _ in enclosing]

    def _collect_word_sets(self, lexicon: Lexicon) -> None:
        """The cue file's word lists and switches that the rules look words up in: here
        those about the clause, then those about names (`_collect_name_sets`)."""
        self._possessives = frozenset(lexicon.words("attribution", "possessives"))
        self._genitive_determiners = _lowered(lexicon, "genitive_determiners")
        self._object_determiners = _lowered(lexicon, "object_determiners")
        self._gender = GenderCues(lexicon)
        drops = lexicon.raw.get("attribution", {}).get("drops_subject")
        self._drops_subject = bool(drops)
        # "opening": only a verb that opens the sentence, agreeing with its speaker
        # ("Добавил, что ..."), drops its subject
        self._drops_only_opening = drops == "opening"
        # "topic": only right after a sentence about one person ("Il sindaco, Luca Ferri,
        # ha visitato i quartieri. «...», ha aggiunto."), who is its subject
        self._drops_only_after_topic = drops == "topic"
        self._drops_that = bool(lexicon.raw.get("attribution", {}).get("drops_that"))
        self._impersonal = _lowered(lexicon, "impersonal_verbs")
        self._name_connectors = frozenset(lexicon.words("attribution", "name_connectors"))
        # Prepositions that take in the article opening an outlet's name ("au Monde").
        self._contractions = frozenset(lexicon.words("attribution", "article_contractions"))
        # A whole article before "secondo", "según": the ordinal or adjective, not the cue.
        self._articles_and_contractions = lexicon.determiners | self._contractions
        self._negations = _lowered(lexicon, "negations")
        self._reflexive_own = _lowered(lexicon, "reflexive_own")
        self._complement_openers = self._contractions | _lowered(lexicon, "complement_links")
        self._name_links = _lowered(lexicon, "name_links") | {"&"}
        # Words that end a source phrase read after the verb: dates, relatives, prepositions.
        self._cut_words = frozenset(
            {w.lower() for w in lexicon.words("attribution", "phrase_end_words")}
            | {w.lower() for w in lexicon.words("dates", "weekdays")}
            | {"qui", "que", "who", "which", "that", "dont", "whose", "when", "while"}
        )
        # German puts the finite verb second, its subject pronoun right after it; in other
        # languages a pronoun after "said" starts the reported clause ("said he was").
        self._plural_pronouns = _lowered(lexicon, "plural_pronouns")
        self._body_pronouns = _lowered(lexicon, "body_pronouns")
        self._body_references = _lowered(lexicon, "body_references")
        self._verb_second = bool(lexicon.raw.get("attribution", {}).get("verb_second"))
        self._not_name_words = frozenset(lexicon.words("attribution", "not_name_words"))
        self._bare_nouns = bool(lexicon.raw.get("attribution", {}).get("bare_noun_subjects"))
        self._auxiliaries = frozenset(lexicon.words("attribution", "auxiliaries"))
        self._object_before_verb = bool(
            lexicon.raw.get("attribution", {}).get("object_before_verb")
        )
        self._self_words = _lowered(lexicon, "self_words")
        self._articles = _lowered(lexicon, "articles")
        # what opens a group named after its verb: "los comerciantes", "algunos viajeros"
        self._closing_openers = self._articles | lexicon.unnamed_determiners
        self._time_words = frozenset(
            w.lower()
            for key in ("weekdays", "months", "time_nouns")
            for w in lexicon.words("dates", key)
        )
        self._function_words = lexicon.stopwords - lexicon.honorifics
        self._complement_links = _lowered(lexicon, "complement_links")
        # Compound offices (German): "Landesgesundheitsminister", "Konzernsprecherin", whose
        # last part is the title a later sentence uses alone.
        heads = lexicon.words("attribution", "compound_title_heads")
        self._compound_titles = (
            re.compile(
                rf"(?<![\w-])[{_UPPER}][{_LOWER}]+-?(?P<head>{'|'.join(map(re.escape, heads))})"
                rf"\s+(?P<name>{_NAME_WORD}(?:\s{_NAME_WORD}){{1,2}})(?![\w])"
            )
            if heads
            else None
        )
        # Honorifics that name a trade: "Me Julien Ravel" is a lawyer, whom a later
        # "l'avocat" means.
        self._offices_of_honorific = {
            group[0]: tuple(group[1:])
            for group in lexicon.raw.get("attribution", {}).get("honorific_offices", [])
        }
        self._honoured_names = (
            re.compile(
                rf"(?<![\w-])(?P<honorific>{_any_of(list(self._offices_of_honorific))})\.?"
                rf"\s+(?P<name>{_NAME_WORD}(?:\s{_NAME_WORD}){{1,2}})(?![\w])"
            )
            if self._offices_of_honorific
            else None
        )
        self._clause_verbs = frozenset(lexicon.words("attribution", "clause_verbs"))
        self._finite_auxiliaries = _lowered(lexicon, "finite_auxiliaries")
        self._conditionals = frozenset(lexicon.words("attribution", "conditionals"))
        self._subject_relatives = _lowered(lexicon, "subject_relatives")
        self._adverb_endings = tuple(lexicon.words("attribution", "adverb_endings"))
        # "Mi cliente ha colaborado ..., dijo Vélez": a speaker's own words, not a name
        self._first_person = frozenset(w.lower() for w in lexicon.words("ranking", "first_person"))
        self._participle_endings = tuple(lexicon.words("attribution", "participle_endings"))
        self._infinitives = tuple(lexicon.words("attribution", "infinitive_endings"))
        self._infinitive_objects = _lowered(lexicon, "infinitive_objects")
        self._topic_prepositions = _lowered(lexicon, "topic_prepositions")
        self._impersonal_pronouns = _lowered(lexicon, "impersonal_pronouns")
        self._collect_name_sets(lexicon)

    def _collect_name_sets(self, lexicon: Lexicon) -> None:
        """The cue file's words about who speaks: links, people, trades and verbs."""
        self._origin_links = frozenset(lexicon.words("attribution", "origin_links"))
        self._singular_indefinites = _lowered(lexicon, "singular_indefinites")
        self._coordinators = _lowered(lexicon, "coordinators")
        self._joint_links = _lowered(lexicon, "joint_subject_links")
        self._joint_words = sorted(
            (w.lower() for w in lexicon.words("attribution", "joint_subject_words")),
            key=len,
            reverse=True,
        )
        self._person_descriptions = _lowered(lexicon, "person_descriptions")
        # Trades, not offices: whoever is named by one is a person, not an official.
        self._professions = _lowered(lexicon, "professions")
        # The broader words for a person the press uses instead of a name ("le
        # magistrat", "o sindicalista", "чиновник"): the other words of a synonym group,
        # as against the offices a group opens on ("ministro") and the trades ("il
        # professore" is most often someone else).
        self._role_words = {
            w.lower()
            for group in lexicon.raw.get("attribution", {}).get("title_synonyms", [])
            for w in group[1:]
        }
        prefixes = lexicon.raw.get("attribution", {}).get("title_prefixes")
        self._title_prefixes = frozenset(prefixes) if prefixes is not None else None
        subordinators = lexicon.words("attribution", "subordinators")
        self._subordinator = (
            re.compile(rf"(?i)\s*(?:{_any_of(subordinators)})\b") if subordinators else None
        )
        self._finite_verbs = (
            _lowered(lexicon, "finite_verbs") | self._clause_verbs | self._finite_auxiliaries
        )
        # The one-word reporting verbs: a phrase that holds one is a clause, not a name
        # ("Two aides said the governor", "said the governor"), but for the words that
        # are nouns as well ("informe", "report") as the cue file's nouns show.
        nouns = {
            w.lower()
            for key in ("titles", "institutions", "document_heads", "unnamed_heads")
            for w in lexicon.words("attribution", key)
        }
        self._reporting_words = frozenset(
            w.lower()
            for key in ("verbs", "weak_verbs", "transitive_verbs")
            for w in lexicon.words("attribution", key)
            if " " not in w and w.lower() not in nouns
        )
        self._cue_nouns = frozenset(nouns)
        # German sets the passive auxiliary after the participle: "bestätigt wurde".
        self._passive_after = _lowered(lexicon, "passive_auxiliaries_after")
        self._impersonal_clitics = tuple(lexicon.words("attribution", "impersonal_clitics"))
        self._object_endings = tuple(lexicon.words("attribution", "object_endings"))

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
        memory.previous_speaker, memory.sentence_speaker = memory.sentence_speaker, None
        self._note_apposed_subject(text, memory)
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
        ]
        if candidates:
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

    def _note_apposed_subject(self, text: str, memory: SpeakerMemory) -> None:
        """ "Le ministre de l'économie, Laurent Vasseur, a balayé ces rumeurs : « ... »,
        a-t-il déclaré": the holder named in apposition to the title opening the sentence
        is its subject, whom a pronoun later in the same sentence stands for."""
        titles = self.lexicon.titles
        if titles is None:
            return
        opening = self._strip_fillers(text)
        title = titles.match(opening)
        lead = opening.split(maxsplit=1)
        if title is None and len(lead) == 2 and self._is_determiner(lead[0]):
            title = titles.match(opening, len(opening) - len(lead[1]))  # "Le ministre"
        holder = _APPOSED_NAME.match(opening, title.end()) if title else None
        if holder is not None:
            name = holder.group("name")
            memory.remember(name, self._gender.of_name(opening[: holder.start("name")]))

    def _reports(self, text: str, masked: str) -> bool:
        """Whether a reporting verb or an "according to" stands outside the quotations,
        as a verb (not inside a capitalised name), though no speaker was found for it."""
        lex = self.lexicon
        if lex.according_to and lex.according_to.search(masked):
            return True
        verbs = lex.verbs.finditer(masked) if lex.verbs is not None else ()
        return any(m.start() == 0 or not text[m.start()].isupper() for m in verbs)

    def _unsplit_verbs(self, masked: str) -> str:
        """Blank an adverb between an auxiliary and its participle ("a également
        précisé"), so that the verb lists match the compound verb; the offsets stay."""
        if self._split_verb is None:
            return masked
        return self._split_verb.sub(lambda m: m.group(1) + " " * len(m.group(2)), masked)

    # -- candidates, one attribution form each ------------------------------------------

    def _by_according_to(self, text: str, masked: str) -> list[_Candidate]:
        """ "selon le Mirror", "according to a senior official", "citing X"."""
        lex = self.lexicon
        out: list[_Candidate] = []
        if not lex.according_to:
            return out
        for match in lex.according_to.finditer(masked):
            previous = masked[: match.start()].rsplit(maxsplit=1)[-1:]
            if (
                previous
                and " " not in match.group().strip()
                # a whole article, not one elided onto its noun ("d'euros, selon X")
                and previous[0].lower() in self._articles_and_contractions
            ):
                continue  # "al secondo piano": the ordinal, not "according to"
            agent = self._document_agent(masked, match.end())
            phrase = self._before_next_noun_phrase(
                self._phrase_after(text, masked, match.end() if agent is None else agent)
            )
            phrase = self._past_relay(phrase)
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
        between = words[head + 2 : head + 2 + MAX_PARTICIPLE_WORDS]
        for i, word in enumerate(between):
            lower = word.group().lower()
            agent = self._agent_end(lower)
            if agent is not None:
                return word.start() + agent
            dated = self._is_dated(lower) or (
                # "released on Monday by"
                i + 1 < len(between) and self._is_dated(between[i + 1].group().lower())
            )
            if not dated and (not word.group().islower() or lower in self._cut_words):
                return None
        return None

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
        A determiner after a noun (not after "de", "of") opens another noun phrase."""
        if not self._articles:
            return phrase
        tokens = phrase.split()
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
            if not memory.last_speaker:
                continue
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
        the pronoun's gender is not theirs; then the person of that gender named last."""
        speaker = memory.last_speaker
        gender = next(filter(None, map(self._gender.of_pronoun, phrase.split())), None)
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
        verbs = self.lexicon.verbs
        verb = verbs.search(masked, opening.end()) if opening and verbs is not None else None
        if opening is None or verb is None:
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
        words = phrase.split()
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

    def _names_a_body(self, words: list[str]) -> bool:
        """Whether a phrase after a preposition names a body that can speak: a proper name
        ("Matignon", "Palazzo Chigi") or a body the cue file lists ("la prefeitura de
        Recife")."""
        head = words[1:] if self._is_determiner(words[0]) else words
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
        if "," not in masked[opening.end() : opening.end() + len(lone) + 1] and self._speaks(lone):
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

    def _by_according_after(self, text: str, masked: str) -> list[_Candidate]:
        """A cue after its source: "X zufolge", "по словам X" written the other way."""
        if not self.lexicon.according_after:
            return []
        out: list[_Candidate] = []
        for match in self.lexicon.according_after.finditer(masked):
            phrase = self._phrase_before(text, masked, match.start())
            if phrase:
                out.append(_Candidate(phrase, _written(text, match), match.start()))
        return out

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

    def _passive_reports_after_auxiliary(self, masked: str) -> list[tuple[int, int]]:
        """A speech act in the passive after its auxiliary: "Ce chiffre est contesté par le
        syndicat", "The figure was disputed by the union", "A decisão foi criticada também
        pela CNI"; the agent said it."""
        if self._passive_reports is None or not self._passive_auxiliaries:
            return []
        spans = []
        for match in self._passive_reports.finditer(masked):
            before = masked[: match.start()].split()[-2:]
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
            before = self._without_channel(before, cue)
            subjects = self._verb_subject(text, masked, match, verbs, cue, before, memory)
            if subjects:
                out.extend(subjects)
                found_subject = True
            elif dropped is None:
                opening = masked[: match.start()]
                dropped = self._dropped_subject(cue, before, opening, match.start(), memory)
        if dropped and not found_subject:
            out.append(dropped)
        return out

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

    def _without_negation(self, before: str) -> str:
        """The words before a verb without the negation that precedes it: "Il segretario,
        Daniel Whitmore, non ha confermato le cifre" has its subject in apposition, as it
        would without "non"."""
        words = before.split()
        count = len(words)
        while words and words[-1].lower() in self._negations:
            words.pop()
        return " ".join(words) if len(words) < count else before

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
        shared = self._coordinated_subject(
            text, masked, match.start(), before, memory
        ) or self._subject_before_asides(text, masked, match.start(), before, memory)
        if shared:
            subjects.insert(0, shared)
        return subjects

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
        if plural:
            speaker = speaker if speaker not in memory.recent else None
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
        compiled by X"."""
        heads = self.lexicon.document_heads
        return (
            heads is not None
            and bool(tokens)
            and bool(heads.fullmatch(tokens[0]))
            and any(t.lower() in self._origin_links for t in tokens[1:3])
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
        words = before.split()
        while words and words[-1].lower() in self._auxiliaries:
            words.pop()
        if len(words) == 1 and words[0].lower() in self._coordinators:
            lead = text[:pos].rstrip()
            lead = lead[: len(lead) - len(before)].rstrip()
            clause = self._phrase_before(text, masked, len(lead) - 1) if lead else ""
            # Only the sentence's first clause: "Er betonte, Maduro werde nicht anerkannt,
            # und verwies ...": a clause after the first is what was said.
            if clause and lead.endswith(",") and lead.lstrip().startswith(clause):
                words = clause.split() + words
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
            return name  # "Мэр отказался ... и добавил", where no article marks the noun
        if memory.knows_surname(name):
            return name
        return self._subject_before_verb(words, memory)

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
                outlet = (name, None) if name else None
            if outlet is not None:
                position = len(masked) + match.start()
                out.append(_Candidate(outlet[0], cue, position, outlet=outlet[1], told=True))
        if self._bare_told and self.lexicon.verbs is not None:
            # Russian and Ukrainian name the outlet in the dative right after the verb, with
            # no word before it: "сказала «Медузе» адвокат", "розповів Суспільному".
            for match in self.lexicon.verbs.finditer(masked):
                outlet = self._outlet_opening(text[match.end() : match.end() + 60], False)
                if outlet is not None:
                    cue = _written(text, match)
                    out.append(
                        _Candidate(outlet[0], cue, len(masked) + match.start(), outlet=outlet[1])
                    )
        return out

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

    def _unknown_outlet(self, window: str, cue: str) -> str:
        """The name of an outlet the list does not know, after the cue file's word for its
        kind, in the cue ("ao jornal") or opening `window` ("a la cadena Cooperativa"),
        perhaps after an article or a quote; "" without such a word."""
        if not self._outlet_kinds:
            return ""
        window = window.lstrip()
        words = window.split()
        if words and self._is_determiner(words[0]) and len(words) > 1:
            window = window[len(words[0]) :].lstrip()
            words = words[1:]
        if cue.split()[-1].lower() not in self._outlet_kinds:
            kind = self._outlet_kind_at(words)
            if kind is None:
                return self._outlet_by_its_name(window)
            for word in words[: kind + 1]:
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
        name = _LEADING_NAME.match(window.lstrip(_OPENING_QUOTES))
        if name is None:
            return ""
        words = name.group().rstrip(".,;:").split()[:MAX_OUTLET_NAME_WORDS]
        if _WEB_ADDRESS.fullmatch(words[0]) or any(w in self._outlet_name_words for w in words):
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
            key = source.name.lower()
            if key in seen or any(key in s.lower() for s in seen):
                continue
            seen.add(key)
            sources.append(source)
        return sources

    def _remember(self, sources: list[Source], memory: SpeakerMemory) -> None:
        """Who spoke, for the pronouns, titles and "they" of later sentences."""
        for source in sources:
            memory.last_source = source
            if source.role == SourceRole.SPEAKER:
                memory.last_speaker = source.name
            if source.role == SourceRole.UNNAMED or source.type in _GROUP_TYPES:
                memory.last_group = source.name
            if source.type not in _NOT_BODIES:
                memory.last_body = source.name
            if self._named_body(source, memory):
                memory.last_named_body = source.name
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
                memory.sentence_speaker = memory.last_person

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
        next, not the person named before them."""
        first = source.name.split(maxsplit=1)[0].lower() if source.name.strip() else ""
        return source.role == SourceRole.UNNAMED and first in self._singular_indefinites

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
        )

    def learn_names(self, text: str, memory: SpeakerMemory) -> None:
        """Learn the full names an article mentions, so that "Morrison" alone is known."""
        institutions = self.lexicon.institutions
        for found in _NAME_RUN.finditer(text):
            run: re.Match[str] | None = found
            first = found.group().split(maxsplit=1)[0]
            if first.lower() in self._function_words:
                # "Pour Anne Le Goff, ...": the capital of the sentence's first word
                run = _NAME_RUN.match(text, found.start() + len(first) + 1)
            for start, name in self._names_in_run(run) if run else ():
                tokens = name.split()
                if (
                    tokens[0].lower() in self.lexicon.determiners
                    or tokens[0].lower() in self._cut_words
                ):
                    continue  # "Für Änderungen", "Vor Tagen": German capitalises its nouns
                if any(t in self._not_name_words for t in tokens):
                    continue  # "South Sudan", "New York", "United States": places
                if self._office_without_name(name):
                    continue  # "Президент России": an office and its country
                if institutions is not None and institutions.fullmatch(tokens[0]):
                    continue  # "Instituto Andino", "Universidad Central": a body, no one
                gender = self._gender.of_mention(text[max(0, start - 20) : start], name)
                memory.learn(name, gender)

    def _names_in_run(self, run: re.Match[str]) -> list[tuple[int, str]]:
        """The full names in a run of capitalised words, with where they start: after the
        last title that leads the run ("Fisheries Minister Caroline Brandt" names Caroline
        Brandt), else every name of two or three words read from the run's start."""
        tokens = run.group().split()
        titles = self.lexicon.titles
        last_title = max(
            (i for i, t in enumerate(tokens[:-2]) if titles is not None and titles.fullmatch(t)),
            default=-1,
        )
        if last_title >= 0:
            rest = tokens[last_title + 1 :][:MAX_NAME_WORDS]
            if len(rest) == MAX_NAME_WORDS and not rest[1].lower().endswith(_PATRONYMIC_ENDINGS):
                rest = rest[1:]  # "Мер Донецька Олександр Лук'янченко": the city, then the name
            name = " ".join(rest)
            return [(run.start() + run.group().rfind(name), name)]
        before = run.string[max(0, run.start() - 40) : run.start()].split()[-1:]
        if (
            len(tokens) == MAX_NAME_WORDS
            and before
            and titles is not None
            and titles.fullmatch(before[0].lower())
            and not tokens[2].lower().endswith(_PATRONYMIC_ENDINGS)
            and self._object_before_verb
        ):
            # "президент России Владимир Путин": the office's country, then the name
            name = " ".join(tokens[1:])
            return [(run.start() + run.group().rfind(name), name)]
        return [(run.start() + m.start(), m.group()) for m in _FULL_NAME.finditer(run.group())]

    def note_subject(self, sentence: Sentence, memory: SpeakerMemory, stated: bool = False) -> None:
        """Remember a person who opens a sentence ("Mr Obama lands in Kenya ..."), who
        holds which title, and the known person the sentence mentions last. The subject
        of a sentence that states no source (`stated` false) is what it is about: a bare
        verb next goes on with them ("Al mediodía, Sosa volvió al megáfono. Contó que")."""
        self._note_opener(sentence, memory)
        subject = self._note_clause_subject(sentence, memory)
        if stated:
            subject = None  # "Conforme a irmã, Luana estava grávida": the sister speaks on
        self._note_descriptions(sentence.text, memory)
        memory.topic = (
            self._note_titles(sentence.text, memory)
            or self._named_opener(sentence.text, memory)
            or self._closing_holder(sentence.text, memory)
            or subject
        )
        # The last known surname is the person mentioned last, whatever their role: "der
        # 42-Jährige" in a later sentence stands for them.
        tokens: list[str] = _CAPITALISED_WORD.findall(sentence.text)
        for token in tokens:
            name = memory.surnames.get(token)
            if name:
                memory.mention(name)

    def _note_descriptions(self, text: str, memory: SpeakerMemory) -> None:
        """Learn the common noun the article names a person with, right before the name
        or after it and a comma ("o empresário Otávio Leme", "Іван Коваль, фермер з
        Полтавщини"): the press calls them by it later ("O empresário negou"), a noun no
        list of titles can hold in full. Not where every noun is capitalised (German):
        there a noun and a name look alike."""
        if self._verb_second:
            return
        for match in _FULL_NAME.finditer(text):
            name = match.group()
            if name.split()[0].lower() in self._function_words:
                continue
            before = text[: match.start()].split()[-1:]
            # after the comma an article marks a noun where the language has them (",
            # recibe" is the verb); without articles, the noun stands bare (", фермер з")
            after = _APPOSED_NOUN.match(text, match.end())
            article = after.group(1) if after is not None else None
            if article is not None and not self._is_determiner(article.strip()):
                after = None  # ", de 52 anos", ", en Lyon"
            elif after is not None and self._articles and not article:
                after = None
            for word in before:
                if self._describes(word):
                    memory.describe(word, name)
            if after is None or not self._describes(after.group(2)):
                continue
            memory.describe(after.group(2), name)
            if article:
                # "sous l'impulsion de Maëlle Quéré, une ancienne cadre": a person, whom a
                # later "confie-t-elle" may mean though she was only mentioned
                gender = self._gender.of_name(name) or self._gender.of_article(article.strip())
                memory.learn(name)
                if gender:
                    memory.genders.setdefault(name, gender)
                memory.mention(name)

    def _describes(self, word: str) -> bool:
        """Whether a word next to a name may be a noun describing them: lowercase, not a
        function word, a preposition or a verb."""
        return (
            len(word) >= 4
            and word.isalpha()
            and word.islower()
            and word not in self._function_words
            and word not in self._cut_words
            and not self._is_verb(word)
            and not self._is_determiner(word)
        )

    def _synonyms_of(self, title: str) -> tuple[str, ...]:
        """The other words for an office, from the cue file's `title_synonyms`; "мэр
        города" is a "мэр" like any other."""
        return self._title_synonyms.get(title) or self._title_synonyms.get(title.split()[0], ())

    def _closing_holder(self, text: str, memory: SpeakerMemory) -> str | None:
        """The holder of a title named in apposition at the very end of the sentence:
        "Sul punto è intervenuto il presidente della Provincia, Renato Fabbri." introduces
        who speaks next ("«...», ha assicurato.")."""
        closing = [m for m in _CLOSING_NAME.finditer(text) if not text[m.end() :].strip(" .!")]
        name = closing[-1].group("name") if closing else None
        return name if name in memory.titled.values() else None

    def _named_opener(self, text: str, memory: SpeakerMemory) -> str | None:
        """The known person whose full name opens the sentence before a lowercase word
        (its verb): "Emiliano García-Page llegó a la zona por la tarde"."""
        opening = self._strip_fillers(text)
        name = _FULL_NAME.match(opening)
        if not name or name.group().split()[0].lower() in self._function_words:
            return None
        rest = opening[name.end() :].split()[:1]
        if not rest or not rest[0][:1].islower():
            return None
        surname = name.group().split()[-1]
        return memory.surnames.get(surname)

    def _note_titles(self, text: str, memory: SpeakerMemory) -> str | None:
        """Learn title holders from appositions: "La ministre de la justice, Christiane
        Taubira, ...", "Transport Minister Carlos Mendes said". Returns the holder of a
        title opening the sentence, its subject."""
        topic = None
        for abbreviated in (
            self._abbreviated_titles.finditer(text) if self._abbreviated_titles else ()
        ):
            # "Gov. Ellen Marquez": a later "the governor" is her. The first one so titled
            # keeps it: a second ("Kentucky Gov. Matt Bevin") is most often a comparison.
            title = self._title_abbreviations[" ".join(abbreviated.group("title").split())]
            memory.titled.setdefault(title, abbreviated.group("name"))
        for compound in self._compound_titles.finditer(text) if self._compound_titles else ():
            # "Landesgesundheitsminister Stefan Wirtz": a later "der Minister" is him
            memory.titled.setdefault(compound.group("head").lower(), compound.group("name"))
        for honoured in self._honoured_names.finditer(text) if self._honoured_names else ():
            for office in self._offices_of_honorific[honoured.group("honorific")]:
                memory.titled[office] = honoured.group("name")
        if self.lexicon.titles is None:
            return topic
        for match in self.lexicon.titles.finditer(text):
            holder = (
                _APPOSED_NAME.match(text, match.end())
                or _NAME_BEFORE_TITLE.search(text, 0, match.start())
                # "A vereadora da oposição Teresa Lopes": a complement, then the name;
                # "il consigliere comunale di opposizione Marco Caradonna": an adjective
                # first, where adjectives follow the noun (in Russian they come first, and
                # a genitive runs on: "министр иностранных дел Германии")
                or self._complement_then_name(text, match.end())
            )
            office = match.group().lower()
            if not holder and self._object_before_verb:
                # "Министр финансов Антон Силуанов": the broader nouns of the office stand
                # for him ("чиновник"), not the office itself, which names whichever
                # minister spoke last ("министр иностранных дел X ... глава МИД Y")
                genitive = _GENITIVE_THEN_NAME.match(text, match.end())
                for title in self._synonyms_of(office) if genitive else ():
                    if title != office and not office.startswith(title):
                        memory.titled[title] = genitive.group("name")  # type: ignore[union-attr]
            if holder:
                name = holder.group("name")
                for title in self._synonyms_of(office):
                    memory.titled[title] = name
                memory.titled[office] = name
                lead = text[: match.start()].split()
                if topic is None and (
                    not lead or (len(lead) == 1 and self._is_determiner(lead[0]))
                ):
                    topic = name
                # "Le directeur, Paul Martin": the title's gender is its holder's, so that
                # a later "elle" or "l'infirmière" does not stand for him.
                before = text[max(0, match.start() - 4) : match.start()].split()[-1:]
                gender = self._gender.of_name(" ".join([*before, match.group()]))
                if gender:
                    memory.genders.setdefault(name, gender)
        return topic

    def _complement_then_name(self, text: str, end: int) -> re.Match[str] | None:
        """The holder's name after an office's complement (`_COMPLEMENT_THEN_NAME`), an
        adjective before the complement only where adjectives follow their noun."""
        found = _COMPLEMENT_THEN_NAME.match(text, end)
        if found is None or (found.group("adjective") and self._object_before_verb):
            return None
        following = _FIRST_WORD.match(text, found.end())
        link = following.group(1) if following is not None else ""
        if (
            link in self._complement_openers
            and not self._is_verb(link)
            and not self._gender.of_given_name(found.group("name").split()[0])
        ):
            # "El candidato del Partido Progresista Federal a la gobernación": the name
            # of a body the office belongs to, a preposition after it, not the holder;
            # a given name opening it is a person ("il sindaco di Lecco Mario Ferri al
            # termine del vertice")
            return None
        return found

    def _note_clause_subject(self, sentence: Sentence, memory: SpeakerMemory) -> str | None:
        """Remember a known person named in the main clause before its first finite verb:
        the subject, whom a "he" or "she" in the next sentence most likely means ("Lors
        d'un congrès, le juge Martin l'a encouragée. « ... », a-t-il dit"). Returns that
        person, whom a bare verb next goes on with ("Al mediodía, Sosa volvió al
        megáfono. Contó que ...")."""
        if self._verb_second:
            return None  # the subject may follow the verb, and every noun is capitalised
        tokens = self._main_clause(mask_quotes(sentence)).split()
        for i, token in enumerate(tokens):
            bare = token.strip(",.;:()«»\"“”'’")
            if _ELIDED.sub("", token.lower()) in self._finite_verbs and i > 0:
                return None
            if i == 0 or not is_capitalised(bare):
                continue
            # "L'avocate de M. Vandermeulen": a name after a preposition, its honorific
            # aside, is a complement, not the subject; so is a whole name in a case after
            # one ("панихиду по Ивану Смирнову"), where names are inflected.
            lead = i - 1
            while self.lexicon.case_suffixes and lead > 0 and tokens[lead].isalpha():
                if not is_capitalised(tokens[lead]):
                    break
                lead -= 1
            honorific = tokens[lead].lower().rstrip(".") in self.lexicon.honorifics
            if honorific and lead > 0:
                lead -= 1
            if tokens[lead].lower() in self._cut_words:
                continue
            if memory.knows_surname(bare):
                # The person as last remembered ("Mme Claire Vidal"), with their gender.
                known = next(
                    (n for n in reversed(memory.recent) if n.split()[-1] == bare),
                    memory.surnames.get(bare, bare),
                )
                if known == memory.last_person:
                    return known
                gender = memory.genders.get(known)
                if gender is None and honorific:
                    gender = self._gender.of_name(f"{tokens[i - 1]} {bare}")  # "M. Durand"
                memory.remember(known, gender)
                return known
            following = tokens[i + 1] if i + 1 < len(tokens) else ""
            gender = self._gender.of_given_name(bare)
            if gender and following[:1].islower():
                # "Installée depuis vingt ans, Martine vend des fromages": someone called
                # by a given name alone, after a fronted clause
                memory.remember(bare, gender)
                return bare
        return None

    def _main_clause(self, masked: str) -> str:
        """The sentence from its main clause on: "Поки Луценко чекає, Бондаренко вже діє",
        "Quand Martin attend, Dubois agit": the subordinate clause's subject is not the one
        a "he" or "she" next stands for (the cue file's `subordinators`; none in English,
        where the pronoun as often means the subordinate clause's subject)."""
        opening = self._subordinator.match(masked) if self._subordinator else None
        comma = masked.find(", ", opening.end()) if opening else -1
        return masked[comma + 2 :] if comma > 0 else masked

    def _note_opener(self, sentence: Sentence, memory: SpeakerMemory) -> None:
        """Remember a person who opens the sentence: an honorific, a known surname."""
        text = self._strip_fillers(sentence.text)
        tokens = text.split(maxsplit=4)[:4]
        if not tokens:
            return
        first = tokens[0].rstrip(",.").lower()
        if first in self.lexicon.honorifics and len(tokens) > 1 and is_capitalised(tokens[1]):
            # "Mrs Helen Carter said": the name runs on over a second capitalised word.
            names = [tokens[1]]
            if len(tokens) > 2 and not tokens[1].endswith(",") and is_capitalised(tokens[2]):
                names.append(tokens[2])
            name = " ".join([tokens[0], *names]).rstrip(",.")
            memory.remember(name, self._gender.of_name(name))
        elif (
            len(tokens) > 2
            and first not in self.lexicon.determiners
            and is_capitalised(tokens[0])
            and is_capitalised(tokens[1])
            and tokens[1].rstrip(",.") in memory.surnames
        ):
            memory.remember(memory.surnames[tokens[1].rstrip(",.")])
        elif tokens[0].rstrip(",.'’s") in memory.surnames:
            memory.remember(memory.surnames[tokens[0].rstrip(",.'’s")])
        elif self._titled_opener(tokens, memory):
            pass
        elif len(tokens) > 1 and not is_capitalised(tokens[1]):
            # "Sophie, 34 ans, élève seule ses enfants": someone the article calls by a
            # given name alone, whom a later "elle" stands for.
            given = tokens[0].rstrip(",.")
            gender = self._gender.of_given_name(given)
            known = {n for n in memory.surnames.values() if n.split()[0] == given}
            if gender:
                # "Marie-Pierre" after "Marie-Pierre Dausse": the one person so called
                memory.remember(known.pop() if len(known) == 1 else given, gender)

    def _titled_opener(self, tokens: list[str], memory: SpeakerMemory) -> bool:
        """Remember the known person a sentence opens on after their title, whatever the
        verb: "Gemeinderätin Ulrike Sommer sieht das anders", "Die Hebamme Katrin Albers
        arbeitet dort" (a later "sie" means her, not the speaker before her)."""
        titles = self.lexicon.titles
        for i in range(2, len(tokens)):
            surname = tokens[i].rstrip(",.")
            if surname not in memory.surnames:
                continue
            lead = " ".join(tokens[:i])
            if titles is None or not titles.search(lead):
                return False
            name = memory.surnames[surname]
            if (memory.last_person or "").split()[-1:] == [surname]:
                return True  # the speaker just remembered as the article wrote them
            gender = memory.genders.get(name) or self._gender.of_name(f"{lead} {surname}")
            memory.remember(name, gender)
            return True
        return False

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
                if at is not None and any(w.lower() in self._cut_words for w in words[2:at]):
                    at = None
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
        Cagliari" (an article, a title, then a capitalised name and no verb)."""
        titles = self.lexicon.titles
        if titles is None or len(words) > MAX_OFFICE_WORDS or not self._is_determiner(words[0]):
            return False
        if not titles.match(" ".join(words[1:])):
            return False
        rest = words[2:]
        return any(map(is_capitalised, rest)) and not any(self._is_verb(w.lower()) for w in rest)

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
        # 'представник "Лозоваводоканалу" підозри відкидає', 'глава «Роснефти» заявил'.
        while len(bounds) >= 2:
            opening, closing = bounds[-2], bounds[-1]
            quoted = _INNER_QUOTED_NAME.fullmatch(text, opening.start(), closing.end())
            before = bounds[-3].end() if len(bounds) >= 3 else 0
            if (
                not quoted
                or len(quoted.group().split()) > 4
                or not text[before : opening.start()].strip()
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
            ):
                break
            if (
                self._verb_second
                and seen_noun
                and token[:1].islower()
                and token.lower() not in self.lexicon.determiners
            ):
                # Verb-second: after a fronted "Laut X" comes the verb ("Laut X könnten").
                break
            if (
                self._genitive_determiners
                and seen_noun
                and token.lower() in self.lexicon.determiners
                and (
                    token.lower() not in self._genitive_determiners
                    # "sagte Frank Schäffler der „Bild“": the outlet in the dative
                    or self._outlet_opens(tokens[i + 1 :])
                )
            ):
                # "nach Angaben des Konzerns eine Schadsoftware": after a noun, only a
                # genitive article goes on with the phrase; any other opens a new one.
                break
            if kept and token.isdigit() and i + 1 < len(tokens):
                # "nach Angaben palästinensischer Krankenhäuser 44 Menschen": a count
                # opens the clause's subject; a number closing a name stays ("France 24").
                break
            seen_noun = seen_noun or is_capitalised(token)
            kept.append(token)
            if len(kept) >= MAX_SOURCE_WORDS:
                break
        return " ".join(kept)

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
        tokens = phrase.split()
        return (
            self._lowercase_noun_phrase(tokens, self._articles)
            # one office or body: a plural ("Los hechos revelan", "les chiffres
            # montrent") is more often a thing that shows than people who speak
            and not tokens[1].lower().endswith("s")
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
        if before and _RELATIVE.fullmatch(" " + before):
            # "Joesley Batista, que disse ...": the relative pronoun stands for the name
            # that ends the clause before the comma.
            out.append(self._antecedent_before(text, masked, start))
        elif before and not inverted_cue and not self._fronted_object(before):
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
        if not before or inverted_cue:
            self._add_appositions(text, masked, start, end, after, out)
        return [p for p in out if p]

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
        """ "Den Sachschaden schätzte die Polizei ...": in verb-second order a phrase in the
        accusative or dative before the verb is its object; the subject follows the verb."""
        words = before.split()
        return (
            self._verb_second
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
        if self._only_function_words(before):
            # "Le gouvernement l'a confirmé": an object pronoun after the subject, not the
            # "l'" of an inversion ("comme l'a dit X", "..., l'a assuré X").
            subject = self._subject_tail(before)
            return subject == before.strip() or self._only_function_words(subject)
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
        if first.lower() in self.lexicon.pronouns and rest and find_outlet(rest) is not None:
            # "— сказал он «Интерфаксу»", "заявив він УНІАН": the pronoun, then the outlet
            # spoken to
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
        elif len(words) == 2 and words[0] in self._cut_words and self._is_dated(words[1]):
            # "ha dichiarato in serata il leader dei Verdi, Paolo Ferraresi": a time of day
            # after a preposition, then the subject
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
        if addressee is None and told and not self._verb_second:
            # "relató a la agencia Noticias Argentinas un vecino", "aseguró a este diario
            # el portavoz": an outlet the list does not know, then the speaker
            addressee = self._unknown_outlet(window, told) or self._addressee(window)
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
        return ""

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
            word = _FIRST_WORD.match(masked, pos)
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
            word = _FIRST_WORD.match(masked, pos)
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
        clause = text[end : end + stop.start() if stop else len(text)].rstrip()
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
        if (last in self._cut_words or last in self._name_connectors) and not (
            self._weekdays and self._weekdays.fullmatch(last)
        ):
            return ""  # "refiriéndose a las entregas de Estados Unidos": a preposition's object
        return clause[start:].strip()

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
        clause (an inverted subject does; the start of a reported clause does not)."""
        stop = _RIGHT_BOUNDARY.search(masked, end)
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

    def _apposition_candidates(self, text: str, masked: str, start: int) -> list[str]:
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
            and not _PARTY_TAG.fullmatch(s)
            and not _AGE_TAG.fullmatch(s)
            and not (s and s.split()[0].lower() in self._participle_openers)
            # "Fuentes del equipo de gobierno, del PSOE, señalaron": a complement set off
            # by commas describes the subject before it
            and not (i and s and s.split()[0].lower() in self._complement_openers)
            and not (self._aside_opening and self._aside_opening.match(s))
            and not self._verb_final_relative(s)
        ]
        recent = [s for s in segments[-4:] if s and self._strip_fillers(s)][::-1]
        names = [s for s in recent if self._is_name(s)]
        if lone and recent and not names:
            # A lone clause before ", said X" is what X said, not X in apposition: a short
            # one is a line of dialogue ("Я ж не провидиця! – заявляє мама ..."); before a
            # participle ("Finland closed its border, citing security") a longer one's
            # subject speaks.
            if len(recent[0].split()) <= MAX_APPOSITION_WORDS:
                return []
            leading = _LEADING_NAME.match(recent[0])
            if leading is None or self._is_determiner(leading.group().split()[0]):
                return []
            lead, words = leading.group().split(), recent[0].split()
            if (
                len(lead) == 1
                and (
                    lead[0].lower() in self.lexicon.unnamed_determiners
                    or lead[0].lower() in self._cut_words  # "Hasta un tercio ..., calculan."
                    or words[1][:1].isdigit()
                )
            ):
                return []  # "Quelque 450 personnes ...", "Plusieurs ...": a count, no one
            return [leading.group()]
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
        phrase = self._without_trailing_time(phrase)
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
        return ""

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
        if self._verb_second:
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
        if not tokens or not is_capitalised(tokens[0]):
            return False  # "o jornal Cumhuriyet": a description before the name
        bare = " ".join(tokens)
        institutions = self.lexicon.institutions
        if bare.lower() in self._body_references or (
            institutions is not None and institutions.fullmatch(bare)
        ):
            return False  # German capitalises the kind: "das Unternehmen", "Die Gewerkschaft"
        # a capitalised word of unknown kind may be a surname
        return source.type != SourceType.UNKNOWN or not memory.knows_surname(tokens[-1])

    def _to_source(self, cand: _Candidate, memory: SpeakerMemory) -> Source | None:
        """Type a candidate phrase as a source, or reject it (None).

        The order matters: pronouns resolve to who was named before; what names nobody is
        rejected; then a known outlet, a description (state media, a government, an agency,
        an unnamed source, a document), a stand-in for the person mentioned last, a bare
        title (resolved to its holder), and last a phrase with a capitalised name or one
        that the cue alone makes a source.
        """
        p = self._phrase_of(cand)
        if p is None:
            return None
        if p.lower in self._body_pronouns:
            # "The airline said ... It said": the body that spoke last, or nobody.
            body = memory.last_body
            return p.make(SourceRole.SPEAKER, SourceType.ORGANISATION, body) if body else None
        if p.bare.lower() in self._body_references and memory.last_named_body:
            # "Rheinmetall said ... According to the company": the body named that spoke
            return p.make(SourceRole.SPEAKER, SourceType.ORGANISATION, memory.last_named_body)
        if p.lower in self._plural_pronouns or self._is_pronoun(p, cand):
            return self._pronoun_source(p, memory)
        if self._names_nobody(p):
            return None
        if p.lower in self._same_source:
            # "Selon la même source", "según esta fuente": the source named last, whoever
            # it was; nobody if none was named before
            last = memory.last_source
            return last.model_copy(update={"cue": p.cue}) if last else None
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

    def _possessor(self, p: _Phrase, cand: _Candidate, memory: SpeakerMemory) -> Source | None:
        """ "Selon ses calculs", "según sus datos", "according to its figures": the
        figures of the speaker named last; not "ses proches" (someone unnamed), "son
        porte-parole" (an office, see `_title_source`) nor "leur étude" (a document)."""
        lex = self.lexicon
        speaker = memory.last_speaker
        if (
            not cand.strong
            or not speaker
            or p.first not in self._possessives
            or p.named
            or len(p.tokens) > 3
            or (lex.unnamed_heads is not None and lex.unnamed_heads.search(p.text))
            or (lex.titles is not None and lex.titles.search(p.bare))
            # "Selon leur étude": the document is the source as written
            or (lex.document_heads is not None and lex.document_heads.search(p.bare))
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
            named=[t for t in bare.split() if is_capitalised(t)],
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

    def _names_nobody(self, p: _Phrase) -> bool:
        """ "ce", "nobody", "par plusieurs syndicats", a lone article."""
        lex = self.lexicon
        # German "das" is a pronoun ("Das sei falsch") and an article ("Das Ministerium
        # erklärte"): before a capitalised noun it is the article.
        article = (
            p.first in lex.determiners
            and len(p.tokens) > 1
            and (
                # "im", "am": a preposition and an article
                (p.first not in self._cut_words and is_capitalised(p.tokens[1]))
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
        role; lowercase words after it are adverbs before a verb particle."""
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
        if len(tokens) == 1 and (
            tokens[0].lower().endswith(self._adverb_endings)
            or (self.lexicon.hedges is not None and self.lexicon.hedges.fullmatch(tokens[0]))
        ):
            # "Alegadamente, a embarcação terá ...", "Можливо, ...": an adverb or a hedge
            # word, no one
            return ""
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
