"""Regular expressions and small helpers for the shapes attribution phrases take, shared by
the modules of this package."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from bot.extraction.lexicon import Lexicon, Matcher
from bot.extraction.outlets import Outlet
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
# Words of a phrase saying to whom or when a document was given, between its participle
# and its agent: "provided to the Chronicle by", "communiqué en milieu de journée par".
MAX_RECIPIENT_WORDS = 3
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
# A word of a time between a verb and its subject: hyphenated days too ("nesta
# sexta-feira"), and the day of the month after one in brackets ("nesta terça-feira (3)").
_TIME_WORD = re.compile(r"\s+([^\W\d_]+(?:-[^\W\d_]+)*)(?![\w'’-])(?:\s+\(\d{1,2}\))?")
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
# "La pépite française de l'IA Nuvéa va", "Der Darmstädter Softwarekonzern Xentara baut":
# a determiner, a description, then one capitalised name before a lowercase word (a verb).
_DESCRIPTION = r"(?P<determiner>[\w'’]+?)(?:\s+|(?<=['’]))(?P<description>(?:[\w'’-]+\s+){1,7}?)"
_DESCRIBED_NAME = re.compile(rf"{_DESCRIPTION}(?P<name>[{_UPPER}][\w'’-]+)\s+[{_LOWER}]")
# The same with a name of several capitalised words ("the carmaker Drayton Motors"), where
# only names are capitalised.
_DESCRIBED_NAMES = re.compile(
    rf"{_DESCRIPTION}(?P<name>[{_UPPER}][\w'’-]+(?:\s+[{_UPPER}][\w'’-]+)*)\s+[{_LOWER}]"
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


def _setting(lexicon: Lexicon, key: str, default: Any = None) -> Any:
    """A setting of the cue file's attribution section (a flag, a mode, a table) as
    written, or `default` where the language has none."""
    return lexicon.raw.get("attribution", {}).get(key, default)


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
