"""`python -m bot run` as a real process against the fake Bot API server, restart included."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.fakes import telegram_updates as tg
from tests.fakes.sift_bot import PROGRESS, chat_of
from tests.fakes.telegram_api import BOT_USERNAME, Call, FakeTelegram
from tests.fakes.telegram_html import assert_valid

ROOT = Path(__file__).resolve().parents[1]
ANNA = tg.user(2001, "Anna")
BORIS = tg.user(2002, "Boris")
CHEN = tg.user(2003, "Chen")


def _env(tmp_path: Path, fake: FakeTelegram | None, token: str | None) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("TELEGRAM_", "SIFT_"))}
    env["PYTHONPATH"] = str(ROOT)
    env["SIFT_DB"] = str(tmp_path / "sift.sqlite3")
    env["SIFT_JOIN_SECONDS"] = "0.5"
    if token is not None:
        env["TELEGRAM_BOT_TOKEN"] = token
    if fake is not None:
        env["TELEGRAM_BASE_URL"] = fake.base_url
        env["TELEGRAM_BASE_FILE_URL"] = fake.base_file_url
    return env


def _start(tmp_path: Path, fake: FakeTelegram) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "bot", "run"],
        cwd=tmp_path,  # no stray .env
        env=_env(tmp_path, fake, fake.token),
        stderr=subprocess.PIPE,
        text=True,
    )


def _stop(process: subprocess.Popen) -> str:
    process.send_signal(signal.SIGTERM)
    _, stderr = process.communicate(timeout=20)
    assert process.returncode == 0, stderr
    return stderr


def _checklist_in(fake: FakeTelegram, chat_id: int, after: int = 0) -> Call:
    return fake.wait_for_sync(
        "sendMessage",
        lambda c: (
            chat_of(c) == chat_id
            and PROGRESS.search(c.params["text"]) is not None
            and fake.calls.index(c) >= after
        ),
        timeout=20,
    )


def _mark_buttons(call: Call) -> list[str]:
    rows = call.params["reply_markup"]["inline_keyboard"]
    return [
        b["callback_data"] for row in rows for b in row if b.get("callback_data", "")[:2] == "m:"
    ]


def test_run_answers_chats_groups_taps_and_keeps_marks_across_a_restart(tmp_path):
    group = tg.group_chat(-100_555)
    with FakeTelegram() as fake:
        process = _start(tmp_path, fake)
        try:
            # Updates queue up until the bot's first getUpdates, as on Telegram.
            # A private article as one message, and a long one as a several-message paste.
            fake.push_update(tg.text_update(ANNA, tg.ARTICLE_FLOODS))
            private = _checklist_in(fake, ANNA["id"])
            for piece in tg.split_like_telegram(tg.long_article(9000)):
                fake.push_update(tg.text_update(BORIS, piece))
            pasted = _checklist_in(fake, BORIS["id"])
            # /check in reply to an article in a group.
            post = tg.group_message(BORIS, tg.ARTICLE_STRIKE, group)
            fake.push_update({"message": post})
            fake.push_update(
                tg.group_command(ANNA, f"/check@{BOT_USERNAME}", reply_to=post, chat=group)
            )
            checked = _checklist_in(fake, group["id"])
            taps = _mark_buttons(checked)
            sent = checked.result
            fake.push_update(tg.callback(ANNA, sent, taps[0]))
            fake.push_update(tg.callback(BORIS, sent, taps[4]))
            fake.wait_for_sync(
                "editMessageText",
                lambda c: all(s in c.params["text"] for s in ("✅ Anna", "❌ Boris", "<b>2/")),
                timeout=20,
            )
            time.sleep(1.0)  # the last part of a posting, late edits, a second answer?
        finally:
            stderr = _stop(process)
        assert "Reuters" in "".join(fake.sent_texts(ANNA["id"]))
        assert "a region under strain" in pasted.params["text"]
        assert sum(PROGRESS.search(t) is not None for t in fake.sent_texts(BORIS["id"])) == 1
        assert checked.params["reply_parameters"]["message_id"] == post["message_id"]
        assert fake.token not in stderr and "Traceback" not in stderr

        calls_before = len(fake.calls)
        process = _start(tmp_path, fake)
        try:
            fake.push_update(tg.callback(CHEN, sent, taps[8]))
            after = fake.wait_for_sync(
                "editMessageText",
                lambda c: fake.calls.index(c) > calls_before and "Chen" in c.params["text"],
                timeout=20,
            )
            fake.push_update(tg.inline_query(ANNA, ""))
            inline = fake.wait_for_sync("answerInlineQuery", timeout=20)
        finally:
            stderr = _stop(process)
        text = after.params["text"]
        assert "✅ Anna" in text and "❌ Boris" in text and "❓ Chen" in text
        assert "<b>3/" in text
        titles = [r["title"] for r in inline.params["results"]]
        assert any(t.startswith("Floods force") for t in titles)
        assert fake.token not in stderr and "Traceback" not in stderr
        for call in fake.calls:
            if call.method in ("sendMessage", "editMessageText"):
                assert_valid(call.params["text"])
        assert private.params["parse_mode"] == "HTML"


@pytest.mark.parametrize("token", [None, "999:rejected-token"])
def test_missing_or_rejected_token_is_one_line_and_non_zero(tmp_path, token):
    with FakeTelegram() as fake:
        result = subprocess.run(
            [sys.executable, "-m", "bot", "run"],
            cwd=tmp_path,
            env=_env(tmp_path, fake, token),
            capture_output=True,
            text=True,
            timeout=60,
        )
    assert result.returncode != 0
    lines = [line for line in result.stderr.splitlines() if line.startswith("sift:")]
    assert len(lines) == 1 and "TELEGRAM_BOT_TOKEN" in lines[0]
    assert "Traceback" not in result.stderr
    if token:
        assert token not in result.stderr and "rejected" not in lines[0].split(":")[0]


def _free_port() -> int:
    import socket

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def test_run_with_a_webhook_url_serves_updates_posted_to_it(tmp_path):
    import json
    import urllib.request

    port = _free_port()
    with FakeTelegram() as fake:
        env = _env(tmp_path, fake, fake.token)
        env.update(
            SIFT_WEBHOOK_URL=f"http://127.0.0.1:{port}",
            SIFT_WEBHOOK_LISTEN="127.0.0.1",
            SIFT_WEBHOOK_PORT=str(port),
        )
        process = subprocess.Popen(
            [sys.executable, "-m", "bot", "run"],
            cwd=tmp_path,
            env=env,
            stderr=subprocess.PIPE,
            text=True,
        )
        try:
            registered = fake.wait_for_sync("setWebhook", lambda c: True, timeout=20)
            assert registered.params["url"] == f"http://127.0.0.1:{port}/telegram"
            secret = registered.params["secret_token"]
            update = {"update_id": 1, **tg.text_update(ANNA, tg.ARTICLE_FLOODS)}
            request = urllib.request.Request(
                f"http://127.0.0.1:{port}/telegram",
                data=json.dumps(update).encode(),
                headers={
                    "Content-Type": "application/json",
                    "X-Telegram-Bot-Api-Secret-Token": secret,
                },
            )
            for _ in range(50):  # the web server may still be starting
                try:
                    with urllib.request.urlopen(request, timeout=5) as answer:
                        assert answer.status == 200
                    break
                except OSError:
                    time.sleep(0.2)
            checklist = _checklist_in(fake, ANNA["id"])
            assert "Floods force" in checklist.params["text"]
            assert not fake.calls_of("getUpdates")  # no long polling in webhook mode
        finally:
            stderr = _stop(process)
    assert fake.token not in stderr


@pytest.mark.parametrize(
    "db, reason, webhook",
    [
        (
            "postgresql://sift:hunter2@127.0.0.1:9/sift",
            "cannot reach PostgreSQL at 127.0.0.1:9",
            False,
        ),
        (
            "postgresql://sift:hunter2@127.0.0.1:9/sift",
            "cannot reach PostgreSQL at 127.0.0.1:9",
            True,
        ),
        ("postgresql://127.0.0.1:fivefourthreetwo/sift", "is not a number", False),
        ("mysql://127.0.0.1/sift", "unsupported scheme 'mysql'", False),
    ],
)
def test_an_unusable_database_is_one_line_and_exit_code_5(tmp_path, db, reason, webhook):
    with FakeTelegram() as fake:
        env = _env(tmp_path, fake, fake.token)
        env["SIFT_DB"] = db
        if webhook:
            port = _free_port()
            env.update(
                SIFT_WEBHOOK_URL=f"http://127.0.0.1:{port}",
                SIFT_WEBHOOK_LISTEN="127.0.0.1",
                SIFT_WEBHOOK_PORT=str(port),
            )
        result = subprocess.run(
            [sys.executable, "-m", "bot", "run"],
            cwd=tmp_path,
            env=env,
            capture_output=True,
            text=True,
            timeout=60,
        )
    assert result.returncode == 5, result.stderr
    lines = [line for line in result.stderr.splitlines() if line.startswith("sift:")]
    assert len(lines) == 1 and reason in lines[0], result.stderr
    assert "Traceback" not in result.stderr and "hunter2" not in result.stderr
    assert not fake.calls_of("setWebhook") and not fake.calls_of("getUpdates")
