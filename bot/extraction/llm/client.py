"""`POST /chat/completions` with retries, Retry-After, backoff and response-format fallback."""

from __future__ import annotations

import asyncio
import email.utils
import logging
import random
import time
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import httpx
from pydantic import SecretStr

from bot.extraction.llm.answer import answer_schema
from bot.extraction.llm.errors import LLMUnavailable

# Every module logs under the package's name, where operators and tests look for it.
log = logging.getLogger(__package__)

# Modes of structured output, best first; a client steps down when a server rejects one.
RESPONSE_MODES = ("json_schema", "json_object", "plain")


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
