"""Webhook mode for one process or a fleet of replicas behind any HTTP load balancer.

Telegram sends each update to the webhook until it is acknowledged, and never again
after that. So a replica acknowledges an update (HTTP 200) only once it is stored
(`Storage.accept_update`: an update_id seen before is acknowledged and not handled twice),
and handles it under a lease that it renews while it works. If a replica dies, its
leases run out and another replica takes the updates over (`claim_expired_updates`,
`SELECT ... FOR UPDATE SKIP LOCKED` on PostgreSQL); if the database cannot store an
update, the answer is 503 and Telegram sends it again later.

Every request must carry the webhook's secret token (`X-Telegram-Bot-Api-Secret-Token`).
All replicas register the same one: `SIFT_WEBHOOK_SECRET`, or else a secret that the
first replica to start stores in the database for the others, so that no replica ever
replaces the webhook with a secret the others would refuse.
"""

from __future__ import annotations

import asyncio
import contextlib
import hmac
import json
import logging
import secrets
import signal
from typing import Any

import tornado.httpserver
import tornado.web
from telegram import Update
from telegram.ext import Application

from bot.chat.services import SERVICES_KEY, Services
from bot.config import Settings
from bot.storage import Storage

log = logging.getLogger(__name__)

WEBHOOK_PATH = "/telegram"
SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"
SHUTDOWN_GRACE = 10.0
PURGE_EVERY = 600.0


class WebhookListenError(RuntimeError):
    """The webhook's address cannot be listened on (in use, not this machine's...)."""


def _sender(payload: dict[str, Any]) -> tuple[int | None, int | None]:
    """(chat id, user id) of an update, when it has them: used to keep a sender's
    messages in order across replicas."""
    for key, value in payload.items():
        if key == "update_id" or not isinstance(value, dict):
            continue
        user = value.get("from") or {}
        chat = value.get("chat") or (value.get("message") or {}).get("chat") or {}
        return chat.get("id"), user.get("id")
    return None, None


class Inbox:
    """Stores received updates, handles them under a lease, takes over expired leases."""

    def __init__(
        self,
        application: Application,
        storage: Storage,
        *,
        lease_seconds: float,
        workers: int,
    ) -> None:
        self.application = application
        self.storage = storage
        self.lease_seconds = lease_seconds
        self.owner = storage.owner
        self._slots = asyncio.Semaphore(workers)
        self._workers = workers
        self._tasks: set[asyncio.Task[None]] = set()
        self._loop_task: asyncio.Task[None] | None = None

    async def accept(self, payload: dict[str, Any]) -> bool:
        """Store one update and start handling it; False for one received before."""
        update_id = int(payload["update_id"])
        chat_id, user_id = _sender(payload)
        fresh = await self.storage.accept_update(
            update_id,
            payload,
            owner=self.owner,
            lease_seconds=self.lease_seconds,
            chat_id=chat_id,
            user_id=user_id,
        )
        if fresh:
            self._dispatch(update_id, payload)
        return fresh

    def _dispatch(self, update_id: int, payload: dict[str, Any]) -> None:
        task = asyncio.create_task(self._handle(update_id, payload))
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    async def _handle(self, update_id: int, payload: dict[str, Any]) -> None:
        # Recorded as handled within its slot: a replica that dies leaves at most
        # `workers` updates whose answer may have gone out unrecorded.
        async with self._slots:
            try:
                update = Update.de_json(payload, self.application.bot)
                await self.application.process_update(update)
            except Exception:  # the handlers' own errors are answered by on_error
                log.exception("could not handle update %s", update_id)
            try:
                await self.storage.finish_update(update_id)
            except Exception:  # its lease will run out and it will be handled again
                log.warning("could not record update %s as handled", update_id)

    async def _maintain(self) -> None:
        """Renew this replica's leases; take over those that ran out; purge now and then."""
        since_purge = 0.0
        period = max(self.lease_seconds / 3, 0.2)
        while True:
            await asyncio.sleep(period)
            since_purge += period
            try:
                await self.storage.renew_leases(self.owner, self.lease_seconds)
                claimed = await self.storage.claim_expired_updates(
                    self.owner, self.lease_seconds, limit=self._workers * 4
                )
                for update in claimed:
                    log.info("taking over update %s", update.update_id)
                    self._dispatch(update.update_id, update.payload)
                if since_purge >= PURGE_EVERY:
                    since_purge = 0.0
                    await self.storage.purge_expired()
            except Exception as exc:  # the database is restarting: the next round retries
                log.warning("could not renew or take over leases: %s", exc)

    def start(self) -> None:
        if self._loop_task is None:
            self._loop_task = asyncio.create_task(self._maintain())

    async def stop(self, grace: float = SHUTDOWN_GRACE) -> None:
        """Finish what is in hand (within `grace`); what is left goes to other replicas
        when its lease runs out."""
        if self._loop_task is not None:
            self._loop_task.cancel()
            self._loop_task = None
        if self._tasks:
            _, left = await asyncio.wait(set(self._tasks), timeout=grace)
            for task in left:
                task.cancel()


class _UpdateHandler(tornado.web.RequestHandler):
    """POST /telegram: one update from Telegram."""

    def initialize(self, inbox: Inbox, secret: str) -> None:
        self.inbox = inbox
        self.secret = secret.encode()

    async def post(self) -> None:
        given = self.request.headers.get(SECRET_HEADER, "").encode()
        if not hmac.compare_digest(given, self.secret):
            self.set_status(403)
            return
        try:
            payload = json.loads(self.request.body)
            int(payload["update_id"])
        except (ValueError, TypeError, KeyError):
            self.set_status(400)
            return
        try:
            await self.inbox.accept(payload)
        except Exception as exc:  # not stored: Telegram must send it again
            log.warning("could not store an update (%s): answering 503", type(exc).__name__)
            self.set_status(503)
            return
        self.set_status(200)


class _HealthHandler(tornado.web.RequestHandler):
    """GET /healthz: for load balancers."""

    def get(self) -> None:
        self.write("ok")


async def webhook_secret(settings: Settings, storage: Storage) -> str:
    """The secret every replica registers: the configured one, else one shared through
    the database."""
    if settings.sift_webhook_secret is not None:
        return settings.sift_webhook_secret.get_secret_value()
    return await storage.shared_setting("webhook_secret", secrets.token_urlsafe(32))


async def serve_webhook(application: Application, settings: Settings) -> None:
    """Serve the webhook until SIGTERM or SIGINT. Start-up errors propagate."""
    assert settings.sift_webhook_url
    svc: Services = application.bot_data[SERVICES_KEY]
    stopping = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(sig, stopping.set)
    server: tornado.httpserver.HTTPServer | None = None
    inbox: Inbox | None = None
    await application.initialize()
    try:
        assert application.post_init is not None
        await application.post_init(application)
        secret = await webhook_secret(settings, svc.storage)
        inbox = Inbox(
            application,
            svc.storage,
            lease_seconds=settings.sift_lease_seconds,
            workers=settings.sift_webhook_workers,
        )
        web = tornado.web.Application(
            [
                (WEBHOOK_PATH, _UpdateHandler, {"inbox": inbox, "secret": secret}),
                ("/healthz", _HealthHandler),
            ]
        )
        try:
            server = web.listen(
                settings.sift_webhook_port, address=settings.sift_webhook_listen, xheaders=True
            )
        except OSError as exc:
            raise WebhookListenError(
                f"cannot serve the webhook on {settings.sift_webhook_listen}:"
                f"{settings.sift_webhook_port}: {exc.strerror or exc}"
            ) from exc
        await application.start()
        await application.bot.set_webhook(
            settings.sift_webhook_url.rstrip("/") + WEBHOOK_PATH,
            secret_token=secret,
            allowed_updates=Update.ALL_TYPES,
        )
        inbox.start()
        log.info(
            "serving the webhook on %s:%d as %s (%s)",
            settings.sift_webhook_listen,
            settings.sift_webhook_port,
            inbox.owner,
            svc.storage.describe(),
        )
        await stopping.wait()
    finally:
        if server is not None:
            server.stop()
        if inbox is not None:
            await inbox.stop()
        if application.running:
            await application.stop()
        with contextlib.suppress(Exception):
            if application.post_shutdown is not None:
                await application.post_shutdown(application)
        await application.shutdown()
