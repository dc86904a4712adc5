"""Ranking claims by how much they need independent checking, and saying what to check.

What needs checking most: specific figures, claims with no stated source, unnamed or
interested sources (a government at war speaking of its enemy, state media), hedged claims
and second-hand chains. Background, quoted colour and the headline come last. The order
is stable: equal priorities keep the article's order, where the lead comes first.
"""

from __future__ import annotations

from functools import lru_cache
from urllib.parse import quote as url_quote

from bot.extraction import Extraction, cycle_collection_paused
from bot.extraction.details import WHICH_YEAR
from bot.extraction.lexicon import Lexicon, get_lexicon
from bot.extraction.segmentation import unquoted
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
    "date": 0.4,
    "vague_date": 0.5,
    "sourced": 0.4,
    "unsourced": 0.3,
    "unnamed": 1.0,
    "interested": 1.0,
    "state_media": 1.0,
    "tabloid": 0.5,
    "hedged": 1.0,
    "second_hand": 0.3,
    "quotation": -1.2,
    # Since "US" in capitals no longer counts as "we", a first-person sentence is surely
    # the writer's or a speaker's own voice. From -1.3 to -1.5 no language's annotated
    # articles rank worse and English ranks best at -1.5; from -1.8 three languages lose.
    "first_person": -1.5,
    "opinion": -0.4,
    "conclusion": -0.5,
    "hypothesis": -0.3,
    "lead": 0.5,
    "names": 0.4,
    # Refitted on the scorer's folds (`--split K/3`): from -0.6 to -1.0 top-K precision
    # rises on the two folds fitted (0.800/0.836 to 0.804/0.837) and on the one left out
    # (0.811 to 0.815): a sentence under ten words is more often a transition or colour.
    "short": -1.0,
    "long": 0.9,
    "headline": -10.0,
}
_FIGURE_KINDS = (DetailKind.FIGURE, DetailKind.PERCENTAGE, DetailKind.MONEY)
MAX_QUERY_WORDS = 8


def _names(sources: list[Source]) -> str:
    return ", ".join(s.name for s in sources)


def wording(claim: Claim, lexicon: Lexicon) -> dict[str, bool]:
    """What a claim's own words say of it, by the cue lists of its language.

    - first_person: the claim speaks as "I" or "we", usually a quotation's colour. In the
      narrator's sentence around a short quotation, the quotation's "we" is the speaker's
      (a company, a ministry) and does not count.
    - opinion: wording of opinion and colour.
    - conclusion: the sentence opens on a connective of inference or reformulation ("in
      other words", "то есть", "donc"): what follows is the writer's own reasoning from
      the facts already stated, not a new fact with an origin to check.
    - hypothesis: the sentence opens on "if": it states a case, not a fact.
    """
    text = claim.quote
    first_person = _speaks_in_first_person(text, lexicon)
    if first_person and not claim.quoted:
        first_person = _speaks_in_first_person(unquoted(text), lexicon)
    return {
        "first_person": first_person,
        "opinion": bool(lexicon.opinion and lexicon.opinion.search(text)),
        "conclusion": bool(lexicon.conclusion and lexicon.conclusion.match(text)),
        "hypothesis": bool(lexicon.hypothesis and lexicon.hypothesis.match(text)),
    }


def _speaks_in_first_person(text: str, lexicon: Lexicon) -> bool:
    """Whether `text` holds a first-person word; written in capitals, "US" is a country."""
    if lexicon.first_person is None:
        return False
    for match in lexicon.first_person.finditer(text):
        written = text[match.start() : match.end()]
        if len(written) < 2 or not written.isupper():
            return True
    return False


def claim_features(claim: Claim, position: float, cues: dict[str, bool]) -> dict[str, float]:
    """The signals the priority is made of, each 0 or 1 (or a share), by name.

    `position` is the claim's place in the article from 0 (first) to 1 (last); `cues`
    is the claim's `wording()`.
    """
    kinds = {d.kind for d in claim.details}
    names = sum(1 for d in claim.details if d.kind == DetailKind.NAME)
    words = len(claim.quote.split())
    roles = {s.role for s in claim.sources}
    return {
        "figure": float(bool(kinds & set(_FIGURE_KINDS))),
        "date": float(DetailKind.DATE in kinds),
        "vague_date": float(DetailKind.VAGUE_DATE in kinds),
        "sourced": float(bool(claim.sources)),
        "unsourced": float(not claim.sources),
        # an unnamed source's opinion ("..., считают эксперты") is colour, not a lead
        "unnamed": float(SourceRole.UNNAMED in roles and not cues["opinion"]),
        "interested": float(any(s.interested for s in claim.sources)),
        "state_media": float(any(s.type == SourceType.STATE_MEDIA for s in claim.sources)),
        "tabloid": float(any(s.type == SourceType.TABLOID for s in claim.sources)),
        "hedged": float(claim.hedged),
        "second_hand": float(len(claim.sources) >= 2),
        "quotation": float(claim.quoted),
        "first_person": float(cues["first_person"]),
        "opinion": float(cues["opinion"]),
        "conclusion": float(cues["conclusion"]),
        "hypothesis": float(cues["hypothesis"]),
        "lead": 1.0 - position,
        "names": min(names, 3) / 3,
        "short": float(words < 10),
        "long": float(words > 25),
        "headline": float(claim.headline),
    }


def assess(
    claim: Claim,
    position: float,
    cues: dict[str, bool],
    weights: dict[str, float] | None = None,
) -> tuple[float, list[Advice], list[Advice]]:
    """A claim's priority, the reasons for it and what to check first.

    `weights` defaults to `WEIGHTS`; a language's cue file may adjust some of them
    (`[ranking.weights]`), since how reporting is written differs between press cultures.
    """
    features = claim_features(claim, position, cues)
    weights = weights or WEIGHTS
    score = sum(weights.get(name, 0.0) * value for name, value in features.items())
    reasons: list[Advice] = []
    checks: list[Advice] = []
    figures = [d for d in claim.details if d.kind in _FIGURE_KINDS]
    dates = [d for d in claim.details if d.kind == DetailKind.DATE]
    vague = [d for d in claim.details if d.kind == DetailKind.VAGUE_DATE]

    if claim.headline:
        return (
            score,
            [_advice("headline")],
            [_advice("headline")],
        )

    if figures:
        text = ", ".join(d.text for d in figures[:3])
        reasons.append(_advice("figure", {"text": text}))
        checks.append(_advice("primary_data", {"text": text}))
    if dates:
        reasons.append(_advice("date", {"text": dates[0].text}))
    if vague:
        # A month without a year asks "which year?"; "last week" needs the article's date.
        code = "vague_date" if vague[0].note == WHICH_YEAR else "relative_date"
        reasons.append(_advice(code, {"text": vague[0].text}))
        checks.append(_advice("date_context", {"text": vague[0].text}))

    if claim.sources:
        reasons.append(_advice("statement", {"name": claim.sources[0].name}))
    elif claim.attributed:
        # Someone is quoted or reported, but the extractor could not tell who: say so
        # rather than "no source stated", which would be wrong about the article.
        reasons.append(_advice("unidentified_speaker"))
        checks.append(_advice("find_speaker"))
    else:
        reasons.append(_advice("unsourced"))
        checks.append(_advice("find_origin"))

    for source in claim.sources:
        if source.role == SourceRole.UNNAMED:
            reasons.append(_advice("unnamed_source", {"name": source.name}))
            checks.append(_advice("unnamed"))
        elif source.type == SourceType.STATE_MEDIA:
            reasons.append(_advice("state_media", {"name": source.name}))
        elif source.interested:
            reasons.append(_advice("interested_party", {"name": source.name}))
            checks.append(_advice("interested"))
        elif source.type == SourceType.TABLOID:
            reasons.append(_advice("tabloid", {"name": source.name}))
    if len(claim.sources) >= 2:
        chain = " → ".join(s.name for s in claim.sources)
        reasons.append(_advice("second_hand", {"chain": chain}))

    if claim.hedged:
        reasons.append(_advice("hedged", {"words": ", ".join(claim.hedges)}))
        checks.append(_advice("confirmation"))
    if claim.quoted:
        reasons.append(_advice("quotation"))

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
        checks.insert(0, _advice(code, {"name": source.canonical or source.name}))
        break
    checks.append(_advice("independent"))
    return score, reasons, _unique(checks)


@lru_cache(maxsize=64)
def _plain_advice(code: str) -> Advice:
    return Advice(code=code)


def _advice(code: str, params: dict[str, str] | None = None) -> Advice:
    """An advice; those without parameters are shared (Advice is frozen)."""
    return Advice(code=code, params=params) if params else _plain_advice(code)


def _unique(advice: list[Advice]) -> list[Advice]:
    seen, out = set(), []
    for item in advice:
        key = (item.code, tuple(sorted(item.params.items())))
        if key not in seen:
            seen.add(key)
            out.append(item)
    return out


@lru_cache(maxsize=4096)
def _quoted(term: str) -> str:
    # Names and figures recur from claim to claim: quote each once.
    return url_quote(term, safe="")


def search_links(claim: Claim, language: str) -> dict[str, str]:
    """Ready searches for a claim's key terms: news coverage and published fact-checks."""
    # Who and what first, then at most two figures: a search engine wants few terms.
    terms = [d.text for d in claim.details if d.kind == DetailKind.NAME][:4]
    terms += [s.canonical or s.name for s in claim.sources[:1]]
    terms += [d.text for d in claim.details if d.kind in _FIGURE_KINDS][:2]
    if len(terms) < 3:
        terms += [w for w in claim.quote.split() if len(w) > 5][: MAX_QUERY_WORDS - len(terms)]
    chosen: dict[str, str] = {}
    for term in terms:
        term = term.strip(" ,.;:«»“”\"'()")
        if term:
            chosen.setdefault(term.lower(), term)
        if len(chosen) == MAX_QUERY_WORDS:
            break
    query = "%20".join(_quoted(t) for t in chosen.values())
    lang = _quoted(language)
    return {
        "news": f"https://news.google.com/search?q={query}&hl={lang}",
        "fact_check": f"https://toolbox.google.com/factcheck/explorer/search/{query};hl={lang}",
    }


def build_checklist(article: Article, extraction: Extraction) -> Checklist:
    """Rank an extraction's claims into the article's checklist."""
    return assemble_checklist(article, extraction, score_claims(article, extraction.claims))


ScoredItem = tuple[float, ChecklistItem]


def score_claims(
    article: Article, claims: list[Claim], *, first: int = 0, total: int | None = None
) -> list[ScoredItem]:
    """Each claim's item, unranked, with its exact priority for sorting.

    `first` and `total` place the claims among all of the article's (claim `first` of
    `total`): the lead of an article counts, so a part of it scored on its own
    (`bot.parallel`) must know where it sits.
    """
    with cycle_collection_paused():
        return _score_claims(article, claims, first, total)


def _score_claims(
    article: Article, claims: list[Claim], first: int, total: int | None
) -> list[ScoredItem]:
    lexicon = get_lexicon(article.language)
    weights = {**WEIGHTS, **lexicon.raw.get("ranking", {}).get("weights", {})}
    count = max((len(claims) if total is None else total) - 1, 1)
    scored = []
    for index, claim in enumerate(claims, start=first):
        cues = wording(claim, lexicon)
        priority, reasons, checks = assess(claim, index / count, cues, weights)
        item = ChecklistItem(
            rank=0,
            priority=round(priority, 3),
            claim=claim,
            reasons=reasons,
            checks=checks,
            search_links=search_links(claim, article.language),
        )
        scored.append((priority, item))
    return scored


def assemble_checklist(
    article: Article, extraction: Extraction, scored: list[ScoredItem]
) -> Checklist:
    """The checklist of scored items (in article order): most in need of checking first,
    equal priorities in the article's order."""
    ordered = sorted(scored, key=lambda row: -row[0])  # stable: ties keep article order
    items = []
    for rank, (_priority, item) in enumerate(ordered, start=1):
        item.rank = rank
        items.append(item)
    return Checklist(
        article=article,
        items=items,
        extractor=extraction.extractor,
        prompt_version=extraction.prompt_version,
        notes=extraction.notes,
    )
