"""Load test of the bot as deployed (`python -m bot run`) against the fake Bot API.

Two measurements, both through the real process with Telegram's flood limits honoured
(the bot's rate limiter: 30 messages/s overall, 20 a minute per group):

1. 200 private chats send an article at once. Every chat must get its checklist as one
   message. Prints how many chats were answered and with how many messages, the total
   time from the first update to the last checklist, the p50/p95 time from an update
   being available to its checklist, and the bot process's peak memory (VmHWM).
2. A burst of 50 taps on one group checklist from 10 members (5 items each). Every mark
   must be stored, the final message must show all of them, and no more than one edit a
   second may go to that chat. Prints the marks stored and shown, the edits sent, the
   shortest gap between two edits and the most edits in any one-second window.

With --in-process, also runs the Application in this process with the rate limiter off,
which shows what the bot itself can do (the fake server shares the process and the GIL).

    python benchmarks/load_bot.py [--chats 200] [--in-process]

With `--replicas`, the fleet instead: N `python -m bot run` replicas in webhook mode
sharing PostgreSQL (`--postgres`, default `SIFT_TEST_POSTGRES_URL` or the local server;
a schema of its own, dropped afterwards), the fake Bot API delivering updates to them in
turn over 8 connections, flood limits lifted (SIFT_FLOOD_CONTROL=false), so that the
analysis work is what is measured. Prints chats/s per replica count; rounds alternate
the counts (the machine's other load weighs on each alike) and medians are compared.

    python benchmarks/load_bot.py --replicas 1 2 [--rounds 3] [--chats 200]
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import os
import re
import resource
import signal
import socket
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bot.chat.app import build_application  # noqa: E402
from bot.config import Settings  # noqa: E402
from tests.fakes import telegram_updates as tg  # noqa: E402
from tests.fakes.telegram_api import Call, FakeTelegram  # noqa: E402

PROGRESS = re.compile(r"<b>[^<]*\b\d+/\d+\b[^<]*</b>")
ARTICLES = [tg.ARTICLE_FLOODS, tg.ARTICLE_STRIKE]
GROUP = tg.group_chat(-100_900_900, "Load test")
MEMBERS = 10
ITEMS_TAPPED = 5
MARK_ROW = {0: "✅", 1: "❌", 2: "❓"}


def _article(i: int) -> str:
    """Distinct articles: the two test reports with their figures changed per chat."""
    base = ARTICLES[i % len(ARTICLES)]
    return re.sub(r"\d+", lambda m: str(int(m.group()) + i), base)


def _delivered(call: Call) -> bool:
    return call.method == "sendMessage" and call.result is not None


def _push_and_wait(fake: FakeTelegram, chats: int, timeout: float = 300) -> dict[str, float]:
    """Push one article per chat at once; wait for every checklist; the figures."""
    users = [tg.user(50_000 + i, f"User {i}") for i in range(chats)]
    pushed: dict[int, float] = {}
    start = time.monotonic()
    for i, user in enumerate(users):
        pushed[user["id"]] = time.monotonic()
        fake.push_update(tg.text_update(user, _article(i)))
    answered: dict[int, float] = {}
    deadline = start + timeout
    seen = 0
    while len(answered) < chats and time.monotonic() < deadline:
        time.sleep(0.05)
        calls = fake.calls[seen:]
        seen += len(calls)
        for call in calls:
            if not _delivered(call):
                continue
            chat = int(call.params["chat_id"])
            if chat not in answered and PROGRESS.search(call.params["text"]):
                answered[chat] = call.at
    time.sleep(1.0)  # would any chat get a second message?
    messages = Counter(int(c.params["chat_id"]) for c in fake.calls if _delivered(c))
    latencies = sorted(answered[c] - pushed[c] for c in answered)
    elapsed = max(answered.values()) - start if answered else float("nan")
    return {
        "answered": len(answered),
        "one_message": sum(1 for chat in pushed if messages[chat] == 1),
        "most_messages": max(messages.values(), default=0),
        "apologies": sum(1 for t in fake.sent_texts() if "Sorry" in t),
        "elapsed": elapsed,
        "p50": statistics.median(latencies) if latencies else float("nan"),
        "p95": latencies[int(0.95 * (len(latencies) - 1))] if latencies else float("nan"),
    }


def _tap_burst(fake: FakeTelegram, db_path: Path, timeout: float = 60) -> dict[str, float]:
    """One /check in a group, then 50 taps from 10 members at once; the figures."""
    group_id = GROUP["id"]
    fake.push_update(
        tg.group_command(tg.user(60_000, "Asker"), "/check " + tg.ARTICLE_FLOODS, chat=GROUP)
    )
    posted = fake.wait_for_sync(
        "sendMessage",
        lambda c: _delivered(c) and int(c.params["chat_id"]) == group_id,
        timeout=timeout,
    )
    rows = posted.params["reply_markup"]["inline_keyboard"][:ITEMS_TAPPED]
    members = [tg.user(60_001 + i, f"Member {i}") for i in range(MEMBERS)]
    before = len(fake.calls)
    start = time.monotonic()
    for i, member in enumerate(members):
        for row in rows:
            fake.push_update(tg.callback(member, posted.result, row[i % 3]["callback_data"]))
    taps = len(members) * len(rows)

    def shown(text: str) -> int:
        """Marks a message shows: names listed plus the '+N' of those not listed."""
        total = 0
        for line in text.splitlines():
            if line.startswith("    ") and any(e in line for e in MARK_ROW.values()):
                for part in line.strip().split(" · "):
                    if part[:1] in MARK_ROW.values():
                        names, _, extra = part[2:].partition(" +")
                        total += len(names.split(", ")) + (int(extra) if extra else 0)
        return total

    deadline = start + timeout
    final = None
    while time.monotonic() < deadline:
        edits = [
            c
            for c in fake.calls[before:]
            if c.method == "editMessageText" and int(c.params.get("chat_id", 0)) == group_id
        ]
        if edits and shown(edits[-1].params["text"]) >= taps:
            final = edits[-1]
            break
        time.sleep(0.05)
    time.sleep(2.5)  # anything still queued
    edits = [
        c
        for c in fake.calls[before:]
        if c.method == "editMessageText" and int(c.params.get("chat_id", 0)) == group_id
    ]
    times = [c.at for c in edits]
    gaps = [b - a for a, b in zip(times, times[1:], strict=False)]
    window = max((sum(1 for u in times if t <= u < t + 1.0) for t in times), default=0)
    with sqlite3.connect(db_path) as db:
        stored = db.execute("SELECT count(*) FROM marks").fetchone()[0]
    answers = sum(1 for c in fake.calls[before:] if c.method == "answerCallbackQuery")
    return {
        "taps": taps,
        "answered": answers,
        "stored": stored,
        "shown": shown(edits[-1].params["text"]) if edits else 0,
        "final_after": (final.at - start) if final else float("nan"),
        "edits": len(edits),
        "min_gap": min(gaps) if gaps else float("nan"),
        "per_second": window,
    }


def run_process(chats: int) -> tuple[dict[str, float], dict[str, float]]:
    """`python -m bot run` against the fake; peak memory from /proc (Linux)."""
    with FakeTelegram() as fake, tempfile.TemporaryDirectory() as tmp:
        db_path = Path(tmp) / "sift.sqlite3"
        env = {k: v for k, v in os.environ.items() if not k.startswith(("TELEGRAM_", "SIFT_"))}
        env.update(
            PYTHONPATH=str(ROOT),
            TELEGRAM_BOT_TOKEN=fake.token,
            TELEGRAM_BASE_URL=fake.base_url,
            TELEGRAM_BASE_FILE_URL=fake.base_file_url,
            SIFT_DB=str(db_path),
            SIFT_USER_ANALYSES_PER_HOUR="1000",
        )
        process = subprocess.Popen(
            [sys.executable, "-m", "bot", "run"],
            cwd=tmp,
            env=env,
            stderr=subprocess.DEVNULL,
        )
        try:
            fake.wait_for_sync("setMyCommands", timeout=60)
            figures = _push_and_wait(fake, chats)
            figures["peak_mb"] = _peak_mb(process.pid)
            taps = _tap_burst(fake, db_path)
        finally:
            process.send_signal(signal.SIGTERM)
            process.wait(timeout=30)
    return figures, taps


def _peak_mb(pid: int) -> float:
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return float("nan")
    match = re.search(r"VmHWM:\s+(\d+) kB", status)
    return int(match.group(1)) / 1024 if match else float("nan")


async def run_in_process(chats: int) -> dict[str, float]:
    """The Application in this process, rate limiter off: the bot's own capacity."""
    with FakeTelegram() as fake, tempfile.TemporaryDirectory() as tmp:
        settings = Settings(
            _env_file=None,
            telegram_bot_token=fake.token,
            telegram_base_url=fake.base_url,
            telegram_base_file_url=fake.base_file_url,
            sift_db=str(Path(tmp) / "sift.sqlite3"),
            sift_user_analyses_per_hour=1000,
        )
        app = build_application(settings, rate_limiter=False)
        await app.initialize()
        await app.post_init(app)  # opens the storage
        await app.updater.start_polling(poll_interval=0.0, timeout=2)
        await app.start()
        try:
            figures = await asyncio.to_thread(_push_and_wait, fake, chats)
        finally:
            await app.updater.stop()
            await app.stop()
            await app.post_shutdown(app)
            await app.shutdown()
    figures["peak_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return figures


def _print_chats(label: str, chats: int, figures: dict[str, float]) -> None:
    print(f"{chats} chats at once, {label}:")
    print(
        f"  answered {figures['answered']:.0f}/{chats}, one message each: "
        f"{figures['one_message']:.0f}/{chats} (most messages in a chat: "
        f"{figures['most_messages']:.0f}, apologies {figures['apologies']:.0f})"
    )
    print(f"  total time to the last checklist: {figures['elapsed']:.2f} s")
    print(f"  update-to-checklist p50: {figures['p50']:.2f} s, p95: {figures['p95']:.2f} s")
    print(f"  peak memory: {figures['peak_mb']:.0f} MB")


def _cpu_seconds(pid: int) -> float:
    """User and system CPU time of a process so far (Linux)."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return float("nan")
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def run_fleet(replicas: int, chats: int, postgres: str) -> dict[str, float]:
    """N webhook replicas sharing PostgreSQL, flood limits lifted."""
    import psycopg

    schema = f"sift_bench_{os.getpid()}_{replicas}"
    admin = psycopg.connect(postgres, autocommit=True, connect_timeout=5)
    admin.execute(f'CREATE SCHEMA "{schema}"')
    db = f"{postgres}{'&' if '?' in postgres else '?'}options=-csearch_path%3D{schema}"
    ports = [_free_port() for _ in range(replicas)]
    processes: list[subprocess.Popen] = []
    try:
        with FakeTelegram() as fake, tempfile.TemporaryDirectory() as tmp:
            for i, port in enumerate(ports):
                env = {
                    k: v for k, v in os.environ.items() if not k.startswith(("TELEGRAM_", "SIFT_"))
                }
                env.update(
                    PYTHONPATH=str(ROOT),
                    TELEGRAM_BOT_TOKEN=fake.token,
                    TELEGRAM_BASE_URL=f"http://127.0.0.1:{fake.port}/replica-{i}/bot",
                    TELEGRAM_BASE_FILE_URL=fake.base_file_url,
                    SIFT_DB=db,
                    SIFT_WEBHOOK_URL="https://sift.example/hook",
                    SIFT_WEBHOOK_LISTEN="127.0.0.1",
                    SIFT_WEBHOOK_PORT=str(port),
                    SIFT_WEBHOOK_SECRET="bench-secret",
                    SIFT_FLOOD_CONTROL="false",
                    SIFT_USER_ANALYSES_PER_HOUR="1000",
                )
                processes.append(
                    subprocess.Popen(
                        [sys.executable, "-m", "bot", "run"],
                        cwd=tmp,
                        env=env,
                        stderr=subprocess.DEVNULL,
                    )
                )
            for i in range(replicas):
                fake.wait_for_sync("setWebhook", lambda c, i=i: c.via == f"replica-{i}", 60)
            fake.deliver_to([f"http://127.0.0.1:{port}/telegram" for port in ports], 8)
            replica_cpu = sum(_cpu_seconds(p.pid) for p in processes)
            own_cpu = time.process_time()
            figures = _push_and_wait(fake, chats)
            figures["replica_cpu"] = sum(_cpu_seconds(p.pid) for p in processes) - replica_cpu
            figures["fake_cpu"] = time.process_time() - own_cpu
            figures["peak_mb"] = sum(_peak_mb(p.pid) for p in processes)
    finally:
        for process in processes:
            process.send_signal(signal.SIGTERM)
        for process in processes:
            process.wait(timeout=30)
        admin.execute(f'DROP SCHEMA "{schema}" CASCADE')
        admin.close()
    figures["per_second"] = figures["answered"] / figures["elapsed"]
    return figures


def fleet_main(args: argparse.Namespace) -> int:
    rates: dict[int, list[float]] = {n: [] for n in args.replicas}
    for _ in range(args.rounds):
        for replicas in args.replicas:
            figures = run_fleet(replicas, args.chats, args.postgres)
            label = f"{replicas} replica(s) sharing PostgreSQL, flood limits lifted"
            _print_chats(label, args.chats, figures)
            print(
                f"  chats/s: {figures['per_second']:.1f}; CPU during the load: replicas "
                f"{figures['replica_cpu']:.2f} s, fake Bot API and this script "
                f"{figures['fake_cpu']:.2f} s"
            )
            rates[replicas].append(figures["per_second"])
    medians = {n: statistics.median(r) for n, r in rates.items()}
    for n, median in medians.items():
        runs = ", ".join(f"{r:.1f}" for r in rates[n])
        print(f"{n} replica(s): median {median:.1f} chats/s (runs: {runs})")
    first, last = args.replicas[0], args.replicas[-1]
    if first != last:
        print(f"{last} replicas / {first}: {medians[last] / medians[first]:.2f}x chats/s")
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--chats", type=int, default=200)
    parser.add_argument("--in-process", action="store_true", help="also run without limits")
    parser.add_argument(
        "--replicas", type=int, nargs="+", help="webhook replicas sharing PostgreSQL"
    )
    parser.add_argument("--rounds", type=int, default=1, help="repeat the replica counts")
    parser.add_argument(
        "--postgres",
        default=os.environ.get(
            "SIFT_TEST_POSTGRES_URL", "postgresql://postgres@127.0.0.1:5432/test"
        ),
    )
    args = parser.parse_args()
    logging.basicConfig(level=logging.WARNING)
    if args.replicas:
        return fleet_main(args)
    figures, taps = run_process(args.chats)
    _print_chats("python -m bot run, flood limits honoured", args.chats, figures)
    print(f"burst of {taps['taps']:.0f} taps from {MEMBERS} members on one group checklist:")
    print(
        f"  taps answered {taps['answered']:.0f}, marks stored {taps['stored']:.0f}, "
        f"shown in the final message {taps['shown']:.0f} ({taps['final_after']:.2f} s after "
        "the first tap)"
    )
    print(
        f"  edits to the chat: {taps['edits']:.0f}, shortest gap {taps['min_gap']:.2f} s, "
        f"most in one second: {taps['per_second']:.0f}"
    )
    if args.in_process:
        _print_chats(
            "in-process, no flood limits", args.chats, asyncio.run(run_in_process(args.chats))
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
