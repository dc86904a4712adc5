"""Building and running the Telegram Application: the one place that sets it up.

`build_application()` wires settings, storage, the extractor and the handlers into a
python-telegram-bot Application pointed at `settings.telegram_base_url` (tests point it
at a fake Bot API server); its post_init opens the storage (connecting and migrating).
`run_bot()` runs it with long polling, or a webhook when `SIFT_WEBHOOK_URL` is set (one
process or a fleet of replicas: `fleet.py`), and turns a missing or rejected token, an
unusable `SIFT_DB` or an unreachable database into one line and an exit code.
"""

from __future__ import annotations

import asyncio
import logging
import re
import sys
from collections.abc import Callable, Coroutine
from typing import Any

from telegram import BotCommand, LinkPreviewOptions, MessageEntity, Update
from telegram.constants import ParseMode
from telegram.error import InvalidToken, NetworkError, TelegramError
from telegram.ext import (
    AIORateLimiter,
    Application,
    ApplicationBuilder,
    CallbackQueryHandler,
    ChatMemberHandler,
    CommandHandler,
    Defaults,
    InlineQueryHandler,
    MessageHandler,
    filters,
)

from bot.chat import handlers
from bot.chat.delivery import EditQueue, Screens
from bot.chat.evidence import Prompts
from bot.chat.joining import Joiner
from bot.chat.limits import UsageLimiter
from bot.chat.locales import LANGUAGES, section
from bot.chat.services import SERVICES_KEY, Services, make_default_extractor
from bot.config import Settings
from bot.extraction import Extractor
from bot.storage import DatabaseSettingError, Storage, StorageUnavailable

log = logging.getLogger(__name__)
JSONDict = dict[str, Any]  # what the Bot API answers, as python-telegram-bot types it

COMMANDS = ("start", "help", "check", "export", "lang", "privacy", "forget")
EXIT_TOKEN = 3
EXIT_NETWORK = 4
EXIT_DATABASE = 5
WEBHOOK_SECRET = re.compile(r"^[A-Za-z0-9_-]{1,256}$")


class RedactingFormatter(logging.Formatter):
    """A formatter that blanks the bot token out of every line, tracebacks included."""

    def __init__(self, fmt: str, secret: str | None) -> None:
        super().__init__(fmt)
        self.secret = secret

    def format(self, record: logging.LogRecord) -> str:
        text = super().format(record)
        return text.replace(self.secret, "<token>") if self.secret else text


class StartupNoiseFilter(logging.Filter):
    """Keep start-up failures to one line: `run_bot` explains them itself.

    python-telegram-bot logs each failed bootstrap attempt with a traceback; a rejected
    token is then reported once by `run_bot`, a network failure as one line per retry.
    """

    def filter(self, record: logging.LogRecord) -> bool:
        if record.exc_info and "Bootstrap" in record.getMessage():
            if isinstance(record.exc_info[1], InvalidToken):
                return False
            record.exc_info = None
            record.exc_text = None
        return True


class DatabaseOutageFilter(logging.Filter):
    """A database that is restarting is one line per failed request, not a traceback: the
    person got an apology, and nothing in the traceback would help the operator more."""

    def filter(self, record: logging.LogRecord) -> bool:
        error = record.exc_info[1] if record.exc_info else None
        if isinstance(error, StorageUnavailable):
            record.msg = f"{record.getMessage()}: {error}"
            record.args = None
            record.exc_info = None
            record.exc_text = None
        return True


def configure_logging(settings: Settings, level: int = logging.INFO) -> None:
    """Log to stderr without the token; httpx's per-request lines (URLs carry it) muted."""
    token = settings.telegram_bot_token.get_secret_value() if settings.telegram_bot_token else None
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(
        RedactingFormatter("%(asctime)s %(levelname)s %(name)s: %(message)s", token)
    )
    handler.addFilter(StartupNoiseFilter())
    handler.addFilter(DatabaseOutageFilter())
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level)
    quiet_http_logging()
    # The pool logs each failed reconnection in two lines while the database restarts;
    # requests that fail for good are logged once by the bot itself.
    logging.getLogger("psycopg.pool").setLevel(logging.ERROR)
    logging.getLogger("tornado.access").setLevel(logging.WARNING)


def quiet_http_logging() -> None:
    """httpx logs every request URL at INFO, and Bot API URLs contain the token."""
    for noisy in ("httpx", "httpcore"):
        if logging.getLogger(noisy).getEffectiveLevel() < logging.WARNING:
            logging.getLogger(noisy).setLevel(logging.WARNING)


class SiftRateLimiter(AIORateLimiter):
    """Telegram's flood limits for messages; "typing…" is not a message and skips the queue.

    AIORateLimiter counts every call that names a chat, so 200 chats at once would wait
    behind 200 chat actions before their first checklist. A chat action that fails is
    ignored anyway (`handlers._typing`).
    """

    async def process_request(
        self,
        callback: Callable[..., Coroutine[Any, Any, bool | JSONDict | list[JSONDict]]],
        args: Any,
        kwargs: dict[str, Any],
        endpoint: str,
        data: dict[str, Any],
        rate_limit_args: int | None,
    ) -> bool | JSONDict | list[JSONDict]:
        if endpoint == "sendChatAction":
            return await callback(*args, **kwargs)
        return await super().process_request(
            callback, args, kwargs, endpoint, data, rate_limit_args
        )


def add_handlers(application: Application) -> None:
    """Every handler, in the order python-telegram-bot tries them (the first match wins)."""
    private = filters.ChatType.PRIVATE
    groups = filters.ChatType.GROUPS
    # An edit of a message already answered (an article, /check, /help) is never answered again.
    application.add_handler(MessageHandler(filters.UpdateType.EDITED, handlers.ignore_edit))
    application.add_handler(CommandHandler("start", handlers.start))
    application.add_handler(CommandHandler("help", handlers.help_command))
    application.add_handler(CommandHandler("privacy", handlers.privacy))
    application.add_handler(CommandHandler("lang", handlers.choose_language))
    application.add_handler(CommandHandler("forget", handlers.forget))
    application.add_handler(CommandHandler("check", handlers.check_command))
    application.add_handler(CommandHandler("export", handlers.export_command))
    application.add_handler(
        MessageHandler(filters.REPLY & filters.TEXT & ~filters.COMMAND, handlers.evidence_reply)
    )
    application.add_handler(
        MessageHandler(
            groups
            & ~filters.COMMAND
            & (
                filters.Entity(MessageEntity.MENTION)
                | filters.Entity(MessageEntity.TEXT_MENTION)
                | filters.CaptionEntity(MessageEntity.MENTION)
            ),
            handlers.group_mention,
        )
    )
    application.add_handler(
        MessageHandler(private & filters.Document.ALL, handlers.private_document)
    )
    application.add_handler(
        MessageHandler(
            private & ((filters.TEXT & ~filters.COMMAND) | filters.CAPTION),
            handlers.private_message,
        )
    )
    application.add_handler(
        MessageHandler(
            private & ~filters.COMMAND & ~filters.StatusUpdate.ALL & ~filters.UpdateType.EDITED,
            handlers.private_other,
        )
    )
    application.add_handler(CallbackQueryHandler(handlers.mark_tapped, pattern=r"^m:"))
    application.add_handler(CallbackQueryHandler(handlers.view_tapped, pattern=r"^v:"))
    application.add_handler(CallbackQueryHandler(handlers.page_tapped, pattern=r"^p:"))
    application.add_handler(CallbackQueryHandler(handlers.evidence_tapped, pattern=r"^e:"))
    application.add_handler(CallbackQueryHandler(handlers.noop_tapped, pattern=r"^n$"))
    application.add_handler(CallbackQueryHandler(handlers.export_tapped, pattern=r"^x:"))
    application.add_handler(CallbackQueryHandler(handlers.language_chosen, pattern=r"^l:"))
    application.add_handler(CallbackQueryHandler(handlers.unknown_tapped))
    application.add_handler(InlineQueryHandler(handlers.inline_query))
    application.add_handler(
        ChatMemberHandler(handlers.added_to_group, ChatMemberHandler.MY_CHAT_MEMBER)
    )
    application.add_error_handler(handlers.on_error)


async def register_commands(application: Application) -> None:
    """setMyCommands: the command menu, in each interface language."""
    for lang in (None, *LANGUAGES):
        descriptions = section(lang or "en", "commands")
        commands = [BotCommand(name, descriptions[name]) for name in COMMANDS]
        await application.bot.set_my_commands(commands, language_code=lang)


def build_application(
    settings: Settings,
    *,
    storage: Storage | None = None,
    extractor: Extractor | None = None,
    rate_limiter: bool = True,
) -> Application:
    """The configured Application (not started; its storage opens in post_init).

    Raises ValueError without a token, DatabaseSettingError for an unusable SIFT_DB.
    """
    if settings.telegram_bot_token is None or not settings.telegram_bot_token.get_secret_value():
        raise ValueError("TELEGRAM_BOT_TOKEN is not set")
    quiet_http_logging()
    storage = storage or Storage(settings.sift_db)
    svc = Services(
        settings=settings,
        storage=storage,
        extractor=extractor or make_default_extractor(settings),
        limiter=UsageLimiter(storage, settings.sift_user_analyses_per_hour),
        edits=EditQueue(),
        screens=Screens(storage),
        prompts=Prompts(storage),
    )

    async def post_init(application: Application) -> None:
        await svc.storage.open()
        assert svc.joiner is not None
        svc.joiner.start()
        await register_commands(application)

    async def post_shutdown(application: Application) -> None:
        if svc.joiner is not None:
            await svc.joiner.close()
        close = getattr(svc.extractor, "aclose", None)
        if close is not None:
            await close()
        await svc.storage.close()

    builder = (
        ApplicationBuilder()
        .token(settings.telegram_bot_token.get_secret_value())
        .base_url(settings.telegram_base_url)
        .base_file_url(settings.telegram_base_file_url)
        .defaults(
            Defaults(
                parse_mode=ParseMode.HTML,
                link_preview_options=LinkPreviewOptions(is_disabled=True),
            )
        )
        # Updates are handled concurrently; per-posting edit queues keep marks ordered.
        .concurrent_updates(64)
        .connect_timeout(10)
        .read_timeout(20)
        .write_timeout(20)
        .pool_timeout(10)
        .post_init(post_init)
        .post_shutdown(post_shutdown)
    )
    if rate_limiter and settings.sift_flood_control:
        # Flood limits honoured; a 429 is waited out and retried (up to 3 times).
        builder = builder.rate_limiter(SiftRateLimiter(max_retries=3))
    application = builder.build()
    svc.joiner = Joiner(
        storage,
        handlers.make_flush(application),
        delay=settings.sift_join_seconds,
        lease_seconds=settings.sift_lease_seconds,
    )
    application.bot_data[SERVICES_KEY] = svc
    add_handlers(application)
    return application


def run_bot(settings: Settings) -> int:
    """Serve the bot until SIGINT/SIGTERM; returns the process exit code."""
    configure_logging(settings)
    try:
        application = build_application(settings)
    except DatabaseSettingError as exc:
        print(f"sift: {exc}", file=sys.stderr)
        return EXIT_DATABASE
    except ValueError as exc:
        print(f"sift: {exc}: set it in the environment or in .env.", file=sys.stderr)
        return EXIT_TOKEN
    secret = settings.sift_webhook_secret
    if secret is not None and not WEBHOOK_SECRET.match(secret.get_secret_value()):
        print(
            "sift: SIFT_WEBHOOK_SECRET must be 1 to 256 characters: letters, digits, _ and -.",
            file=sys.stderr,
        )
        return EXIT_TOKEN
    from bot.chat.fleet import WebhookListenError, serve_webhook

    try:
        if settings.sift_webhook_url:
            asyncio.run(serve_webhook(application, settings))
        else:
            application.run_polling(allowed_updates=Update.ALL_TYPES, bootstrap_retries=3)
    except WebhookListenError as exc:
        print(f"sift: {exc}", file=sys.stderr)
        return EXIT_NETWORK
    except StorageUnavailable as exc:
        print(f"sift: {exc}", file=sys.stderr)
        return EXIT_DATABASE
    except InvalidToken:
        print("sift: Telegram rejected the bot token (TELEGRAM_BOT_TOKEN).", file=sys.stderr)
        return EXIT_TOKEN
    except NetworkError as exc:
        print(f"sift: cannot reach the Telegram Bot API: {exc.message}", file=sys.stderr)
        return EXIT_NETWORK
    except TelegramError as exc:
        print(f"sift: Telegram refused to start the bot: {exc.message}", file=sys.stderr)
        return EXIT_NETWORK
    return 0
