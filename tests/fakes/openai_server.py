"""A fake OpenAI-compatible chat server on loopback, scriptable per request.

`FakeOpenAI` runs a threaded stdlib HTTP server (so that a test can drive it from the
event loop, or run the CLI in a subprocess against it) that answers
`POST /v1/chat/completions` and records every request (JSON body, headers, time).

Each request is answered by the next `Reply` queued with `script(...)`, else by the
`responder` (a function of the request body returning a `Reply`). Helpers build the usual
behaviours: a well-formed answer, claims computed from the article in the request,
malformed JSON, 429 with Retry-After, 500, a hang, a server that rejects json_schema.
"""

from __future__ import annotations

import json
import re
import socket
import threading
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler
from typing import Any

from tests.fakes.loopback import LoopbackServer


@dataclass
class Reply:
    """One scripted HTTP answer."""

    status: int = 200
    body: Any = None  # a dict or list is sent as JSON, a str as is
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0  # seconds to wait before answering
    hang: bool = False  # never answer (until the server stops)


@dataclass
class Recorded:
    """A request the server received."""

    body: dict[str, Any]
    headers: dict[str, str]
    at: float

    @property
    def response_format(self) -> str | None:
        return (self.body.get("response_format") or {}).get("type")

    @property
    def article(self) -> str:
        return article_of(self.body)


Responder = Callable[[dict[str, Any]], Reply]

_ARTICLE = re.compile(r"<article-(\w+)>\n(.*)\n</article-\1>", re.DOTALL)


def article_of(body: dict[str, Any]) -> str:
    """The article text (without its title line) in the last user message of a request."""
    users = [m["content"] for m in body.get("messages", []) if m.get("role") == "user"]
    match = _ARTICLE.search(users[-1]) if users else None
    if not match:
        return ""
    text = match.group(2)
    if text.startswith("Title: "):
        text = text.split("\n\n", 1)[1] if "\n\n" in text else ""
    return text


def completion(content: str, prompt_tokens: int = 1200, completion_tokens: int = 150) -> dict:
    """A chat completion body whose message is `content`."""
    return {
        "id": "chatcmpl-fake",
        "object": "chat.completion",
        "created": int(time.time()),
        "model": "fake-model",
        "choices": [
            {
                "index": 0,
                "message": {"role": "assistant", "content": content},
                "finish_reason": "stop",
            }
        ],
        "usage": {
            "prompt_tokens": prompt_tokens,
            "completion_tokens": completion_tokens,
            "total_tokens": prompt_tokens + completion_tokens,
        },
    }


def claim(quote: str, *sources: str | tuple[str, str], hedged: bool = False) -> dict[str, Any]:
    """A claim as a model writes it; a source is a name or (name, type)."""
    return {
        "quote": quote,
        "sources": [
            {"name": s} if isinstance(s, str) else {"name": s[0], "type": s[1]} for s in sources
        ],
        "hedged": hedged,
    }


def answer(claims: list[dict[str, Any]], **tokens: int) -> Reply:
    """A well-formed answer with these claims."""
    return Reply(body=completion(json.dumps({"claims": claims}, ensure_ascii=False), **tokens))


def malformed() -> Reply:
    """An answer whose content is not JSON."""
    return Reply(body=completion('{"claims": [{"quote": "The minister said'))


def first_sentences(text: str) -> list[dict[str, Any]]:
    """Claims for a chunk: the first sentence of every paragraph, without sources."""
    claims = []
    for para in text.split("\n"):
        sentence = re.split(r"(?<=[.!?])\s", para.strip(), maxsplit=1)[0]
        if len(sentence.split()) >= 4:
            claims.append(claim(sentence))
    return claims


def from_article(make_claims: Callable[[str], list[dict[str, Any]]], delay: float = 0.0):
    """A responder answering each request with claims computed from its article chunk."""

    def respond(body: dict[str, Any]) -> Reply:
        reply = answer(make_claims(article_of(body)))
        reply.delay = delay
        return reply

    return respond


def rejecting(modes: set[str], inner: Responder) -> Responder:
    """A server that answers 400 to the given response_format types, like some do."""

    def respond(body: dict[str, Any]) -> Reply:
        mode = (body.get("response_format") or {}).get("type")
        if mode in modes:
            return Reply(
                status=400,
                body={"error": {"message": f"response_format {mode} is not supported"}},
            )
        return inner(body)

    return respond


def always(reply: Reply) -> Responder:
    return lambda body: reply


class FakeOpenAI:
    """The fake server; use as a context manager. `url` is the base URL (ending in /v1)."""

    def __init__(self, responder: Responder | None = None) -> None:
        self.responder: Responder = responder or always(answer([]))
        self.requests: list[Recorded] = []
        self.handling_seconds: list[float] = []
        self._queue: deque[Reply] = deque()
        self._lock = threading.Lock()
        self._stopping = threading.Event()
        fake = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args: Any) -> None:  # keep test output quiet
                pass

            def setup(self) -> None:
                super().setup()
                # Headers and body go out in separate writes: without this, Nagle's
                # algorithm and the client's delayed ACK add 40 ms to every answer.
                self.connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)

            def do_POST(self) -> None:  # noqa: N802 (http.server's naming)
                started = time.perf_counter()
                length = int(self.headers.get("Content-Length") or 0)
                raw = self.rfile.read(length)
                if self.path.rstrip("/") != "/v1/chat/completions":
                    self._send(Reply(status=404, body={"error": {"message": "not found"}}))
                    return
                try:
                    body = json.loads(raw)
                except ValueError:
                    self._send(Reply(status=400, body={"error": {"message": "bad json"}}))
                    return
                reply = fake._next(body, dict(self.headers.items()))
                if reply.hang:
                    fake._stopping.wait(120)
                    return
                if reply.delay:
                    time.sleep(reply.delay)
                self._send(reply)
                with fake._lock:
                    fake.handling_seconds.append(time.perf_counter() - started)

            def _send(self, reply: Reply) -> None:
                if isinstance(reply.body, str):
                    payload, kind = reply.body.encode(), "text/plain"
                else:
                    payload, kind = json.dumps(reply.body).encode(), "application/json"
                try:
                    self.send_response(reply.status)
                    self.send_header("Content-Type", kind)
                    self.send_header("Content-Length", str(len(payload)))
                    for name, value in reply.headers.items():
                        self.send_header(name, value)
                    self.end_headers()
                    self.wfile.write(payload)
                except OSError:
                    pass  # the client gave up (a timeout test)

        self._server = LoopbackServer(Handler, poll_interval=0.05)

    @property
    def url(self) -> str:
        return f"{self._server.base}/v1"

    def script(self, *replies: Reply) -> None:
        """Queue replies for the next requests, before the responder takes over."""
        with self._lock:
            self._queue.extend(replies)

    def _next(self, body: dict[str, Any], headers: dict[str, str]) -> Reply:
        with self._lock:
            self.requests.append(Recorded(body=body, headers=headers, at=time.monotonic()))
            if self._queue:
                return self._queue.popleft()
        return self.responder(body)

    def start(self) -> FakeOpenAI:
        self._server.start()
        return self

    def stop(self) -> None:
        self._stopping.set()  # release hanging handlers
        self._server.stop()

    def __enter__(self) -> FakeOpenAI:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()


def fake_openai_fixture():
    """A pytest fixture body: `fake = pytest.fixture(fake_openai_fixture)` in a test module."""
    with FakeOpenAI() as fake:
        yield fake
