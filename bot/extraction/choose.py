"""Choosing the extractor by setting, with the LLM's fallback and result cache.

`make_extractor("heuristic" | "llm" | "auto", settings)` is what the CLI and the bot call.
The "llm" extractor never fails a user: whatever goes wrong with the model (no endpoint
configured, the endpoint down, timeouts, broken answers, nothing grounded), the answer is
the heuristic extraction with the note `llm_unavailable`. Successful model results are
cached by article, extractor and prompt version, because a model call is slow and costly
and the same article is often sent twice (forwarded to the bot, then its link).
"""

from __future__ import annotations

import hashlib
import logging
from collections import OrderedDict
from typing import Any

from bot.config import Settings
from bot.extraction import Extraction, Extractor
from bot.extraction.heuristic import HeuristicExtractor
from bot.models import Advice, Article

log = logging.getLogger(__name__)

NOTE_LLM_UNAVAILABLE = "llm_unavailable"


def article_hash(article: Article) -> str:
    """A digest of what the model reads of an article: its title and text."""
    digest = hashlib.sha256()
    digest.update(article.title.encode("utf-8"))
    digest.update(b"\x00")
    digest.update(article.text.encode("utf-8"))
    return digest.hexdigest()


class ResultCache:
    """An in-memory LRU of extractions, keyed by article hash, extractor and prompt version."""

    def __init__(self, max_items: int = 256) -> None:
        self.max_items = max_items
        self._items: OrderedDict[tuple[str, ...], Extraction] = OrderedDict()

    @staticmethod
    def key(
        article: Article, extractor: str, prompt_version: str | None, model: str = ""
    ) -> tuple[str, ...]:
        return (article_hash(article), extractor, prompt_version or "", model)

    def get(self, key: tuple[str, ...]) -> Extraction | None:
        found = self._items.get(key)
        if found is not None:
            self._items.move_to_end(key)
            # A copy: callers may change what they get without changing the cache.
            return found.model_copy(deep=True)
        return None

    def put(self, key: tuple[str, ...], extraction: Extraction) -> None:
        self._items[key] = extraction.model_copy(deep=True)
        self._items.move_to_end(key)
        while len(self._items) > self.max_items:
            self._items.popitem(last=False)

    def __len__(self) -> int:
        return len(self._items)


# One cache per process, shared by every extractor `make_extractor` builds.
RESULT_CACHE = ResultCache()


class FallbackExtractor:
    """The LLM extractor with the heuristic one behind it, and the result cache in front.

    `primary` is None when no endpoint is configured: every article then gets the
    heuristic extraction and the note.
    """

    name = "llm"

    def __init__(
        self,
        primary: Any,
        fallback: HeuristicExtractor,
        *,
        cache: ResultCache | None = None,
        unavailable_reason: str = "",
    ) -> None:
        self.primary = primary
        self.fallback = fallback
        self.cache = cache if cache is not None else RESULT_CACHE
        self.unavailable_reason = unavailable_reason

    async def extract(self, article: Article) -> Extraction:
        """The model's extraction, or the heuristic one with the `llm_unavailable` note."""
        reason = self.unavailable_reason
        if self.primary is not None:
            key = ResultCache.key(
                article, self.primary.name, self.primary.prompt_version, self.primary.model
            )
            cached = self.cache.get(key)
            if cached is not None:
                return cached
            try:
                extraction = await self.primary.extract(article)
            except Exception as exc:  # any failure of the model path falls back
                reason = getattr(exc, "reason", type(exc).__name__)
                if not hasattr(exc, "reason"):
                    log.exception("llm extractor failed unexpectedly")
            else:
                self.cache.put(key, extraction)
                return extraction
        log.info("falling back to the heuristic extractor: %s", reason)
        extraction = await self.fallback.extract(article)
        note = Advice(code=NOTE_LLM_UNAVAILABLE, params={"reason": reason} if reason else {})
        return extraction.model_copy(update={"notes": [*extraction.notes, note]})

    async def aclose(self) -> None:
        if self.primary is not None:
            await self.primary.aclose()


def make_extractor(name: str, settings: Settings) -> Extractor:
    """The extractor called `name` ("heuristic", "llm" or "auto") for `settings`.

    "auto" is the LLM one when an endpoint is configured, else the heuristic one.
    """
    if name == "auto":
        name = "llm" if settings.sift_llm_base_url else "heuristic"
    if name == "heuristic":
        return HeuristicExtractor()
    if name != "llm":
        raise ValueError(f"unknown extractor: {name!r}")
    from bot.extraction.llm import LLMExtractor, LLMUnavailable

    heuristic = HeuristicExtractor()
    try:
        primary = LLMExtractor(settings, heuristic=heuristic)
    except LLMUnavailable as exc:
        return FallbackExtractor(None, heuristic, unavailable_reason=exc.reason)
    return FallbackExtractor(primary, heuristic)
