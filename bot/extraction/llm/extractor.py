"""`LLMExtractor`: one article's chunks asked, answers grounded and merged with the heuristic."""

from __future__ import annotations

import asyncio
import logging
from dataclasses import dataclass, field
from typing import Any

from bot.config import Settings
from bot.extraction import Extraction
from bot.extraction.grounding import Candidate, FoldedText, ground_claims
from bot.extraction.llm.answer import LLMAnswer, MalformedAnswer, parse_answer
from bot.extraction.llm.chunks import split_chunks
from bot.extraction.llm.client import ChatClient
from bot.extraction.llm.errors import LLMUnavailable
from bot.extraction.llm.merge import enrich
from bot.extraction.llm.prompts import Prompts, build_messages, load_prompts
from bot.models import Advice, Article, Claim

# Every module logs under the package's name, where operators and tests look for it.
log = logging.getLogger(__package__)


@dataclass
class _Usage:
    """What one article's model calls cost, and whether a request has gone out yet."""

    tokens_in: int = 0
    tokens_out: int = 0
    requests: int = 0
    sent: asyncio.Event = field(default_factory=asyncio.Event)


class LLMExtractor:
    """The Extractor over an OpenAI-compatible endpoint; raises `LLMUnavailable` on failure.

    Use it through `choose.make_extractor("llm", settings)`, which adds the heuristic
    fallback and the result cache.
    """

    name = "llm"

    def __init__(
        self,
        settings: Settings,
        *,
        heuristic: Any = None,
        prompts: Prompts | None = None,
        backoff_base: float = 0.5,
        max_parallel_chunks: int = 4,
    ) -> None:
        if not settings.sift_llm_base_url:
            raise LLMUnavailable("not_configured", "SIFT_LLM_BASE_URL is not set")
        if heuristic is None:
            from bot.extraction.heuristic import HeuristicExtractor

            heuristic = HeuristicExtractor()
        self.heuristic = heuristic
        self.prompts = prompts or load_prompts()
        self.model = settings.sift_llm_model
        self.timeout = settings.sift_llm_timeout
        self.chunk_chars = settings.sift_llm_chunk_chars
        self.max_parallel_chunks = max_parallel_chunks
        self.client = ChatClient(
            settings.sift_llm_base_url,
            settings.sift_llm_model,
            api_key=settings.sift_llm_api_key,
            max_retries=settings.sift_llm_max_retries,
            backoff_base=backoff_base,
        )

    @property
    def prompt_version(self) -> str:
        return self.prompts.version

    async def aclose(self) -> None:
        await self.client.aclose()

    async def _heuristic_claims(self, article: Article, sent: asyncio.Event) -> list[Claim]:
        """The heuristic claims, computed while the model thinks.

        In a thread, started once the request is written: a thread holding the interpreter
        lock while the request goes out would delay it (each socket write gives the lock
        away for up to the 5 ms switch interval).
        """
        sync = getattr(self.heuristic, "extract_sync", None)
        await sent.wait()
        if sync is not None:
            extraction = await asyncio.to_thread(sync, article)
        else:
            extraction = await self.heuristic.extract(article)
        return list(extraction.claims)

    async def _ask(
        self, title: str, text: str, part: tuple[int, int] | None, deadline: float, usage: _Usage
    ) -> LLMAnswer:
        """One chunk's answer; a malformed answer is asked again once."""
        messages = build_messages(self.prompts, title, text, part)
        for attempt in range(2):
            completion = await self.client.complete(messages, deadline=deadline, sent=usage.sent)
            usage.requests += 1
            usage.tokens_in += completion.tokens_in
            usage.tokens_out += completion.tokens_out
            try:
                return parse_answer(completion.content)
            except MalformedAnswer as exc:
                if attempt:
                    raise LLMUnavailable("malformed", str(exc)) from None
                log.info("llm answer malformed (%s); asking again", exc)
        raise AssertionError("unreachable")

    async def _ask_all(
        self, article: Article, deadline: float, usage: _Usage
    ) -> list[tuple[int, LLMAnswer]]:
        chunks = split_chunks(article.text, self.chunk_chars)
        semaphore = asyncio.Semaphore(self.max_parallel_chunks)

        async def ask(i: int, offset: int, text: str) -> tuple[int, LLMAnswer]:
            part = (i + 1, len(chunks)) if len(chunks) > 1 else None
            async with semaphore:
                return offset, await self._ask(article.title, text, part, deadline, usage)

        async with asyncio.TaskGroup() as group:
            tasks = [group.create_task(ask(i, o, t)) for i, (o, t) in enumerate(chunks)]
        return [task.result() for task in tasks]

    async def extract(self, article: Article) -> Extraction:
        """The grounded, enriched claims of `article`; raises `LLMUnavailable` on failure."""
        loop = asyncio.get_running_loop()
        started = loop.time()
        deadline = started + self.timeout
        usage = _Usage()
        heuristic_task = asyncio.create_task(self._heuristic_claims(article, usage.sent))
        try:
            async with asyncio.timeout_at(deadline):
                answers = await self._ask_all(article, deadline, usage)
        except BaseException as exc:
            heuristic_task.cancel()
            failure = _unwrap(exc)
            # INFO, not WARNING: the user already gets a note, and the CLI must not print
            # a second line for it; the bot's operators log at INFO.
            log.info(
                "llm extraction failed: model=%s reason=%s answers=%d latency_ms=%.0f",
                self.model,
                failure,
                usage.requests,
                (loop.time() - started) * 1000,
            )
            if failure is exc:
                raise
            raise failure from None
        model_seconds = loop.time() - started

        candidates = [
            Candidate(
                quote=c.quote,
                sources=[(s.name, s.type.value if s.type else None) for s in c.sources],
                hedged=c.hedged,
                summary=c.summary,
                hint=offset,
            )
            for offset, answer in answers
            for c in answer.claims
        ]
        grounding = ground_claims(
            article.text, candidates, title=article.title, folded=FoldedText(article.text)
        )
        usage.sent.set()  # surely sent by now; never let the heuristic wait
        claims = enrich(grounding.claims, await heuristic_task)
        log.info(
            "llm extraction: model=%s chunks=%d requests=%d tokens_in=%d tokens_out=%d "
            "latency_ms=%.0f overhead_ms=%.0f claims=%d dropped_quotes=%d dropped_sources=%d",
            self.model,
            len(answers),
            usage.requests,
            usage.tokens_in,
            usage.tokens_out,
            model_seconds * 1000,
            (loop.time() - started - model_seconds) * 1000,
            len(claims),
            grounding.dropped_quotes,
            grounding.dropped_sources,
        )
        if not claims:
            # Nothing the model said is in the article (an injected instruction obeyed, a
            # confused model): the heuristic checklist is a better answer than none.
            raise LLMUnavailable(
                "no_grounded_claims", f"{grounding.dropped_quotes} of {grounding.proposed} dropped"
            )
        dropped = grounding.dropped_quotes + grounding.dropped_sources
        notes = (
            [Advice(code="dropped_ungrounded", params={"count": str(dropped)})] if dropped else []
        )
        return Extraction(
            claims=claims, extractor=self.name, prompt_version=self.prompt_version, notes=notes
        )


def _unwrap(exc: BaseException) -> BaseException:
    """The `LLMUnavailable` behind a task group's or a timeout's exception, if any."""
    if isinstance(exc, TimeoutError):
        return LLMUnavailable("timeout", "the time budget ran out")
    if isinstance(exc, BaseExceptionGroup):
        for inner in exc.exceptions:
            found = _unwrap(inner)
            if isinstance(found, LLMUnavailable):
                return found
    return exc
