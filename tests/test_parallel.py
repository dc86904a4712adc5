"""A very long text is checked on two cores, into the checklist one process would build."""

from __future__ import annotations

import subprocess
import sys

import pytest

from bot.analysis import prepare_article
from bot.checklist.ranking import build_checklist
from bot.checklist.render import render_json
from bot.extraction.heuristic import HeuristicExtractor
from bot.extraction.segmentation import split_paragraphs
from bot.models import Article
from bot.parallel import MIN_PARALLEL_CHARS, check_in_parallel, middle_paragraph, usable_cores
from tests.support import FIXTURES, ROOT

pytestmark = pytest.mark.skipif(usable_cores() < 2, reason="one core: nothing to split")

# One sitting of a long inquiry report; the report has one for each sitting, numbered.
SITTING = [
    "At its sitting number {n}, the committee heard the port authority's director, Maria "
    "Lopes, on the closure of terminal {n}.",
    "Ms Lopes said terminal {n} had handled 12,400 containers in March, down 18% on the "
    "year before.",
    '"We warned the ministry about terminal {n} twice," she told the committee. "Nobody '
    "answered our letters.",
    '"We were left to find the money for terminal {n} ourselves."',
    "According to a senior official at the ministry, the letters about terminal {n} were "
    "never received.",
    "Terminal {n} would reportedly need €45 million of repairs before it can reopen.",
    "Transport Minister Carlos Mendes said on Tuesday that an audit of terminal {n} would "
    "be published in June.",
    "He added that no jobs at terminal {n} would be lost in the meantime.",
]


def inquiry_report(sittings: int) -> str:
    return "\n\n".join(line.format(n=n) for n in range(1, sittings + 1) for line in SITTING)


def one_process(article: Article) -> str:
    return render_json(build_checklist(article, HeuristicExtractor().extract_sync(article)))


def test_two_processes_build_the_checklist_one_process_builds():
    article = prepare_article(inquiry_report(40))
    checklist = check_in_parallel(article, min_chars=10_000)

    assert checklist is not None
    assert len(checklist.items) > 200
    assert render_json(checklist) == one_process(article)


def test_a_quotation_running_over_the_cut_keeps_its_speaker():
    # Lengthen the opening until the second half starts with the second paragraph of Ms
    # Lopes's quotation: it reads the paragraphs before it, and knows who is speaking.
    for extra in range(0, 400, 10):
        opening = "The committee's inquiry into the ports " + "and their finances " * extra
        article = prepare_article(opening + "opened in May.\n\n" + inquiry_report(40))
        paragraphs = split_paragraphs(article.text)
        cut = middle_paragraph(paragraphs, len(article.text))
        if paragraphs[cut].text.startswith('"We were left'):
            break
    else:
        pytest.fail("no opening puts the quotation's second paragraph first in the second half")

    checklist = check_in_parallel(article, min_chars=10_000)

    assert checklist is not None
    first_of_half = next(i for i in checklist.items if i.claim.start == paragraphs[cut].start)
    assert [s.name for s in first_of_half.claim.sources] == ["Ms Lopes"]


def test_a_news_article_is_left_to_one_process():
    article = prepare_article((FIXTURES / "en-article.txt").read_text(encoding="utf-8"))

    assert len(article.text) < MIN_PARALLEL_CHARS
    assert check_in_parallel(article) is None


def test_the_cli_checks_a_book_length_text_as_one_process_would(tmp_path):
    text = inquiry_report(MIN_PARALLEL_CHARS // 700 + 1)
    path = tmp_path / "report.txt"
    path.write_text(text, encoding="utf-8")
    article = prepare_article(text, origin=str(path))
    assert len(article.text) > MIN_PARALLEL_CHARS

    result = subprocess.run(
        [sys.executable, "-m", "bot", "check", "--format", "json", str(path)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )

    assert result.stdout.strip() == one_process(article)
