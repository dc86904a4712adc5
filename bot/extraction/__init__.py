"""Extraction: from an article's text to its claims, stated sources and hedges.

Two extractors share one interface: the heuristic one (rules and per-language cue data,
offline, the default) and the LLM one (any OpenAI-compatible endpoint), which falls back
to the heuristic one when the endpoint fails.
"""

from __future__ import annotations

from typing import Protocol

from pydantic import BaseModel, Field

from bot.models import Advice, Article, Claim


class Extraction(BaseModel):
    """What an extractor found in one article."""

    claims: list[Claim]
    extractor: str
    prompt_version: str | None = None
    notes: list[Advice] = Field(default_factory=list)


class Extractor(Protocol):
    """Anything that turns an article into claims."""

    name: str

    async def extract(self, article: Article) -> Extraction: ...
