"""Small helpers shared by the core tests: run the real extractor on a few sentences."""

from __future__ import annotations

from pathlib import Path

from bot.extraction.heuristic import HeuristicExtractor
from bot.models import Article, Claim

FIXTURES = Path(__file__).parent / "fixtures"


def claims_of(text: str, language: str) -> list[Claim]:
    """The claims the heuristic extractor finds in `text`, in article order."""
    article = Article(text=text, language=language)
    return HeuristicExtractor().extract_sync(article).claims


def claim_containing(claims: list[Claim], words: str) -> Claim:
    """The one claim whose quote contains `words`."""
    found = [c for c in claims if words in c.quote]
    assert len(found) == 1, f"{words!r} in {[c.quote for c in claims]}"
    return found[0]


def source_names(claim: Claim) -> list[str]:
    return [s.name for s in claim.sources]
