"""Known outlets and news agencies, from the curated `data/outlets.toml`.

`lookup_outlet()` recognises a source phrase as written in an article — "l'agence de
presse nord-coréenne KCNA", "the Daily Mirror", "РИА Новости" — and tells what the outlet
is (state media, news agency, tabloid...). Acronyms are matched case-sensitively so that
"AP" or "ATS" do not fire on ordinary words.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import cache
from importlib import resources

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


def _is_acronym(alias: str) -> bool:
    letters = [c for c in alias if c.isalpha()]
    return bool(letters) and all(c.isupper() for c in letters) and len(alias) <= 6


@cache
def _matcher() -> tuple[re.Pattern[str], re.Pattern[str], dict[str, Outlet]]:
    by_alias: dict[str, Outlet] = {}
    exact, folded = [], []
    for outlet in _load()[1]:
        for alias in outlet.aliases:
            key = alias if _is_acronym(alias) else alias.lower()
            by_alias.setdefault(key, outlet)
            (exact if _is_acronym(alias) else folded).append(alias)

    def build(aliases: list[str], flags: int) -> re.Pattern[str]:
        parts = [re.escape(a) for a in sorted(set(aliases), key=len, reverse=True)]
        return re.compile(r"(?<![\w])(?:" + "|".join(parts) + r")(?![\w])", flags)

    return build(exact, 0), build(folded, re.IGNORECASE), by_alias


def find_outlet(text: str) -> tuple[Outlet, str] | None:
    """The first known outlet named in `text`, with the alias as written there."""
    exact, folded, by_alias = _matcher()
    best: re.Match[str] | None = None
    for pattern in (folded, exact):
        match = pattern.search(text)
        if match and (best is None or len(match.group()) > len(best.group())):
            best = match
    if best is None:
        return None
    written = best.group()
    outlet = by_alias.get(written) or by_alias.get(written.lower())
    return (outlet, written) if outlet else None


def lookup_outlet(name: str) -> Outlet | None:
    """The known outlet a source name refers to, if any."""
    found = find_outlet(name)
    return found[0] if found else None
