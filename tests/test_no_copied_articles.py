"""No article text is copied into the project.

The evaluation articles beside the checkout belong to their publishers and are for
measuring only: tests and comments use sentences written for the project. Any run of
eight consecutive words of an evaluation article found in `bot/` or `tests/` fails this
test, which is skipped where the evaluation folder is absent (a user's clone).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.support import EVAL, ROOT

RUN = 8
ARTICLE_FOLDERS = ["articles", "i18n/articles", "more", "i18n/more"]
SCANNED = ["bot", "tests"]
TEXT_SUFFIXES = {".py", ".toml", ".txt", ".md", ".html", ".json"}
# Words in any script, apostrophes and hyphens splitting them, case and the
# typographic variants of the apostrophe aside.
_WORD = re.compile(r"[^\W_]+")


def words(text: str) -> list[str]:
    return _WORD.findall(text.casefold())


def runs(tokens: list[str]) -> Iterator[tuple[str, ...]]:
    for start in range(len(tokens) - RUN + 1):
        yield tuple(tokens[start : start + RUN])


def article_files() -> list[Path]:
    return [
        path
        for folder in ARTICLE_FOLDERS
        if (EVAL / folder).is_dir()
        for path in sorted((EVAL / folder).glob("*.txt"))
    ]


def project_files() -> list[Path]:
    return [
        path
        for folder in SCANNED
        for path in sorted((ROOT / folder).rglob("*"))
        if path.suffix in TEXT_SUFFIXES and path.is_file() and "__pycache__" not in path.parts
    ]


def copied_passages() -> dict[str, list[str]]:
    """For each project file holding article text, the copied runs (merged, as text)."""
    article_runs: set[tuple[str, ...]] = set()
    for path in article_files():
        article_runs.update(runs(words(path.read_text(encoding="utf-8", errors="replace"))))
    found: dict[str, list[str]] = {}
    for path in project_files():
        tokens = words(path.read_text(encoding="utf-8", errors="replace"))
        spans: list[list[int]] = []  # [first, last] word of each copied passage
        for start, run in enumerate(runs(tokens)):
            if run not in article_runs:
                continue
            if spans and start <= spans[-1][1]:  # overlapping runs: one longer passage
                spans[-1][1] = start + RUN - 1
            else:
                spans.append([start, start + RUN - 1])
        passages = [" ".join(tokens[first : last + 1]) for first, last in spans]
        if passages:
            found[str(path.relative_to(ROOT))] = passages
    return found


@pytest.mark.skipif(not article_files(), reason="no evaluation articles beside the checkout")
def test_no_run_of_eight_words_from_an_evaluation_article():
    copied = copied_passages()
    assert not copied, "article text copied into the project:\n" + "\n".join(
        f"{path}: {passage}" for path, passages in copied.items() for passage in passages
    )


def test_the_detector_finds_a_copied_run_and_ignores_shorter_ones():
    article = "The port authority said on Monday that exports fell by a third in May."
    article_runs = set(runs(words(article)))
    copied = "As reported: 'the port authority said on Monday that exports fell' — it did."
    seven = "the port authority said on Monday that"
    assert any(run in article_runs for run in runs(words(copied)))
    assert not any(run in article_runs for run in runs(words(seven)))
