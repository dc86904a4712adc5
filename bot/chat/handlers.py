"""The bot's handlers: one function per kind of update.

Private chats: any text, forwarded post, captioned photo or text file is an article.
Groups: only /check (in reply to a post, or followed by the article), a message that
mentions the bot with an article, replies to its checklists (evidence) and the buttons;
the bot never speaks unasked, except two lines of introduction when it is added.

A checklist is one message (see `delivery.py`); ℹ️ shows an item in full: in place in a
private chat, and in the member's private chat with the bot when tapped in a group, so
that what everyone else reads does not change. Every button tap is answered.
"""

from __future__ import annotations

import asyncio
import logging
import math
import re
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import PurePosixPath
from typing import Generic, NamedTuple, TypeVar

from telegram import (
    Bot,
    CallbackQuery,
    Chat,
    ChatMember,
    ChatMemberRestricted,
    Document,
    ForceReply,
    InlineQueryResultArticle,
    InlineQueryResultsButton,
    InputFile,
    InputTextMessageContent,
    Message,
    MessageEntity,
    MessageOriginChannel,
    Update,
    User,
)
from telegram.constants import ChatAction
from telegram.error import Forbidden, TelegramError
from telegram.ext import Application, ContextTypes

from bot.chat.delivery import (
    DeliveryFailed,
    ScreenKey,
    View,
    edit_message,
    evidence_for_render,
    marks_for_render,
    render_stored,
    render_view,
    send_checklist,
    with_retries,
)
from bot.chat.evidence import Prompt, read_evidence
from bot.chat.joining import LIKELY_CUT, Flush, Joined
from bot.chat.keyboards import (
    ItemTap,
    MarkTap,
    PageTap,
    language_keyboard,
    parse_item,
    parse_mark,
    parse_page,
)
from bot.chat.locales import LANGUAGES, t
from bot.chat.services import Services, services
from bot.checklist.html import (
    esc,
    evidence_total,
    page_of,
    plan_pages,
    progress,
    shown_items,
)
from bot.checklist.render import phrase
from bot.errors import UnusableInput
from bot.models import Article, Checklist, Source, SourceRole
from bot.storage import NOTE_CHARS, RETENTION_DAYS, EvidenceRefused, StoredChecklist

log = logging.getLogger(__name__)

TEXT_EXTENSIONS = {".txt", ".text", ".md", ".markdown", ".html", ".htm"}
HTML_EXTENSIONS = {".html", ".htm"}
URL_RE = re.compile(r"https?://[^\s<>\"']+", re.IGNORECASE)
URL_MAX_OTHER_WORDS = 12  # fewer words than this beside a link: the link is the article
INLINE_RESULTS = 10
NAME_CHARS = 40
APOLOGY_DEADLINE = 10.0  # seconds: an apology is worth a short retry, not a long one
ITEM_LINK = re.compile(r"i(\d{1,3})_([A-Za-z0-9_-]{1,40})")  # /start i3_<checklist>


@dataclass
class Request:
    """One thing to analyse and where to answer."""

    chat_id: int
    user: User
    lang: str
    private: bool
    reply_to: int | None = None
    text: str = ""
    url: str | None = None
    document: Document | None = None
    link: str | None = None  # the t.me address of a forwarded channel post
    outlet: Source | None = None  # the channel a post was forwarded from
    charged: bool = False  # counted against the user's hourly limit


class RateLimited(Exception):
    def __init__(self, seconds: float) -> None:
        super().__init__(seconds)
        self.seconds = seconds


# ---- reading messages ----------------------------------------------------------------
def find_link(text: str, message: Message | None = None) -> str | None:
    """The URL to fetch when a message is (mainly) a link; None for an article's text."""
    urls = [u.rstrip(".,;:!?)»\"'") for u in URL_RE.findall(text)]
    if message is not None:
        for entity in (message.entities or ()) + (message.caption_entities or ()):
            if entity.type == MessageEntity.TEXT_LINK and entity.url:
                urls.append(entity.url)
    if not urls:
        return None
    other_words = URL_RE.sub(" ", text).split()
    return urls[0] if len(other_words) < URL_MAX_OTHER_WORDS else None


def forward_context(message: Message | None) -> tuple[str | None, Source | None]:
    """For a post forwarded from a channel: its t.me address and the channel as outlet."""
    origin = message.forward_origin if message is not None else None
    if not isinstance(origin, MessageOriginChannel):
        return None, None
    channel = origin.chat
    link = f"https://t.me/{channel.username}/{origin.message_id}" if channel.username else None
    outlet = Source(name=channel.title or channel.username or "", role=SourceRole.OUTLET)
    return link, (outlet if outlet.name else None)


def display_name(user: User) -> str:
    """The name shown next to a member's marks."""
    name = user.full_name or (f"@{user.username}" if user.username else str(user.id))
    return name[:NAME_CHARS]


def _after_command(message: Message) -> str:
    """The text of a '/check <article>' message after the command itself."""
    text = message.text or message.caption or ""
    entities = message.entities or message.caption_entities or ()
    for entity in entities:
        if entity.type == MessageEntity.BOT_COMMAND and entity.offset == 0:
            return text[entity.length :].strip()
    return text.strip()


# ---- the analysis path shared by private chats and /check -----------------------------
async def _download_article(bot: Bot, svc: Services, document: Document) -> Article:
    max_chars = svc.settings.sift_bot_max_chars
    if document.file_size and document.file_size > max_chars * 4:
        raise UnusableInput("too_large", limit=f"{max_chars:,}")
    file = await bot.get_file(document.file_id)
    data = bytes(await file.download_as_bytearray())
    name = document.file_name or "document"
    from bot.analysis import prepare_article

    if PurePosixPath(name).suffix.lower() in HTML_EXTENSIONS or document.mime_type == "text/html":
        from bot.input.webpage import decode_html, extract_page

        page = extract_page(decode_html(data, document.mime_type))
        return prepare_article(
            page.text, origin=name, title=page.title or None, max_chars=max_chars
        )
    return prepare_article(data, origin=name, max_chars=max_chars)


async def _charge(svc: Services, request: Request) -> None:
    wait = await svc.limiter.try_acquire(request.user.id)
    if wait > 0:
        raise RateLimited(wait)
    request.charged = True


async def _refund(svc: Services, request: Request) -> None:
    """The user got no checklist through our fault: it does not count against their limit."""
    if request.charged:
        await svc.limiter.refund(request.user.id)
        request.charged = False


async def analyse(bot: Bot, svc: Services, request: Request) -> Checklist:
    """The checklist for a request; raises UnusableInput or RateLimited."""
    from bot.analysis import check_article, prepare_article

    settings = svc.settings
    if request.url and not request.document:
        await _charge(svc, request)
        try:
            from bot.input.fetch import fetch_article
        except ImportError as exc:  # an install without the fetching part
            raise UnusableInput("fetch_failed", detail="links are not supported") from exc
        article = await fetch_article(request.url, settings=settings)
    else:
        if request.document is not None:
            article = await _download_article(bot, svc, request.document)
        else:
            article = prepare_article(
                request.text, origin="telegram", max_chars=settings.sift_bot_max_chars
            )
        await _charge(svc, request)
    if request.link and not article.url:
        article = article.model_copy(update={"url": request.link})
    if request.outlet and article.outlet is None:
        article = article.model_copy(update={"outlet": request.outlet})
    return await check_article(article, svc.extractor)


def unusable_text(lang: str, exc: UnusableInput, *, private: bool) -> str:
    """The user-facing sentence for a refused input, in the user's language."""
    if exc.code in ("too_short", "empty") and private:
        return t(lang, "ui.not_article", example=esc(t(lang, "ui.sample")))
    params = {k: esc(v) for k, v in exc.params.items()}
    text = t(lang, f"errors.{exc.code}", **params)
    return text if not text.startswith("errors.") else esc(exc.message)


async def answer_request(bot: Bot, svc: Services, request: Request) -> None:
    """Analyse, store and post the checklist; answer refusals and failures in one line.

    When Telegram keeps failing to take the checklist, the user gets a short apology if
    at all possible, and the checklist does not count against their hourly limit."""
    lang = request.lang
    try:
        checklist = await analyse(bot, svc, request)
    except UnusableInput as exc:
        text = unusable_text(lang, exc, private=request.private)
    except RateLimited as exc:
        minutes = max(1, math.ceil(exc.seconds / 60))
        text = t(
            lang,
            "ui.rate_limited",
            limit=svc.settings.sift_user_analyses_per_hour,
            minutes=minutes,
        )
    except Exception:
        log.exception("analysis failed in chat %s", request.chat_id)
        await _refund(svc, request)
        text = t(lang, "ui.apology")
    else:
        await _post_checklist(bot, svc, request, checklist)
        return
    await _say(bot, svc, request.chat_id, text, reply_to=request.reply_to)


async def _post_checklist(bot: Bot, svc: Services, request: Request, checklist: Checklist) -> None:
    checklist_id = await svc.storage.save_checklist(
        checklist, owner_id=request.user.id, chat_id=request.chat_id, lang=request.lang
    )
    assert svc.screens is not None
    try:
        await send_checklist(
            bot,
            svc.storage,
            svc.screens,
            checklist_id,
            checklist,
            chat_id=request.chat_id,
            lang=request.lang,
            reply_to=request.reply_to,
            deadline=svc.settings.sift_delivery_deadline,
        )
    except (DeliveryFailed, TelegramError) as exc:
        log.warning("checklist %s not delivered to chat %s: %s", checklist_id, request.chat_id, exc)
        await _refund(svc, request)
        try:
            await _say(bot, svc, request.chat_id, t(request.lang, "ui.delivery_failed"))
        except (DeliveryFailed, TelegramError):
            log.warning("could not apologise in chat %s either", request.chat_id)
        return
    log.info("checklist %s: %d items", checklist_id, len(checklist.items))


async def _say(
    bot: Bot,
    svc: Services,
    chat_id: int,
    text: str,
    *,
    reply_to: int | None = None,
) -> None:
    """Send one short answer, retried on transient failures for a few seconds."""
    await with_retries(
        lambda: bot.send_message(chat_id, text, reply_parameters=_reply(reply_to)),
        deadline=min(APOLOGY_DEADLINE, svc.settings.sift_delivery_deadline),
    )


def _reply(message_id: int | None):
    from telegram import ReplyParameters

    if message_id is None:
        return None
    return ReplyParameters(message_id=message_id, allow_sending_without_reply=True)


async def _typing(bot: Bot, chat_id: int) -> None:
    """Show 'typing…' at once; a failure here must not stop the answer."""
    try:
        await bot.send_chat_action(chat_id, ChatAction.TYPING)
    except TelegramError as exc:
        log.debug("chat action failed: %s", exc)


def make_flush(application: Application) -> Flush:
    """The joiner's callback: answer a joined paste like any private message."""

    async def flush(joined: Joined) -> None:
        answer_to = joined.context
        request = Request(
            chat_id=answer_to["chat_id"],
            user=User.de_json(answer_to["user"], application.bot),
            lang=answer_to["lang"],
            private=True,
            text=joined.text,
        )
        try:
            await answer_request(application.bot, application.bot_data["sift"], request)
        except Exception:
            log.exception("could not answer a joined paste")

    return flush


# ---- private chats -------------------------------------------------------------------
async def private_message(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Text, a forwarded post or a captioned photo in a private chat: check it."""
    message, user = update.effective_message, update.effective_user
    if message is None or user is None:
        return
    svc = services(context)
    text = message.text or message.caption or ""
    link, outlet = forward_context(message)
    request = Request(
        chat_id=message.chat_id,
        user=user,
        lang=await svc.language(message.chat, user),
        private=True,
        text=text,
        url=find_link(text, message),
        link=link,
        outlet=outlet,
    )
    key = (message.chat_id, user.id)
    assert svc.joiner is not None
    whole = bool(request.url or link or message.caption is not None)
    if not svc.joiner.pending(key):
        if whole or len(text) < LIKELY_CUT:
            await _typing(context.bot, message.chat_id)
        else:
            # Probably the first piece of a long paste: its other pieces arrive together
            # and are handled concurrently, so nothing may be awaited before the joiner
            # has taken this one.
            context.application.create_task(_typing(context.bot, message.chat_id))
    if whole:
        # A link, a forwarded post or a caption is whole: nothing to join.
        await answer_request(context.bot, svc, request)
        return
    # The pieces of a paste may reach different replicas: what answers them is stored.
    answer_to = {"chat_id": request.chat_id, "user": user.to_dict(), "lang": request.lang}
    await svc.joiner.add(
        key, text, answer_to, message_id=message.message_id, update_id=update.update_id
    )


async def private_document(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """A file in a private chat: a text, Markdown or HTML file is read as the article."""
    message, user = update.effective_message, update.effective_user
    if message is None or user is None or message.document is None:
        return
    svc = services(context)
    lang = await svc.language(message.chat, user)
    document = message.document
    suffix = PurePosixPath(document.file_name or "").suffix.lower()
    is_text = suffix in TEXT_EXTENSIONS or (document.mime_type or "").startswith("text/")
    if not is_text:
        if message.caption:
            await private_message(update, context)
        else:
            await message.reply_text(t(lang, "ui.document_type"))
        return
    await _typing(context.bot, message.chat_id)
    request = Request(
        chat_id=message.chat_id, user=user, lang=lang, private=True, document=document
    )
    await answer_request(context.bot, svc, request)


async def private_other(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """A photo without caption, a sticker…: say what Sift reads."""
    message, user = update.effective_message, update.effective_user
    if message is None or user is None:
        return
    lang = await services(context).language(message.chat, user)
    await message.reply_text(t(lang, "ui.not_article", example=esc(t(lang, "ui.sample"))))


# ---- commands ------------------------------------------------------------------------
async def _lang(update: Update, context: ContextTypes.DEFAULT_TYPE) -> str:
    return await services(context).language(update.effective_chat, update.effective_user)


async def start(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/start: what Sift does; /start i3_<checklist> (a deep link) shows that item."""
    message, user = update.effective_message, update.effective_user
    if message is None or user is None:
        return
    link = ITEM_LINK.fullmatch(context.args[0]) if context.args else None
    if link is not None:
        svc = services(context)
        stored = await svc.storage.get_checklist(link.group(2))
        number = int(link.group(1))
        lang = await svc.language(message.chat, user)
        if stored is not None and 1 <= number <= len(shown_items(stored.checklist)):
            await _send_item_view(context.bot, svc, stored, number, message.chat_id, lang)
            return
        await message.reply_text(t(lang, "ui.checklist_gone"))
        return
    await message.reply_text(t(await _lang(update, context), "ui.start"))


async def help_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    if update.effective_message is None:
        return
    lang = await _lang(update, context)
    text = t(
        lang, "ui.help", bot=esc(context.bot.username or "bot"), sample=esc(t(lang, "ui.sample"))
    )
    await update.effective_message.reply_text(text)


async def privacy(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    if update.effective_message is None:
        return
    lang = await _lang(update, context)
    text = t(lang, "ui.privacy", days=RETENTION_DAYS)
    if services(context).settings.sift_extractor != "heuristic":
        text += "\n" + t(lang, "ui.privacy_llm")
    await update.effective_message.reply_text(text)


async def choose_language(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/lang: offer the reply languages as buttons."""
    if update.effective_message is None:
        return
    await update.effective_message.reply_text(
        t(await _lang(update, context), "ui.lang_prompt"), reply_markup=language_keyboard()
    )


async def language_chosen(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """A tap on a language button: remember it for the user (or the group)."""
    query = update.callback_query
    if query is None or query.data is None:
        return
    lang = query.data.partition(":")[2]
    if lang not in LANGUAGES:
        await query.answer()
        return
    chat = update.effective_chat
    key = chat.id if chat is not None and chat.type != Chat.PRIVATE else query.from_user.id
    await services(context).storage.set_language(key, lang)
    await query.answer()
    if query.message is not None:
        await edit_message_quietly(query, t(lang, "ui.lang_set"))


async def edit_message_quietly(query, text: str) -> None:
    try:
        await query.edit_message_text(text)
    except TelegramError as exc:
        log.debug("could not edit the language prompt: %s", exc)


async def forget(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/forget: delete the user's checklists, marks and settings."""
    message, user = update.effective_message, update.effective_user
    if message is None or user is None:
        return
    svc = services(context)
    lang = await svc.language(message.chat, user)
    evidence = await svc.storage.forget_evidence(user.id)
    checklists, marks = await svc.storage.forget_user(user.id)
    await message.reply_text(
        t(
            lang,
            "ui.forget_done",
            checklists=checklists,
            marks=marks,
            evidence=sum(evidence.values()),
        )
    )
    # Other members' checklists no longer show what this member added.
    for checklist_id in evidence:
        stored = await svc.storage.get_checklist(checklist_id)
        if stored is not None:
            await refresh(context.bot, svc, stored)


async def check_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/check in reply to a post, or /check followed by the article: post the checklist."""
    message = update.effective_message
    if message is None:
        return
    await _ask(update, context, _after_command(message), prefer_reply=True)


async def group_mention(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """A group message that mentions the bot: with an article (or in reply to one), an ask."""
    message = update.effective_message
    if message is None:
        return
    rest = _without_mention(message, context.bot)
    if rest is None:
        return  # another bot or person was mentioned
    await _ask(update, context, rest, prefer_reply=len(rest.split()) < URL_MAX_OTHER_WORDS)


def _without_mention(message: Message, bot: Bot) -> str | None:
    """The message's text without the bot's @mention; None when it does not mention it."""
    text = message.text or message.caption or ""
    username = (bot.username or "").lower()
    found = False
    for entity, value in (message.parse_entities() or message.parse_caption_entities()).items():
        by_name = entity.type == MessageEntity.MENTION and value[1:].lower() == username
        by_id = entity.type == MessageEntity.TEXT_MENTION and entity.user is not None
        if by_name or (by_id and entity.user.id == bot.id):
            found = True
            text = text.replace(value, " ")
    return text.strip() if found else None


async def _ask(
    update: Update, context: ContextTypes.DEFAULT_TYPE, text: str, *, prefer_reply: bool
) -> None:
    """Check the post replied to (when `prefer_reply` or no text) or `text` itself."""
    message, user = update.effective_message, update.effective_user
    if message is None or user is None:
        return
    svc = services(context)
    chat = message.chat
    lang = await svc.language(chat, user)
    target = message.reply_to_message
    usable_target = target is not None and bool(target.text or target.caption or target.document)
    if target is not None and usable_target and (prefer_reply or not text):
        text = target.text or target.caption or ""
        link, outlet = forward_context(target)
        document = target.document if not (target.text or target.caption) else None
        if document is not None:
            suffix = PurePosixPath(document.file_name or "").suffix.lower()
            if suffix not in TEXT_EXTENSIONS:
                await message.reply_text(t(lang, "ui.document_type"))
                return
        reply_to, url = target.message_id, find_link(text, target)
    else:
        if not text:
            await message.reply_text(t(lang, "ui.check_usage"))
            return
        link, outlet, document = None, None, None
        reply_to, url = message.message_id, find_link(text)
    request = Request(
        chat_id=chat.id,
        user=user,
        lang=lang,
        private=chat.type == Chat.PRIVATE,
        reply_to=reply_to,
        text=text,
        url=url,
        link=link,
        outlet=outlet,
        document=document,
    )
    await _typing(context.bot, chat.id)
    await answer_request(context.bot, svc, request)


async def ignore_edit(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """An edited message (article, /check, /help...): already answered, never answered twice."""
    log.debug("ignored an edited message (update %s)", update.update_id)


# ---- export -------------------------------------------------------------------------
async def export_markdown(svc: Services, stored: StoredChecklist, lang: str) -> bytes:
    """The checklist as Markdown, with the marks members made and the evidence they added."""
    from bot.checklist.render import render_markdown

    text = render_markdown(stored.checklist, show_all=True).rstrip() + "\n"
    marks = await svc.storage.marks(stored.id)
    if marks:
        lines = ["", "## " + phrase(lang, "html.progress", **await _progress_args(stored, svc)), ""]
        for item, item_marks in sorted(marks.items()):
            who = ", ".join(f"{m.user_name} ({t(lang, f'marks.{m.mark}')})" for m in item_marks)
            lines.append(f"- {item}. {who}")
        text += "\n".join(lines) + "\n"
    evidence = await svc.storage.evidence(stored.id)
    if evidence:
        lines = ["", "## " + phrase(lang, "html.evidence"), ""]
        for item, entries in sorted(evidence.items()):
            for entry in entries:
                when = time.strftime("%Y-%m-%d", time.gmtime(entry.added))
                what = " — ".join(x for x in (entry.url, entry.note) if x)
                lines.append(f"- {item}. {what} ({entry.user_name}, {when})")
        text += "\n".join(lines) + "\n"
    return text.encode("utf-8")


async def _progress_args(stored: StoredChecklist, svc: Services) -> dict[str, int]:
    checked, total = progress(stored.checklist, await marks_for_render(svc.storage, stored.id))
    return {"checked": checked, "total": total}


async def send_export(
    bot: Bot, svc: Services, stored: StoredChecklist, chat_id: int, lang: str
) -> None:
    await bot.send_document(
        chat_id,
        InputFile(
            await export_markdown(svc, stored, lang), filename=f"sift-checklist-{stored.id}.md"
        ),
        caption=t(lang, "ui.export_caption"),
    )


async def export_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/export: the checklist replied to, else the latest one here, as a Markdown file."""
    message, user = update.effective_message, update.effective_user
    if message is None or user is None:
        return
    svc = services(context)
    chat = message.chat
    lang = await svc.language(chat, user)
    stored = None
    if message.reply_to_message is not None:
        post = await svc.storage.find_post(chat.id, message.reply_to_message.message_id)
        stored = await svc.storage.get_checklist(post.checklist_id) if post else None
    if stored is None and chat.type == Chat.PRIVATE:
        recent = await svc.storage.recent_checklists(user.id, limit=1)
        stored = recent[0] if recent else None
    elif stored is None:
        post = await svc.storage.latest_post(chat.id)
        stored = await svc.storage.get_checklist(post.checklist_id) if post else None
    if stored is None:
        await message.reply_text(t(lang, "ui.export_none"))
        return
    await send_export(context.bot, svc, stored, chat.id, lang)


async def export_tapped(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """The Export button: the file goes to the member's private chat with the bot."""
    query = update.callback_query
    if query is None or query.data is None:
        return
    svc = services(context)
    lang = await svc.language(None, query.from_user)
    stored = await svc.storage.get_checklist(query.data.partition(":")[2])
    if stored is None:
        await query.answer(t(lang, "ui.checklist_gone"), show_alert=True)
        return
    try:
        await send_export(context.bot, svc, stored, query.from_user.id, lang)
    except Forbidden:
        await query.answer(t(lang, "ui.export_private_first"), show_alert=True)
        return
    await query.answer()


# ---- buttons under a checklist ---------------------------------------------------------
def _screen_key(query: CallbackQuery) -> ScreenKey | None:
    """The message a tap came from: (chat_id, message_id), or its inline_message_id."""
    if query.inline_message_id is not None:
        return query.inline_message_id
    if query.message is not None:
        return (query.message.chat.id, query.message.message_id)
    return None


async def _edit_screen(bot: Bot, svc: Services, key: ScreenKey, checklist: Checklist) -> None:
    """Render the message `key` as it shows now, with the stored marks and evidence."""
    assert svc.screens is not None
    view = await svc.screens.view(key)
    if view is None:
        return
    shown = None
    while True:  # again if another replica stored a mark or evidence meanwhile
        stored_now = (
            await marks_for_render(svc.storage, view.checklist_id),
            await evidence_for_render(svc.storage, view.checklist_id),
        )
        if stored_now == shown:
            return
        text, keyboard = render_view(checklist, view, *stored_now)
        if isinstance(key, str):
            await edit_message(bot, text, keyboard, inline_message_id=key)
        else:
            await edit_message(bot, text, keyboard, chat_id=key[0], message_id=key[1])
        shown = stored_now


async def refresh(bot: Bot, svc: Services, stored: StoredChecklist) -> None:
    """Update every message showing the checklist (coalesced, spaced per chat)."""
    assert svc.screens is not None and svc.edits is not None
    screens = await svc.screens.of(stored.id)
    if not any(isinstance(key, tuple) and key[0] == stored.chat_id for key in screens):
        # Not seen since a restart: the posting where it was asked shows its first page.
        post = await svc.storage.latest_post(stored.chat_id, stored.id)
        if post is not None:
            key = (post.chat_id, post.message_id)
            await svc.screens.show(key, View(stored.id, stored.lang), replace=False)
            screens[key] = View(stored.id, stored.lang)
    edits = svc.edits

    def edit(key: ScreenKey):
        return lambda: _edit_screen(bot, svc, key, stored.checklist)

    await asyncio.gather(
        *(
            edits.request(key, edit(key), chat=key if isinstance(key, str) else key[0])
            for key in screens
        )
    )


async def _stored_for_tap(
    query: CallbackQuery, svc: Services, checklist_id: str, item: int | None, lang: str
) -> StoredChecklist | None:
    """The checklist a tap names, its item number checked; answers the tap when it fails."""
    stored = await svc.storage.get_checklist(checklist_id)
    if stored is None:
        await query.answer(t(lang, "ui.checklist_gone"), show_alert=True)
        return None
    total = len(shown_items(stored.checklist))
    if item is not None and not 1 <= item <= total:
        await query.answer(t(lang, "ui.no_such_item", item=item, total=total), show_alert=True)
        return None
    return stored


# The data of one kind of button.
TapT = TypeVar("TapT", MarkTap, ItemTap, PageTap)


class _OpenTap(NamedTuple, Generic[TapT]):
    """A button tap read and checked: who tapped, in which language, on which checklist."""

    query: CallbackQuery
    svc: Services
    lang: str  # the member's interface language
    tap: TapT
    stored: StoredChecklist


async def _open_tap(
    update: Update,
    context: ContextTypes.DEFAULT_TYPE,
    parse: Callable[[str], TapT | None],
    item: Callable[[TapT], int | None],
) -> _OpenTap[TapT] | None:
    """Read a tap's data with `parse` and find its checklist and item; None when the tap
    has already been answered (an expired button, a deleted checklist, no such item)."""
    query = update.callback_query
    if query is None:
        return None
    svc = services(context)
    lang = await svc.language(None, query.from_user)
    tap = parse(query.data or "")
    if tap is None:
        await query.answer(t(lang, "ui.button_expired"))
        return None
    stored = await _stored_for_tap(query, svc, tap.checklist_id, item(tap), lang)
    if stored is None:
        return None
    return _OpenTap(query, svc, lang, tap, stored)


async def mark_tapped(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """A ✅/❌/❓ tap: store the member's mark, then update the checklist's messages."""
    opened = await _open_tap(update, context, parse_mark, lambda tap: tap.item)
    if opened is None:
        return
    query, svc, user_lang, tap, stored = opened
    user = query.from_user
    try:
        changed = await svc.storage.set_mark(
            tap.checklist_id, tap.item, user_id=user.id, user_name=display_name(user), mark=tap.mark
        )
    except KeyError:  # deleted (/forget, expiry) between the two calls
        await query.answer(t(user_lang, "ui.checklist_gone"), show_alert=True)
        return
    mark_word = t(user_lang, f"marks.{tap.mark}")
    if not changed:
        await query.answer(t(user_lang, "ui.mark_unchanged", item=tap.item, mark=mark_word))
        return
    await query.answer(t(user_lang, "ui.mark_done", item=tap.item, mark=mark_word))
    key = _screen_key(query)
    if key is not None:
        assert svc.screens is not None
        item = tap.item if tap.in_view else None
        # What the message showed when tapped, unless it is known to show something else
        # since (an ℹ️ tapped right after, handled at the same time or on another replica).
        await svc.screens.show(key, View(tap.checklist_id, tap.lang, tap.page, item), replace=False)
    await refresh(context.bot, svc, stored)


async def page_tapped(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """◀ ▶ or "back": show another page of the checklist in the same message."""
    opened = await _open_tap(update, context, parse_page, lambda tap: None)
    if opened is None:
        return
    query, svc, _, tap, stored = opened
    await query.answer()
    key = _screen_key(query)
    if key is None:
        return
    assert svc.screens is not None and svc.edits is not None
    page = min(tap.page, len(plan_pages(stored.checklist, tap.lang)) - 1)
    await svc.screens.show(key, View(tap.checklist_id, tap.lang, page))
    chat = key if isinstance(key, str) else key[0]
    await svc.edits.request(
        key, lambda: _edit_screen(context.bot, svc, key, stored.checklist), chat=chat
    )


async def _send_item_view(
    bot: Bot, svc: Services, stored: StoredChecklist, number: int, chat_id: int, lang: str
) -> None:
    """Send an item's full view as a new message in a private chat, and remember it."""
    assert svc.screens is not None
    view = View(stored.id, lang, page_of(stored.checklist, lang, number), number)
    text, keyboard = await render_stored(svc.storage, stored.checklist, view)
    sent = await with_retries(
        lambda: bot.send_message(chat_id, text, reply_markup=keyboard),
        deadline=APOLOGY_DEADLINE,
    )
    await svc.screens.show((chat_id, sent.message_id), view)


async def view_tapped(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """ℹ️: the item in full. In a private chat the message shows it in place (with a back
    button); from a group or an inline copy it goes to the member's private chat."""
    opened = await _open_tap(update, context, parse_item, lambda tap: tap.item)
    if opened is None:
        return
    query, svc, user_lang, tap, stored = opened
    user = query.from_user
    assert svc.screens is not None and svc.edits is not None
    message = query.message
    if message is not None and message.chat.type == Chat.PRIVATE:
        await query.answer()
        key = (message.chat.id, message.message_id)
        await svc.screens.show(key, View(tap.checklist_id, tap.lang, tap.page, tap.item))
        await svc.edits.request(
            key, lambda: _edit_screen(context.bot, svc, key, stored.checklist), chat=key[0]
        )
        return
    try:
        await _send_item_view(context.bot, svc, stored, tap.item, user.id, user_lang)
    except Forbidden:  # the member never started the bot: a deep link opens the item
        link = f"https://t.me/{context.bot.username}?start=i{tap.item}_{tap.checklist_id}"
        await query.answer(t(user_lang, "ui.open_private"), show_alert=True, url=link)
        return
    await query.answer(t(user_lang, "ui.item_sent"))


async def evidence_tapped(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """ "Add evidence": ask for it with a ForceReply in the chat of the item's view."""
    opened = await _open_tap(update, context, parse_item, lambda tap: tap.item)
    if opened is None:
        return
    query, svc, user_lang, tap, _ = opened
    user = query.from_user
    chat_id = query.message.chat.id if query.message is not None else user.id
    prompt_text = t(tap.lang, "ui.evidence_prompt", item=tap.item, chars=NOTE_CHARS)
    markup = ForceReply(selective=True, input_field_placeholder=t(tap.lang, "ui.evidence_hint"))
    try:
        sent = await with_retries(
            lambda: context.bot.send_message(chat_id, prompt_text, reply_markup=markup),
            deadline=APOLOGY_DEADLINE,
        )
    except Forbidden:
        await query.answer(t(user_lang, "ui.open_private"), show_alert=True)
        return
    assert svc.prompts is not None
    await svc.prompts.add(chat_id, sent.message_id, Prompt(tap.checklist_id, tap.item, tap.lang))
    await query.answer()


async def noop_tapped(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """The page number between ◀ and ▶: nothing to do, but the tap is answered."""
    if update.callback_query is not None:
        await update.callback_query.answer()


async def unknown_tapped(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """A button the bot does not know (an old version's, a forged one): say so briefly."""
    query = update.callback_query
    if query is not None:
        lang = await services(context).language(None, query.from_user)
        await query.answer(t(lang, "ui.button_expired"))


# ---- evidence by reply ----------------------------------------------------------------
async def evidence_reply(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """A reply to a checklist ("3 https://... note") or to an "add evidence" prompt.

    Any other reply is an ordinary message: an article in a private chat; in a group, an
    ask when it mentions the bot, else nothing."""
    message, user = update.effective_message, update.effective_user
    if message is None or user is None:
        return
    svc = services(context)
    target = message.reply_to_message
    is_private = message.chat.type == Chat.PRIVATE
    found = await _evidence_target(svc, message.chat.id, target, context.bot.id)
    if found is None:  # a reply to something else: handled as if it were not a reply
        if is_private:
            await private_message(update, context)
        else:
            await group_mention(update, context)
        return
    checklist_id, fixed_item, lang = found
    lang = await svc.language(message.chat, user) if lang is None else lang
    read = read_evidence(message.text or "", numbered=fixed_item is None)
    if read is None:
        if is_private or fixed_item is not None:
            await message.reply_text(t(lang, "ui.evidence_usage"))
        return  # in a group, a reply that is not evidence is part of the conversation
    stored = await svc.storage.get_checklist(checklist_id)
    if stored is None:
        await message.reply_text(t(lang, "ui.checklist_gone"))
        return
    item = fixed_item if fixed_item is not None else read.item
    assert item is not None  # a numbered reading always has one
    total = len(shown_items(stored.checklist))
    if not 1 <= item <= total:
        await message.reply_text(t(lang, "ui.no_such_item", item=item, total=total))
        return
    try:
        await svc.storage.add_evidence(
            checklist_id,
            item,
            user_id=user.id,
            user_name=display_name(user),
            url=read.url,
            note=read.note,
        )
    except EvidenceRefused as exc:
        await message.reply_text(t(lang, f"ui.evidence_{exc.reason}", max=exc.limit, item=item))
        return
    except KeyError:
        await message.reply_text(t(lang, "ui.checklist_gone"))
        return
    await message.reply_text(t(lang, "ui.evidence_added", item=item))
    await refresh(context.bot, svc, stored)


async def _evidence_target(
    svc: Services, chat_id: int, target: Message | None, bot_id: int
) -> tuple[str, int | None, str | None] | None:
    """(checklist, item if the message replied to names one, its language) or None."""
    if target is None or target.from_user is None or target.from_user.id != bot_id:
        return None
    assert svc.prompts is not None and svc.screens is not None
    prompt = await svc.prompts.get(chat_id, target.message_id)
    if prompt is not None:
        return prompt.checklist_id, prompt.item, prompt.lang
    view = await svc.screens.view((chat_id, target.message_id))
    if view is not None:
        return view.checklist_id, view.item, view.lang
    post = await svc.storage.find_post(chat_id, target.message_id)
    if post is not None:
        return post.checklist_id, None, None
    return None


# ---- inline mode ---------------------------------------------------------------------
async def inline_query(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """@bot in any chat: the user's recent checklists (or the one a Share button names)."""
    query = update.inline_query
    if query is None:
        return
    svc = services(context)
    user = query.from_user
    lang = await svc.language(None, user)
    words = query.query.strip()
    found = await svc.storage.recent_checklists(user.id, limit=INLINE_RESULTS, query=words)
    if words and not any(s.id == words for s in found):
        shared = await svc.storage.get_checklist(words)
        if shared is not None:
            found.insert(0, shared)
    results = []
    for stored in found[:INLINE_RESULTS]:
        marks = await marks_for_render(svc.storage, stored.id)
        text, keyboard = await render_stored(svc.storage, stored.checklist, View(stored.id, lang))
        checked, total = progress(stored.checklist, marks)
        pieces = evidence_total(await evidence_for_render(svc.storage, stored.id))
        results.append(
            InlineQueryResultArticle(
                id=stored.id,
                title=(stored.title or stored.id)[:100],
                description=t(
                    lang,
                    "ui.inline_description",
                    items=len(stored.checklist.items),
                    checked=phrase(lang, "html.progress", checked=checked, total=total),
                    evidence=pieces,
                ),
                input_message_content=InputTextMessageContent(text),
                reply_markup=keyboard,
            )
        )
    button = (
        None
        if results
        else InlineQueryResultsButton(text=t(lang, "ui.inline_none"), start_parameter="inline")
    )
    await query.answer(results, cache_time=0, is_personal=True, button=button)


# ---- groups --------------------------------------------------------------------------
def _present(member: ChatMember) -> bool:
    """Whether the bot is in the chat: a restricted member is still there."""
    if isinstance(member, ChatMemberRestricted):
        return member.is_member
    return member.status in (ChatMember.MEMBER, ChatMember.ADMINISTRATOR, ChatMember.OWNER)


async def added_to_group(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Introduce Sift in two lines when it is added to a group."""
    change = update.my_chat_member
    if change is None or change.chat.type == Chat.PRIVATE:
        return
    if _present(change.new_chat_member) and not _present(change.old_chat_member):
        lang = await services(context).language(change.chat, change.from_user)
        await context.bot.send_message(change.chat.id, t(lang, "ui.group_intro"))


# ---- errors --------------------------------------------------------------------------
async def on_error(update: object, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Log any handler error and answer the person with a short apology."""
    log.error("error while handling an update", exc_info=context.error)
    if not isinstance(update, Update):
        return
    try:
        lang = await _lang(update, context)
        if update.callback_query is not None:
            await update.callback_query.answer(t(lang, "ui.apology"), show_alert=True)
        elif update.effective_message is not None and update.effective_chat is not None:
            await context.bot.send_message(update.effective_chat.id, t(lang, "ui.apology"))
    except Exception:  # the apology itself failed (network down?): the log has it
        log.warning("could not send the apology")
