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
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    data = tomllib.loads(
        (resources.files("bot.input") / "data" / "furniture.toml").read_text(encoding="utf-8")
    )
    # Patterns are written lowercase and matched against the lowercased line: faster than
    # re.IGNORECASE, and no pattern needs case.
    lines = re.compile("^(?:" + "|".join(data["lines"]) + r")\s*$")
    contains = re.compile("|".join(data["contains"]))
    return lines, contains


# Furniture is short: a paragraph longer than this is prose, whatever words it contains.
MAX_FURNITURE_CHARS = 400


def is_furniture(line: str) -> bool:
    """Whether a whole line is navigation, a byline, a banner or a share prompt."""
    if len(line) > MAX_FURNITURE_CHARS:
        return False
    lines, contains = _patterns()
    lowered = line.lower()
    return bool(lines.match(lowered) or contains.search(lowered))


# How far from its end a line's closing punctuation can sit: a full stop, closing quotes
# and brackets ('... 100 %.» )'). Looking only there keeps the check short on long lines.
_END_WINDOW = 24


def ends_like_prose(line: str) -> bool:
    """Whether a line ends as a sentence does, with end punctuation or a closing quote."""
    return bool(_END_PUNCT.search(line, max(0, len(line) - _END_WINDOW)))


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
    for raw in text.split("\n"):
        line = raw.strip()
        if not line:
            continue
        crumbs = _BREADCRUMB.match(line)
        if crumbs and not kept:
            removed.append(crumbs.group("crumbs").strip())
            line = crumbs.group("rest").strip()
            if not line:
                continue
        if is_furniture(line):
            removed.append(line)
            continue
        words = len(line.split())
        if not found_title and not kept and not ends_like_prose(line) and words <= 30:
            found_title, title_norm = line, _norm(line)
            continue
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
        if ends_like_prose(line):
            in_list = False
        kept.append(line)
    return CleanText(text="\n\n".join(kept), title=found_title, removed=removed)
