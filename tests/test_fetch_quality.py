"""A page read by URL scores like its clean text (needs the evaluation set beside the repo).

The evaluation set (`../shared/eval`: real articles, their saved web pages and hand
annotations) is a measuring instrument that a clone of the project does not have, so this
test is skipped without it. With it, a few saved pages are served from a local HTTP
server and scored through `python -m bot check URL`, and their figures must stay within
0.05 of the figures for the same articles given as text.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import textwrap
import threading
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
EVAL = ROOT.parent / "shared" / "eval"
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


def score(gold: Path, command: str, env: dict[str, str]) -> dict[str, float]:
    """The scorer's overall figures for the articles in `gold`, checked with `command`."""
    result = subprocess.run(
        [sys.executable, str(EVAL / "score.py"), "--gold", str(gold), "--cmd", command, "--json"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_url_input_scores_like_text_input(tmp_path: Path) -> None:
    gold = tmp_path / "gold"
    gold.mkdir()
    for name in ARTICLES:
        shutil.copy(EVAL / "gold" / f"{name}.json", gold)
    via_url = tmp_path / "via_url.py"
    via_url.write_text(textwrap.dedent(VIA_URL))

    handler = partial(QuietHandler, directory=str(EVAL / "html"))
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        env = dict(os.environ, EVAL_BASE=f"http://127.0.0.1:{server.server_address[1]}")
        env.pop("SIFT_EXTRACTOR", None)
        as_text = score(gold, "python -m bot check --format json {file}", env)
        as_url = score(gold, f"{sys.executable} {via_url} {{file}}", env)
    finally:
        server.shutdown()
        server.server_close()

    assert as_url["failed"] == 0
    for metric in METRICS:
        assert abs(as_url[metric] - as_text[metric]) <= TOLERANCE, (metric, as_text, as_url)
