"""Random input never breaks Sift (Hypothesis).

Whatever arrives — random Unicode, control characters, HTML and Markdown fragments, very
long words and lines, mixed scripts, UTF-8 cut in the middle of a character — the core
returns a checklist or refuses with a reason, the command line prints a checklist or one
line with exit code 2, and the bot's messages are valid Telegram HTML of at most 4,096
characters. Bounded so that the suite stays fast: a few dozen inputs per property, the
same ones on every run (set HYPOTHESIS_PROFILE=explore for a longer random search).
"""

from __future__ import annotations

import asyncio
import contextlib
import io
import json
import os
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from bot.analysis import check_text
from bot.chat.handlers import unusable_text
from bot.checklist.html import render_item, render_pages
from bot.checklist.render import render_json, render_markdown, render_text
from bot.cli import main
from bot.errors import UnusableInput
from tests.fakes import telegram_updates as tg
from tests.fakes.sift_bot import chat_of, running_bot
from tests.fakes.telegram_api import FakeTelegram
from tests.fakes.telegram_html import assert_valid

settings.register_profile(
    "sift-suite",
    max_examples=40,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
settings.register_profile("explore", max_examples=1000, deadline=None)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "sift-suite"))

# Sentences written for this test in the manner of news reports, so that some random
# inputs hold enough of a supported language to give a checklist.
SENTENCES = [
    "The transport ministry said on Monday that 412 trains had been cancelled since March.",
    "According to the regional audit office, the bridge cost 38 million euros more than planned.",
    "Le préfet a indiqué mardi que 1 200 foyers restaient privés d'électricité.",
    "Selon l'agence AFP, le port aurait traité 15 % de céréales en moins cette année.",
    "Die Stadtverwaltung teilte am Freitag mit, dass 90 Wohnungen geräumt worden seien.",
    "El ministerio de Sanidad informó de que 3.400 pacientes fueron atendidos en junio.",
    "По данным министерства, в понедельник были эвакуированы 640 жителей.",
]
FRAGMENTS = [
    "<b>",
    "</i>",
    "<a href='javascript:alert(1)'>",
    "<script>x</script>",
    "&amp;",
    "&",
    "<",
    ">",
    '"',
    "**bold** _it_ `code` [link](http://127.0.0.1/)",
    "# Heading\n",
    "- [ ] box\n",
    "| a | b |\n",
    "\x00",
    "\x1b[31m",
    "\u200b",
    "\u202e",
    "\ufeff",
    "\ud800",
    "\r\n",
    "\t",
    "\n\n",
    "🙂👍🏽",
    "中文新闻",
    "عربى",
    "Ελληνικά",
    "e\u0301\u0301\u0301",
    "https://127.0.0.1/article?id=1",
]

pieces = st.one_of(
    st.sampled_from(SENTENCES),
    st.sampled_from(FRAGMENTS),
    st.text(max_size=80),
    st.text(alphabet=st.characters(codec="utf-8"), min_size=1, max_size=3).map(
        lambda s: s * 3000  # a very long word or line
    ),
)
texts = st.lists(pieces, max_size=25).map(" ".join)


def _cut_utf8(data: tuple[str, int]) -> bytes:
    """The text's UTF-8 cut at some byte, possibly inside a character."""
    text, fraction = data
    raw = text.encode("utf-8", "surrogatepass")
    return raw[: max(0, len(raw) - fraction)]


inputs = st.one_of(
    texts,
    st.tuples(texts, st.integers(0, 3)).map(_cut_utf8),
    st.binary(max_size=300),
)


def _check_everything_renders(raw: str | bytes) -> None:
    """The core's answer and every rendering of it; the answer to a refusal otherwise."""
    try:
        checklist = check_text(raw, max_chars=200_000)
    except UnusableInput as refused:
        for lang in ("en", "ru"):
            for private in (True, False):
                assert_valid(unusable_text(lang, refused, private=private))
        assert "\n" not in refused.message
        return
    assert checklist.items
    render_text(checklist)
    render_markdown(checklist, show_all=True)
    json.loads(render_json(checklist))
    for lang in (checklist.article.language, "uk"):
        pages = render_pages(checklist, lang)
        assert pages
        items = [render_item(checklist, lang, n) for n in range(1, len(checklist.items) + 1)]
        for message in pages + items:
            assert_valid(message)  # Telegram HTML, at most 4,096 characters


@given(inputs)
def test_the_core_answers_any_input_with_a_checklist_or_a_reason(raw):
    _check_everything_renders(raw)


@given(inputs)
@settings(max_examples=20)
def test_the_command_line_prints_a_checklist_or_one_line(raw):
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "input.txt"
        path.write_bytes(raw if isinstance(raw, bytes) else raw.encode("utf-8", "surrogatepass"))
        out, err = io.StringIO(), io.StringIO()
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            code = main(["check", "--format", "json", str(path)])
    if code == 0:
        assert json.loads(out.getvalue())["claims"]
    else:
        assert code == 2, err.getvalue()
        assert out.getvalue() == ""
        assert err.getvalue().startswith("sift: ") and err.getvalue().count("\n") == 1


async def _send_to_the_bot(messages: list[str]) -> list[str]:
    """Each text from its own user to the real bot (fake Bot API); every text it sent."""
    users = [
        tg.user(5000 + i, f"User {i}", lang=("en", "fr", "ru")[i % 3]) for i in range(len(messages))
    ]
    with FakeTelegram() as fake, tempfile.TemporaryDirectory() as folder:
        async with running_bot(fake, Path(folder), sift_join_seconds=0.2):
            for user, text in zip(users, messages, strict=True):
                fake.push_update(tg.text_update(user, text))
            for user in users:
                await fake.wait_for("sendMessage", lambda c, u=user: chat_of(c) == u["id"], 20)
        return [
            c.params["text"] for c in fake.calls if c.method in ("sendMessage", "editMessageText")
        ]


@given(st.lists(texts, min_size=4, max_size=4))
# Each example starts the bot: few of them, and no shrinking (a failure prints its input).
@settings(max_examples=3, phases=[Phase.generate])
def test_the_bot_answers_every_message_in_valid_html(messages):
    # Telegram does not deliver text with lone surrogates or NUL: neither does the fake.
    messages = [
        m.encode("utf-8", "replace").decode("utf-8").replace("\x00", " ")[:4096] for m in messages
    ]
    messages = [m if m.strip() else "." for m in messages]
    sent = asyncio.run(_send_to_the_bot(messages))
    assert len(sent) >= len(messages)
    for text in sent:
        assert_valid(text)
