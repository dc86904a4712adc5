"""What Sift adds around the model call, and throughput with concurrent analyses.

Runs the LLM extractor (and the core's ranking) against the fake OpenAI-compatible server
of the tests, which answers after a fixed delay, on a 1,000-word article:

- overhead per article: end-to-end time of `check_article` minus the server's fixed delay
  (so the loopback HTTP and the fake server's own JSON work count as Sift's: an upper
  bound). Target: under 50 ms.
- articles per second with 20 analyses running at once.

The fake server runs in a child process, as a real endpoint would be elsewhere: in the same
process it would compete with Sift for the interpreter lock and distort both figures.

Usage: python benchmarks/bench_llm.py [--delay 0.2] [--runs 30] [--articles 100]
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import multiprocessing
import statistics
import sys
import time
from multiprocessing.connection import Connection
from multiprocessing.synchronize import Event
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bot.analysis import check_article  # noqa: E402
from bot.config import Settings  # noqa: E402
from bot.extraction.llm import LLMExtractor  # noqa: E402
from tests.fakes.llm_articles import thousand_word_article  # noqa: E402
from tests.fakes.openai_server import FakeOpenAI, first_sentences, from_article  # noqa: E402


def _claims(chunk: str) -> list[dict]:
    # A realistic answer: a claim per paragraph, some with a source the article names.
    claims = first_sentences(chunk)
    for c in claims[::3]:
        if "grid operator" in c["quote"]:
            c["sources"] = [{"name": "the grid operator", "type": "organisation"}]
    return claims


def _serve(delay: float, conn: Connection, stop: Event) -> None:
    """The child process: run the fake server until told to stop."""
    with FakeOpenAI(from_article(_claims, delay=delay)) as fake:
        conn.send(fake.url)
        stop.wait()


async def _overhead(settings: Settings, runs: int, delay: float) -> list[float]:
    article = thousand_word_article()
    extractor = LLMExtractor(settings)
    overheads = []
    try:
        await check_article(article, extractor)  # warm up: connections, data files
        for _ in range(runs):
            started = time.perf_counter()
            await check_article(article, extractor)
            overheads.append(time.perf_counter() - started - delay)
    finally:
        await extractor.aclose()
    return overheads


async def _throughput(settings: Settings, articles: int, concurrency: int) -> float:
    article = thousand_word_article()
    extractor = LLMExtractor(settings)
    semaphore = asyncio.Semaphore(concurrency)

    async def one() -> None:
        async with semaphore:
            await check_article(article, extractor)

    try:
        await check_article(article, extractor)
        started = time.perf_counter()
        await asyncio.gather(*(one() for _ in range(articles)))
        return articles / (time.perf_counter() - started)
    finally:
        await extractor.aclose()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--delay", type=float, default=0.2, help="model delay in seconds")
    parser.add_argument("--runs", type=int, default=30)
    parser.add_argument("--articles", type=int, default=100)
    parser.add_argument("--concurrency", type=int, default=20)
    args = parser.parse_args()
    logging.disable(logging.INFO)  # per-article log lines would be timed too

    context = multiprocessing.get_context("fork")
    receiver, sender = context.Pipe(duplex=False)
    stop = context.Event()
    server = context.Process(target=_serve, args=(args.delay, sender, stop), daemon=True)
    server.start()
    try:
        settings = Settings(
            _env_file=None,
            sift_llm_base_url=receiver.recv(),
            sift_llm_api_key="sk-bench",
            sift_llm_timeout=30,
        )
        words = len(thousand_word_article().text.split())
        overheads = asyncio.run(_overhead(settings, args.runs, args.delay))
        rate = asyncio.run(_throughput(settings, args.articles, args.concurrency))
    finally:
        stop.set()
        server.join(5)

    ms = sorted(o * 1000 for o in overheads)
    p95 = ms[min(len(ms) - 1, round(0.95 * (len(ms) - 1)))]
    print(f"article: {words} words; model delay {args.delay * 1000:.0f} ms (fake server)")
    print(
        f"overhead per article (check_article minus model delay), {args.runs} runs: "
        f"median {statistics.median(ms):.1f} ms, p95 {p95:.1f} ms, max {ms[-1]:.1f} ms "
        f"(target < 50 ms)"
    )
    ideal = args.concurrency / args.delay
    print(
        f"throughput, {args.concurrency} concurrent analyses, {args.articles} articles: "
        f"{rate:.1f} articles/s (ceiling set by the model delay: {ideal:.0f}/s)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
