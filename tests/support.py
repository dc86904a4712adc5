"""Small helpers shared by the core tests: run the real extractor on a few sentences."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from bot.extraction.heuristic import HeuristicExtractor
from bot.models import Article, Claim

FIXTURES = Path(__file__).parent / "fixtures"


def claims_of(text: str, language: str) -> list[Claim]:
    """The claims the heuristic extractor finds in `text`, in article order."""
    article = Article(text=text, language=language)
    return HeuristicExtractor().extract_sync(article).claims


def claim_containing(claims: list[Claim], words: str) -> Claim:
    """The one claim whose quote contains `words`."""
    found = [c for c in claims if words in c.quote]
    assert len(found) == 1, f"{words!r} in {[c.quote for c in claims]}"
    return found[0]


def source_names(claim: Claim) -> list[str]:
    return [s.name for s in claim.sources]


ROOT = Path(__file__).resolve().parent.parent
EVAL = ROOT.parent / "shared" / "eval"
CHECK_COMMAND = f"{sys.executable} -m bot check --format json {{file}}"


def run_scorer(
    *args: str, command: str = CHECK_COMMAND, env: dict[str, str] | None = None
) -> dict[str, float]:
    """The evaluation scorer's overall figures (it sits beside the checkout, when it does)."""
    result = subprocess.run(
        [sys.executable, str(EVAL / "score.py"), "--json", "--cmd", command, *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
        timeout=900,
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


def article_claims(lead: str, body: str, language: str) -> list[Claim]:
    """The claims of `lead` + `body` checked as one article (headline aside), which must
    be detected as written in `language`."""
    from bot.analysis import check_text

    checklist = check_text(lead + body)
    assert checklist.article.language == language
    return [item.claim for item in checklist.items if not item.claim.headline]


def claim_starting(claims: list[Claim], start: str) -> Claim:
    """The first claim whose quote starts with `start`."""
    found = [c for c in claims if c.quote.startswith(start)]
    assert found, f"no claim starts with {start!r}"
    return found[0]
