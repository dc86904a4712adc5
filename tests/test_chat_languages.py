"""Articles in a language Sift does not read get the localised refusal in Telegram,
never a checklist in another language."""

from __future__ import annotations

from bot.chat.locales import t
from tests.fakes import telegram_updates as tg
from tests.fakes.sift_bot import assert_all_valid, chat_of, is_checklist, running_bot
from tests.test_language import other_language

CHEN = tg.user(1003, "Chen", lang="fr")
DARIA = tg.user(1004, "Daria", lang="ru")


async def test_finnish_and_chinese_articles_are_refused_in_the_users_language(fake, tmp_path):
    async with running_bot(fake, tmp_path):
        fake.push_update(tg.text_update(CHEN, other_language("fi")))
        french = await fake.wait_for("sendMessage", lambda c: chat_of(c) == CHEN["id"])
        fake.push_update(tg.text_update(DARIA, other_language("zh").strip() * 40))
        russian = await fake.wait_for("sendMessage", lambda c: chat_of(c) == DARIA["id"])
    assert french.params["text"].startswith("Cette langue n'est pas encore prise en charge")
    assert russian.params["text"] == t(
        "ru",
        "errors.unsupported_language",
        language="unknown",
        supported="de, en, es, fr, it, pt, ru, uk",
    )
    assert not any(is_checklist(c) for c in fake.calls)
    assert_all_valid(fake)
