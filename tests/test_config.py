"""Settings: the environment first, then `.env`, read the same way by every command, and
an invalid value answered with one line that names the setting."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from bot.config import InvalidSetting, load_settings
from tests.support import FIXTURES, ROOT


@pytest.fixture
def clean_env(monkeypatch, tmp_path):
    """No SIFT_/TELEGRAM_ variable set, and a working directory without .env."""
    for name in list(os.environ):
        if name.startswith(("SIFT_", "TELEGRAM_")):
            monkeypatch.delenv(name)
    monkeypatch.chdir(tmp_path)
    return tmp_path


def sift(
    *args: str, cwd: Path, env: dict[str, str] | None = None, stdin: bytes | None = None
) -> subprocess.CompletedProcess[str]:
    """`python -m bot ARGS` run from `cwd` (where a .env may be), with only `env` set."""
    base = {k: v for k, v in os.environ.items() if not k.startswith(("SIFT_", "TELEGRAM_"))}
    base["PYTHONPATH"] = str(ROOT)
    return subprocess.run(
        [sys.executable, "-m", "bot", *args],
        input=stdin,
        capture_output=True,
        cwd=cwd,
        env={**base, **(env or {})},
        timeout=60,
    )


def one_line(result: subprocess.CompletedProcess) -> str:
    err = result.stderr.decode()
    assert result.returncode == 2, err
    assert err.startswith("sift: ") and err.count("\n") == 1, err
    assert "Traceback" not in err and "ValidationError" not in err
    return err


def test_the_environment_wins_over_dot_env(clean_env, monkeypatch):
    (clean_env / ".env").write_text("SIFT_EXTRACTOR=auto\nSIFT_MAX_CHARS=5000\n")
    assert load_settings().sift_extractor == "auto"
    monkeypatch.setenv("SIFT_EXTRACTOR", "heuristic")
    settings = load_settings()
    assert settings.sift_extractor == "heuristic" and settings.sift_max_chars == 5000


@pytest.mark.parametrize(
    ("variable", "value", "expected"),
    [
        ("SIFT_EXTRACTOR", "bogus", "SIFT_EXTRACTOR must be 'heuristic', 'llm' or 'auto'"),
        ("SIFT_MAX_CHARS", "lots", "SIFT_MAX_CHARS must be a valid integer"),
        ("SIFT_MAX_CHARS", "0", "SIFT_MAX_CHARS must be greater than or equal to 1"),
        ("SIFT_WEBHOOK_PORT", "70000", "SIFT_WEBHOOK_PORT must be less than or equal to 65535"),
        ("SIFT_ALLOW_PRIVATE_URLS", "perhaps", "SIFT_ALLOW_PRIVATE_URLS must be a valid boolean"),
        ("SIFT_LLM_TIMEOUT", "-3", "SIFT_LLM_TIMEOUT must be greater than 0"),
    ],
)
def test_an_invalid_value_names_its_setting(clean_env, monkeypatch, variable, value, expected):
    monkeypatch.setenv(variable, value)
    with pytest.raises(InvalidSetting) as invalid:
        load_settings()
    message = str(invalid.value)
    assert message.startswith(expected) and f"(got '{value}')" in message
    assert "\n" not in message


def test_check_refuses_an_invalid_extractor_in_one_line(tmp_path):
    result = sift(
        "check", str(FIXTURES / "en-article.txt"), cwd=tmp_path, env={"SIFT_EXTRACTOR": "bogus"}
    )
    err = one_line(result)
    assert "SIFT_EXTRACTOR must be 'heuristic', 'llm' or 'auto' (got 'bogus')" in err


def test_run_refuses_an_invalid_setting_before_starting(tmp_path):
    (tmp_path / ".env").write_text("TELEGRAM_BOT_TOKEN=123:abc\nSIFT_WEBHOOK_PORT=http\n")
    err = one_line(sift("run", cwd=tmp_path))
    assert "SIFT_WEBHOOK_PORT must be a valid integer" in err
    assert "123:abc" not in err


@pytest.mark.parametrize("where", ["environment", "dot_env"])
def test_check_obeys_the_largest_size_for_files_and_standard_input(tmp_path, where):
    env = {"SIFT_MAX_CHARS": "200"} if where == "environment" else {}
    if where == "dot_env":
        (tmp_path / ".env").write_text("SIFT_MAX_CHARS=200\n")
    article = FIXTURES / "en-article.txt"
    for result in (
        sift("check", str(article), cwd=tmp_path, env=env),
        sift("check", "-", cwd=tmp_path, env=env, stdin=article.read_bytes()),
    ):
        assert "at most 200 characters" in one_line(result)


def test_check_reads_the_extractor_from_dot_env(tmp_path):
    (tmp_path / ".env").write_text("SIFT_EXTRACTOR=llm\n")
    err = one_line(sift("check", str(FIXTURES / "en-article.txt"), cwd=tmp_path))
    assert "SIFT_EXTRACTOR=llm" in err and "SIFT_LLM_BASE_URL is not set" in err


def test_llm_extractor_without_an_endpoint_says_which_setting_is_missing(tmp_path):
    result = sift("check", "--extractor", "llm", str(FIXTURES / "en-article.txt"), cwd=tmp_path)
    err = one_line(result)
    assert "--extractor llm" in err and "SIFT_LLM_BASE_URL is not set" in err
    assert result.stdout == b""
