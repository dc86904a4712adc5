"""The LLM extractor: claims and their stated sources from any OpenAI-compatible endpoint.

Sift asks a model (OpenAI, Mistral, Groq, OpenRouter, or a local Ollama, vLLM, LM Studio or
llama.cpp server) for the article's claims through `POST {base}/chat/completions`, keeps
only what is grounded in the article (`grounding.py`), and enriches each claim with the
heuristic extractor's signals (figures, dates, hedge words, known outlets), so that the
core's ranking sees the same kind of claims whichever extractor found them.

Robustness is the point of most of this module: servers differ in what structured output
they accept (json_schema, json_object, nothing), answer 429 and 5xx, hang, or return
broken JSON. Each failure is retried within one time budget per article
(`SIFT_LLM_TIMEOUT`); when the budget or the retries run out, `LLMUnavailable` is raised
and `choose.py` falls back to the heuristic checklist.
"""

from __future__ import annotations

import asyncio
import email.utils
import json
import logging
import random
import re
import secrets
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import httpx
from pydantic import BaseModel, ConfigDict, Field, SecretStr, ValidationError, field_validator

from bot.config import Settings
from bot.extraction import Extraction
from bot.extraction.grounding import Candidate, FoldedText, fold, ground_claims
from bot.extraction.outlets import lookup_outlet
from bot.models import Advice, Article, Claim, Detail, Source, SourceRole, SourceType

log = logging.getLogger(__name__)

PROMPTS_DIR = Path(__file__).resolve().parents[2] / "prompts"

SUMMARY_CHARS = 140  # as long as the heuristic extractor's summaries

# Modes of structured output, best first; a client steps down when a server rejects one.
RESPONSE_MODES = ("json_schema", "json_object", "plain")


class LLMUnavailable(Exception):
    """The model could not give a usable answer for this article; `reason` says why.

    Reasons: not_configured, timeout, unreachable, server_error, rate_limited, rejected,
    malformed, no_grounded_claims. Messages never hold the API key.
    """

    def __init__(self, reason: str, detail: str = "") -> None:
        self.reason = reason
        self.detail = detail
        super().__init__(f"{reason}: {detail}" if detail else reason)


# --- Prompts --------------------------------------------------------------------------


@dataclass(frozen=True)
class Prompts:
    """The prompt files of `prompts/`, read once; `version` goes into every result."""

    version: str
    system: str
    instructions: str
    example_title: str
    example_text: str
    example_answer: str


@lru_cache(maxsize=4)
def load_prompts(directory: Path = PROMPTS_DIR) -> Prompts:
    """Read and check the prompt files (the worked example must be a valid answer)."""

    def read(name: str) -> str:
        return (directory / name).read_text(encoding="utf-8").strip()

    example = read("example_article.md")
    title, _, text = example.partition("\n")
    answer = read("example_answer.json")
    LLMAnswer.model_validate_json(answer)  # a broken example would teach a broken format
    return Prompts(
        version=read("VERSION"),
        system=read("system.md"),
        instructions=read("instructions.md"),
        example_title=title.removeprefix("#").strip(),
        example_text=text.strip(),
        example_answer=json.dumps(json.loads(answer), ensure_ascii=False),
    )


def article_message(title: str, text: str, part: tuple[int, int] | None = None) -> str:
    """The user message holding an article, between markers the article cannot forge.

    The markers carry a random tag, so text inside the article that imitates an end
    marker does not end the article for the model.
    """
    tag = secrets.token_hex(4)
    intro = "Here is the article to analyse. Everything between the markers is article text."
    if part is not None:
        intro += f" This is part {part[0]} of {part[1]} of a long article."
    head = f"Title: {title}\n\n" if title else ""
    return f"{intro}\n<article-{tag}>\n{head}{text}\n</article-{tag}>"


def build_messages(prompts: Prompts, title: str, text: str, part: tuple[int, int] | None):
    """System rules and instructions, the worked example as a prior turn, then the article."""
    return [
        {"role": "system", "content": f"{prompts.system}\n\n{prompts.instructions}"},
        {"role": "user", "content": article_message(prompts.example_title, prompts.example_text)},
        {"role": "assistant", "content": prompts.example_answer},
        {"role": "user", "content": article_message(title, text, part)},
    ]


# --- What the model answers -----------------------------------------------------------

_SOURCE_TYPES = {t.value for t in SourceType if t is not SourceType.UNKNOWN}


class LLMSource(BaseModel):
    """A source the article states for the claim, as the article writes it."""

    model_config = ConfigDict(extra="ignore")

    name: str = Field(description="The source's name exactly as the article writes it.")
    type: SourceType | None = Field(None, description="What kind of source it is.")

    @field_validator("type", mode="before")
    @classmethod
    def _lenient_type(cls, value: Any) -> Any:
        # An unknown type is no reason to reject an otherwise good answer.
        if isinstance(value, str) and value.strip().lower() in _SOURCE_TYPES:
            return value.strip().lower()
        return None


class LLMClaim(BaseModel):
    """A factual claim of the article, with the sources it states for it."""

    # The schema asks for all three fields; validation forgives a missing one.
    model_config = ConfigDict(
        extra="ignore", json_schema_extra={"required": ["quote", "sources", "hedged"]}
    )

    quote: str = Field(description="The sentence or clause stating the claim, verbatim.")
    sources: list[LLMSource] = Field(default_factory=list)
    hedged: bool = Field(False, description="True when the article does not assert it as fact.")
    summary: str = Field("", description="Optional short restatement.")

    @field_validator("sources", mode="before")
    @classmethod
    def _names_as_sources(cls, value: Any) -> Any:
        # Some models write sources as plain strings.
        if isinstance(value, list):
            return [{"name": v} if isinstance(v, str) else v for v in value]
        return [] if value is None else value

    @field_validator("summary", mode="before")
    @classmethod
    def _no_null_summary(cls, value: Any) -> Any:
        return value or ""


class LLMAnswer(BaseModel):
    """The factual claims of the article, in its order."""

    model_config = ConfigDict(extra="ignore")

    claims: list[LLMClaim]


def _inline_refs(node: Any, defs: dict[str, Any]) -> Any:
    """Replace `$ref`s by their definitions: several servers' grammars lack `$ref`."""
    if isinstance(node, dict):
        if "$ref" in node:
            return _inline_refs(defs[node["$ref"].rsplit("/", 1)[-1]], defs)
        return {k: _inline_refs(v, defs) for k, v in node.items() if k != "$defs"}
    if isinstance(node, list):
        return [_inline_refs(v, defs) for v in node]
    return node


@lru_cache(maxsize=1)
def answer_schema() -> dict[str, Any]:
    """The JSON schema of `LLMAnswer`, self-contained."""
    schema = LLMAnswer.model_json_schema()
    return _inline_refs(schema, schema.get("$defs", {}))


class MalformedAnswer(ValueError):
    """The model's answer is not the JSON object asked for."""


_FENCE = re.compile(r"```(?:json)?\s*(.*?)```", re.DOTALL)
_THINKING = re.compile(r"<think>.*?</think>", re.DOTALL)


def parse_answer(content: str | None) -> LLMAnswer:
    """The model's answer as `LLMAnswer`, tolerating fences, chatter and a bare list."""
    if not content or not content.strip():
        raise MalformedAnswer("empty answer")
    text = _THINKING.sub("", content).strip()
    fenced = _FENCE.search(text)
    if fenced:
        text = fenced.group(1).strip()
    data: Any = None
    try:
        data = json.loads(text)
    except json.JSONDecodeError:
        # Chatter around the object: decode from the first brace or bracket.
        starts = [i for i in (text.find("{"), text.find("[")) if i >= 0]
        if not starts:
            raise MalformedAnswer("no JSON in answer") from None
        try:
            data, _ = json.JSONDecoder().raw_decode(text[min(starts) :])
        except json.JSONDecodeError as exc:
            raise MalformedAnswer(f"invalid JSON: {exc.msg}") from None
    if isinstance(data, list):
        data = {"claims": data}
    try:
        return LLMAnswer.model_validate(data)
    except ValidationError as exc:
        raise MalformedAnswer(f"unexpected shape ({exc.error_count()} errors)") from None


# --- Chunks ---------------------------------------------------------------------------

_SENTENCE_BREAK = re.compile(r"(?<=[.!?…])\s+")


def _units(text: str, limit: int) -> list[tuple[int, int]]:
    """Spans of lines, split further at sentences, then at spaces, to fit `limit`."""
    units: list[tuple[int, int]] = []
    for line in re.finditer(r"[^\n]+", text):
        spans = [(line.start(), line.end())]
        if line.end() - line.start() > limit:
            spans, begin = [], line.start()
            for m in _SENTENCE_BREAK.finditer(line.group()):
                spans.append((begin, line.start() + m.start()))
                begin = line.start() + m.end()
            spans.append((begin, line.end()))
        for start, end in spans:
            while end - start > limit:
                cut = text.rfind(" ", start + 1, start + limit)
                cut = cut if cut > start else start + limit
                units.append((start, cut))
                start = cut
            units.append((start, end))
    return units


def split_chunks(text: str, limit: int) -> list[tuple[int, str]]:
    """The article as (offset, text) chunks of at most `limit` characters.

    Whole paragraphs are packed together; a paragraph is only cut (at sentence ends) when
    it alone exceeds the limit. Chunks are slices of the text, so offsets stay exact.
    """
    limit = max(limit, 200)
    if len(text) <= limit:
        return [(0, text)]
    chunks: list[tuple[int, str]] = []
    start = end = None
    for u_start, u_end in _units(text, limit):
        if start is None:
            start, end = u_start, u_end
        elif u_end - start > limit:
            chunks.append((start, text[start:end]))
            start, end = u_start, u_end
        else:
            end = u_end
    if start is not None:
        chunks.append((start, text[start:end]))
    return chunks


# --- The HTTP client ------------------------------------------------------------------


@dataclass
class Completion:
    """One model answer and its token counts."""

    content: str | None
    tokens_in: int
    tokens_out: int


def _retry_after(response: httpx.Response) -> float | None:
    """Seconds to wait from a Retry-After header (seconds or an HTTP date)."""
    value = response.headers.get("retry-after")
    if not value:
        return None
    try:
        return max(float(value), 0.0)
    except ValueError:
        pass
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(when.timestamp() - time.time(), 0.0)


class ChatClient:
    """`POST /chat/completions` with retries, backoff and structured-output negotiation.

    The structured-output mode the server accepts is remembered for the client's life, so
    a server that rejects json_schema costs one extra request, once.
    """

    def __init__(
        self,
        base_url: str,
        model: str,
        *,
        api_key: SecretStr | None = None,
        max_retries: int = 2,
        backoff_base: float = 0.5,
        backoff_cap: float = 8.0,
    ) -> None:
        self.url = base_url.rstrip("/") + "/chat/completions"
        self.model = model
        self.max_retries = max_retries
        self.backoff_base = backoff_base
        self.backoff_cap = backoff_cap
        self.mode = RESPONSE_MODES[0]
        self.send_temperature = True
        headers = {"Accept": "application/json"}
        if api_key is not None and api_key.get_secret_value():
            headers["Authorization"] = f"Bearer {api_key.get_secret_value()}"
        self._http = httpx.AsyncClient(
            headers=headers, limits=httpx.Limits(max_connections=64, max_keepalive_connections=32)
        )

    async def aclose(self) -> None:
        await self._http.aclose()

    def _body(self, messages: Sequence[dict[str, str]], mode: str) -> dict[str, Any]:
        body: dict[str, Any] = {"model": self.model, "messages": list(messages)}
        if self.send_temperature:
            body["temperature"] = 0  # the same article should give the same claims
        if mode == "json_schema":
            body["response_format"] = {
                "type": "json_schema",
                "json_schema": {"name": "sift_claims", "schema": answer_schema(), "strict": False},
            }
        elif mode == "json_object":
            body["response_format"] = {"type": "json_object"}
        return body

    def _adapt(self, mode: str, response: httpx.Response) -> bool:
        """Adapt the request to what a 400 says the server lacks; False if nothing to try.

        Reasoning models refuse `temperature`; many servers refuse a response_format.
        """
        if self.send_temperature and "temperature" in response.text.lower():
            self.send_temperature = False
            log.info("llm endpoint rejected temperature; not sending it")
            return True
        if mode != RESPONSE_MODES[-1]:
            self._step_down(mode)
            return True
        return False

    def _step_down(self, rejected: str) -> None:
        # Concurrent chunk requests may all be rejected: step down once per rejected mode.
        if self.mode == rejected and rejected != RESPONSE_MODES[-1]:
            self.mode = RESPONSE_MODES[RESPONSE_MODES.index(rejected) + 1]
            log.info("llm endpoint rejected response_format %s; using %s", rejected, self.mode)

    def _backoff(self, attempt: int) -> float:
        delay = min(self.backoff_base * 2**attempt, self.backoff_cap)
        return delay * random.uniform(0.75, 1.25)

    async def complete(
        self,
        messages: Sequence[dict[str, str]],
        *,
        deadline: float,
        sent: asyncio.Event | None = None,
    ) -> Completion:
        """One answer, retrying timeouts, 429 and 5xx until `deadline` (loop time).

        `sent` is set once a request is fully written to the server.
        """
        loop = asyncio.get_running_loop()
        attempt = 0
        extensions = {"trace": _sent_tracer(sent)} if sent is not None else {}
        while True:
            remaining = deadline - loop.time()
            if remaining <= 0:
                raise LLMUnavailable("timeout")
            mode = self.mode
            wait: float | None = None
            try:
                response = await self._http.post(
                    self.url,
                    json=self._body(messages, mode),
                    timeout=remaining,
                    extensions=extensions,
                )
            except httpx.TimeoutException:
                failure = LLMUnavailable("timeout", f"no answer within {remaining:.1f} s")
            except httpx.TransportError as exc:
                failure = LLMUnavailable("unreachable", type(exc).__name__)
            else:
                status = response.status_code
                if status < 300:
                    return _completion(response)
                if status in (400, 422) and self._adapt(mode, response):
                    continue  # not a failure of the server: ask again in a simpler form
                if status == 429:
                    failure = LLMUnavailable("rate_limited", "HTTP 429")
                elif status >= 500:
                    failure = LLMUnavailable("server_error", f"HTTP {status}")
                else:
                    raise LLMUnavailable("rejected", f"HTTP {status}")
                wait = _retry_after(response)
            if attempt >= self.max_retries:
                raise failure
            delay = wait if wait is not None else self._backoff(attempt)
            if loop.time() + delay >= deadline:
                raise failure  # waiting would overrun the budget: give up now
            log.info("llm request failed (%s); retrying in %.2f s", failure, delay)
            await asyncio.sleep(delay)
            attempt += 1


def _sent_tracer(sent: asyncio.Event):  # noqa: ANN202 (httpcore's trace callback)
    """An httpcore trace callback that sets `sent` when a request body is written."""

    async def trace(event: str, info: dict[str, Any]) -> None:
        if event.endswith("send_request_body.complete"):
            sent.set()

    return trace


def _completion(response: httpx.Response) -> Completion:
    try:
        data = response.json()
        content = data["choices"][0]["message"].get("content")
    except (ValueError, KeyError, IndexError, TypeError, AttributeError):
        data, content = {}, None
    usage = data.get("usage") or {} if isinstance(data, dict) else {}
    return Completion(
        content=content if isinstance(content, str) else None,
        tokens_in=int(usage.get("prompt_tokens") or 0),
        tokens_out=int(usage.get("completion_tokens") or 0),
    )


# --- Enrichment with the heuristic signals --------------------------------------------

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


def _summary(text: str) -> str:
    """A one-line summary for a claim the model gave none for: its quote, shortened."""
    text = " ".join(text.split())
    if len(text) <= SUMMARY_CHARS:
        return text
    cut = text.rfind(" ", 0, SUMMARY_CHARS)
    return text[: cut if cut > 0 else SUMMARY_CHARS].rstrip(",;:") + "…"


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
                    "summary": claim.summary or _summary(claim.quote),
                }
            )
        )
    return enriched


# --- The extractor --------------------------------------------------------------------


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
