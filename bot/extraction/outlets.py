"""Known outlets and news agencies, from the curated `data/outlets.toml`.

`lookup_outlet()` recognises a source phrase as written in an article — "l'agence de
presse nord-coréenne KCNA", "the Daily Mirror", "РИА Новости" — and tells what the outlet
is (state media, news agency, tabloid...). Names are matched as written, so that "AP",
"Closer" or "Express" do not fire on ordinary words.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import cache
from importlib import resources

from bot.extraction.lexicon import literal_alternation
from bot.models import SourceRole, SourceType


@dataclass(frozen=True)
class Outlet:
    name: str
    aliases: tuple[str, ...]
    country: str
    type: SourceType
    role: SourceRole


@cache
def outlets_version() -> str:
    return str(_load()[0])


@cache
def _load() -> tuple[str, tuple[Outlet, ...]]:
    raw = (resources.files("bot.extraction") / "data" / "outlets.toml").read_text("utf-8")
    data = tomllib.loads(raw)
    outlets = tuple(
        Outlet(
            name=entry["name"],
            aliases=tuple(entry.get("aliases", [])) or (entry["name"],),
            country=entry.get("country", ""),
            type=SourceType(entry["type"]),
            role=SourceRole.AGENCY if entry.get("role") == "agency" else SourceRole.OUTLET,
        )
        for entry in data["outlet"]
    )
    return data.get("version", ""), outlets


def _alias_forms(alias: str) -> tuple[str, ...]:
    """An alias as written, and with a lowercase leading article ("the Sun")."""
    if alias[:1].isupper() and alias.split(" ")[0].rstrip("'’") in _ARTICLES:
        return alias, alias[0].lower() + alias[1:]
    return (alias,)


# Articles that start outlet names and are lowercase inside a sentence.
_ARTICLES = frozenset({"The", "Le", "La", "Les", "L", "Il", "El", "Der", "Die", "Das", "O", "A"})


@cache
def _matcher() -> tuple[re.Pattern[str], dict[str, Outlet]]:
    """One pattern for every alias, matched case-sensitively: outlet names are written
    capitalised, and many are also ordinary words ("Closer", "Mirror", "Express")."""
    by_alias: dict[str, Outlet] = {}
    for outlet in _load()[1]:
        for alias in outlet.aliases:
            by_alias.setdefault(alias.lower(), outlet)
    forms = {
        form for outlet in _load()[1] for alias in outlet.aliases for form in _alias_forms(alias)
    }
    return re.compile(r"(?<![\w])(?:" + literal_alternation(forms) + r")(?![\w])"), by_alias


def find_outlet(text: str) -> tuple[Outlet, str] | None:
    """The first known outlet named in `text`, with the alias as written there."""
    pattern, by_alias = _matcher()
    match = pattern.search(text)
    if match is None:
        return None
    written = match.group()
    outlet = by_alias.get(written.lower())
    return (outlet, written) if outlet else None


@cache
def _article_dropped_matcher() -> tuple[re.Pattern[str], dict[str, Outlet]]:
    """The names that open on an article ("Le Monde", "El País", "O Globo"), without it."""
    by_rest: dict[str, Outlet] = {}
    for outlet in _load()[1]:
        for alias in outlet.aliases:
            article, _, rest = alias.partition(" ")
            if article in _ARTICLES and rest[:1].isupper():
                by_rest.setdefault(rest, outlet)
    parts = [re.escape(r) for r in sorted(by_rest, key=len, reverse=True)]
    return re.compile(r"(?:" + "|".join(parts) + r")(?![\w])"), by_rest


def find_outlet_after_article(text: str) -> tuple[Outlet, str] | None:
    """The known outlet whose name opens `text` without its article, as written after a
    preposition that has taken the article in: "au Monde" (à + le), "al País", "ao Globo".
    Only at the start of `text`: alone, "Monde" or "Globo" is an ordinary word."""
    pattern, by_rest = _article_dropped_matcher()
    match = pattern.match(text)
    return (by_rest[match.group()], match.group()) if match else None


def lookup_outlet(name: str) -> Outlet | None:
    """The known outlet a source name refers to, if any."""
    found = find_outlet(name)
    return found[0] if found else None
