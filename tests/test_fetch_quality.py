"""A page read by URL scores like its clean text (needs the evaluation set beside the repo).

The evaluation set (`../shared/eval`: real articles, their saved web pages and hand
annotations) is a measuring instrument that a clone of the project does not have, so this
test is skipped without it. With it, a few saved pages are served from a local HTTP
server and scored through `python -m bot check URL`, and their figures must stay within
0.05 of the figures for the same articles given as text.
"""

from __future__ import annotations

import os
import shutil
import sys
import textwrap
from functools import partial
from http.server import SimpleHTTPRequestHandler
from pathlib import Path

import pytest

from tests.fakes.loopback import LoopbackServer
from tests.support import EVAL, run_scorer

ARTICLES = ["en-bbc-obama-gun-laws", "fr-ledevoir-trottinettes", "fr-liberation-seisme-nepal"]
METRICS = ["claims_f1", "top_p", "sources_f1", "hedge_f1", "noise", "grounded"]
TOLERANCE = 0.05

pytestmark = pytest.mark.skipif(
    not all((EVAL / "html" / f"{name}.html").is_file() for name in ARTICLES),
    reason="the evaluation set (../shared/eval) is not beside this clone",
)

# Run by the scorer in place of the checker: maps an article file to its page's URL.
VIA_URL = """
    import os, subprocess, sys
    from pathlib import Path
    url = os.environ["EVAL_BASE"] + "/" + Path(sys.argv[1]).stem + ".html"
    env = dict(os.environ, SIFT_ALLOW_PRIVATE_URLS="1")
    command = [sys.executable, "-m", "bot", "check", "--format", "json", url]
    sys.exit(subprocess.run(command, env=env).returncode)
"""


class QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass


def test_url_input_scores_like_text_input(tmp_path: Path) -> None:
    gold = tmp_path / "gold"
    gold.mkdir()
    for name in ARTICLES:
        shutil.copy(EVAL / "gold" / f"{name}.json", gold)
    via_url = tmp_path / "via_url.py"
    via_url.write_text(textwrap.dedent(VIA_URL))

    handler = partial(QuietHandler, directory=str(EVAL / "html"))
    with LoopbackServer(handler) as server:
        env = dict(os.environ, EVAL_BASE=server.base)
        env.pop("SIFT_EXTRACTOR", None)
        as_text = run_scorer("--gold", str(gold), env=env)
        as_url = run_scorer(
            "--gold", str(gold), command=f"{sys.executable} {via_url} {{file}}", env=env
        )

    assert as_url["failed"] == 0
    for metric in METRICS:
        assert abs(as_url[metric] - as_text[metric]) <= TOLERANCE, (metric, as_text, as_url)
