"""Ranking claims by how much they need independent checking, and saying what to check.

What needs checking most: specific figures, claims with no stated source, unnamed or
interested sources (a government at war speaking of its enemy, state media), hedged claims
and second-hand chains. Background, quoted colour and the headline come last. The order
is stable: equal priorities keep the article's order, where the lead comes first.
"""

from __future__ import annotations

from urllib.parse import quote as url_quote

from bot.extraction import Extraction
from bot.models import (
    Advice,
    Article,
    Checklist,
    ChecklistItem,
    Claim,
    DetailKind,
    Source,
    SourceRole,
    SourceType,
)

# Weights of what makes a claim worth checking; tuned on annotated articles so that key
# claims (figures, attributed statements, specific events) come before background.
WEIGHTS = {
    "figure": 2.0,
    "date": 0.6,
    "vague_date": 0.5,
    "sourced": 1.2,
    "unsourced": 0.8,
    "unnamed": 1.5,
    "interested": 1.5,
    "state_media": 1.5,
    "tabloid": 1.0,
    "hedged": 1.5,
    "second_hand": 0.5,
    "quotation": -1.8,
    "first_person": -1.2,
    "opinion": -1.0,
    "lead": 1.0,
    "headline": -10.0,
}
_FIGURE_KINDS = (DetailKind.FIGURE, DetailKind.PERCENTAGE, DetailKind.MONEY)
MAX_QUERY_WORDS = 8


def _names(sources: list[Source]) -> str:
    return ", ".join(s.name for s in sources)


def assess(claim: Claim, position: float, first_person: bool, opinion: bool) -> tuple[
    float, list[Advice], list[Advice]
]:
    """A claim's priority, the reasons for it and what to check first.

    `position` is the claim's place in the article from 0 (first) to 1 (last).
    """
    score = 0.0
    reasons: list[Advice] = []
    checks: list[Advice] = []
    figures = [d for d in claim.details if d.kind in _FIGURE_KINDS]
    dates = [d for d in claim.details if d.kind == DetailKind.DATE]
    vague = [d for d in claim.details if d.kind == DetailKind.VAGUE_DATE]

    if claim.headline:
        score += WEIGHTS["headline"]
        reasons.append(Advice(code="headline"))
        checks.append(Advice(code="headline"))
        return score, reasons, checks

    if figures:
        score += WEIGHTS["figure"]
        text = ", ".join(d.text for d in figures[:3])
        reasons.append(Advice(code="figure", params={"text": text}))
        checks.append(Advice(code="primary_data", params={"text": text}))
    if dates:
        score += WEIGHTS["date"]
        reasons.append(Advice(code="date", params={"text": dates[0].text}))
    if vague:
        score += WEIGHTS["vague_date"]
        reasons.append(
            Advice(code="vague_date", params={"text": vague[0].text, "note": vague[0].note or ""})
        )
        checks.append(Advice(code="date_context", params={"text": vague[0].text}))

    if claim.sources:
        score += WEIGHTS["sourced"]
        speaker = claim.sources[0]
        reasons.append(Advice(code="statement", params={"name": speaker.name}))
    else:
        score += WEIGHTS["unsourced"]
        reasons.append(Advice(code="unsourced"))
        checks.append(Advice(code="find_origin"))

    for source in claim.sources:
        if source.role == SourceRole.UNNAMED:
            score += WEIGHTS["unnamed"]
            reasons.append(Advice(code="unnamed_source", params={"name": source.name}))
            checks.append(Advice(code="unnamed"))
        elif source.type == SourceType.STATE_MEDIA:
            score += WEIGHTS["state_media"]
            reasons.append(Advice(code="state_media", params={"name": source.name}))
        elif source.interested:
            score += WEIGHTS["interested"]
            reasons.append(Advice(code="interested_party", params={"name": source.name}))
            checks.append(Advice(code="interested"))
        elif source.type == SourceType.TABLOID:
            score += WEIGHTS["tabloid"]
            reasons.append(Advice(code="tabloid", params={"name": source.name}))
    if len(claim.sources) >= 2:
        score += WEIGHTS["second_hand"]
        reasons.append(Advice(code="second_hand", params={"chain": " → ".join(
            s.name for s in claim.sources
        )}))

    if claim.hedged:
        score += WEIGHTS["hedged"]
        reasons.append(Advice(code="hedged", params={"words": ", ".join(claim.hedges)}))
        checks.append(Advice(code="confirmation"))
    if claim.quoted:
        score += WEIGHTS["quotation"]
        reasons.append(Advice(code="quotation"))
    if first_person:
        score += WEIGHTS["first_person"]
    if opinion:
        score += WEIGHTS["opinion"]
    score += WEIGHTS["lead"] * (1.0 - position)

    # The original statement comes first among the checks: it is the cheapest to find.
    for source in reversed(claim.sources):
        if source.role == SourceRole.AGENCY:
            code = "trace_agency"
        elif source.role == SourceRole.OUTLET:
            code = "trace_outlet"
        elif source.role == SourceRole.DOCUMENT:
            code = "trace_document"
        elif source.role == SourceRole.SPEAKER:
            code = "trace_statement"
        else:
            continue
        checks.insert(0, Advice(code=code, params={"name": source.canonical or source.name}))
        break
    checks.append(Advice(code="independent"))
    return score, reasons, _unique(checks)


def _unique(advice: list[Advice]) -> list[Advice]:
    seen, out = set(), []
    for item in advice:
        key = (item.code, tuple(sorted(item.params.items())))
        if key not in seen:
            seen.add(key)
            out.append(item)
    return out


def search_links(claim: Claim, language: str) -> dict[str, str]:
    """Ready searches for a claim's key terms: news coverage and published fact-checks."""
    terms = [d.text for d in claim.details if d.kind in (*_FIGURE_KINDS, DetailKind.NAME)]
    terms += [s.canonical or s.name for s in claim.sources[:1]]
    if len(terms) < 3:
        terms += [w for w in claim.quote.split() if len(w) > 5][: MAX_QUERY_WORDS - len(terms)]
    seen: list[str] = []
    for term in terms:
        term = term.strip(" ,.;:«»“”\"'()")
        if term and term.lower() not in (s.lower() for s in seen):
            seen.append(term)
    query = url_quote(" ".join(seen[:MAX_QUERY_WORDS]))
    lang = url_quote(language)
    return {
        "news": f"https://news.google.com/search?q={query}&hl={lang}",
        "fact_check": f"https://toolbox.google.com/factcheck/explorer/search/{query};hl={lang}",
    }


def build_checklist(article: Article, extraction: Extraction) -> Checklist:
    """Rank an extraction's claims into the article's checklist."""
    from bot.extraction.lexicon import get_lexicon

    lexicon = get_lexicon(article.language)
    claims = extraction.claims
    count = max(len(claims) - 1, 1)
    scored = []
    for index, claim in enumerate(claims):
        masked = claim.quote
        first_person = bool(lexicon.first_person and lexicon.first_person.search(masked))
        opinion = bool(lexicon.opinion and lexicon.opinion.search(masked))
        priority, reasons, checks = assess(claim, index / count, first_person, opinion)
        scored.append((priority, index, claim, reasons, checks))
    scored.sort(key=lambda row: (-row[0], row[1]))
    items = [
        ChecklistItem(
            rank=rank,
            priority=round(priority, 3),
            claim=claim,
            reasons=reasons,
            checks=checks,
            search_links=search_links(claim, article.language),
        )
        for rank, (priority, _index, claim, reasons, checks) in enumerate(scored, start=1)
    ]
    return Checklist(
        article=article,
        items=items,
        extractor=extraction.extractor,
        prompt_version=extraction.prompt_version,
        notes=extraction.notes,
    )
