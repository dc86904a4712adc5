"""Articles written for the bot's tests, and the JSON shapes of Telegram updates.

The articles are written for these tests in the manner of news reporting (attributions,
figures, hedges); the update builders produce what the Bot API sends: messages with
from/chat/date/text/entities, forwarded channel posts (forward_origin), captioned photos,
documents, replies in groups, callback queries, inline queries, my_chat_member changes.
"""

from __future__ import annotations

import itertools
import time
from pathlib import Path
from typing import Any

from tests.fakes.telegram_api import BOT_ID, BOT_USERNAME

# Reports written for these tests (not taken from any outlet).
ARTICLES_DIR = Path(__file__).parent / "chat_articles"

ARTICLE_FLOODS = (ARTICLES_DIR / "floods.txt").read_text(encoding="utf-8")

ARTICLE_STRIKE = (ARTICLES_DIR / "strike.txt").read_text(encoding="utf-8")

_PARAGRAPHS = [
    "The health ministry said on {day} that {n} patients had been admitted to hospitals in "
    "{town} since the start of the month, up from {m} a year earlier. According to Reuters, "
    "officials in {town} expect the number to rise further before the end of the season.",
    "The mayor of {town} told the local newspaper that the council had spent {n} thousand "
    "euros on emergency shelters. The opposition said the real cost was nearer {m} "
    "thousand euros and accused the council of hiding the figures from the public.",
    "A report by the national audit office, published on {day}, found that {n} of the "
    "{m} projects financed in {town} had been delayed by more than a year, the agency AFP "
    "reported. The transport ministry said it would respond to the findings within weeks.",
]
_TOWNS = ["Lyon", "Bordeaux", "Nantes", "Lille", "Rennes", "Grenoble", "Dijon", "Metz", "Brest"]
_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]


def long_article(min_chars: int = 9000) -> str:
    """A long report (over two Telegram messages) with many attributed figures."""
    parts = ["Hospitals, shelters and delayed projects: a region under strain", ""]
    for i in itertools.count():
        template = _PARAGRAPHS[i % len(_PARAGRAPHS)]
        parts.append(
            template.format(
                day=_DAYS[i % len(_DAYS)],
                town=_TOWNS[i % len(_TOWNS)],
                n=120 + 37 * i,
                m=90 + 23 * i,
            )
        )
        parts.append("")
        if sum(len(p) + 1 for p in parts) >= min_chars:
            break
    return "\n".join(parts).strip() + "\n"


def split_like_telegram(text: str, limit: int = 4096) -> list[str]:
    """Cut a paste the way Telegram clients do: at most `limit` characters, on whitespace."""
    pieces = []
    while len(text) > limit:
        cut = text.rfind(" ", 0, limit)
        cut = cut if cut > limit // 2 else limit
        pieces.append(text[:cut])
        text = text[cut:].lstrip(" ")
    pieces.append(text)
    return pieces


# ---- updates ----------------------------------------------------------------------------
_message_ids = itertools.count(500)


def user(user_id: int, first_name: str = "Anna", lang: str = "en") -> dict[str, Any]:
    return {"id": user_id, "is_bot": False, "first_name": first_name, "language_code": lang}


def private_chat(u: dict[str, Any]) -> dict[str, Any]:
    return {"id": u["id"], "type": "private", "first_name": u["first_name"]}


def group_chat(chat_id: int = -100_123_456, title: str = "Newsroom") -> dict[str, Any]:
    return {"id": chat_id, "type": "supergroup", "title": title}


def message(
    u: dict[str, Any], chat: dict[str, Any], text: str | None = None, **extra: Any
) -> dict[str, Any]:
    """A message dict; a text starting with '/' gets its bot_command entity."""
    msg: dict[str, Any] = {
        "message_id": next(_message_ids),
        "from": u,
        "chat": chat,
        "date": int(time.time()),
    }
    if text is not None:
        msg["text"] = text
        if text.startswith("/"):
            command = text.split()[0]
            msg["entities"] = [{"type": "bot_command", "offset": 0, "length": len(command)}]
    msg.update(extra)
    return msg


def text_update(u: dict[str, Any], text: str, chat: dict[str, Any] | None = None) -> dict:
    return {"message": message(u, chat or private_chat(u), text)}


def forwarded_post(u: dict[str, Any], text: str, channel: str = "World News Now") -> dict:
    origin = {
        "type": "channel",
        "date": int(time.time()) - 600,
        "chat": {"id": -100_777, "type": "channel", "title": channel, "username": "worldnewsnow"},
        "message_id": 4242,
    }
    return {"message": message(u, private_chat(u), text, forward_origin=origin)}


def photo_with_caption(u: dict[str, Any], caption: str) -> dict:
    photo = [
        {"file_id": "ph-small", "file_unique_id": "ph-s", "width": 90, "height": 60},
        {"file_id": "ph-big", "file_unique_id": "ph-b", "width": 1280, "height": 853},
    ]
    return {"message": message(u, private_chat(u), photo=photo, caption=caption)}


def document_message(u: dict[str, Any], file_id: str, name: str, size: int) -> dict:
    document = {
        "file_id": file_id,
        "file_unique_id": f"{file_id}-u",
        "file_name": name,
        "mime_type": "text/plain" if name.endswith(".txt") else "text/html",
        "file_size": size,
    }
    return {"message": message(u, private_chat(u), document=document)}


def group_message(u: dict[str, Any], text: str, chat: dict[str, Any] | None = None) -> dict:
    """A plain message in a group (as a raw message dict, for reply_to_message)."""
    return message(u, chat or group_chat(), text)


def group_command(
    u: dict[str, Any], command: str, reply_to: dict[str, Any] | None = None, chat=None
) -> dict:
    extra = {"reply_to_message": reply_to} if reply_to is not None else {}
    return {"message": message(u, chat or group_chat(), command, **extra)}


def callback(u: dict[str, Any], sent: dict[str, Any], data: str) -> dict:
    """A tap on a button of a message the bot sent (`sent` is the fake's result dict)."""
    return {
        "callback_query": {
            "id": f"cb{next(_message_ids)}",
            "from": u,
            "message": sent,
            "chat_instance": "ci-1",
            "data": data,
        }
    }


def inline_callback(u: dict[str, Any], inline_message_id: str, data: str) -> dict:
    return {
        "callback_query": {
            "id": f"cb{next(_message_ids)}",
            "from": u,
            "inline_message_id": inline_message_id,
            "chat_instance": "ci-2",
            "data": data,
        }
    }


def inline_query(u: dict[str, Any], query: str = "") -> dict:
    return {
        "inline_query": {
            "id": f"iq{next(_message_ids)}",
            "from": u,
            "query": query,
            "offset": "",
            "chat_type": "sender",
        }
    }


def added_to_group(u: dict[str, Any], chat: dict[str, Any] | None = None) -> dict:
    me = {"id": BOT_ID, "is_bot": True, "first_name": "Sift", "username": BOT_USERNAME}
    now = int(time.time())
    return {
        "my_chat_member": {
            "chat": chat or group_chat(),
            "from": u,
            "date": now,
            "old_chat_member": {"status": "left", "user": me},
            "new_chat_member": {"status": "member", "user": me},
        }
    }


def edited(update: dict[str, Any], text: str) -> dict:
    """The `edited_message` Telegram sends when the author edits `update`'s message."""
    msg = dict(update["message"], text=text, edit_date=int(time.time()))
    return {"edited_message": msg}


def reply(u: dict[str, Any], chat: dict[str, Any], text: str, to: dict[str, Any]) -> dict:
    """A message replying to `to` (a message dict, e.g. the fake's result for the bot's)."""
    return {"message": message(u, chat, text, reply_to_message=to)}


def mention(u: dict[str, Any], text: str, chat: dict[str, Any] | None = None) -> dict:
    """A group message starting with '@<bot> ', with its mention entity."""
    handle = f"@{BOT_USERNAME}"
    msg = message(u, chat or group_chat(), f"{handle} {text}")
    msg["entities"] = [{"type": "mention", "offset": 0, "length": len(handle)}]
    return {"message": msg}


def rights_changed(
    u: dict[str, Any], old: str, new: str, chat: dict[str, Any] | None = None
) -> dict:
    """my_chat_member: the bot's status in a group goes from `old` to `new`."""
    me = {"id": BOT_ID, "is_bot": True, "first_name": "Sift", "username": BOT_USERNAME}

    def member(status: str) -> dict[str, Any]:
        if status != "restricted":
            return {"status": status, "user": me}
        return {
            "status": "restricted",
            "user": me,
            "is_member": True,
            "until_date": 0,
            **{
                f"can_{right}": False
                for right in [
                    "send_messages",
                    "send_audios",
                    "send_documents",
                    "send_photos",
                    "send_videos",
                    "send_video_notes",
                    "send_voice_notes",
                    "send_polls",
                    "send_other_messages",
                    "add_web_page_previews",
                    "change_info",
                    "invite_users",
                    "pin_messages",
                    "manage_topics",
                    "edit_tag",
                    "react_to_messages",
                ]
            },
        }

    return {
        "my_chat_member": {
            "chat": chat or group_chat(),
            "from": u,
            "date": int(time.time()),
            "old_chat_member": member(old),
            "new_chat_member": member(new),
        }
    }
