"""Benchmark of the URL input: how long reading a page takes, and fetches per second.

    python benchmarks/bench_fetch.py

Prints:
- the extraction time (decode + trafilatura + metadata) of the test news page, and of the
  real saved pages of the evaluation set when `../shared/eval/html` is beside the repo;
- pages per second with 20 fetches at once against the local news site (run in its own
  process, so that its threads don't compete with the fetcher for the GIL): downloads
  alone, then whole `fetch_article` calls (download, extraction, cleaning, language).
"""

from __future__ import annotations

import asyncio
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bot.config import Settings  # noqa: E402
from bot.input.fetch import fetch_article, make_client  # noqa: E402
from bot.input.webpage import decode_html, extract_page  # noqa: E402

TEST_PAGE = ROOT / "tests" / "fakes" / "news_pages" / "article-fr.html"
REAL_PAGES = ROOT.parent / "shared" / "eval" / "html"
CONCURRENCY = 20
FETCHES = 200


def time_extraction(body: bytes, rounds: int) -> float:
    """Median milliseconds to decode and extract one page."""
    timings = []
    for _ in range(rounds):
        start = time.perf_counter()
        extract_page(decode_html(body, "text/html"), "https://news.example/article.html")
        timings.append((time.perf_counter() - start) * 1000)
    return statistics.median(timings)


def bench_extraction() -> None:
    extract_page(decode_html(TEST_PAGE.read_bytes()), "https://news.example/")  # warm up
    size = TEST_PAGE.stat().st_size
    median = time_extraction(TEST_PAGE.read_bytes(), 30)
    print(f"extraction, test page ({size / 1024:.0f} KB): {median:.1f} ms")
    if REAL_PAGES.is_dir():
        pages = sorted(REAL_PAGES.glob("*.html"))
        per_page = [time_extraction(p.read_bytes(), 3) for p in pages]
        sizes = [p.stat().st_size / 1024 for p in pages]
        print(
            f"extraction, {len(pages)} saved news pages "
            f"({min(sizes):.0f}-{max(sizes):.0f} KB, median {statistics.median(sizes):.0f} KB): "
            f"median {statistics.median(per_page):.1f} ms, max {max(per_page):.1f} ms"
        )


async def run_concurrently(job, count: int) -> float:
    """Pages per second running `job(i)` `count` times, CONCURRENCY at once."""
    gate = asyncio.Semaphore(CONCURRENCY)

    async def one(i: int) -> None:
        async with gate:
            await job(i)

    start = time.perf_counter()
    await asyncio.gather(*(one(i) for i in range(count)))
    return count / (time.perf_counter() - start)


async def bench_fetching(base: str) -> None:
    settings = Settings(_env_file=None, sift_allow_private_urls=True)
    async with make_client(settings) as client:

        async def download(i: int) -> None:
            response = await client.get(f"{base}/article.html?n={i}")
            assert response.status_code == 200

        async def fetch(i: int) -> None:
            article = await fetch_article(
                f"{base}/article.html?n={i}", settings=settings, client=client, cache=None
            )
            assert article.text

        await run_concurrently(fetch, CONCURRENCY)  # warm up: connections, imports
        rate = await run_concurrently(download, FETCHES)
        print(f"downloads only, {CONCURRENCY} at once: {rate:.0f} pages/s")
        rate = await run_concurrently(fetch, FETCHES)
        print(f"fetch_article (download + extraction), {CONCURRENCY} at once: {rate:.0f} pages/s")


def main() -> None:
    bench_extraction()
    server = subprocess.Popen(
        [sys.executable, "-m", "tests.fakes.news_site"],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        base = server.stdout.readline().strip() if server.stdout else ""
        asyncio.run(bench_fetching(base))
    finally:
        server.terminate()
        server.wait(timeout=10)


if __name__ == "__main__":
    main()
