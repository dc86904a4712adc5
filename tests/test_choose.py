"""Choosing the extractor, the heuristic fallback, the cache, and the CLI end to end."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from bot.config import Settings
from bot.extraction.choose import (
    NOTE_LLM_UNAVAILABLE,
    FallbackExtractor,
    ResultCache,
    make_extractor,
)
from bot.extraction.heuristic import HeuristicExtractor
from bot.extraction.llm import LLMExtractor, load_prompts
from tests.fakes.llm_articles import (
    FERRY_TEXT,
    FERRY_TITLE,
    INVENTED_QUOTE,
    ferry_answer,
    ferry_article,
)
from tests.fakes.openai_server import (
    FakeOpenAI,
    Reply,
    always,
    claim,
    fake_openai_fixture,
)

API_KEY = "sk-test-51c0ffee-NEVER-PRINT"
REPO = Path(__file__).resolve().parents[1]

fake = pytest.fixture(fake_openai_fixture)


def llm_settings(fake: FakeOpenAI, **overrides: object) -> Settings:
    values: dict[str, object] = {
        "sift_llm_base_url": fake.url,
        "sift_llm_api_key": API_KEY,
        "sift_llm_timeout": 2.0,
    }
    values.update(overrides)
    return Settings(_env_file=None, **values)


def test_heuristic_by_name() -> None:
    assert isinstance(make_extractor("heuristic", Settings(_env_file=None)), HeuristicExtractor)


def test_auto_is_heuristic_without_an_endpoint_and_llm_with_one(fake: FakeOpenAI) -> None:
    assert isinstance(make_extractor("auto", Settings(_env_file=None)), HeuristicExtractor)
    chosen = make_extractor("auto", llm_settings(fake))
    assert isinstance(chosen, FallbackExtractor)
    assert isinstance(chosen.primary, LLMExtractor)


def test_unknown_name_is_refused() -> None:
    with pytest.raises(ValueError):
        make_extractor("oracle", Settings(_env_file=None))


async def test_llm_without_an_endpoint_answers_heuristically_with_a_note() -> None:
    extractor = make_extractor("llm", Settings(_env_file=None))
    extraction = await extractor.extract(ferry_article())
    assert extraction.claims
    assert extraction.extractor == "heuristic"
    assert [n.code for n in extraction.notes] == [NOTE_LLM_UNAVAILABLE]
    assert extraction.notes[0].params["reason"] == "not_configured"


async def test_llm_failure_answers_heuristically_with_a_note(fake: FakeOpenAI) -> None:
    fake.responder = always(Reply(status=500, body={"error": {"message": "down"}}))
    extractor = make_extractor("llm", llm_settings(fake, sift_llm_max_retries=1))
    try:
        extraction = await extractor.extract(ferry_article())
    finally:
        await extractor.aclose()
    heuristic = await HeuristicExtractor().extract(ferry_article())
    assert [c.quote for c in extraction.claims] == [c.quote for c in heuristic.claims]
    assert [n.code for n in extraction.notes] == [NOTE_LLM_UNAVAILABLE]
    assert extraction.notes[0].params["reason"] == "server_error"


async def test_successful_results_are_cached_failures_are_not(fake: FakeOpenAI) -> None:
    settings = llm_settings(fake)
    cache = ResultCache()
    heuristic = HeuristicExtractor()
    extractor = FallbackExtractor(
        LLMExtractor(settings, heuristic=heuristic), heuristic, cache=cache
    )
    try:
        fake.script(Reply(status=400, body="context too long"))  # rejected in every mode
        fake.script(Reply(status=400, body="x"), Reply(status=400, body="x"))
        failed = await extractor.extract(ferry_article())
        assert failed.notes and len(cache) == 0
        fake.responder = always(ferry_answer())
        first = await extractor.extract(ferry_article())
        asked = len(fake.requests)
        second = await extractor.extract(ferry_article())
    finally:
        await extractor.aclose()
    assert len(fake.requests) == asked  # the second one came from the cache
    assert first == second and first.extractor == "llm" and not first.notes


def test_cache_key_has_article_extractor_and_prompt_version() -> None:
    article = ferry_article()
    key = ResultCache.key(article, "llm", "1", "m")
    assert key == ResultCache.key(ferry_article(), "llm", "1", "m")
    assert key != ResultCache.key(article, "llm", "2", "m")
    assert key != ResultCache.key(article, "heuristic", "1", "m")
    assert key != ResultCache.key(ferry_article(" Updated."), "llm", "1", "m")


async def test_cache_evicts_the_least_recently_used() -> None:
    cache = ResultCache(max_items=2)
    extraction = await HeuristicExtractor().extract(ferry_article())
    keys = [ResultCache.key(ferry_article(str(i)), "llm", "1") for i in range(3)]
    for key in keys:
        cache.put(key, extraction)
    assert len(cache) == 2 and cache.get(keys[0]) is None and cache.get(keys[2]) == extraction


# --- The command line, end to end ------------------------------------------------------


def run_cli(
    fake: FakeOpenAI, tmp_path: Path, timeout: float = 2.0
) -> tuple[subprocess.CompletedProcess, float]:
    article = tmp_path / "ferry.txt"
    article.write_text(f"{FERRY_TITLE}\n\n{FERRY_TEXT}", encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if not k.startswith(("SIFT_", "TELEGRAM_"))}
    env.update(
        SIFT_LLM_BASE_URL=fake.url,
        SIFT_LLM_API_KEY=API_KEY,
        SIFT_LLM_TIMEOUT=str(timeout),
        SIFT_LLM_MAX_RETRIES="2",
        PYTHONPATH=str(REPO),
    )
    started = time.monotonic()
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "bot",
            "check",
            str(article),
            "--extractor",
            "llm",
            "--format",
            "json",
        ],
        cwd=tmp_path,  # no .env from the developer's checkout
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    return proc, time.monotonic() - started


def test_cli_prints_the_real_quotes_and_not_the_invented_one(
    fake: FakeOpenAI, tmp_path: Path
) -> None:
    fake.responder = always(ferry_answer(claim(INVENTED_QUOTE, "the coastguard")))
    proc, _ = run_cli(fake, tmp_path)
    assert proc.returncode == 0, proc.stderr
    checklist = json.loads(proc.stdout)
    quotes = [item["quote"] for item in checklist["claims"]]
    assert "The company carried 1.2 million passengers last year" in quotes
    assert any(q.startswith("the ship had been sailing at almost twice") for q in quotes)
    assert INVENTED_QUOTE not in proc.stdout
    assert checklist["extractor"] == "llm"
    assert checklist["prompt_version"] == load_prompts().version
    assert API_KEY not in proc.stdout + proc.stderr


@pytest.mark.parametrize("failure", [Reply(status=500, body={"error": {}}), Reply(hang=True)])
def test_cli_falls_back_with_a_note_in_time(
    fake: FakeOpenAI, tmp_path: Path, failure: Reply
) -> None:
    fake.responder = always(failure)
    proc, seconds = run_cli(fake, tmp_path, timeout=2.0)
    assert proc.returncode == 0, proc.stderr
    checklist = json.loads(proc.stdout)
    assert checklist["claims"]
    assert checklist["extractor"] == "heuristic"
    (note,) = checklist["notes"]
    assert "unavailable" in note
    assert proc.stderr.splitlines() == [note]  # one line, nothing else
    assert seconds < 2.0 + 5
    assert API_KEY not in proc.stdout + proc.stderr
