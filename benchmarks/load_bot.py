"""Load test: 200 private chats send an article at once to the bot, through a fake Bot API.

Runs the bot against the loopback fake Telegram server from the tests, pushes one article
from each of 200 users in one burst, and waits until every chat has its checklist. Prints
updates handled per second, the p50/p95 time from an update being available to the first
message of its answer, and peak memory.

Two runs:
- `python -m bot run` as its own process, exactly as deployed: Telegram's flood limits
  honoured (AIORateLimiter, 30 messages/s overall), so that limit sets the pace; the
  peak memory is the bot process's own (VmHWM).
- the same Application in this process with the rate limiter off, which shows what the
  bot itself can do (the fake server shares the process and the GIL, so this is a lower
  bound).

    python benchmarks/load_bot.py [--chats 200]
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import os
import re
import resource
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bot.chat.app import build_application  # noqa: E402
from bot.config import Settings  # noqa: E402
from tests.fakes import telegram_updates as tg  # noqa: E402
from tests.fakes.telegram_api import FakeTelegram  # noqa: E402

PROGRESS = re.compile(r"<b>[^<]*\b\d+/\d+\b[^<]*</b>")
ARTICLES = [tg.ARTICLE_FLOODS, tg.ARTICLE_STRIKE]


def _article(i: int) -> str:
    """Distinct articles: the two test reports with their figures changed per chat."""
    base = ARTICLES[i % len(ARTICLES)]
    return re.sub(r"\d+", lambda m: str(int(m.group()) + i), base)


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
            if call.method != "sendMessage":
                continue
            chat = int(call.params["chat_id"])
            if chat not in answered and PROGRESS.search(call.params["text"]):
                answered[chat] = call.at
    latencies = sorted(answered[c] - pushed[c] for c in answered)
    elapsed = max(answered.values()) - start if answered else float("nan")
    return {
        "answered": len(answered),
        "checklists": sum(1 for t in fake.sent_texts() if PROGRESS.search(t)),
        "apologies": sum(1 for t in fake.sent_texts() if "went wrong" in t),
        "elapsed": elapsed,
        "per_second": len(answered) / elapsed,
        "p50": statistics.median(latencies),
        "p95": latencies[int(0.95 * (len(latencies) - 1))],
    }


def run_process(chats: int) -> dict[str, float]:
    """`python -m bot run` against the fake; peak memory from /proc (Linux)."""
    with FakeTelegram() as fake, tempfile.TemporaryDirectory() as tmp:
        env = {k: v for k, v in os.environ.items() if not k.startswith(("TELEGRAM_", "SIFT_"))}
        env.update(
            PYTHONPATH=str(ROOT),
            TELEGRAM_BOT_TOKEN=fake.token,
            TELEGRAM_BASE_URL=fake.base_url,
            TELEGRAM_BASE_FILE_URL=fake.base_file_url,
            SIFT_DB=str(Path(tmp) / "sift.sqlite3"),
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
        finally:
            process.send_signal(signal.SIGTERM)
            process.wait(timeout=30)
    return figures


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


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--chats", type=int, default=200)
    args = parser.parse_args()
    logging.basicConfig(level=logging.WARNING)
    runs = [
        ("python -m bot run, flood limits honoured", lambda: run_process(args.chats)),
        ("in-process, no flood limits", lambda: asyncio.run(run_in_process(args.chats))),
    ]
    for label, run in runs:
        figures = run()
        lost = args.chats - figures["answered"]
        print(f"{args.chats} chats at once, {label}:")
        print(
            f"  answered {figures['answered']}/{args.chats} (lost {lost}, "
            f"apologies {figures['apologies']}, checklists posted {figures['checklists']})"
        )
        print(f"  updates handled/s: {figures['per_second']:.1f} over {figures['elapsed']:.2f} s")
        print(
            f"  update-to-reply p50: {figures['p50'] * 1000:.0f} ms, "
            f"p95: {figures['p95'] * 1000:.0f} ms"
        )
        print(f"  peak memory: {figures['peak_mb']:.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
