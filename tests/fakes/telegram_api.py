"""A fake Telegram Bot API server on loopback, for running the real bot against it.

It speaks the wire protocol python-telegram-bot uses (form-encoded or multipart POSTs to
`/bot<token>/<method>`, JSON answers `{"ok": ..., "result": ...}`), keeps every call it
receives, serves long-polling `getUpdates` from a queue the test feeds, serves file
downloads under `/file/bot<token>/<path>`, and misbehaves on demand as the real one
sometimes does: the next calls of a method fail with a 429 (`retry_after`), a 400
("message is not modified"), a 500 or a 502; a user who never started the bot cannot be
written to (403).

Like Telegram with a webhook, it can instead deliver the queued updates by POSTing them to
one or more addresses (`deliver_to`), taking turns between them as a load balancer
would, with the secret token of the last setWebhook, several chats at once but one
chat's updates one at a time and in order (as the Bot API server queues them per chat);
an update that gets no 200 (the replica refused it or died) is sent again. A bot may put
a tag before `/bot<token>` in its base URL (`/replica-1/bot...`): calls record it in
`via`, so a test knows which process made each call.

It runs in its own thread (stdlib `ThreadingHTTPServer`, via `loopback.py`), so it serves
an in-process Application and a `python -m bot run` subprocess alike.
"""

from __future__ import annotations

import asyncio
import contextlib
import email.parser
import email.policy
import itertools
import json
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler
from typing import Any
from urllib.parse import parse_qsl, unquote

from tests.fakes.loopback import LoopbackServer

BOT_ID = 7_000_000_001
BOT_USERNAME = "sift_test_bot"


@dataclass
class Call:
    """One request the fake received: the method, its decoded parameters, and when."""

    method: str
    params: dict[str, Any]
    at: float
    files: dict[str, bytes] = field(default_factory=dict)
    result: Any = None  # what the fake answered ("result" of the JSON), once answered
    via: str = ""  # the tag before /bot in the caller's base URL


def _decode_value(value: str) -> Any:
    """PTB JSON-encodes non-string parameters (reply_markup, entities...); undo that."""
    if value[:1] in "{[" or value in ("true", "false", "null"):
        try:
            return json.loads(value)
        except ValueError:
            return value
    return value


def _parse_body(content_type: str, body: bytes) -> tuple[dict[str, Any], dict[str, bytes]]:
    params: dict[str, Any] = {}
    files: dict[str, bytes] = {}
    if content_type.startswith("multipart/form-data"):
        head = f"Content-Type: {content_type}\r\n\r\n".encode()
        message = email.parser.BytesParser(policy=email.policy.HTTP).parsebytes(head + body)
        for part in message.iter_parts():
            name = part.get_param("name", header="content-disposition")
            payload = part.get_payload(decode=True) or b""
            if part.get_filename():
                files[name] = payload
            else:
                params[name] = _decode_value(payload.decode("utf-8"))
    elif content_type.startswith("application/json"):
        params = json.loads(body or b"{}")
    else:
        for key, value in parse_qsl(body.decode("utf-8"), keep_blank_values=True):
            params[key] = _decode_value(value)
    return params, files


_FAULT_DESCRIPTIONS = {
    500: "Internal Server Error",
    502: "Bad Gateway",
    403: "Forbidden: bot was blocked by the user",
}


def _int(value: Any) -> int | None:
    try:
        return int(value)
    except (TypeError, ValueError):
        return None


class FakeTelegram:
    """The server state and the test-facing API. Use as a context manager."""

    def __init__(self, token: str = "123456:TEST-token_abcdefghijklmnopqrstuv") -> None:
        self.token = token
        self.calls: list[Call] = []
        self._updates: list[dict[str, Any]] = []
        self._update_ids = itertools.count(1)
        self._message_ids: dict[int, itertools.count] = {}
        self._faults: dict[str, list[tuple[int, dict[str, Any]]]] = {}
        self._files: dict[str, tuple[str, bytes]] = {}
        self._not_started: set[int] = set()
        self._cond = threading.Condition()
        self._server: LoopbackServer | None = None
        self.webhook: dict[str, Any] = {}
        self.deliveries: list[tuple[int, str, int | None]] = []  # (update_id, url, status)
        self._targets: list[str] = []
        self._turn = itertools.count()
        self._delivering: list[threading.Thread] = []
        self._busy_chats: set[Any] = set()

    # ---- life cycle -------------------------------------------------------------------
    def start(self) -> FakeTelegram:
        fake = self

        class Handler(_Handler):
            server_state = fake

        self._server = LoopbackServer(Handler).start()
        return self

    def stop(self) -> None:
        if self._server is not None:
            with self._cond:
                self._targets = []
                self._cond.notify_all()
            self._server.stop()
            self._server = None
        for thread in self._delivering:
            thread.join(timeout=15)
        self._delivering = []

    def __enter__(self) -> FakeTelegram:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    @property
    def port(self) -> int:
        assert self._server is not None
        return self._server.port

    @property
    def base_url(self) -> str:
        """What TELEGRAM_BASE_URL should be: the bot appends `{token}/{method}`."""
        return f"http://127.0.0.1:{self.port}/bot"

    @property
    def base_file_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/file/bot"

    # ---- feeding the bot --------------------------------------------------------------
    def push_update(self, payload: dict[str, Any], update_id: int | None = None) -> int:
        """Queue one update (`payload` is the part besides update_id); returns its id.
        Give the `update_id` of an earlier update to send that one again."""
        with self._cond:
            if update_id is None:
                update_id = next(self._update_ids)
            self._updates.append({"update_id": update_id, **payload})
            self._cond.notify_all()
            return update_id

    # ---- webhook delivery -------------------------------------------------------------
    def deliver_to(self, urls: list[str], connections: int = 4) -> None:
        """POST queued updates to `urls` in turn (as Telegram to a load balancer), over
        `connections` concurrent connections, until the server stops."""
        with self._cond:
            self._targets = list(urls)
            self._cond.notify_all()
        for _ in range(connections):
            thread = threading.Thread(target=self._deliver_forever, daemon=True)
            thread.start()
            self._delivering.append(thread)

    @staticmethod
    def _chat_of_update(update: dict[str, Any]) -> Any:
        """The chat (else the user) an update is about: Telegram's per-chat queue."""
        for key, value in update.items():
            if key != "update_id" and isinstance(value, dict):
                chat = value.get("chat") or (value.get("message") or {}).get("chat") or {}
                return chat.get("id") or (value.get("from") or {}).get("id")
        return None

    def _next_update(self) -> tuple[dict[str, Any], str, str] | None:
        """The oldest queued update whose chat has none in flight (Telegram sends one
        chat's updates one at a time, in order), the address whose turn it is, and the
        secret."""
        with self._cond:
            while self._targets:
                for index, update in enumerate(self._updates):
                    chat = self._chat_of_update(update)
                    if chat is None or chat not in self._busy_chats:
                        self._busy_chats.add(chat)
                        del self._updates[index]
                        url = self._targets[next(self._turn) % len(self._targets)]
                        return update, url, str(self.webhook.get("secret_token") or "")
                self._cond.wait(0.5)
            return None

    def _deliver_forever(self) -> None:
        import http.client
        from urllib.parse import urlsplit

        while (job := self._next_update()) is not None:
            update, url, secret = job
            address = urlsplit(url)
            status: int | None = None
            try:
                connection = http.client.HTTPConnection(address.hostname, address.port, timeout=10)
                connection.request(
                    "POST",
                    address.path or "/",
                    body=json.dumps(update).encode(),
                    headers={
                        "Content-Type": "application/json",
                        "X-Telegram-Bot-Api-Secret-Token": secret,
                    },
                )
                status = connection.getresponse().status
                connection.close()
            except OSError:
                status = None
            with self._cond:
                self.deliveries.append((update["update_id"], url, status))
                if status != 200:  # not acknowledged: Telegram sends it again
                    self._updates.insert(0, update)
                self._busy_chats.discard(self._chat_of_update(update))
                self._cond.notify_all()
            if status != 200:
                time.sleep(0.05)

    def add_file(self, file_id: str, content: bytes, name: str = "article.txt") -> str:
        """Make a document downloadable through getFile; returns its file_path."""
        path = f"documents/{file_id}_{name}"
        with self._cond:
            self._files[file_id] = (path, content)
        return path

    def fail_next(self, method: str, status: int = 429, times: int = 1, **extra: Any) -> None:
        """Make the next `times` calls of `method` fail: 429 with retry_after, 400 with a
        description, 500 or 502 as Telegram's servers answer them."""
        with self._cond:
            self._faults.setdefault(method, []).extend([(status, extra)] * times)

    def never_started(self, user_id: int) -> None:
        """The user never opened a private chat with the bot: writing to them is refused."""
        with self._cond:
            self._not_started.add(user_id)

    # ---- inspecting what the bot did --------------------------------------------------
    def calls_of(self, method: str) -> list[Call]:
        with self._cond:
            return [c for c in self.calls if c.method == method]

    def sent_texts(self, chat_id: int | None = None) -> list[str]:
        """Texts of sendMessage calls (optionally to one chat), in order."""
        return [
            c.params["text"]
            for c in self.calls_of("sendMessage")
            if chat_id is None or int(c.params["chat_id"]) == chat_id
        ]

    def wait_for_sync(
        self, method: str, predicate: Callable[[Call], bool] = lambda c: True, timeout: float = 10
    ) -> Call:
        deadline = time.monotonic() + timeout
        with self._cond:
            while True:
                for call in self.calls:
                    if call.method == method and predicate(call):
                        return call
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    methods = [c.method for c in self.calls]
                    raise TimeoutError(f"no matching {method} call; calls so far: {methods}")
                self._cond.wait(remaining)

    async def wait_for(
        self, method: str, predicate: Callable[[Call], bool] = lambda c: True, timeout: float = 10
    ) -> Call:
        """Wait (without blocking the event loop) for a call of `method` matching `predicate`."""
        deadline = time.monotonic() + timeout
        while True:
            with self._cond:
                for call in self.calls:
                    if call.method == method and predicate(call):
                        return call
            if time.monotonic() > deadline:
                methods = [c.method for c in self.calls]
                raise TimeoutError(f"no matching {method} call; calls so far: {methods}")
            await asyncio.sleep(0.01)

    # ---- the protocol -----------------------------------------------------------------
    def _record(self, call: Call) -> None:
        with self._cond:
            self.calls.append(call)
            self._cond.notify_all()

    def _take_fault(self, method: str) -> tuple[int, dict[str, Any]] | None:
        with self._cond:
            queue = self._faults.get(method)
            return queue.pop(0) if queue else None

    def _get_updates(self, params: dict[str, Any]) -> list[dict[str, Any]]:
        offset = int(params.get("offset") or 0)
        limit = int(params.get("limit") or 100)
        timeout = float(params.get("timeout") or 0)
        deadline = time.monotonic() + timeout
        with self._cond:
            # Confirmed updates (below the offset) are gone for good, as on Telegram.
            self._updates = [u for u in self._updates if u["update_id"] >= offset]
            while not self._updates and self._server is not None:
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    break
                self._cond.wait(min(remaining, 0.5))
            return list(self._updates[:limit])

    def _message(self, chat_id: int, message_id: int | None = None, **content: Any) -> dict:
        if message_id is None:
            with self._cond:
                counter = self._message_ids.setdefault(chat_id, itertools.count(10_000))
                message_id = next(counter)
        chat_type = "private" if chat_id > 0 else "supergroup"
        chat: dict[str, Any] = {"id": chat_id, "type": chat_type}
        if chat_type == "private":
            chat["first_name"] = "User"
        else:
            chat["title"] = "Group"
        return {
            "message_id": message_id,
            "from": {"id": BOT_ID, "is_bot": True, "first_name": "Sift", "username": BOT_USERNAME},
            "chat": chat,
            "date": int(time.time()),
            **content,
        }

    def answer(self, method: str, params: dict[str, Any]) -> tuple[int, dict[str, Any]]:
        """The JSON answer to one Bot API call (status, body)."""
        fault = self._take_fault(method)
        if fault is not None:
            status, extra = fault
            if status == 429:
                retry_after = int(extra.get("retry_after", 1))
                return 429, {
                    "ok": False,
                    "error_code": 429,
                    "description": f"Too Many Requests: retry after {retry_after}",
                    "parameters": {"retry_after": retry_after},
                }
            default = _FAULT_DESCRIPTIONS.get(status, "Bad Request: message is not modified")
            description = extra.get("description", default)
            return status, {"ok": False, "error_code": status, "description": description}
        if method.startswith("send") and method != "sendChatAction":
            with self._cond:
                refused = _int(params.get("chat_id")) in self._not_started
            if refused:
                return 403, {
                    "ok": False,
                    "error_code": 403,
                    "description": "Forbidden: bot can't initiate conversation with a user",
                }

        if method == "getMe":
            result: Any = {
                "id": BOT_ID,
                "is_bot": True,
                "first_name": "Sift",
                "username": BOT_USERNAME,
                "can_join_groups": True,
                "can_read_all_group_messages": False,
                "supports_inline_queries": True,
            }
        elif method == "getUpdates":
            result = self._get_updates(params)
        elif method in ("sendMessage", "editMessageText", "editMessageReplyMarkup"):
            if "inline_message_id" in params:
                result = True
            else:
                chat_id = int(params["chat_id"])
                edited = int(params["message_id"]) if method != "sendMessage" else None
                result = self._message(chat_id, edited, text=params.get("text", ""))
                if edited is not None:
                    result["edit_date"] = int(time.time())
                markup = params.get("reply_markup")
                # A message carries only an inline keyboard; a ForceReply is not echoed.
                if isinstance(markup, dict) and "inline_keyboard" in markup:
                    result["reply_markup"] = markup
        elif method == "sendDocument":
            result = self._message(
                int(params["chat_id"]),
                document={
                    "file_id": "sent-doc",
                    "file_unique_id": "sent-doc-u",
                    "file_name": "checklist.md",
                },
            )
        elif method == "getFile":
            file_id = params["file_id"]
            with self._cond:
                entry = self._files.get(file_id)
            if entry is None:
                return 400, {"ok": False, "error_code": 400, "description": "Bad Request: no file"}
            path, content = entry
            result = {
                "file_id": file_id,
                "file_unique_id": f"{file_id}-u",
                "file_size": len(content),
                "file_path": path,
            }
        elif method == "setWebhook":
            with self._cond:
                self.webhook = dict(params)
            result = True
        elif method in (
            "deleteWebhook",
            "setMyCommands",
            "sendChatAction",
            "answerCallbackQuery",
            "answerInlineQuery",
            "close",
            "logOut",
        ):
            result = True
        else:
            return 404, {"ok": False, "error_code": 404, "description": "Not Found"}
        return 200, {"ok": True, "result": result}

    def file_content(self, path: str) -> bytes | None:
        with self._cond:
            for file_path, content in self._files.values():
                if file_path == path:
                    return content
        return None


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server_state: FakeTelegram

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - stdlib signature
        """Silence the per-request stderr lines."""

    def handle(self) -> None:
        # A killed bot process resets its kept-alive connections: not the fake's error.
        with contextlib.suppress(ConnectionResetError, BrokenPipeError):
            super().handle()

    def _send_json(self, status: int, body: dict[str, Any]) -> None:
        data = json.dumps(body).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    via = ""

    def _route(self) -> tuple[str, str] | None:
        """(kind, rest) for /bot<token>/<method> or /file/bot<token>/<path>; None if bad token."""
        fake = self.server_state
        path = unquote(self.path.split("?", 1)[0])
        tag, _, rest = path[1:].partition("/")
        if tag and not tag.startswith(("bot", "file")):
            self.via, path = tag, "/" + rest
        for kind, prefix in (("file", "/file/bot"), ("api", "/bot")):
            if path.startswith(prefix):
                token, _, rest = path[len(prefix) :].partition("/")
                if token != fake.token:
                    return None
                return kind, rest
        return "unknown", path

    def do_GET(self) -> None:  # noqa: N802 - stdlib name
        route = self._route()
        if route is None:
            self._send_json(401, {"ok": False, "error_code": 401, "description": "Unauthorized"})
            return
        kind, rest = route
        if kind == "file":
            content = self.server_state.file_content(rest)
            if content is None:
                self._send_json(404, {"ok": False, "error_code": 404, "description": "Not Found"})
                return
            self.send_response(200)
            self.send_header("Content-Type", "application/octet-stream")
            self.send_header("Content-Length", str(len(content)))
            self.end_headers()
            self.wfile.write(content)
            return
        self._handle_api(rest, b"", "")

    def do_POST(self) -> None:  # noqa: N802 - stdlib name
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        if len(body) < length:  # the caller died while sending (a killed replica)
            return
        route = self._route()
        if route is None:
            self._send_json(401, {"ok": False, "error_code": 401, "description": "Unauthorized"})
            return
        kind, rest = route
        if kind != "api":
            self._send_json(404, {"ok": False, "error_code": 404, "description": "Not Found"})
            return
        self._handle_api(rest, body, self.headers.get("Content-Type", ""))

    def _handle_api(self, method: str, body: bytes, content_type: str) -> None:
        fake = self.server_state
        params, files = _parse_body(content_type, body)
        call = Call(method=method, params=params, at=time.monotonic(), files=files, via=self.via)
        status, answer = fake.answer(method, params)
        call.result = answer.get("result")
        fake._record(call)
        # The client may have given up (e.g. the bot shut down during a long poll).
        with contextlib.suppress(BrokenPipeError, ConnectionResetError):
            self._send_json(status, answer)
