"""Two `python -m bot run` replicas in webhook mode sharing PostgreSQL, with the fake Bot
API delivering updates to them in turn, as Telegram behind a load balancer would."""

from __future__ import annotations

import json
import os
import re
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

from tests.fakes import telegram_updates as tg
from tests.fakes.sift_bot import PROGRESS, button, chat_of, item_rows
from tests.fakes.telegram_api import BOT_USERNAME, Call, FakeTelegram

ROOT = Path(__file__).resolve().parents[1]
SECRET = "fleet-secret_0123456789"
LOAD_CHATS = 200
ANNA, BORIS, CHEN, DANA, EVE = (
    tg.user(3001, "Anna"),
    tg.user(3002, "Boris"),
    tg.user(3003, "Chen"),
    tg.user(3004, "Dana"),
    tg.user(3005, "Eve"),
)


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _replica(name: str, port: int, fake: FakeTelegram, db: str, tmp_path: Path):
    env = {k: v for k, v in os.environ.items() if not k.startswith(("TELEGRAM_", "SIFT_"))}
    env.update(
        PYTHONPATH=str(ROOT),
        TELEGRAM_BOT_TOKEN=fake.token,
        # The tag lets the fake tell which replica made each call.
        TELEGRAM_BASE_URL=f"http://127.0.0.1:{fake.port}/{name}/bot",
        TELEGRAM_BASE_FILE_URL=fake.base_file_url,
        SIFT_DB=db,
        SIFT_WEBHOOK_URL="https://sift.example/hook",  # the load balancer's address
        SIFT_WEBHOOK_LISTEN="127.0.0.1",
        SIFT_WEBHOOK_PORT=str(port),
        SIFT_WEBHOOK_SECRET=SECRET,
        SIFT_LEASE_SECONDS="2",
        SIFT_JOIN_SECONDS="1.0",
        SIFT_FLOOD_CONTROL="false",
        SIFT_USER_ANALYSES_PER_HOUR="1000",
    )
    return subprocess.Popen(
        [sys.executable, "-m", "bot", "run"],
        cwd=tmp_path,
        env=env,
        stderr=subprocess.PIPE,
        text=True,
    )


def _post(port: int, update: dict, secret: str | None) -> int:
    headers = {"Content-Type": "application/json"}
    if secret is not None:
        headers["X-Telegram-Bot-Api-Secret-Token"] = secret
    request = urllib.request.Request(
        f"http://127.0.0.1:{port}/telegram", data=json.dumps(update).encode(), headers=headers
    )
    try:
        with urllib.request.urlopen(request, timeout=5) as answer:
            return answer.status
    except urllib.error.HTTPError as exc:
        return exc.code


def _checklists(fake: FakeTelegram, chat_id: int) -> list[Call]:
    return [
        c
        for c in fake.calls_of("sendMessage")
        if chat_of(c) == chat_id and PROGRESS.search(c.params["text"])
    ]


def _wait(condition, timeout: float, what: str) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError(what)
        time.sleep(0.05)


def _mark_buttons(call: Call) -> list[str]:
    rows = call.params["reply_markup"]["inline_keyboard"]
    return [
        b["callback_data"] for row in rows for b in row if b.get("callback_data", "")[:2] == "m:"
    ]


def _stored_marks(db: str, checklist_id: str) -> list[tuple[int, int, str]]:
    import psycopg

    with psycopg.connect(db) as conn:
        return conn.execute(
            "SELECT item, user_id, mark FROM marks WHERE checklist_id = %s ORDER BY user_id",
            (checklist_id,),
        ).fetchall()


def test_two_replicas_answer_once_share_pastes_and_marks_and_survive_a_kill(tmp_path, postgres_url):
    ports = [_free_port(), _free_port()]
    group = tg.group_chat(-100_777)
    with FakeTelegram() as fake:
        replicas = [
            _replica(f"replica-{i}", port, fake, postgres_url, tmp_path)
            for i, port in enumerate(ports)
        ]
        try:
            for i in range(2):
                fake.wait_for_sync("setWebhook", lambda c, i=i: c.via == f"replica-{i}", 30)
            secrets_set = {c.params["secret_token"] for c in fake.calls_of("setWebhook")}
            assert secrets_set == {SECRET}  # no replica replaced the webhook's secret
            probe = {"update_id": 1, **tg.text_update(ANNA, tg.ARTICLE_FLOODS)}
            assert _post(ports[0], probe, None) == 403
            assert _post(ports[1], probe, "wrong") == 403
            assert _post(ports[0], {"no": "update"}, SECRET) == 400

            fake.deliver_to([f"http://127.0.0.1:{port}/telegram" for port in ports])

            # A long paste whose pieces land on both replicas: one checklist.
            paste = [
                fake.push_update(tg.text_update(BORIS, piece))
                for piece in tg.split_like_telegram(tg.long_article(9000))
            ]
            pasted = fake.wait_for_sync(
                "sendMessage", lambda c: c in _checklists(fake, BORIS["id"]), 30
            )
            # The same update delivered twice is answered once.
            eve = tg.text_update(EVE, tg.ARTICLE_STRIKE)
            twice = fake.push_update(eve)
            fake.push_update(eve, update_id=twice)
            # /check in a group, then taps that land on both replicas.
            post = tg.group_message(BORIS, tg.ARTICLE_STRIKE, group)
            fake.push_update({"message": post})
            fake.push_update(
                tg.group_command(ANNA, f"/check@{BOT_USERNAME}", reply_to=post, chat=group)
            )
            checked = fake.wait_for_sync(
                "sendMessage", lambda c: c in _checklists(fake, group["id"]), 30
            )
            taps = _mark_buttons(checked)
            for member, data in ((ANNA, taps[0]), (BORIS, taps[4]), (CHEN, taps[8])):
                fake.push_update(tg.callback(member, checked.result, data))
            fake.push_update(tg.callback(DANA, checked.result, taps[1]))
            fake.wait_for_sync(
                "editMessageText",
                lambda c: all(
                    name in c.params["text"] for name in ("Anna", "Boris", "Chen", "Dana")
                ),
                30,
            )
            _wait(lambda: _checklists(fake, EVE["id"]), 30, "Eve's checklist")
            time.sleep(1.5)  # time for a second checklist, if there were to be one
            assert len(_checklists(fake, BORIS["id"])) == 1
            assert "a region under strain" in pasted.params["text"]
            landed = {url for uid, url, status in fake.deliveries if uid in paste and status}
            assert len(landed) == 2  # the pieces did reach both replicas
            assert len(_checklists(fake, EVE["id"])) == 1
            assert sum(uid == twice and status == 200 for uid, _, status in fake.deliveries) == 2

            # Evidence by the item view's button: the view, the prompt and the reply each
            # land on the next replica, and the view is updated wherever it was opened.
            eve_sent = _checklists(fake, EVE["id"])[0]
            fake.push_update(
                tg.callback(EVE, eve_sent.result, item_rows(eve_sent)[1][-1]["callback_data"])
            )
            view = fake.wait_for_sync(
                "editMessageText", lambda c: "No evidence yet" in c.params["text"], 30
            )
            answered = len(fake.calls_of("answerCallbackQuery"))
            fake.push_update(tg.callback(EVE, view.result, button(view, "📎 Add evidence")))
            prompt = fake.wait_for_sync(
                "sendMessage", lambda c: "Evidence for item 2" in c.params["text"], 30
            )
            # The tap is answered once the prompt is stored; Eve replies after that.
            _wait(lambda: len(fake.calls_of("answerCallbackQuery")) > answered, 30, "answer")
            evidence = "official figures say 38 bn, per https://insee.fr/x"
            fake.push_update(tg.reply(EVE, tg.private_chat(EVE), evidence, prompt.result))
            added = fake.wait_for_sync(
                "sendMessage", lambda c: "Evidence added to item 2" in c.params["text"], 30
            )
            shown = fake.wait_for_sync(
                "editMessageText", lambda c: "insee.fr" in c.params["text"], 30
            )
            assert prompt.via != added.via  # the reply reached the replica that did not ask
            assert int(shown.params["message_id"]) == eve_sent.result["message_id"]

            # Inline sharing and /export work on either replica (one after the other, each
            # update goes to the next replica).
            for n in (1, 2):
                fake.push_update(tg.inline_query(BORIS, ""))
                _wait(lambda n=n: len(fake.calls_of("answerInlineQuery")) == n, 30, "inline")
            for n in (1, 2):
                fake.push_update(
                    tg.group_command(CHEN, "/export", reply_to=checked.result, chat=group)
                )
                _wait(lambda n=n: len(fake.calls_of("sendDocument")) == n, 30, "export")
            inline = fake.calls_of("answerInlineQuery")
            assert {c.via for c in inline} == {"replica-0", "replica-1"}
            for call in inline:
                assert any("region under strain" in r["title"] for r in call.params["results"])
            exports = fake.calls_of("sendDocument")
            assert {c.via for c in exports} == {"replica-0", "replica-1"}
            assert all(b"Dana" in c.files["document"] for c in exports)

            # 200 chats at once, with members tapping in between; one replica is killed.
            users = [tg.user(60_000 + i, f"Reader {i}") for i in range(LOAD_CHATS)]
            for i, user in enumerate(users):
                fake.push_update(tg.text_update(user, _article(i)))
                if i % 20 == 10:
                    fake.push_update(tg.callback(user, checked.result, taps[2]))
            _wait(
                lambda: sum(bool(_checklists(fake, u["id"])) for u in users) >= 30,
                60,
                "the first 30 checklists of the load",
            )
            replicas[0].send_signal(signal.SIGKILL)
            replicas[0].wait(timeout=10)
            killed_at = time.monotonic()  # no call from it after this
            _wait(
                lambda: all(_checklists(fake, u["id"]) for u in users),
                90,
                "every chat answered after the kill",
            )
            time.sleep(1.0)
        finally:
            stderrs = []
            for process in replicas:
                if process.poll() is None:
                    process.send_signal(signal.SIGTERM)
                _, stderr = process.communicate(timeout=30)
                stderrs.append(stderr)

    assert replicas[1].returncode == 0, stderrs[1][-2000:]
    assert replicas[0].returncode == -signal.SIGKILL
    for stderr in stderrs:
        assert "Traceback" not in stderr and fake.token not in stderr
    # Every chat answered; a second answer only where the killed replica had sent the
    # first one and died before recording it (the one unavoidable window).
    for user in users:
        answers = _checklists(fake, user["id"])
        assert answers, user
        for extra in answers[1:]:
            assert answers[0].via == "replica-0" and answers[0].at <= killed_at
            assert extra.via == "replica-1"
    twice_answered = sum(len(_checklists(fake, u["id"])) > 1 for u in users)
    assert twice_answered <= 8, twice_answered  # SIFT_WEBHOOK_WORKERS: at most 8 in hand
    # Updates the killed replica had acknowledged were handled by the survivor.
    taken_over = {
        chat_of(c)
        for c in fake.calls_of("sendMessage")
        if c.via == "replica-1" and c.at > killed_at and PROGRESS.search(c.params["text"])
    }
    acked_by_killed = {
        uid for uid, url, status in fake.deliveries if status == 200 and str(ports[0]) in url
    }
    assert taken_over and acked_by_killed
    # No mark lost: the ten readers' taps and the four members' are all stored.
    checklist_id = taps[0].split(":")[1]
    marks = _stored_marks(postgres_url, checklist_id)
    tapped = {u["id"] for i, u in enumerate(users) if i % 20 == 10}
    assert {user_id for _, user_id, _ in marks} == tapped | {
        ANNA["id"],
        BORIS["id"],
        CHEN["id"],
        DANA["id"],
    }


def _article(i: int) -> str:
    """Distinct articles: the two test reports with their figures changed per chat."""
    base = (tg.ARTICLE_FLOODS, tg.ARTICLE_STRIKE)[i % 2]
    return re.sub(r"\d+", lambda m: str(int(m.group()) + i), base)


def test_a_replica_rides_out_a_postgresql_restart_and_outage_losing_no_mark(
    tmp_path, throwaway_postgres
):
    port = _free_port()
    group = tg.group_chat(-100_888)
    with FakeTelegram() as fake:
        process = _replica("replica-0", port, fake, throwaway_postgres.url, tmp_path)
        try:
            fake.wait_for_sync("setWebhook", timeout=30)
            fake.deliver_to([f"http://127.0.0.1:{port}/telegram"], connections=1)
            post = tg.group_message(BORIS, tg.ARTICLE_FLOODS, group)
            fake.push_update({"message": post})
            fake.push_update(
                tg.group_command(ANNA, f"/check@{BOT_USERNAME}", reply_to=post, chat=group)
            )
            checked = fake.wait_for_sync(
                "sendMessage", lambda c: c in _checklists(fake, group["id"]), 30
            )
            taps = _mark_buttons(checked)

            def tap_shown(member: dict, data: str) -> None:
                fake.push_update(tg.callback(member, checked.result, data))
                fake.wait_for_sync(
                    "editMessageText", lambda c: member["first_name"] in c.params["text"], 30
                )

            tap_shown(ANNA, taps[0])
            throwaway_postgres.stop()  # a restart: every pooled connection dies
            throwaway_postgres.start()
            tap_shown(BORIS, taps[4])
            throwaway_postgres.stop()  # an outage: the webhook answers 503 until it ends
            during = fake.push_update(tg.callback(CHEN, checked.result, taps[8]))
            _wait(
                lambda: any(u == during and s == 503 for u, _, s in fake.deliveries),
                20,
                "a 503 while PostgreSQL is down",
            )
            throwaway_postgres.start()
            fake.wait_for_sync("editMessageText", lambda c: "Chen" in c.params["text"], 30)
            marks = _stored_marks(throwaway_postgres.url, taps[0].split(":")[1])
        finally:
            process.send_signal(signal.SIGTERM)
            _, stderr = process.communicate(timeout=30)
    assert process.returncode == 0, stderr[-2000:]
    assert "Traceback" not in stderr and fake.token not in stderr
    assert {user_id for _, user_id, _ in marks} == {ANNA["id"], BORIS["id"], CHEN["id"]}
