"""Paragraphs and sentences, with their offsets in the article text.

Sentence splitting has to survive what news text is full of: abbreviations and initials
("M. Poutine", "U.S.", "Dr."), quotations that end a sentence inside the quote marks
(`... 100." Next`), and numbers written with spaces, commas or dots ("100 000",
"3,3 milliards", "$1.5bn"). Splits only happen on end punctuation followed by white space
and something that can start a sentence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache

from bot.extraction.lexicon import Lexicon, Matcher, phrase_regex

OPEN_QUOTES = "“«„"
CLOSE_QUOTES = "”»"
STRAIGHT_QUOTE = '"'

# End punctuation, then optional closing quotes/brackets (French puts a space before »;
# German closes on « or “ right after the point: »so.«, „Wir handeln.“ Er ging.; set after
# a space, “ opens the next sentence's quotation in English), then white space, then what
# may start a sentence: a capital, a digit, an opening quote or a dash.
_BOUNDARY = re.compile(
    r"(?P<end>[.!?…]+(?:\s?[»”\"’')\]]|«|“)*)(?P<space>\s+|(?=[—–]\s))(?=[\"“«»„'‘(\[—–¿¡-]?\s?[^\W_a-zß-ÿа-яёіїєґ])"
)
_TOKEN_BEFORE = re.compile(r"([\w.'’°º-]+)$")
_PARAGRAPH = re.compile(r"[^\n]+")
_DOTTED_ACRONYM = re.compile(r"(?:[^\W\d_]\.)+[^\W\d_]?")
# The next word after a position, past the spaces before it.
_NEXT_TOKEN = re.compile(r"\s*(\S+)")


@dataclass
class Paragraph:
    text: str
    start: int
    index: int


@dataclass
class Sentence:
    """A sentence, with where it sits in the article."""

    text: str
    start: int
    end: int
    paragraph: int
    index: int = 0
    # Character spans (relative to `text`) that are inside quotation marks.
    quoted_spans: list[tuple[int, int]] = field(default_factory=list)
    opens_quote: bool = False  # a quotation starts here and does not close in the sentence
    inside_quote_at_start: bool = False  # the sentence starts inside a running quotation
    _masked: str | None = None


def split_paragraphs(text: str) -> list[Paragraph]:
    """Non-empty lines, stripped, with their offsets."""
    paragraphs: list[Paragraph] = []
    for match in _PARAGRAPH.finditer(text):
        line = match.group()
        stripped = line.strip()
        if not stripped:
            continue
        start = match.start() + (len(line) - len(line.lstrip()))
        paragraphs.append(Paragraph(stripped, start, len(paragraphs)))
    return paragraphs


def _is_abbreviation(before: str, lexicon: Lexicon) -> bool:
    # The token before the dot: the regex reads only the last blank-separated chunk, never
    # the whole paragraph before it.
    if not before or before[-1].isspace():
        return False
    before_all = before[-60:]
    before = before[-40:].rsplit(None, 1)[-1]
    token_match = _TOKEN_BEFORE.search(before)
    if not token_match:
        return False
    token = token_match.group(1).lstrip("'’(")
    bare = token.rstrip(".").lower()
    if bare in lexicon.abbreviations:
        return True
    # An initial ("J." in "J. Smith") or a dotted acronym ("U.S.", "F.A.Z."); a letter
    # glued to what precedes it is a unit ("150 km/h.", "1,5 °C."), not an initial.
    start = token_match.start(1)
    glued = start > 0 and before[start - 1] in "/°"
    if len(bare) == 1 and bare.isalpha() and not glued:
        # "a écrit le maire sur X. Le préfet ...": the network, not an initial
        return not (token.rstrip(".") == "X" and _after_lowercase_word(before_all))
    return bool(_DOTTED_ACRONYM.fullmatch(token)) and "." in bare


def _closes_sentence(text: str, start: int, boundary: re.Match[str], lexicon: Lexicon) -> bool:
    """Whether an abbreviation that often ends a sentence (the cue file's
    `sentence_final_abbreviations`: "Ltd.", "a.m.") does, before a capitalised function
    word: "...paid Pristine Facilities Ltd. The indictment says" ("Apple Inc. Chief
    Executive Tim Cook" goes on)."""
    end = boundary.start("end")
    token = text[max(start, end - 40) : end].rsplit(None, 1)[-1:] or [""]
    if token[0].lower().rstrip(".") not in lexicon.sentence_final_abbreviations:
        return False
    following = _NEXT_TOKEN.match(text, boundary.end())
    return (
        following is not None
        and following.group(1)[:1].isupper()
        and (following.group(1).lower() in lexicon.stopwords)
    )


def _after_lowercase_word(before: str) -> bool:
    """Whether the token ending `before` follows a lowercase word ("sur X", "on X")."""
    words = before.split()
    return len(words) >= 2 and words[-2].isalpha() and words[-2].islower()


# Longer than any sentence a reporter writes: text without end punctuation (a pasted
# table, a run-on transcript) is cut at white space so that work stays linear in its size.
MAX_SENTENCE_CHARS = 1500


def _bounded(text: str, start: int, end: int) -> list[tuple[int, int]]:
    parts = []
    while end - start > MAX_SENTENCE_CHARS:
        cut = text.rfind(" ", start + MAX_SENTENCE_CHARS // 2, start + MAX_SENTENCE_CHARS)
        cut = cut if cut > start else start + MAX_SENTENCE_CHARS
        parts.append((start, cut))
        start = cut + 1 if text[cut : cut + 1] == " " else cut
    parts.append((start, end))
    return parts


def split_sentences(paragraph: Paragraph, lexicon: Lexicon) -> list[Sentence]:
    """Split one paragraph into sentences, keeping exact offsets."""
    text = paragraph.text
    pieces: list[tuple[int, int]] = []
    start = 0
    for match in _BOUNDARY.finditer(text):
        end = match.start("space")
        punct = match.group("end")
        single_dot = punct.startswith(".") and len(punct.rstrip("»”\"’')] ")) == 1
        if (
            single_dot
            and _is_abbreviation(text[start : match.start("end")], lexicon)
            and not _closes_sentence(text, start, match, lexicon)
        ):
            continue
        pieces.append((start, end))
        start = match.end()
    if start < len(text):
        pieces.append((start, len(text)))
    pieces = [part for piece in pieces for part in _bounded(text, *piece)]
    sentences = [
        Sentence(
            text=text[a:b],
            start=paragraph.start + a,
            end=paragraph.start + b,
            paragraph=paragraph.index,
        )
        for a, b in pieces
        if text[a:b].strip()
    ]
    # Russian and Ukrainian set dialogue as paragraphs opening with a dash, no quote marks:
    # "— Мы ждём его с визитом,— попросил коллегу Путин." The whole paragraph is speech.
    dialogue = bool(lexicon.raw.get("segmentation", {}).get("dialogue_dash")) and bool(
        _DIALOGUE_OPENING.match(text)
    )
    _mark_quotes(sentences, _narration_verbs(lexicon), dialogue)
    return sentences


@cache
def _narration_verbs(lexicon: Lexicon) -> Matcher | None:
    """The verbs that make a dash insert the narrator's words: the reporting verbs plus
    those that report only there ("— начал Путин", "— закончил он")."""
    inserts = lexicon.words("attribution", "insert_verbs")
    if not inserts:
        return lexicon.verbs
    return phrase_regex(lexicon.words("attribution", "verbs") + inserts)


# The marks that close a quotation opened by each mark: German opens with „ and closes
# with “, which opens a quotation in English.
_CLOSERS = {"“": "”", "«": "»", "„": "“”", '"': '"'}
_QUOTE_MARK = re.compile('[“”«»„"]')
# Italian and Spanish sites often type the aside's dashes as spaced hyphens: «Siamo
# pronti - ha detto il ministro - a fare la nostra parte».
_DASH_ASIDE = re.compile(r"\s(?P<dash>[–—]|-)\s([^–—“”«»„\"]{3,60}?)\s(?P=dash)\s")
# Dashes (and spaced hyphens) stay: they bound a narrator's aside.
_MASKABLE = re.compile(r'[^\s“”«»„"‟–—-]|(?<!\s)-|-(?!\s)')


# Russian and Ukrainian put the narrator's words inside the quotation, between dashes:
# «Утверждают, что это правило, — пояснила она, — но ...». Those words are not quoted.
# Many sites type the dash as a spaced hyphen: '"..., - розповідає Андрій Чабан. - ..."'.
_NARRATOR_DASH = r"(?:[—–]|(?<=\s)-(?=\s))"
# The insert may hold a quoted name ("— каже Ярослава П'яла, директор телерадіокомпанії
# «Тернопіль»"); one that closes the sentence may describe the speaker at length.
# Spanish and Portuguese set the insert's dashes against its words, with no comma before
# it: "—No cederemos —afirmó el ministro—. Construiremos ...", "... —disse ele—, mas";
# Brazilian papers space them: "— A greve terminou — disse o delegado."
_NARRATOR_INSERT = re.compile(
    rf"(?:(?<=[,!?…])|(?<=[!?.]\.)|(?<=[^\W\d_])(?=\s[—–]\s?[^\W\d_]))\s?{_NARRATOR_DASH}\s?[^\W\d_]"
    r"(?:[^—–«»“”\"„.!?]|«[^«»]{1,40}»|„[^„“]{1,40}“){0,240}?"
    rf"(?=,\s?{_NARRATOR_DASH}\s|\.\s?{_NARRATOR_DASH}\s|\.?\s*$|(?<=[^\W\d_])[—–][.,;]?(?:\s|$))"
)
MAX_INSERT_WORDS = 8  # an insert the quotation resumes after
MAX_CLOSING_INSERT_WORDS = 30  # an insert that ends the sentence, opening on its verb
# French (and Italian, Portuguese) writers leave the narrator's incise inside the
# guillemets, set off by commas: « Rien n'a bougé, déplore le maire. Le ministère se tait. »,
# « Nous resterons, a-t-il assuré, jusqu'au bout ». The incise opens on its reporting verb.
_COMMA_INSERT = re.compile(
    r"(?<=[\w%)]),\s(?=[^\W\d_])(?:[^,;:.!?«»“”\"„()—–]){3,120}?(?=,\s|\.\s|\.?\s*$)"
)


_DIALOGUE_OPENING = re.compile(r"[—–]\s?[^\W\d_]")
_RESUME = re.compile(rf",\s?{_NARRATOR_DASH}\s?|[—–][.,;]?\s?")


_INVERTED_AUXILIARY = re.compile(r"([^\W\d_]+)(?:-t)?-(?:il|elle|ils|elles|on)\b")


def _comma_inserts(text: str, a: int, b: int, verbs: Matcher | None) -> list[re.Match[str]]:
    """The narrator's incises set off by commas inside the quoted span `a`..`b`: a
    reporting verb, then its subject ("déplore le maire", "a-t-il assuré")."""
    if verbs is None:
        return []
    found = []
    for m in _COMMA_INSERT.finditer(text, a, b):
        insert = m.group()[2:]
        if len(insert.split()) > MAX_INSERT_WORDS:
            continue
        # The subject pronoun hooked to an inverted auxiliary: "a-t-il assuré".
        inverted = _INVERTED_AUXILIARY.match(insert)
        if inverted:
            insert = inverted.group(1) + insert[inverted.end() :]
        verb = verbs.match(insert)
        if verb is None:
            continue
        if not inverted and not insert[verb.end() :].strip(" -"):
            continue  # no subject after the verb: the speaker's own "..., je le dis."
        found.append(m)
    return found


def _opens_on_verb(insert: str, verbs: Matcher) -> bool:
    """Whether the narrator's insert opens on its reporting verb, or on one manner adverb
    and the verb: "— каже X", "— спокійно пояснив X"."""
    insert = insert.lstrip(" —–-")
    if verbs.match(insert):
        return True
    first, _, rest = insert.partition(" ")
    return first.islower() and first.isalpha() and verbs.match(rest) is not None


def _split_narration(
    text: str, spans: list[tuple[int, int]], verbs: Matcher | None
) -> list[tuple[int, int]]:
    """Take the narrator's dash-delimited words ("— пояснила она,") out of quoted spans."""
    out = []
    for a, b in spans:
        cursor = a
        for m in _comma_inserts(text, a, b, verbs):
            out.append((cursor, m.start()))
            cursor = m.end() + 1 if text[m.end() : m.end() + 1] == "," else m.end()
            if not text[cursor:b].strip(" ."):
                cursor = b  # the incise closed the sentence
        for m in _NARRATOR_INSERT.finditer(text, cursor, b):
            words = len(m.group().split())
            closing = not text[m.end() :].strip(" .—–")  # "... —dijo X—."
            if verbs is None or not verbs.search(m.group()):
                continue
            if words > (MAX_CLOSING_INSERT_WORDS if closing else MAX_INSERT_WORDS):
                continue
            if words > MAX_INSERT_WORDS and not _opens_on_verb(m.group(), verbs):
                continue  # a long closing insert opens on its verb: "— каже X, директор ..."
            out.append((cursor, m.start()))
            resume = _RESUME.match(text, m.end())
            cursor = resume.end() if resume else m.end()
            if not text[cursor:b].strip(" ."):
                cursor = b  # the insert closed the sentence: its full stop is no quotation
        out.append((cursor, b))
    return [(a, b) for a, b in out if b > a]


def _opens_reversed(text: str, i: int, following: list[Sentence]) -> bool:
    """Whether the » at `i` opens a quotation the German way, »so«: outside any quotation,
    before a word, with a « to close it further on in the paragraph."""
    if i + 1 >= len(text) or not text[i + 1].isalnum():
        return False
    return "«" in text[i + 1 :] or any("«" in s.text for s in following)


def _mark_quotes(
    sentences: list[Sentence], verbs: Matcher | None = None, dialogue: bool = False
) -> None:
    """Find quoted spans, carrying an open quotation across sentence boundaries."""
    inside = dialogue  # a dialogue paragraph is speech up to its end: no closing mark
    closers = ""
    nested = 0  # straight quotes opened inside a straight-quoted span
    # «...» inside «...» («… партии «Яблоко» …»); back to 0 before the outer one closes
    nested_guillemets = 0
    for k, sentence in enumerate(sentences):
        sentence.inside_quote_at_start = inside
        spans = []
        span_start = 0 if inside else None
        text = sentence.text
        for mark in _QUOTE_MARK.finditer(text):
            i, ch = mark.start(), mark.group()
            if inside and ch == '"' and closers == '"':
                # Straight quotes do not say which way they face: one after a space and
                # before a word opens a quotation inside the quotation.
                if (i == 0 or text[i - 1].isspace() or text[i - 1] == "(") and (
                    i + 1 < len(text) and text[i + 1].isalnum()
                ):
                    nested += 1
                    continue
                # A quote that ends a sentence ends every quotation: writers drop the
                # second mark of '"... "Яндекс.Новости"".'
                ends = text[i + 1 : i + 2] in (".", "!", "?", "…", "")
                if nested and not ends:
                    nested -= 1
                    continue
                nested = 0
            if inside and closers == "»" and ch == "«":
                nested_guillemets += 1
                continue
            if inside and ch == "»" and nested_guillemets:
                nested_guillemets -= 1
                continue
            if inside and ch in closers:
                inside = False
                spans.append((span_start or 0, i + 1))
                span_start = None
            elif not inside and ch == "«" and not text[i + 1 :].strip(" ,.;:!?"):
                continue  # the « that closes a German »quotation« at the sentence's end
            elif not inside and ch in _CLOSERS:
                inside, span_start, closers = True, i, _CLOSERS[ch]
            elif not inside and ch == "»" and _opens_reversed(text, i, sentences[k + 1 :]):
                inside, span_start, closers = True, i, "«"
        if inside:
            spans.append((span_start or 0, len(sentence.text)))
            sentence.opens_quote = not sentence.inside_quote_at_start
        sentence.quoted_spans = _split_narration(sentence.text, spans, verbs)


def mask_quotes(sentence: Sentence) -> str:
    """The sentence with quoted words blanked out, offsets unchanged.

    Attribution and hedge cues inside a quotation belong to the speaker's words, not to
    the article's framing of them.
    """
    if sentence._masked is not None:
        return sentence._masked
    masked = sentence.text
    if sentence.quoted_spans:
        parts, cursor = [], 0
        for a, b in sentence.quoted_spans:
            parts.append(masked[cursor:a])
            # An aside between dashes is the article's own words: "“... – spiegano gli
            # attivisti – ...”" names the speaker inside the quotation.
            inner, inner_cursor = [], a
            for aside in _DASH_ASIDE.finditer(sentence.text, a, b):
                inner.append(_MASKABLE.sub("_", masked[inner_cursor : aside.start(2)]))
                inner.append(masked[aside.start(2) : aside.end(2)])
                inner_cursor = aside.end(2)
            inner.append(_MASKABLE.sub("_", masked[inner_cursor:b]))
            parts.append("".join(inner))
            cursor = b
        parts.append(masked[cursor:])
        masked = "".join(parts)
    sentence._masked = masked
    return masked


def unquoted(text: str) -> str:
    """A sentence read on its own (a claim's quote) with its quotations blanked out: the
    narrator's words around what a speaker said."""
    sentence = Sentence(text=text, start=0, end=len(text), paragraph=0)
    _mark_quotes([sentence])
    return mask_quotes(sentence)


def quoted_share(sentence: Sentence) -> float:
    """How much of the sentence lies inside quotation marks (0 to 1)."""
    if not sentence.quoted_spans:
        return 0.0
    return sum(b - a for a, b in sentence.quoted_spans) / max(len(sentence.text), 1)
