"""Per-language cue data, loaded from `data/lang/<code>.toml` and compiled to regexes.

A language is supported when its file exists: the extractor's rules are the same for every
language, only these word lists differ. Files are read once per process.
"""

from __future__ import annotations

import re
import sys
import tomllib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

# Letters of every supported script; `\w` also matches digits and underscores, which a
# name never starts with.
APOSTROPHES = "'\u2019\u02bc"


def _atoms(phrase: str) -> list[str]:
    """A phrase as regex atoms: any run of spaces matches any white space, any
    apostrophe matches every apostrophe style."""
    atoms: list[str] = []
    for ch in phrase:
        if ch.isspace():
            atom = r"\s+"
            if atoms and atoms[-1] == atom:
                continue
        elif ch in APOSTROPHES:
            atom = f"[{APOSTROPHES}]"
        else:
            atom = re.escape(ch)
        atoms.append(atom)
    return atoms


# Put after a phrase's first character: the character before the phrase is no letter,
# digit or hyphen. Written after the first character rather than before it, so that the
# regex engine can skip along the text to a possible first character instead of entering
# the whole pattern at every position; about a third less work on a lexicon scan.
WORD_START_AFTER_FIRST = r"(?<![\w-].)"

# Put after a phrase: it ends a word.
WORD_END = r"(?![\w])"
# ... or it ends on an apostrophe that elides it into the next word ("dall'opposizione").
# Only for lists holding such a phrase: the extra branch costs on every scan.
ELIDED_WORD_END = r"(?:(?![\w])|(?<=['\u2019\u02bc]))"


def _word_end(phrases: list[str]) -> str:
    elided = any(p.strip().endswith(tuple(APOSTROPHES)) for p in phrases)
    return ELIDED_WORD_END if elided else WORD_END


def _trie_pattern(trie: dict[str, Any], after_first: str = "") -> str:
    ends = "" in trie
    branches = [
        atom + after_first + _trie_pattern(sub) for atom, sub in sorted(trie.items()) if atom
    ]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if ends:
        return f"(?:{body})?"
    return body


def _trie(sequences: Iterable[list[str]]) -> dict[str, Any]:
    """The atom sequences merged into a trie; "" marks where one ends."""
    trie: dict[str, Any] = {}
    for atoms in sequences:
        node = trie
        for atom in atoms:
            node = node.setdefault(atom, {})
        node[""] = {}
    return trie


def _alternation(phrases: list[str], fold_case: bool = True, after_first: str = "") -> str:
    """A regex matching any of `phrases`, the longest where several match.

    The phrases are merged into a trie so that the regex engine tries one branch per
    first letter instead of every phrase at every position: lexicons have hundreds of
    phrases, and this is what keeps extraction fast.
    """
    stripped = {phrase.strip() for phrase in phrases} - {""}
    return _trie_pattern(
        _trie(_atoms(p.lower() if fold_case else p) for p in stripped), after_first
    )


def literal_alternation(words: Iterable[str]) -> str:
    """A regex matching any of `words` exactly as written (case, spaces, apostrophes), the
    longest where several match; merged into a trie as `_alternation` does, for lists as
    long as the thousand names of `outlets.toml`."""
    return _trie_pattern(_trie([re.escape(ch) for ch in word] for word in set(words)))


_recent_lowered: list[tuple[str, str]] = [("", "")]


def _lowered(text: str) -> str:
    """`text.lower()`, remembered for the last few texts: a sentence (and its masked copy)
    meets a dozen matchers in a row, and lowercasing each once is enough."""
    for original, lowered in _recent_lowered:
        if original is text:
            return lowered
    lowered = text.lower()
    _recent_lowered.insert(0, (text, lowered))
    del _recent_lowered[4:]
    return lowered


class PhraseMatcher:
    """Case-insensitive whole-word matching of a lexicon's phrases.

    The phrases are compiled lowercase and matched against the lowercased text: in
    CPython's regex engine that is about three times faster than `re.IGNORECASE`, and
    lexicon matching is most of the extractor's work. `str.lower()` keeps offsets for all
    but a few characters ("İ"); for text holding one, the case-folding pattern is used.
    Matches carry the lowercased text: read what was written from the original by offset.
    """

    __slots__ = ("pattern", "_lower", "_folding")

    def __init__(
        self,
        body: str,
        *,
        whole_words: bool = True,
        starts_checked: bool = False,
        word_end: str = WORD_END,
    ) -> None:
        # `starts_checked`: the body already checks where each phrase starts
        # (`WORD_START_AFTER_FIRST`), only its end is left to check.
        if starts_checked:
            self.pattern = rf"(?:{body}){word_end}"
        elif whole_words:
            self.pattern = rf"(?<![\w-])(?:{body}){word_end}"
        else:
            self.pattern = body
        self._lower = re.compile(self.pattern)
        self._folding: re.Pattern[str] | None = None

    def _for(self, text: str) -> tuple[re.Pattern[str], str]:
        # The text met last is by far the most frequent: look at it before anything else.
        last, lowered = _recent_lowered[0]
        if last is not text:
            lowered = _lowered(text)
        if len(lowered) == len(text):
            return self._lower, lowered
        if self._folding is None:
            self._folding = re.compile(self.pattern, re.IGNORECASE)
        return self._folding, text

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        pattern, subject = self._for(text)
        return pattern.search(subject, pos, endpos)

    def match(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        pattern, subject = self._for(text)
        return pattern.match(subject, pos, endpos)

    def fullmatch(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        pattern, subject = self._for(text)
        return pattern.fullmatch(subject, pos, endpos)

    def finditer(
        self, text: str, pos: int = 0, endpos: int = sys.maxsize
    ) -> Iterator[re.Match[str]]:
        pattern, subject = self._for(text)
        return pattern.finditer(subject, pos, endpos)


Matcher = PhraseMatcher | re.Pattern[str]


def with_modifiers(phrases: list[str], modifiers: list[str]) -> list[str]:
    """`phrases`, and each again with every modifier before its noun, the first
    capitalised word after the first: "nach Angaben der" and "nach ersten Angaben der"
    (German capitalises nouns; a phrase without one takes no modifier). Only phrases
    that go on to whose words they are: a bare "nach ersten Erkenntnissen" names no one."""
    out = list(phrases)
    for phrase in phrases:
        first, _, rest = phrase.partition(" ")
        if rest[:1].isupper() and len(rest.split()) >= 2:
            out += [f"{first} {modifier} {rest}" for modifier in modifiers]
    return out


def phrase_regex(phrases: list[str], flags: int = re.IGNORECASE) -> Matcher | None:
    """Match any of `phrases` as whole words (case-insensitively unless `flags` is 0);
    None when the list is empty."""
    if not any(p.strip() for p in phrases):
        return None
    if flags & re.IGNORECASE:
        return PhraseMatcher(
            _alternation(phrases, fold_case=True, after_first=WORD_START_AFTER_FIRST),
            starts_checked=True,
            word_end=_word_end(phrases),
        )
    pattern = _alternation(phrases, fold_case=False)
    return re.compile(rf"(?<![\w-])(?:{pattern}){_word_end(phrases)}", flags)


def _second_person_regex(pronouns: list[str]) -> re.Pattern[str] | None:
    """The second person as written, after a hyphen too: French inverts its questions
    ("comment arrivez-vous"), German tells "Sie" from "sie" by its capital."""
    if not pronouns:
        return None
    return re.compile(rf"(?<!\w)(?:{'|'.join(map(re.escape, pronouns))})(?!\w)")


def _hedge_regex(phrases: list[str], patterns: list[str]) -> Matcher | None:
    """Hedge phrases, plus raw patterns for hedges that span words ("soll ... haben")."""
    words = phrase_regex(phrases)
    if not patterns:
        return words
    parts = [p for p in ([words.pattern] if words else []) + patterns if p]
    return re.compile("|".join(parts), re.IGNORECASE) if parts else None


# What may come before a sentence's first word: a dialogue dash, an opening quote or bracket.
_SENTENCE_LEAD = r"^[\s\-\u2013\u2014\u00ab\u201c\u201e\"'(]*"


def _opener_regex(phrases: list[str]) -> re.Pattern[str] | None:
    """Match any of `phrases` as the first words of a sentence, case-insensitively."""
    body = _alternation(phrases)
    end = _word_end(phrases)
    return re.compile(rf"{_SENTENCE_LEAD}(?:{body}){end}", re.IGNORECASE) if body else None


def clause_opener_regex(phrases: list[str]) -> Matcher | None:
    """Match any of `phrases` where a clause opens: at the start of the text, or after a
    comma, a bracket or a dash. The phrase is the match's group "phrase".

    Scanning for the boundaries first is much cheaper than trying every phrase at every
    word, and words such as "called" or "jugé" mean something else mid-clause."""
    body = _alternation(phrases)
    if not body:
        return None
    return PhraseMatcher(
        rf"(?:^|[,(\u2014\u2013])\s*(?P<phrase>{body}){_word_end(phrases)}", whole_words=False
    )


@dataclass(frozen=True, eq=False)
class Lexicon:
    """The compiled cue data of one language."""

    code: str
    name: str
    raw: dict[str, Any]
    abbreviations: frozenset[str]
    sentence_final_abbreviations: frozenset[str]
    stopwords: frozenset[str]
    verbs: Matcher | None
    weak_verbs: Matcher | None
    transitive_verbs: Matcher | None
    according_to: Matcher | None
    according_after: Matcher | None
    according_initial: re.Pattern[str] | None
    own_view: Matcher | None
    inverted_pronouns: tuple[str, ...]
    pronouns: frozenset[str]
    titles: Matcher | None
    unnamed_heads: Matcher | None
    unnamed_determiners: frozenset[str]
    document_heads: Matcher | None
    governments: Matcher | None
    state_media: Matcher | None
    agency_heads: Matcher | None
    institutions: Matcher | None
    not_sources: frozenset[str]
    determiners: frozenset[str]
    honorifics: frozenset[str]
    leading_fillers: Matcher | None
    hedges: Matcher | None
    not_hedges: Matcher | None
    plan_cues: Matcher | None
    conditional_openers: re.Pattern[str] | None
    future_in_past: Matcher | None
    months: Matcher | None
    relative_dates: Matcher | None
    scale_words: str
    currency_words: str
    percent_words: str
    opinion: Matcher | None
    first_person: Matcher | None
    # First-person verb forms of a language that drops its pronouns ("tenemos", "creo"):
    # they tell an interview's answers, not the ranking's colour.
    first_person_verbs: Matcher | None
    # Second-person words: a question addressed to someone, as interviewers ask.
    second_person: re.Pattern[str] | None
    conclusion: re.Pattern[str] | None
    hypothesis: re.Pattern[str] | None
    case_suffixes: tuple[str, ...]
    reported_speech: Matcher | None
    inverted_verbs: Matcher | None

    def words(self, section: str, key: str) -> list[str]:
        return list(self.raw.get(section, {}).get(key, []))


def _with_spelling_variants(data: dict[str, Any]) -> dict[str, Any]:
    """The cue data with every phrase also in the language's other spellings: the
    `[spelling] variants` pairs ("ß" and "ss": Swiss German writes "heisst es", "gemäss")."""
    variants = [tuple(pair) for pair in data.get("spelling", {}).get("variants", [])]
    if not variants:
        return data

    def spelled(words: list[Any]) -> list[Any]:
        out = list(words)
        for word in words:
            if not isinstance(word, str):
                continue
            for written, other in variants:
                if written in word and word.replace(written, other) not in out:
                    out.append(word.replace(written, other))
        return out

    return {
        name: (
            {
                key: spelled(value) if isinstance(value, list) else value
                for key, value in table.items()
            }
            if isinstance(table, dict)
            else table
        )
        for name, table in data.items()
    }


def _with_clefts(data: dict[str, Any]) -> dict[str, Any]:
    """The cue data with every cleft opener joined to every copula ("a confermarlo" +
    "è stato") among the phrases of `according_to` and `back_reference`: a cleft names
    its source after the copula, in any tense, for its own sentence and the one before."""
    att = data.get("attribution", {})
    clefts = [
        f"{opener} {copula}"
        for opener in att.get("clefts", [])
        for copula in att.get("cleft_copulas", [])
    ]
    if not clefts:
        return data
    joined = {key: list(att.get(key, [])) + clefts for key in ("according_to", "back_reference")}
    return {**data, "attribution": {**att, **joined}}


def _with_compound_tenses(data: dict[str, Any]) -> dict[str, Any]:
    """The cue data with every compound reporting verb also in the other number of its
    auxiliary (`auxiliary_numbers` pairs: "a relevé" is listed, "ont relevé" follows),
    then in the other tenses (`auxiliary_tenses` pairs: "a requis" gives "avait requis"):
    a body speaks in the singular or the plural, and the press reports in the pluperfect
    what was said before the news."""
    att = data.get("attribution", {})
    numbers = [tuple(pair) for pair in att.get("auxiliary_numbers", [])]
    tenses = [tuple(pair) for pair in att.get("auxiliary_tenses", [])]
    if not tenses and not numbers:
        return data

    def in_other_forms(phrases: list[str], pairs: list[tuple[str, ...]]) -> list[str]:
        out = list(phrases)
        for phrase in phrases:
            auxiliary, _, rest = phrase.partition(" ")
            out += [f"{other} {rest}" for listed, other in pairs if listed == auxiliary and rest]
        return out

    def in_every_tense(phrases: list[Any]) -> list[Any]:
        both_numbers = numbers + [(other, listed) for listed, other in numbers]
        out = in_other_forms(in_other_forms(list(map(str, phrases)), both_numbers), tenses)
        return list(dict.fromkeys(out))

    joined = {
        key: in_every_tense(att[key])
        for key in ("verbs", "weak_verbs", "transitive_verbs")
        if key in att
    }
    return {**data, "attribution": {**att, **joined}}


def _compile(data: dict[str, Any]) -> Lexicon:
    data = _with_spelling_variants(_with_compound_tenses(_with_clefts(data)))
    seg = data.get("segmentation", {})
    att = data.get("attribution", {})
    hed = data.get("hedging", {})
    dat = data.get("dates", {})
    fig = data.get("figures", {})
    rank = data.get("ranking", {})

    def words(section: dict[str, Any], key: str) -> list[str]:
        return [str(w) for w in section.get(key, [])]

    return Lexicon(
        code=data["language"],
        name=data.get("name", data["language"]),
        raw=data,
        abbreviations=frozenset(w.lower() for w in words(seg, "abbreviations")),
        sentence_final_abbreviations=frozenset(
            w.lower() for w in words(seg, "sentence_final_abbreviations")
        ),
        stopwords=frozenset(w.lower() for w in words(data.get("detection", {}), "stopwords")),
        verbs=phrase_regex(words(att, "verbs")),
        weak_verbs=phrase_regex(words(att, "weak_verbs")),
        transitive_verbs=phrase_regex(words(att, "transitive_verbs")),
        according_to=phrase_regex(
            with_modifiers(words(att, "according_to"), words(att, "according_modifiers"))
        ),
        according_after=phrase_regex(words(att, "according_after")),
        according_initial=(
            re.compile(rf"^\s*(?:{_alternation(words(att, 'according_initial'))})\s", re.I)
            if words(att, "according_initial")
            else None
        ),
        own_view=phrase_regex(words(att, "own_view")),
        inverted_pronouns=tuple(words(att, "inverted_pronouns")),
        pronouns=frozenset(w.lower() for w in words(att, "pronouns")),
        # A description of a person ("la jeune femme") is read where a title is.
        titles=phrase_regex(_with_former(att)),
        unnamed_heads=phrase_regex(words(att, "unnamed_heads")),
        unnamed_determiners=frozenset(w.lower() for w in words(att, "unnamed_determiners")),
        document_heads=phrase_regex(words(att, "document_heads")),
        governments=phrase_regex(words(att, "governments") + words(att, "government_countries"), 0),
        state_media=phrase_regex(words(att, "state_media")),
        agency_heads=phrase_regex(words(att, "agency_heads")),
        institutions=phrase_regex(words(att, "institutions")),
        not_sources=frozenset(w.lower() for w in words(att, "not_sources")),
        determiners=frozenset(w.lower() for w in words(att, "determiners")),
        honorifics=frozenset(w.lower() for w in words(att, "honorifics")),
        leading_fillers=phrase_regex(words(att, "leading_fillers")),
        hedges=_hedge_regex(words(hed, "phrases"), words(hed, "patterns")),
        not_hedges=phrase_regex(words(hed, "not_hedges")),
        plan_cues=phrase_regex(words(hed, "plan_cues")),
        conditional_openers=_opener_regex(words(hed, "conditional_openers")),
        future_in_past=phrase_regex(words(hed, "future_in_past")),
        months=phrase_regex(words(dat, "months")),
        relative_dates=phrase_regex(words(dat, "relative")),
        scale_words=_alternation(words(fig, "scale_words")) or "(?!)",
        currency_words=_alternation(words(fig, "currency_words")) or "(?!)",
        percent_words=_alternation(words(fig, "percent_words")) or "(?!)",
        opinion=phrase_regex(words(rank, "opinion")),
        first_person=phrase_regex(words(rank, "first_person")),
        first_person_verbs=phrase_regex(words(rank, "first_person_verbs")),
        second_person=_second_person_regex(words(rank, "second_person")),
        conclusion=_opener_regex(words(rank, "conclusion")),
        hypothesis=_opener_regex(words(rank, "hypothesis")),
        reported_speech=phrase_regex(words(att, "reported_speech")),
        inverted_verbs=phrase_regex(words(att, "inverted_verbs")),
        case_suffixes=tuple(sorted(words(att, "name_case_suffixes"), key=len, reverse=True)),
    )


def _with_former(att: dict[str, Any]) -> list[str]:
    """The titles, descriptions and trades, each also with the hyphenated prefix of a
    former holder ("ex-ministre", "экс-губернатор"): the hyphen hides the title from a
    whole-word match."""
    keys = ("titles", "person_descriptions", "professions")
    titles = [str(w) for key in keys for w in att.get(key, [])]
    prefixes = [str(w) for w in att.get("former_prefixes", [])]
    return titles + [f"{prefix}{title}" for prefix in prefixes for title in titles]


def _lang_dir():  # type: ignore[no-untyped-def]
    return resources.files("bot.extraction") / "data" / "lang"


@cache
def available_languages() -> frozenset[str]:
    """Language codes that have a cue file."""
    return frozenset(
        entry.name.removesuffix(".toml")
        for entry in _lang_dir().iterdir()
        if entry.name.endswith(".toml")
    )


@cache
def load_language_data(code: str) -> dict[str, Any]:
    """The raw cue data of a language, uncompiled (cheap: language detection needs only
    the function words of every language, not their compiled patterns)."""
    return tomllib.loads((_lang_dir() / f"{code}.toml").read_text(encoding="utf-8"))


@cache
def load_language_section(code: str, section: str) -> dict[str, Any]:
    """One table of a language's cue file, read without parsing the rest of the file.

    Language detection needs the `[detection]` table of every language on each run; the
    whole files are ten times longer. A table runs from its header to the next header at
    the start of a line; when that slice does not parse, the whole file is read.
    """
    text = (_lang_dir() / f"{code}.toml").read_text(encoding="utf-8")
    header = f"\n[{section}]\n"
    start = text.find(header)
    if start < 0:
        return load_language_data(code).get(section, {})
    end = text.find("\n[", start + len(header))
    try:
        table = tomllib.loads(text[start : end if end >= 0 else len(text)])
    except tomllib.TOMLDecodeError:
        table = load_language_data(code)
    return dict(table.get(section, {}))


@cache
def get_lexicon(code: str) -> Lexicon:
    """The compiled lexicon of a language; English when the language has no file."""
    if code not in available_languages():
        code = "en"
    return _compile(load_language_data(code))


@cache
def opening_phrases(code: str, key: str) -> re.Pattern[str] | None:
    """The cue file's phrases under [attribution] `key`, matched where a sentence opens
    ("C'est ce qu'a", "Lo ha", "Про це"); None when the language lists none."""
    pattern = phrase_regex(get_lexicon(code).words("attribution", key))
    return re.compile(r"\s*(?:" + pattern.pattern + ")", re.IGNORECASE) if pattern else None
