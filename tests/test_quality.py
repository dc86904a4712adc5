"""Quality guard: the annotated evaluation set, when it sits beside the checkout.

The set is a measuring instrument kept outside the project (a user's clone has none), so
these tests skip without it. They hold the bars the product promises.
"""

from __future__ import annotations

import pytest

from tests.support import EVAL, run_scorer

BARS = {
    "claims_f1": 0.92,
    "top_p": 0.85,
    "sources_f1": 0.85,
    "unsourced_acc": 0.90,
    "hedge_f1": 0.80,
    "grounded": 1.0,
}
MAX_NOISE = 0.01


def assert_bars(metrics: dict[str, float]) -> None:
    for name, bar in BARS.items():
        assert metrics[name] >= bar, f"{name}={metrics[name]:.3f} < {bar}"
    assert metrics["noise"] <= MAX_NOISE
    assert metrics["failed"] == 0


@pytest.mark.skipif(
    not (EVAL / "score.py").exists(), reason="no evaluation set beside the checkout"
)
def test_french_and_english_reach_the_bars():
    assert_bars(run_scorer())


I18N = EVAL / "i18n"
# Where a language is not yet at the bar, the figure it has reached, as a floor that no
# change may break. Raise these as the cue data improves; drop them once at the bar.
FLOORS: dict[str, dict[str, float]] = {}


@pytest.mark.skipif(not (I18N / "gold").exists(), reason="no evaluation set beside the checkout")
@pytest.mark.parametrize("language", ["de", "es", "it", "pt", "ru", "uk"])
def test_other_languages_reach_the_bars(language: str):
    metrics = run_scorer(
        "--gold",
        str(I18N / "gold"),
        "--articles",
        str(I18N / "articles"),
        "--only",
        f"{language}-",
    )
    floors = FLOORS.get(language, {})
    for name, bar in BARS.items():
        floor = floors.get(name, bar)
        assert metrics[name] >= floor, f"{language} {name}={metrics[name]:.3f} < {floor}"
    assert metrics["noise"] <= MAX_NOISE
    assert metrics["failed"] == 0
