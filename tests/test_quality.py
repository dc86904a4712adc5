"""Quality guard: the annotated evaluation set, when it sits beside the checkout.

The set is a measuring instrument kept outside the project (a user's clone has none), so
these tests skip without it. The floors are the figures main reaches on the set as it now
stands (95 articles, eight languages): no change may go below them. Raise them as quality
improves; never lower them.
"""

from __future__ import annotations

import re
import subprocess
import sys

import pytest

from tests.support import CHECK_COMMAND, EVAL, ROOT

# What every checklist must keep whatever the language: quotes verbatim, no furniture.
MAX_NOISE = 0.01
MIN_GROUNDED = 1.0

# Floors by language, then the whole set ("all"), at what main reaches.
FLOORS: dict[str, dict[str, float]] = {
    "all": {
        "claims_f1": 0.987,
        "top_p": 0.824,
        "sources_f1": 0.871,
        "sources_p": 0.943,
        "unsourced_acc": 0.987,
        "hedge_f1": 0.786,
    },
    "fr": {
        "claims_f1": 0.968,
        "top_p": 0.813,
        "sources_f1": 0.845,
        "sources_p": 0.917,
        "unsourced_acc": 0.987,
        "hedge_f1": 0.812,
    },
    "en": {
        "claims_f1": 0.995,
        "top_p": 0.823,
        "sources_f1": 0.897,
        "sources_p": 0.949,
        "unsourced_acc": 0.991,
        "hedge_f1": 0.816,
    },
    "de": {
        "claims_f1": 0.995,
        "top_p": 0.794,
        "sources_f1": 0.834,
        "sources_p": 0.911,
        "unsourced_acc": 0.981,
        "hedge_f1": 0.687,
    },
    "es": {
        "claims_f1": 0.998,
        "top_p": 0.878,
        "sources_f1": 0.866,
        "sources_p": 0.950,
        "unsourced_acc": 0.971,
        "hedge_f1": 0.875,
    },
    "it": {
        "claims_f1": 1.000,
        "top_p": 0.812,
        "sources_f1": 0.831,
        "sources_p": 0.900,
        "unsourced_acc": 1.000,
        "hedge_f1": 1.000,
    },
    "pt": {
        "claims_f1": 0.997,
        "top_p": 0.896,
        "sources_f1": 0.899,
        "sources_p": 0.959,
        "unsourced_acc": 0.976,
        "hedge_f1": 0.500,
    },
    "ru": {
        "claims_f1": 0.987,
        "top_p": 0.814,
        "sources_f1": 0.923,
        "sources_p": 0.963,
        "unsourced_acc": 0.984,
        "hedge_f1": 0.895,
    },
    "uk": {
        "claims_f1": 0.972,
        "top_p": 0.789,
        "sources_f1": 0.824,
        "sources_p": 0.970,
        "unsourced_acc": 1.000,
        "hedge_f1": 0.800,
    },
}

LINE = re.compile(r"^\[(\w+)\] (.*)$|^SCORE (.*)$")
FIGURE = re.compile(r"(\w+)=([\d.]+)")


def parse_figures(output: str) -> dict[str, dict[str, float]]:
    """The scorer's per-language lines and its SCORE line, as {language or "all": figures}.

    "sources_f1=0.7 (p=0.8 r=0.6)" gives sources_f1, sources_p and sources_r."""
    figures: dict[str, dict[str, float]] = {}
    for line in output.splitlines():
        match = LINE.match(line)
        if not match:
            continue
        language = match.group(1) or "all"
        values: dict[str, float] = {}
        last = ""
        for name, value in FIGURE.findall(match.group(2) or match.group(3)):
            if name in ("p", "r") and last:
                name = f"{last}_{name}"
            else:
                last = name.removesuffix("_f1")
            values[name] = float(value)
        figures[language] = values
    return figures


@pytest.fixture(scope="module")
def figures() -> dict[str, dict[str, float]]:
    if not (EVAL / "score.py").exists() or not (EVAL / "i18n" / "gold").exists():
        pytest.skip("no evaluation set beside the checkout")
    result = subprocess.run(
        [sys.executable, str(EVAL / "score.py"), "--set", "all", "--cmd", CHECK_COMMAND],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=900,
    )
    assert result.returncode == 0, result.stderr
    return parse_figures(result.stdout)


def test_the_figures_line_is_read_whole():
    line = "[fr] claims_f1=0.967 (p=0.938 r=0.998) sources_f1=0.602 (p=0.746 r=0.505) failed=0"
    assert parse_figures(line)["fr"] == {
        "claims_f1": 0.967,
        "claims_p": 0.938,
        "claims_r": 0.998,
        "sources_f1": 0.602,
        "sources_p": 0.746,
        "sources_r": 0.505,
        "failed": 0.0,
    }


@pytest.mark.parametrize("language", list(FLOORS))
def test_quality_stays_at_or_above_what_main_reaches(figures, language: str):
    measured = figures[language]
    for name, floor in FLOORS[language].items():
        assert measured[name] >= floor, f"{language} {name}={measured[name]:.3f} < {floor}"
    assert measured["noise"] <= MAX_NOISE
    assert measured["grounded"] >= MIN_GROUNDED
    assert measured["failed"] == 0
