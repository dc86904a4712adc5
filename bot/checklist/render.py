"""Rendering a checklist as plain text, Markdown or JSON, in the article's language.

Reasons and checks are `Advice` codes; `describe()` turns one into a sentence from the
locale files in `locales/`, falling back to English for a language without wording.
Telegram HTML lives in `html.py`, next to this module.
"""

from __future__ import annotations

import json
import tomllib
from collections.abc import Mapping
from functools import cache
from importlib import resources
from typing import Any

from bot.extraction import cycle_collection_paused
from bot.models import Advice, Checklist, ChecklistItem, SourceType
from bot.plurals import Forms, choose_form

TOP_ITEMS = 10
FALLBACK_LANGUAGE = "en"


@cache
def _locale(lang: str) -> dict[str, dict[str, str | Forms]]:
    path = resources.files("bot.checklist") / "locales" / f"{lang}.toml"
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}


@cache
def _template(section: str, key: str, lang: str) -> str | Forms | None:
    for code in (lang, FALLBACK_LANGUAGE):
        found = _locale(code).get(section, {}).get(key)
        if found:
            return found
    return None


def _fill(template: str | Forms, params: Mapping[str, object], lang: str) -> str:
    """`template` with `params` filled in; as written when a placeholder has no value.

    A template written as plural forms takes the form of its `count` in `lang`."""
    if not isinstance(template, str):
        template = choose_form(template, lang, params.get("count"))
    try:
        return template.format(**params) if params else template
    except (KeyError, IndexError):
        return template


def phrase(lang: str, key: str, **params: object) -> str:
    """Checklist wording by "section.name" ("html.progress", "languages.fr") in `lang`,
    English as fallback, with `params` filled in; the key itself when nobody has it."""
    section, _, name = key.partition(".")
    template = _template(section, name, lang)
    return key if template is None else _fill(template, params, lang)


def label(key: str, lang: str, **params: object) -> str:
    """A fixed piece of checklist wording ("Source", "Check first") in `lang`."""
    return _fill(_template("labels", key, lang) or key, params, lang)


def heading(key: str, lang: str) -> str:
    """A label followed by a colon, the way the language writes it ("Source :" in French)."""
    return label(key, lang) + str(_template("labels", "colon", lang) or ":")


def describe(
    advice: Advice, lang: str, sections: tuple[str, ...] = ("reasons", "checks", "notes")
) -> str:
    """The sentence for a reason, a check or a note, in `lang` (English as fallback).

    A code present in several sections (a reason and a check may share one) is read from
    the first of `sections` that has it."""
    for section in sections:
        template = _template(section, advice.code, lang)
        if template:
            return _fill(template, advice.params, lang)
    return advice.code


def describe_reasons(item: ChecklistItem, lang: str) -> list[str]:
    return [describe(a, lang, ("reasons", "checks", "notes")) for a in item.reasons]


def describe_checks(item: ChecklistItem, lang: str) -> list[str]:
    return [describe(a, lang, ("checks", "reasons", "notes")) for a in item.checks]


def source_type_label(kind: SourceType, lang: str) -> str:
    """The name of a source type in `lang`: "média d'État" for state media."""
    return str(_template("source_types", kind.value, lang) or kind.value)


def source_line(item: ChecklistItem, lang: str) -> str:
    """'KCNA (média d'État) · Poutine', or the words for no stated source."""
    if not item.claim.sources:
        return label("unidentified_speaker" if item.claim.attributed else "no_source", lang)
    parts = []
    for source in item.claim.sources:
        if source.type == SourceType.UNKNOWN:
            parts.append(source.name)
        else:
            parts.append(f"{source.name} ({source_type_label(source.type, lang)})")
    return " · ".join(parts)


def _shown(checklist: Checklist, show_all: bool) -> tuple[list[ChecklistItem], int]:
    items = checklist.items if show_all else checklist.items[:TOP_ITEMS]
    return items, len(checklist.items) - len(items)


def render_text(checklist: Checklist, show_all: bool = False) -> str:
    """A readable checklist for a terminal."""
    lang = checklist.article.language
    lines = [
        f"{heading('checklist', lang)} {checklist.article.title or checklist.article.origin}",
        f"{heading('language', lang)} {lang} · {label('claims', lang, count=len(checklist.items))}",
        "",
    ]
    items, hidden = _shown(checklist, show_all)
    for item in items:
        claim = item.claim
        lines.append(f"{item.rank}. {claim.quote}")
        lines.append(f"   {heading('source', lang)} {source_line(item, lang)}")
        if claim.hedged:
            lines.append(f"   {heading('hedged', lang)} {', '.join(claim.hedges)}")
        lines.append(f"   {heading('why', lang)} {'; '.join(describe_reasons(item, lang))}")
        checks = describe_checks(item, lang)
        if checks:
            lines.append(f"   {heading('check_first', lang)} {checks[0]}")
            lines.extend(f"     - {c}" for c in checks[1:])
        lines.append(f"   {heading('search', lang)} {item.search_links.get('news', '')}")
        lines.append("")
    if hidden:
        lines.append(label("more", lang, count=hidden))
    return "\n".join(lines).rstrip() + "\n"


def _md_escape(text: str) -> str:
    return "".join("\\" + ch if ch in "\\`*_[]<>#|" else ch for ch in text)


def render_markdown(checklist: Checklist, show_all: bool = False) -> str:
    """The checklist as a Markdown document (also what /export sends)."""
    lang = checklist.article.language
    article = checklist.article
    title = _md_escape(article.title or article.origin or label("checklist", lang))
    lines = [f"# {heading('checklist', lang)} {title}", ""]
    if article.url:
        lines.append(f"<{article.url}>")
        lines.append("")
    count = label("claims", lang, count=len(checklist.items))
    lines.append(f"*{heading('language', lang)} {lang} · {count}*")
    lines.append("")
    items, hidden = _shown(checklist, show_all)
    for item in items:
        # A GitHub-style task list: one box per claim, its details nested under it.
        lines.append(f"- [ ] **{item.rank}.** {_md_escape(item.claim.quote)}")
        lines.append(f"  - **{heading('source', lang)}** {_md_escape(source_line(item, lang))}")
        if item.claim.hedged:
            lines.append(
                f"  - **{heading('hedged', lang)}** {_md_escape(', '.join(item.claim.hedges))}"
            )
        lines.append(
            f"  - **{heading('why', lang)}** {_md_escape('; '.join(describe_reasons(item, lang)))}"
        )
        checks = describe_checks(item, lang)
        if checks:
            lines.append(f"  - **{heading('check_first', lang)}** {_md_escape(checks[0])}")
            lines.extend(f"    - {_md_escape(check)}" for check in checks[1:])
        links = " · ".join(
            f"[{label(key + '_search', lang)}](<{url}>)"
            for key, url in (
                ("news", item.search_links.get("news")),
                ("fact_check", item.search_links.get("fact_check")),
            )
            if url
        )
        if links:
            lines.append(f"  - **{heading('search', lang)}** {links}")
    if hidden:
        lines.extend(["", _md_escape(label("more", lang, count=hidden))])
    return "\n".join(lines).rstrip() + "\n"


def checklist_to_dict(checklist: Checklist) -> dict[str, Any]:
    """The JSON contract: "language" and "claims" in checklist order, plus context."""
    lang = checklist.article.language
    article = checklist.article
    claims = []
    for item in checklist.items:
        claim = item.claim
        claims.append(
            {
                "rank": item.rank,
                "priority": item.priority,
                "quote": claim.quote,
                "summary": claim.summary,
                "sources": [
                    {
                        "name": s.name,
                        "type": s.type.value,
                        "role": s.role.value,
                        "cue": s.cue,
                        "canonical": s.canonical,
                        "country": s.country,
                        "interested": s.interested,
                    }
                    for s in claim.sources
                ],
                # Attributed with no sources: the speaker was not identified.
                "attributed": claim.attributed,
                "hedged": claim.hedged,
                "hedges": claim.hedges,
                "details": [
                    {
                        "kind": d.kind.value,
                        "text": d.text,
                        **({"note": phrase(lang, f"detail_notes.{d.note}")} if d.note else {}),
                    }
                    for d in claim.details
                ],
                "quoted": claim.quoted,
                "headline": claim.headline,
                "start": claim.start,
                "why": describe_reasons(item, lang),
                "check_first": describe_checks(item, lang),
                "reasons": [{"code": a.code, "params": a.params} for a in item.reasons],
                "checks": [{"code": a.code, "params": a.params} for a in item.checks],
                "search_links": item.search_links,
            }
        )
    return {
        "language": lang,
        "title": article.title,
        "origin": article.origin,
        "url": article.url,
        "outlet": article.outlet.model_dump(mode="json") if article.outlet else None,
        "extractor": checklist.extractor,
        "prompt_version": checklist.prompt_version,
        "notes": [describe(n, lang) for n in checklist.notes],
        "claims": claims,
    }


def render_json(checklist: Checklist) -> str:
    """The checklist as one JSON object (UTF-8, not ASCII-escaped)."""
    # No indent: only the compact form uses the json module's C encoder.
    with cycle_collection_paused():
        return json.dumps(checklist_to_dict(checklist), ensure_ascii=False)
