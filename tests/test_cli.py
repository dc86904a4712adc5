"""The command line, through its real entry point: `python -m bot check`."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.support import FIXTURES

ROOT = Path(__file__).resolve().parent.parent


def run_cli(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("SIFT_", "TELEGRAM_"))}
    return subprocess.run(
        [sys.executable, "-m", "bot", *args],
        input=stdin,
        capture_output=True,
        cwd=ROOT,
        env=env,
        timeout=60,
    )


def test_check_prints_a_readable_checklist():
    result = run_cli("check", str(FIXTURES / "en-article.txt"))
    assert result.returncode == 0, result.stderr
    out = result.stdout.decode()
    assert out.startswith("Verification checklist: Port strike halts exports")
    assert "1. " in out and "Check first:" in out
    assert "union leader Ana Ribeiro" in out


def test_check_json_follows_the_contract():
    result = run_cli("check", "--format", "json", str(FIXTURES / "fr-article.txt"))
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["language"] == "fr"
    assert data["claims"] and all({"quote", "sources", "hedged"} <= set(c) for c in data["claims"])


def test_check_markdown():
    result = run_cli("check", "--format", "markdown", str(FIXTURES / "fr-article.txt"))
    assert result.returncode == 0
    assert result.stdout.decode().startswith("# Liste de vérification")


def test_check_reads_standard_input():
    text = (FIXTURES / "en-article.txt").read_bytes()
    result = run_cli("check", "--format", "json", "-", stdin=text)
    assert result.returncode == 0
    assert json.loads(result.stdout)["language"] == "en"


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "empty"),
        (b"   \n\t  \n", "empty"),
        (b"Breaking", "too short"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4, "binary"),
        (
            "Hallitus ilmoitti tiistaina, että palkat nousevat kolme prosenttia ensi vuonna "
            "koko maassa ja että neuvottelut jatkuvat.".encode(),
            "not supported",
        ),
        (
            ("Le port a rouvert mardi après trois semaines de grève. " * 40_000).encode(),
            "too large",
        ),
        (
            ((FIXTURES / "other_languages" / "zh.txt").read_text(encoding="utf-8") * 64).encode(),
            "not supported",
        ),
        ((FIXTURES / "other_languages" / "nl.txt").read_bytes(), "not supported"),
    ],
    ids=["empty", "whitespace", "one-word", "binary", "unsupported-language", "5MB", "zh", "nl"],
)
def test_unusable_input_gets_one_line_and_exit_code_2(tmp_path: Path, content: bytes, message: str):
    path = tmp_path / "input.txt"
    path.write_bytes(content)
    result = run_cli("check", str(path))
    assert result.returncode == 2
    err = result.stderr.decode()
    assert message in err
    assert err.count("\n") == 1, err
    assert "Traceback" not in err
    assert result.stdout == b""


def test_missing_file(tmp_path: Path):
    result = run_cli("check", str(tmp_path / "nowhere.txt"))
    assert result.returncode == 2
    assert "not found" in result.stderr.decode()


def test_text_with_no_claims():
    lines = "\n\n".join(["Météo", "Sport", "Culture", "Économie", "Politique", "Société"] * 3)
    result = run_cli("check", "-", stdin=f"Le journal du jour\n\n{lines}".encode())
    assert result.returncode == 2
    assert "sift:" in result.stderr.decode()


def test_a_saved_web_page_is_read_as_its_article():
    page = ROOT / "tests" / "fakes" / "news_pages" / "article-en.html"
    result = run_cli("check", "--format", "json", str(page))
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["title"].startswith("Harbour council admits ferry contract overran")
    assert all("<" not in c["quote"] for c in data["claims"])


def test_version():
    result = run_cli("--version")
    assert result.returncode == 0
    from bot import __version__

    assert result.stdout.decode().strip() == f"python -m bot {__version__}"


def test_run_help_describes_the_token_webhook_and_database_settings():
    result = run_cli("run", "--help")
    assert result.returncode == 0
    out = result.stdout.decode()
    for setting in ("TELEGRAM_BOT_TOKEN", "SIFT_WEBHOOK_URL", "SIFT_WEBHOOK_PORT", "SIFT_DB"):
        assert setting in out
    assert ".env" in out


def test_check_help_shows_the_default_format():
    out = run_cli("check", "--help").stdout.decode()
    assert "(default: text)" in " ".join(out.split())


@pytest.mark.parametrize(
    ("source", "message"),
    [("tests", "is a folder, not a file (tests)"), ("/dev/null", "not a regular file")],
    ids=["directory", "device"],
)
def test_a_directory_or_a_device_gets_its_own_message(source: str, message: str):
    result = run_cli("check", source)
    assert result.returncode == 2
    err = result.stderr.decode()
    assert message in err and "not found" not in err
    assert err.count("\n") == 1


@pytest.mark.parametrize("args", [[], ["--help"]], ids=["no-argument", "help"])
def test_the_ranking_fitter_prints_its_usage(args: list[str]):
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    result = subprocess.run(
        [sys.executable, str(ROOT / "tools" / "fit_ranking.py"), *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )
    assert result.returncode == (0 if args else 2)
    assert "usage: python tools/fit_ranking.py" in result.stdout + result.stderr
    assert "Traceback" not in result.stderr
