"""What the handlers share: settings, storage, the extractor, the paste joiner, limits,
the messages showing each checklist and the evidence prompts awaiting a reply.

One `Services` object is built with the Application and kept in `bot_data`, so that
handlers stay plain functions and tests can build the same Application against a fake
Bot API server.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from telegram import Chat, User
from telegram.ext import ContextTypes

from bot.chat.joining import Joiner
from bot.chat.limits import UsageLimiter
from bot.chat.locales import LANGUAGES, supported
from bot.config import Settings
from bot.extraction import Extractor
from bot.storage import Storage, StorageUnavailable

if TYPE_CHECKING:
    from bot.chat.delivery import EditQueue, Screens
    from bot.chat.evidence import Prompts

log = logging.getLogger(__name__)

SERVICES_KEY = "sift"


def make_default_extractor(settings: Settings) -> Extractor:
    """The configured extractor; the heuristic one if the chooser is unavailable."""
    try:
        from bot.extraction.choose import make_extractor
    except ImportError:  # an install without the LLM part
        from bot.extraction.heuristic import HeuristicExtractor

        return HeuristicExtractor()
    return make_extractor(settings.sift_extractor, settings)


@dataclass
class Services:
    settings: Settings
    storage: Storage
    extractor: Extractor
    limiter: UsageLimiter
    joiner: Joiner | None = None  # set by the app: it needs the flush callback
    edits: EditQueue | None = None
    screens: Screens | None = None  # which messages show which checklist
    prompts: Prompts | None = None  # "add evidence" prompts awaiting a reply
    background: set = field(default_factory=set)

    async def language(self, chat: Chat | None, user: User | None) -> str:
        """Reply language: the group's /lang, else the user's /lang, else their Telegram one
        (also while the database is unreachable, so that the apology is understood)."""
        try:
            if chat is not None and chat.type != Chat.PRIVATE:
                chosen = await self.storage.get_language(chat.id)
                if chosen in LANGUAGES:
                    return chosen
            if user is not None:
                chosen = await self.storage.get_language(user.id)
                if chosen in LANGUAGES:
                    return chosen
        except StorageUnavailable:
            pass
        return supported(user.language_code if user is not None else None)


def services(context: ContextTypes.DEFAULT_TYPE) -> Services:
    return context.application.bot_data[SERVICES_KEY]
