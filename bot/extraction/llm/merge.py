"""The heuristic extractor's signals merged into the model's grounded claims.

Figures, dates, hedge words, quotation and source typing come from the heuristic claims
that cover the same text, so the ranking sees the same kind of claims from either extractor.
"""

from __future__ import annotations

from collections.abc import Sequence

from bot.extraction.grounding import fold
from bot.extraction.heuristic import summarise
from bot.extraction.outlets import lookup_outlet
from bot.models import Claim, Detail, Source, SourceRole, SourceType

_ROLE_OF_TYPE = {
    SourceType.WIRE_AGENCY: SourceRole.AGENCY,
    SourceType.STATE_MEDIA: SourceRole.OUTLET,
    SourceType.TABLOID: SourceRole.OUTLET,
    SourceType.PUBLIC_BROADCASTER: SourceRole.OUTLET,
    SourceType.NEWSPAPER: SourceRole.OUTLET,
    SourceType.BROADCASTER: SourceRole.OUTLET,
    SourceType.MAGAZINE: SourceRole.OUTLET,
    SourceType.ONLINE: SourceRole.OUTLET,
    SourceType.DOCUMENT: SourceRole.DOCUMENT,
    SourceType.UNNAMED: SourceRole.UNNAMED,
}


def _overlapping(claim: Claim, heuristic: Sequence[Claim]) -> list[Claim]:
    """The heuristic claims sharing text with `claim`, the largest overlap first."""
    found: list[tuple[int, Claim]] = []
    if claim.headline:
        folded = fold(claim.quote)
        for h in heuristic:
            if h.headline:
                other = fold(h.quote)
                if folded in other or other in folded:
                    found.append((min(len(folded), len(other)), h))
    elif claim.start >= 0:
        start, end = claim.start, claim.start + len(claim.quote)
        for h in heuristic:
            if h.start >= 0 and not h.headline:
                n = min(end, h.start + len(h.quote)) - max(start, h.start)
                if n > 0:
                    found.append((n, h))
    found.sort(key=lambda pair: -pair[0])
    return [h for _, h in found]


def _same_source(a: str, b: str) -> bool:
    fa, fb = fold(a).casefold(), fold(b).casefold()
    return bool(fa and fb) and (fa == fb or fa in fb or fb in fa)


def _outlet_source(source: Source) -> Source | None:
    """`source` typed from the known-outlet data, when its name is a known outlet."""
    outlet = lookup_outlet(source.name)
    if outlet is None:
        return None
    return source.model_copy(
        update={
            "type": outlet.type,
            "role": outlet.role,
            "canonical": outlet.name,
            "country": outlet.country or None,
        }
    )


def _type_source(source: Source, known: Sequence[Source]) -> Source:
    """Role and type for a model's source: the heuristic's, the outlet data's, or its own."""
    for other in known:
        if _same_source(source.name, other.name):
            return other.model_copy(update={"name": source.name})
    from_outlets = _outlet_source(source)
    if from_outlets is not None:
        return from_outlets
    return source.model_copy(update={"role": _ROLE_OF_TYPE.get(source.type, SourceRole.SPEAKER)})


def _hedges_for(claim: Claim, best: Claim | None) -> list[str]:
    """The heuristic's hedge words that bear on the model's quote.

    Those inside it, and those earlier in the same sentence ("Reportedly, the ship..."),
    but not those of a later clause the model left out.
    """
    if best is None:
        return []
    scope = claim.quote
    if not claim.headline and 0 <= best.start <= claim.start:
        scope = best.quote[: claim.start - best.start] + claim.quote
    folded_scope = fold(scope).casefold()
    return [h for h in best.hedges if fold(h).casefold() in folded_scope]


def enrich(claims: list[Claim], heuristic: Sequence[Claim]) -> list[Claim]:
    """Give each grounded model claim the heuristic signals of the text it covers.

    From the best-overlapping heuristic claim: hedge words, quotation and source typing;
    from every overlapping one: the details (figures, dates) inside the model's quote.
    A source the model names is typed by the heuristic's matching source, else by the
    known-outlet data, else by the type the model gave.
    """
    enriched = []
    for claim in claims:
        overlapping = _overlapping(claim, heuristic)
        best = overlapping[0] if overlapping else None
        folded_quote = fold(claim.quote)
        details: list[Detail] = []
        for h in overlapping:
            for d in h.details:
                if fold(d.text) in folded_quote and all(
                    (d.kind, d.text) != (k.kind, k.text) for k in details
                ):
                    details.append(d)
        known = [s for h in overlapping for s in h.sources]
        sources = [_type_source(s, known) for s in claim.sources]
        if not sources and best is not None:
            sources = list(best.sources)  # the model missed what the rules found
        hedges = _hedges_for(claim, best)
        enriched.append(
            claim.model_copy(
                update={
                    "sources": sources,
                    "details": details,
                    "hedges": hedges,
                    "hedged": claim.hedged or bool(hedges),
                    "quoted": bool(best and best.quoted),
                    "summary": claim.summary or summarise(claim.quote),
                }
            )
        )
    return enriched
