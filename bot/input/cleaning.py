"""Cleaning pasted text: what people copy along with an article is not a claim.

Breadcrumbs ("Home » MONDE »"), bylines and a bare "par", photo captions, "Related
Articles", cookie and subscription banners, share prompts and a title repeated as the first
paragraph are removed here, before any extraction. Kept lines are not rewritten, so every
quote the extractors take stays verbatim in what the user sent.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from functools import cache
from importlib import resources

# German closes its quotations with “ („so“) and « (»so«), and its inner ones with ‘.
_END_PUNCT = re.compile(r"[.!?…:;](?:\s?[»”“«\"'’‘)\]])*\s*$|[»”“«]\s*$")
# A crumb holds no opening guillemet: "Саратовский «Сокол» обыграл «Факел»" is a sentence.
_BREADCRUMB = re.compile(r"^(?P<crumbs>(?:[^»›>|«]{1,40}\s*[»›]\s*){2,})(?P<rest>.*)$")
# A line of short segments between spaced separators is a site's navigation, a byline
# or a share bar, wherever it sits: "Sport › Football › Transfers", "Politica | Giustizia",
# "Регіон-Інфо / Транспорт / 12.02.2024", "Par X · Publié le 14/02/2024". The spaces
# around the separator keep "24/7" and "and/or" in sentences; a segment holds no sentence
# punctuation or quotation mark, so a headline quoting someone is not cut.
_SEPARATOR = r"\s+(?:›|>|\||/|·|→|»)\s+"
_SEGMENT = r"[^\s›>|/·→»«“\"](?:[^›>|·→»«“\".!?]|(?<=\d)\.(?=\d)){0,39}?"
_SEGMENT_TRAIL = re.compile(rf"^{_SEGMENT}(?:{_SEPARATOR}{_SEGMENT}){{1,5}}$")
MAX_SEGMENT_WORDS = 5
# A byline naming the outlet in quotation marks: "Ирина Савельева, «Заречные ведомости»".
_BYLINE_WITH_OUTLET = re.compile(
    r"^[^\W\d_][^,.!?:«»“”\"]{2,40},[^.!?«»“”\"]{0,40}[«“\"][^«»“”\"]{2,40}[»”\"]$"
)
MAX_BYLINE_WORDS = 8
# A wire dateline opening the first paragraph: "WASHINGTON (AP) — ", "Hamburg (dpa/lno) – ",
# "ROCCAFONDA, 14 novembre (AGN) - ", "МОСКВА, 14 апреля. /ТАСС/. ". The agency there is
# the dispatch's carrier, not the source of the sentence it opens.
_DATELINE = re.compile(
    r"^(?=[A-ZÀ-ÖØ-ÞА-ЯЁІЇЄҐ])[\w'’.-]+(?:[ ,]+[\w'’.()-]+){0,5}?"
    r"(?:,\s*\d{1,2}\.?\s+[^\W\d_]+\.?(?:\s+\d{4})?)?"
    r"\s*(?:\([^()]{2,40}\)\s*\.?\s*[-–—]+|/[^/]{2,40}/\.?)\s+(?=\S)"
)
# The same with the agency after a dash, closed by a full stop, the city in capitals and
# the date required: "ВЕРНСК, 4 апреля — «Ардания-Пресс». ", "LYON, 3 mai — Agence Rhône. ".
_DATELINE_WITH_OUTLET = re.compile(
    r"^[A-ZÀ-ÖØ-ÞА-ЯЁІЇЄҐ][A-ZÀ-ÖØ-ÞА-ЯЁІЇЄҐ'’ .-]{1,30},\s*\d{1,2}\.?\s+[^\W\d_]+\.?"
    r"(?:\s+\d{4})?\s*[-–—]\s+[«\"„]?[^\W\d_][^.«»\"„“!?]{0,30}[»\"“]?\.\s+(?=\S)"
)
# A line this short above a headline is the section's name or the site's masthead
# ("Justiz", "Sociedade", "Arlebridge Echo"), not the title.
MAX_KICKER_WORDS = 3
MAX_TITLE_WORDS = 30
_WORDS = re.compile(r"[^\W_]+(?:['’-][^\W_]+)*")
# A caption or subheading is short; a list item after a colon may be as short.
MAX_CAPTION_WORDS = 19


@dataclass
class CleanText:
    """The article text with furniture removed, and what was removed."""

    text: str
    title: str
    removed: list[str] = field(default_factory=list)


@cache
def _furniture_data() -> dict:
    return tomllib.loads(
        (resources.files("bot.input") / "data" / "furniture.toml").read_text(encoding="utf-8")
    )


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    data = _furniture_data()
    # Patterns are written lowercase and matched against the lowercased line: faster than
    # re.IGNORECASE, and no pattern needs case.
    lines = re.compile("^(?:" + "|".join(data["lines"]) + r")\s*$")
    contains = re.compile("|".join(data["contains"]))
    return lines, contains


# An author's note closes the text: it is read among this many last lines only.
AUTHOR_BIO_LINES = 4
MAX_AUTHOR_BIO_WORDS = 60
_NAME = r"[A-ZÀ-ÖØ-ÞА-ЯЁІЇЄҐ][\w'’.-]+(?:\s+[A-ZÀ-ÖØ-ÞА-ЯЁІЇЄҐ][\w'’.-]+){1,3}"


@cache
def _author_bio() -> re.Pattern[str]:
    data = _furniture_data()["author_bio"]
    words = "|".join(re.escape(link) for link in data["links"] if link.isalpha())
    marks = "".join(re.escape(link) for link in data["links"] if not link.isalpha())
    trades = "|".join(re.escape(trade) for trade in data["trades"])
    beats = "|".join(re.escape(beat) for beat in data["beats"])
    # the trade after up to five words: "a senior data reporter", "the Daily Ledger's chief
    # sports reporter"; or the beat right after the name
    return re.compile(
        rf"^{_NAME}(?:(?:\s+(?:{words})|\s*[{marks}])\s+(?:[\w'’-]+\s+){{0,5}}?"
        rf"(?i:{trades})|\s+(?:{beats}))(?!\w)"
    )


def is_author_bio(line: str) -> bool:
    """Whether a line is a journalist's note on themselves ("Oliver Grange is the Ledger's
    health editor."), the way articles close."""
    return len(line.split()) <= MAX_AUTHOR_BIO_WORDS and bool(_author_bio().match(line))


# Furniture is short: a paragraph longer than this is prose, whatever words it contains.
MAX_FURNITURE_CHARS = 400


def is_furniture(line: str) -> bool:
    """Whether a whole line is navigation, a byline, a banner or a share prompt."""
    if len(line) > MAX_FURNITURE_CHARS:
        return False
    if _is_segment_trail(line):
        return True
    lines, contains = _patterns()
    lowered = line.lower()
    return bool(lines.match(lowered) or contains.search(lowered))


# How far from its end a line's closing punctuation can sit: a full stop, closing quotes
# and brackets ('... 100 %.» )'). Looking only there keeps the check short on long lines.
_END_WINDOW = 24


def ends_like_prose(line: str) -> bool:
    """Whether a line ends as a sentence does, with end punctuation or a closing quote."""
    return bool(_END_PUNCT.search(line, max(0, len(line) - _END_WINDOW)))


def _is_segment_trail(line: str) -> bool:
    return bool(_SEGMENT_TRAIL.match(line)) and all(
        len(segment.split()) <= MAX_SEGMENT_WORDS for segment in re.split(_SEPARATOR, line)
    )


def _is_kicker(line: str, following: str) -> bool:
    """Whether `line`, the first line of the text, names a section or a site above the
    headline that `following` is: both read as titles, and the first is a few words."""
    return (
        len(line.split()) <= MAX_KICKER_WORDS
        and not ends_like_prose(line)
        and not ends_like_prose(following)
        and len(following.split()) <= MAX_TITLE_WORDS
    )


def _wire_dateline(line: str) -> re.Match[str] | None:
    """The wire dateline opening a line, with its agency in brackets, between slashes or
    after a dash ("ROCCAFONDA, 14 novembre (AGN) - ", "ЯСЕНІВСЬК, 4 квітня — Укрновини. ")."""
    return _DATELINE.match(line) or _DATELINE_WITH_OUTLET.match(line)


def _next_kept(lines: list[str], index: int) -> str:
    """The first line after `index` that is no furniture, or ""."""
    return next((later for later in lines[index + 1 :] if not is_furniture(later)), "")


def _norm(line: str) -> str:
    return " ".join(_WORDS.findall(line.lower()))


def clean_text(text: str, *, title: str | None = None) -> CleanText:
    """Remove page furniture from pasted article text.

    The first line is the title when it reads like a headline (no end punctuation, not too
    long); later short lines without end punctuation are captions or subheadings, except
    the items of a list introduced by a line ending in a colon.
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u00a0", " ")
    kept: list[str] = []
    removed: list[str] = []
    found_title = title or ""
    in_list = False
    seen: set[str] = set()
    title_norm = _norm(found_title)
    lines = [stripped for raw in text.split("\n") if (stripped := raw.strip())]
    for index, line in enumerate(lines):
        crumbs = _BREADCRUMB.match(line)
        # a trail of sections alone on its line goes whole: its last section is no title
        if crumbs and not kept and not _is_segment_trail(line):
            removed.append(crumbs.group("crumbs").strip())
            line = crumbs.group("rest").strip()
            if not line:
                continue
        if is_furniture(line) or (index >= len(lines) - AUTHOR_BIO_LINES and is_author_bio(line)):
            removed.append(line)
            continue
        words = len(line.split())
        if not found_title and not kept and not ends_like_prose(line) and words <= MAX_TITLE_WORDS:
            if _is_kicker(line, _next_kept(lines, index)):
                removed.append(line)
            else:
                found_title, title_norm = line, _norm(line)
            continue
        if len(kept) <= 1 and (dateline := _wire_dateline(line)):
            removed.append(dateline.group().strip())
            line = line[dateline.end() :]
        norm = " ".join(line.lower().split())
        if title_norm and abs(len(line) - len(found_title)) < 20 and _norm(line) == title_norm:
            removed.append(line)  # the title repeated as the first paragraph
            continue
        if norm in seen:
            removed.append(line)
            if not found_title and len(kept) == 1:
                found_title = kept.pop()  # a headline with a full stop, then repeated
                title_norm = _norm(found_title)
            continue
        seen.add(norm)
        if line.endswith(":"):
            in_list = True
            kept.append(line)
            continue
        if not ends_like_prose(line) and words <= MAX_CAPTION_WORDS and not in_list:
            removed.append(line)  # a caption or a subheading
            continue
        if words <= MAX_BYLINE_WORDS and _BYLINE_WITH_OUTLET.match(line):
            removed.append(line)
            continue
        if ends_like_prose(line):
            in_list = False
        kept.append(line)
    return CleanText(text="\n\n".join(kept), title=found_title, removed=removed)
