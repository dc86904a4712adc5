"""Fit the ranking weights on annotated articles (a maintainer's tool, not shipped).

Runs the heuristic extractor on every annotated article of an evaluation folder (the
layout of `articles/*.txt` + `gold/*.json`, where gold claims carry `span` and `key`),
labels each extracted claim 1 when it overlaps a key claim, and fits a logistic
regression on `bot.checklist.ranking.claim_features`. The printed weights are a starting
point for `WEIGHTS`: round them, and keep the ones that make sense.

    python tools/fit_ranking.py ../shared/eval [more folders...] [--only de-]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import math
import re
import sys
import unicodedata
from pathlib import Path

from bot.analysis import prepare_article
from bot.checklist.ranking import claim_features, wording
from bot.extraction.heuristic import HeuristicExtractor
from bot.extraction.lexicon import get_lexicon


def _tokens(text: str) -> set[str]:
    text = unicodedata.normalize("NFKD", text.lower())
    text = "".join(c for c in text if not unicodedata.combining(c))
    return set(re.findall(r"\w+", text))


def _overlaps(a: set[str], b: set[str]) -> bool:
    inter = len(a & b)
    return inter >= 0.5 * max(len(a), 1) and inter >= 0.5 * max(len(b), 1)


def in_fold(name: str, fold: str) -> bool:
    """Whether the article `name` is in fold "K/N", as the scorer's `--split` assigns it."""
    k, n = (int(x) for x in fold.split("/"))
    return int(hashlib.sha1(Path(name).stem.encode("utf-8")).hexdigest(), 16) % n == k - 1


def samples(
    folder: Path, only: str = "", leave_out: str = ""
) -> list[tuple[dict[str, float], int]]:
    rows = []
    for gold_path in sorted((folder / "gold").glob(f"{only}*.json")):
        if leave_out and in_fold(gold_path.name, leave_out):
            continue
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        text = (folder / "articles" / gold["article"]).read_text(encoding="utf-8")
        keys = [
            _tokens(text[c["span"][0] : c["span"][1]]) for c in gold["claims"] if c.get("key", True)
        ]
        article = prepare_article(text)
        lexicon = get_lexicon(article.language)
        claims = HeuristicExtractor().extract_sync(article).claims
        count = max(len(claims) - 1, 1)
        for index, claim in enumerate(claims):
            features = claim_features(claim, index / count, wording(claim, lexicon))
            label = int(any(_overlaps(k, _tokens(claim.quote)) for k in keys))
            rows.append((features, label))
    return rows


def fit(
    rows: list[tuple[dict[str, float], int]], steps: int = 3000, rate: float = 0.1
) -> dict[str, float]:
    names = sorted(rows[0][0])
    weights = dict.fromkeys(names, 0.0)
    bias = 0.0
    l2 = 0.01
    for _ in range(steps):
        grad = dict.fromkeys(names, 0.0)
        grad_bias = 0.0
        for features, label in rows:
            z = bias + sum(weights[n] * features[n] for n in names)
            p = 1 / (1 + math.exp(-max(min(z, 30), -30)))
            for n in names:
                grad[n] += (p - label) * features[n]
            grad_bias += p - label
        for n in names:
            weights[n] -= rate * (grad[n] / len(rows) + l2 * weights[n])
        bias -= rate * grad_bias / len(rows)
    return weights


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python tools/fit_ranking.py",
        description="Fit the ranking weights on annotated articles and print them.",
    )
    parser.add_argument(
        "folders",
        nargs="+",
        type=Path,
        metavar="FOLDER",
        help="an evaluation folder holding articles/*.txt and gold/*.json",
    )
    parser.add_argument(
        "--only", default="", metavar="PREFIX", help="only gold files whose name starts so"
    )
    parser.add_argument(
        "--leave-out",
        default="",
        metavar="K/N",
        help="leave out fold K of N (the scorer's --split), to score the weights on it",
    )
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    for folder in args.folders:
        if not (folder / "gold").is_dir() or not (folder / "articles").is_dir():
            parser.error(f"{folder} has no gold/ and articles/ folders")
    rows = [row for folder in args.folders for row in samples(folder, args.only, args.leave_out)]
    if not rows:
        parser.error("no annotated article matched")
    print(f"{len(rows)} claims, {sum(label for _, label in rows)} key")
    for name, weight in sorted(fit(rows).items(), key=lambda kv: -abs(kv[1])):
        print(f"{name:14} {weight:+.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
