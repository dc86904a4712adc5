"""The bot's handlers: one function per kind of update.

Private chats: any text, forwarded post, captioned photo or text file is an article.
Groups: only /check (in reply to a post, or followed by the article) and the buttons; the
bot never speaks unasked, except two lines of introduction when it is added.
"""

from __future__ import annotations

import logging
import math
import re
from dataclasses import dataclass
from pathlib import PurePosixPath

from telegram import (
    Bot,
    Chat,
    ChatMember,
    Document,
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

from bot.chat.delivery import edit_message, marks_for_render, render_with_keyboard, send_checklist
from bot.chat.joining import LIKELY_CUT, Flush, Joined
from bot.chat.keyboards import language_keyboard, parse_mark
from bot.chat.locales import LANGUAGES, t
from bot.chat.services import Services, services
from bot.checklist.html import esc, progress, shown_items
from bot.checklist.render import phrase
from bot.errors import UnusableInput
from bot.models import Article, Checklist, Source, SourceRole
from bot.storage import RETENTION_DAYS, StoredChecklist

log = logging.getLogger(__name__)

TEXT_EXTENSIONS = {".txt", ".text", ".md", ".markdown", ".html", ".htm"}
HTML_EXTENSIONS = {".html", ".htm"}
URL_RE = re.compile(r"https?://[^\s<>\"']+", re.IGNORECASE)
URL_MAX_OTHER_WORDS = 12  # fewer words than this beside a link: the link is the article
INLINE_RESULTS = 10
NAME_CHARS = 40


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


def _charge(svc: Services, user_id: int) -> None:
    wait = svc.limiter.try_acquire(user_id)
    if wait > 0:
        raise RateLimited(wait)


async def analyse(bot: Bot, svc: Services, request: Request) -> Checklist:
    """The checklist for a request; raises UnusableInput or RateLimited."""
    from bot.analysis import check_article, prepare_article

    settings = svc.settings
    if request.url and not request.document:
        _charge(svc, request.user.id)
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
        _charge(svc, request.user.id)
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
    """Analyse, store and post the checklist; answer refusals and failures in one line."""
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
        text = t(lang, "ui.apology")
    else:
        checklist_id = svc.storage.save_checklist(
            checklist, owner_id=request.user.id, chat_id=request.chat_id, lang=lang
        )
        await send_checklist(
            bot,
            svc.storage,
            checklist_id,
            checklist,
            chat_id=request.chat_id,
            lang=lang,
            reply_to=request.reply_to,
        )
        log.info("checklist %s: %d items", checklist_id, len(checklist.items))
        return
    await bot.send_message(request.chat_id, text, reply_parameters=_reply(request.reply_to))


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
        request: Request = joined.context
        request.text = joined.text
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
        lang=svc.language(message.chat, user),
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
    await svc.joiner.add(key, text, request)


async def private_document(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """A file in a private chat: a text, Markdown or HTML file is read as the article."""
    message, user = update.effective_message, update.effective_user
    if message is None or user is None or message.document is None:
        return
    svc = services(context)
    lang = svc.language(message.chat, user)
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
    lang = services(context).language(message.chat, user)
    await message.reply_text(t(lang, "ui.not_article", example=esc(t(lang, "ui.sample"))))


# ---- commands ------------------------------------------------------------------------
def _lang(update: Update, context: ContextTypes.DEFAULT_TYPE) -> str:
    return services(context).language(update.effective_chat, update.effective_user)


async def start(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    if update.effective_message is not None:
        await update.effective_message.reply_text(t(_lang(update, context), "ui.start"))


async def help_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    if update.effective_message is None:
        return
    lang = _lang(update, context)
    text = t(
        lang, "ui.help", bot=esc(context.bot.username or "bot"), sample=esc(t(lang, "ui.sample"))
    )
    await update.effective_message.reply_text(text)


async def privacy(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    if update.effective_message is None:
        return
    lang = _lang(update, context)
    text = t(lang, "ui.privacy", days=RETENTION_DAYS)
    if services(context).settings.sift_extractor != "heuristic":
        text += "\n" + t(lang, "ui.privacy_llm")
    await update.effective_message.reply_text(text)


async def choose_language(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/lang: offer the reply languages as buttons."""
    if update.effective_message is None:
        return
    await update.effective_message.reply_text(
        t(_lang(update, context), "ui.lang_prompt"), reply_markup=language_keyboard()
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
    services(context).storage.set_language(key, lang)
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
    lang = svc.language(message.chat, user)
    checklists, marks = svc.storage.forget_user(user.id)
    svc.limiter.forget(user.id)
    await message.reply_text(t(lang, "ui.forget_done", checklists=checklists, marks=marks))


async def check_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/check in reply to a post, or /check followed by the article: post the checklist."""
    message, user = update.effective_message, update.effective_user
    if message is None or user is None:
        return
    svc = services(context)
    chat = message.chat
    lang = svc.language(chat, user)
    target = message.reply_to_message
    if target is not None and (target.text or target.caption or target.document):
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
        text = _after_command(message)
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


# ---- export -------------------------------------------------------------------------
def export_markdown(svc: Services, stored: StoredChecklist, lang: str) -> bytes:
    """The checklist as Markdown, with the marks members made."""
    from bot.checklist.render import render_markdown

    text = render_markdown(stored.checklist, show_all=True).rstrip() + "\n"
    marks = svc.storage.marks(stored.id)
    if marks:
        lines = ["", "## " + phrase(lang, "html.progress", **_progress_args(stored, svc)), ""]
        for item, item_marks in sorted(marks.items()):
            who = ", ".join(f"{m.user_name} ({t(lang, f'marks.{m.mark}')})" for m in item_marks)
            lines.append(f"- {item}. {who}")
        text += "\n".join(lines) + "\n"
    return text.encode("utf-8")


def _progress_args(stored: StoredChecklist, svc: Services) -> dict[str, int]:
    checked, total = progress(stored.checklist, marks_for_render(svc.storage, stored.id))
    return {"checked": checked, "total": total}


async def send_export(
    bot: Bot, svc: Services, stored: StoredChecklist, chat_id: int, lang: str
) -> None:
    await bot.send_document(
        chat_id,
        InputFile(export_markdown(svc, stored, lang), filename=f"sift-checklist-{stored.id}.md"),
        caption=t(lang, "ui.export_caption"),
    )


async def export_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/export: the checklist replied to, else the latest one here, as a Markdown file."""
    message, user = update.effective_message, update.effective_user
    if message is None or user is None:
        return
    svc = services(context)
    chat = message.chat
    lang = svc.language(chat, user)
    stored = None
    if message.reply_to_message is not None:
        post = svc.storage.find_post(chat.id, message.reply_to_message.message_id)
        stored = svc.storage.get_checklist(post.checklist_id) if post else None
    if stored is None and chat.type == Chat.PRIVATE:
        recent = svc.storage.recent_checklists(user.id, limit=1)
        stored = recent[0] if recent else None
    elif stored is None:
        post = svc.storage.latest_post(chat.id)
        stored = svc.storage.get_checklist(post.checklist_id) if post else None
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
    lang = svc.language(None, query.from_user)
    stored = svc.storage.get_checklist(query.data.partition(":")[2])
    if stored is None:
        await query.answer(t(lang, "ui.checklist_gone"), show_alert=True)
        return
    try:
        await send_export(context.bot, svc, stored, query.from_user.id, lang)
    except Forbidden:
        await query.answer(t(lang, "ui.export_private_first"), show_alert=True)
        return
    await query.answer()


# ---- ticking items off ---------------------------------------------------------------
async def mark_tapped(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """A ✅/❌/❓ tap: store the member's mark, then update the message in place."""
    query = update.callback_query
    if query is None or query.data is None:
        return
    svc = services(context)
    user = query.from_user
    user_lang = svc.language(None, user)
    tap = parse_mark(query.data)
    if tap is None:
        await query.answer()
        return
    stored = svc.storage.get_checklist(tap.checklist_id)
    if stored is None or tap.item > len(shown_items(stored.checklist)):
        await query.answer(t(user_lang, "ui.checklist_gone"), show_alert=True)
        return
    try:
        changed = svc.storage.set_mark(
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

    bot, storage, checklist = context.bot, svc.storage, stored.checklist
    assert svc.edits is not None
    if query.inline_message_id is not None:
        inline_id = query.inline_message_id

        async def edit_inline(parts: set[int]) -> None:
            marks = marks_for_render(storage, tap.checklist_id)
            text, keyboard = render_with_keyboard(
                checklist, tap.checklist_id, tap.lang, 0, marks, compact=True
            )
            await edit_message(bot, text, keyboard, inline_message_id=inline_id)

        await svc.edits.request(("inline", inline_id), {0}, edit_inline)
        return

    if query.message is None:
        return
    chat_id, message_id = query.message.chat.id, query.message.message_id
    post = storage.find_post(chat_id, message_id)
    first = post.first_message_id if post is not None else message_id

    async def edit_parts(parts: set[int]) -> None:
        message_ids = storage.posting_messages(chat_id, first) or {tap.part: message_id}
        marks = marks_for_render(storage, tap.checklist_id)
        for part in sorted(parts):
            if part not in message_ids:
                continue
            text, keyboard = render_with_keyboard(
                checklist, tap.checklist_id, tap.lang, part, marks, compact=tap.compact
            )
            await edit_message(bot, text, keyboard, chat_id=chat_id, message_id=message_ids[part])

    # Part 0 carries the progress line, the tapped part the item's marks.
    await svc.edits.request((chat_id, first), {0, tap.part}, edit_parts)


# ---- inline mode ---------------------------------------------------------------------
async def inline_query(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """@bot in any chat: the user's recent checklists (or the one a Share button names)."""
    query = update.inline_query
    if query is None:
        return
    svc = services(context)
    user = query.from_user
    lang = svc.language(None, user)
    words = query.query.strip()
    found = svc.storage.recent_checklists(user.id, limit=INLINE_RESULTS, query=words)
    if words and not any(s.id == words for s in found):
        shared = svc.storage.get_checklist(words)
        if shared is not None:
            found.insert(0, shared)
    results = []
    for stored in found[:INLINE_RESULTS]:
        marks = marks_for_render(svc.storage, stored.id)
        text, keyboard = render_with_keyboard(
            stored.checklist, stored.id, lang, 0, marks, compact=True
        )
        checked, total = progress(stored.checklist, marks)
        results.append(
            InlineQueryResultArticle(
                id=stored.id,
                title=(stored.title or stored.id)[:100],
                description=t(
                    lang,
                    "ui.inline_description",
                    items=len(stored.checklist.items),
                    checked=phrase(lang, "html.progress", checked=checked, total=total),
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
async def added_to_group(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Introduce Sift in two lines when it is added to a group."""
    change = update.my_chat_member
    if change is None or change.chat.type == Chat.PRIVATE:
        return
    was_in = change.old_chat_member.status in (ChatMember.MEMBER, ChatMember.ADMINISTRATOR)
    is_in = change.new_chat_member.status in (ChatMember.MEMBER, ChatMember.ADMINISTRATOR)
    if is_in and not was_in:
        lang = services(context).language(change.chat, change.from_user)
        await context.bot.send_message(change.chat.id, t(lang, "ui.group_intro"))


# ---- errors --------------------------------------------------------------------------
async def on_error(update: object, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Log any handler error and answer the person with a short apology."""
    log.error("error while handling an update", exc_info=context.error)
    if not isinstance(update, Update):
        return
    try:
        lang = _lang(update, context)
        if update.callback_query is not None:
            await update.callback_query.answer(t(lang, "ui.apology"), show_alert=True)
        elif update.effective_message is not None and update.effective_chat is not None:
            await context.bot.send_message(update.effective_chat.id, t(lang, "ui.apology"))
    except Exception:  # the apology itself failed (network down?): the log has it
        log.warning("could not send the apology")
