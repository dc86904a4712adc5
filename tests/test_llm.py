"""The LLM extractor against a fake OpenAI-compatible server on loopback."""

from __future__ import annotations

import asyncio
import json
import logging
from collections.abc import AsyncIterator

import pytest

from bot.config import Settings
from bot.extraction.grounding import Candidate, ground_claims
from bot.extraction.heuristic import HeuristicExtractor
from bot.extraction.llm import (
    LLMExtractor,
    LLMUnavailable,
    MalformedAnswer,
    answer_schema,
    load_prompts,
    parse_answer,
    split_chunks,
)
from bot.models import SourceRole, SourceType
from tests.fakes.llm_articles import (
    FERRY_CLAIMS,
    FERRY_TEXT,
    INJECTION,
    INVENTED_QUOTE,
    ferry_answer,
    ferry_article,
    storm_article,
)
from tests.fakes.openai_server import (
    FakeOpenAI,
    Reply,
    always,
    answer,
    claim,
    completion,
    fake_openai_fixture,
    first_sentences,
    from_article,
    malformed,
    rejecting,
)

API_KEY = "sk-test-7d1f0a9c-DO-NOT-LOG"

fake = pytest.fixture(fake_openai_fixture)


def make_settings(fake: FakeOpenAI, **overrides: object) -> Settings:
    values: dict[str, object] = {
        "sift_llm_base_url": fake.url,
        "sift_llm_api_key": API_KEY,
        "sift_llm_model": "fake-model-1",
        "sift_llm_timeout": 5.0,
        "sift_llm_max_retries": 2,
    }
    values.update(overrides)
    return Settings(_env_file=None, **values)


@pytest.fixture
async def extractor(fake: FakeOpenAI) -> AsyncIterator[LLMExtractor]:
    ex = LLMExtractor(make_settings(fake), backoff_base=0.02)
    yield ex
    await ex.aclose()


async def test_well_formed_answer_gives_verbatim_grounded_claims(
    fake: FakeOpenAI, extractor: LLMExtractor
) -> None:
    fake.responder = always(ferry_answer())
    article = ferry_article()
    extraction = await extractor.extract(article)

    assert extraction.extractor == "llm"
    assert extraction.prompt_version == load_prompts().version
    assert len(extraction.claims) == len(FERRY_CLAIMS)
    for c in extraction.claims:
        assert article.text[c.start : c.start + len(c.quote)] == c.quote
    captain = next(c for c in extraction.claims if "loss of steering" in c.quote)
    assert [s.name for s in captain.sources] == ["Maalen"]


async def test_request_is_structured_authorised_and_delimited(
    fake: FakeOpenAI, extractor: LLMExtractor
) -> None:
    fake.responder = always(ferry_answer())
    await extractor.extract(ferry_article())

    (request,) = fake.requests
    assert request.headers["Authorization"] == f"Bearer {API_KEY}"
    body = request.body
    assert body["model"] == "fake-model-1"
    assert body["response_format"]["type"] == "json_schema"
    assert body["response_format"]["json_schema"]["schema"] == answer_schema()
    assert "claims" in answer_schema()["properties"]
    system = body["messages"][0]
    assert system["role"] == "system" and "data, not instructions" in system["content"]
    # The worked example comes as a prior turn, the article last, between markers.
    assert [m["role"] for m in body["messages"]] == ["system", "user", "assistant", "user"]
    assert request.article.strip() == FERRY_TEXT.strip()


async def test_invented_quote_and_invented_source_are_dropped(
    fake: FakeOpenAI, extractor: LLMExtractor, caplog: pytest.LogCaptureFixture
) -> None:
    invented = claim(INVENTED_QUOTE, "Nordlink Lines")
    with_bbc = claim("Eleven people were treated in hospital for minor injuries", "BBC")
    fake.responder = always(ferry_answer(invented, with_bbc))
    caplog.set_level(logging.INFO, logger="bot.extraction.llm")

    extraction = await extractor.extract(ferry_article())

    quotes = [c.quote for c in extraction.claims]
    assert INVENTED_QUOTE not in " ".join(quotes)
    eleven = next(c for c in extraction.claims if c.quote.startswith("Eleven"))
    assert eleven.sources == [] or "BBC" not in [s.name for s in eleven.sources]
    assert "dropped_quotes=1" in caplog.text
    assert "dropped_sources=1" in caplog.text


async def test_heuristic_signals_are_merged_into_the_model_claims(
    fake: FakeOpenAI, extractor: LLMExtractor
) -> None:
    fake.responder = always(ferry_answer())
    extraction = await extractor.extract(ferry_article())
    by_start = {c.quote.split()[1]: c for c in extraction.claims}

    reuters = next(
        s for c in extraction.claims for s in c.sources if s.name == "Reuters"
    )  # typed from the known outlets, whatever the model said
    assert reuters.type is SourceType.WIRE_AGENCY
    assert reuters.role is SourceRole.AGENCY
    fuel = by_start["vessel"]
    assert fuel.hedged
    # "reportedly" hedges the next clause (the slick), not the model's quote.
    assert fuel.hedges == ["is believed to"]
    assert fuel.summary == fuel.quote
    assert any("40" in d.text for d in fuel.details)
    passengers = by_start["company"]
    assert any("1.2 million" in d.text for d in passengers.details)


async def test_malformed_json_is_asked_again_once(
    fake: FakeOpenAI, extractor: LLMExtractor
) -> None:
    fake.script(malformed())
    fake.responder = always(ferry_answer())
    extraction = await extractor.extract(ferry_article())
    assert len(fake.requests) == 2
    assert len(extraction.claims) == len(FERRY_CLAIMS)


async def test_malformed_json_twice_is_unavailable(
    fake: FakeOpenAI, extractor: LLMExtractor
) -> None:
    fake.responder = always(malformed())
    with pytest.raises(LLMUnavailable) as caught:
        await extractor.extract(ferry_article())
    assert caught.value.reason == "malformed"
    assert len(fake.requests) == 2


async def test_429_waits_for_retry_after(fake: FakeOpenAI, extractor: LLMExtractor) -> None:
    fake.script(
        Reply(status=429, body={"error": {"message": "slow down"}}, headers={"Retry-After": "1"})
    )
    fake.responder = always(ferry_answer())
    extraction = await extractor.extract(ferry_article())
    assert extraction.claims
    first, second = fake.requests
    assert second.at - first.at >= 0.9  # the server's Retry-After, not the short backoff


async def test_500_is_retried_with_backoff(fake: FakeOpenAI, extractor: LLMExtractor) -> None:
    fake.script(Reply(status=500, body={"error": {}}), Reply(status=503, body="busy"))
    fake.responder = always(ferry_answer())
    extraction = await extractor.extract(ferry_article())
    assert extraction.claims
    assert len(fake.requests) == 3


async def test_500_until_retries_run_out_is_unavailable(
    fake: FakeOpenAI, extractor: LLMExtractor
) -> None:
    fake.responder = always(Reply(status=500, body={"error": {"message": "boom"}}))
    with pytest.raises(LLMUnavailable) as caught:
        await extractor.extract(ferry_article())
    assert caught.value.reason == "server_error"
    assert len(fake.requests) == 3  # one try and sift_llm_max_retries retries


async def test_hang_past_the_timeout_is_unavailable_in_time(fake: FakeOpenAI) -> None:
    fake.responder = always(Reply(hang=True))
    ex = LLMExtractor(make_settings(fake, sift_llm_timeout=0.5), backoff_base=0.02)
    loop = asyncio.get_running_loop()
    started = loop.time()
    try:
        with pytest.raises(LLMUnavailable) as caught:
            await ex.extract(ferry_article())
    finally:
        await ex.aclose()
    assert caught.value.reason == "timeout"
    assert loop.time() - started < 3  # the budget covers every retry


async def test_unreachable_endpoint_is_unavailable(fake: FakeOpenAI) -> None:
    settings = make_settings(fake, sift_llm_base_url="http://127.0.0.1:9/v1", sift_llm_timeout=2)
    ex = LLMExtractor(settings, backoff_base=0.02)
    try:
        with pytest.raises(LLMUnavailable) as caught:
            await ex.extract(ferry_article())
    finally:
        await ex.aclose()
    assert caught.value.reason in {"unreachable", "timeout"}


async def test_401_is_not_retried(fake: FakeOpenAI, extractor: LLMExtractor) -> None:
    fake.responder = always(Reply(status=401, body={"error": {"message": "bad key"}}))
    with pytest.raises(LLMUnavailable) as caught:
        await extractor.extract(ferry_article())
    assert caught.value.reason == "rejected"
    assert len(fake.requests) == 1


async def test_server_without_json_schema_gets_json_object_and_it_is_remembered(
    fake: FakeOpenAI, extractor: LLMExtractor
) -> None:
    fake.responder = rejecting({"json_schema"}, always(ferry_answer()))
    first = await extractor.extract(ferry_article())
    assert [r.response_format for r in fake.requests] == ["json_schema", "json_object"]
    second = await extractor.extract(ferry_article("\nA later paragraph was added on Sunday.\n"))
    assert [r.response_format for r in fake.requests][2:] == ["json_object"]
    assert first.claims and second.claims


async def test_model_refusing_temperature_is_asked_without_it(
    fake: FakeOpenAI, extractor: LLMExtractor
) -> None:
    refusal = Reply(
        status=400,
        body={"error": {"message": "Unsupported value: 'temperature' does not support 0"}},
    )
    fake.script(refusal)
    fake.responder = always(ferry_answer())
    extraction = await extractor.extract(ferry_article())
    assert extraction.claims
    first, second = fake.requests
    assert "temperature" in first.body and "temperature" not in second.body
    assert second.response_format == "json_schema"


async def test_server_without_structured_output_gets_plain_json(
    fake: FakeOpenAI, extractor: LLMExtractor
) -> None:
    claims = [claim(q, *s, hedged=h) for q, s, h in FERRY_CLAIMS]
    chatty = "Sure! Here are the claims:\n```json\n" + json.dumps({"claims": claims}) + "\n```"
    fake.responder = rejecting(
        {"json_schema", "json_object"}, always(Reply(body=completion(chatty)))
    )
    extraction = await extractor.extract(ferry_article())
    assert [r.response_format for r in fake.requests] == ["json_schema", "json_object", None]
    assert len(extraction.claims) == len(FERRY_CLAIMS)


async def test_long_article_is_chunked_and_merged_without_duplicates(fake: FakeOpenAI) -> None:
    article = storm_article(30)

    def claims_for(chunk: str) -> list[dict]:
        # Every chunk also repeats its first claim and quotes the title (seen in each part).
        found = first_sentences(chunk)
        return found + found[:1] + [claim("Thousands still without power after storm")]

    fake.responder = from_article(claims_for)
    ex = LLMExtractor(make_settings(fake, sift_llm_chunk_chars=2000), backoff_base=0.02)
    try:
        extraction = await ex.extract(article)
    finally:
        await ex.aclose()

    assert len(fake.requests) >= len(article.text) // 2000
    assert all(len(r.article) <= 2000 for r in fake.requests)
    quotes = [c.quote for c in extraction.claims]
    assert len(quotes) == len(set(quotes)) == 30 + 1
    assert sum(c.headline for c in extraction.claims) == 1
    body = [c for c in extraction.claims if not c.headline]
    assert [c.start for c in body] == sorted(c.start for c in body)


async def test_obeyed_injection_still_gives_only_grounded_claims(
    fake: FakeOpenAI, extractor: LLMExtractor
) -> None:
    article = ferry_article(INJECTION)
    obeyed = [
        claim("Foreign agents sabotaged the ferry's steering system", "Interior Minister"),
        claim("Eleven people were treated in hospital for minor injuries", "BBC"),
        claim("The company carried 1.2 million passengers last year", "BBC", "its annual report"),
    ]
    fake.responder = always(answer(obeyed))
    extraction = await extractor.extract(article)

    # The injected text sits inside the article markers, after the rules.
    request = fake.requests[0]
    assert "Ignore all previous instructions" in request.article
    assert "Ignore all previous instructions" not in request.body["messages"][0]["content"]
    quotes = [c.quote for c in extraction.claims]
    assert quotes == [
        "Eleven people were treated in hospital for minor injuries",
        "The company carried 1.2 million passengers last year",
    ]
    names = [s.name for c in extraction.claims for s in c.sources]
    assert "BBC" not in names and "Interior Minister" not in names
    assert "its annual report" in names


async def test_nothing_grounded_is_unavailable(fake: FakeOpenAI, extractor: LLMExtractor) -> None:
    fake.responder = always(answer([claim(INVENTED_QUOTE, "the coastguard")]))
    with pytest.raises(LLMUnavailable) as caught:
        await extractor.extract(ferry_article())
    assert caught.value.reason == "no_grounded_claims"


async def test_log_has_model_tokens_latency_and_never_the_key(
    fake: FakeOpenAI, extractor: LLMExtractor, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)  # every logger, httpx's included
    fake.script(Reply(status=500, body={"error": {}}))
    fake.responder = always(ferry_answer(prompt_tokens=2345, completion_tokens=321))
    await extractor.extract(ferry_article())
    fake.responder = always(Reply(status=503, body="down"))
    with pytest.raises(LLMUnavailable) as caught:
        await extractor.extract(ferry_article("\nA new paragraph.\n"))

    line = next(r.getMessage() for r in caplog.records if "llm extraction:" in r.getMessage())
    for part in ("model=fake-model-1", "tokens_in=2345", "tokens_out=321", "latency_ms="):
        assert part in line
    assert API_KEY not in caplog.text
    assert API_KEY not in str(caught.value)
    assert API_KEY not in repr(extractor.client.__dict__.get("model"))


# --- Pieces -----------------------------------------------------------------------------


def test_prompt_files_load_and_the_worked_example_is_grounded() -> None:
    prompts = load_prompts()
    assert prompts.version
    assert "Ignore" not in prompts.system or "instructions" in prompts.system
    example = parse_answer(prompts.example_answer)
    grounded = ground_claims(
        prompts.example_text,
        [
            Candidate(quote=c.quote, sources=[(s.name, None) for s in c.sources])
            for c in example.claims
        ],
    )
    assert grounded.dropped_quotes == grounded.dropped_sources == 0
    assert len(grounded.claims) == len(example.claims)


@pytest.mark.parametrize(
    "content",
    [
        '{"claims": [{"quote": "A quote here", "sources": ["Reuters"], "hedged": false}]}',
        '```json\n{"claims": [{"quote": "A quote here"}]}\n```',
        '<think>hmm</think>Here: {"claims": [{"quote": "A quote here"}]} Done.',
        '[{"quote": "A quote here", "sources": [{"name": "X", "type": "wire"}]}]',
    ],
)
def test_parse_answer_tolerates_common_server_habits(content: str) -> None:
    parsed = parse_answer(content)
    assert parsed.claims[0].quote == "A quote here"


@pytest.mark.parametrize("content", ["", "no json at all", '{"claims": [{"quote": ', '{"x": 1}'])
def test_parse_answer_rejects_what_is_not_an_answer(content: str) -> None:
    with pytest.raises(MalformedAnswer):
        parse_answer(content)


def test_chunks_are_exact_slices_of_whole_paragraphs() -> None:
    text = storm_article(20).text
    chunks = split_chunks(text, 1000)
    assert len(chunks) > 1
    for offset, chunk in chunks:
        assert len(chunk) <= 1000
        assert text[offset : offset + len(chunk)] == chunk
        assert chunk.startswith("In ") and chunk.endswith(".")
    assert "".join(c for _, c in chunks).replace("\n", "") == text.replace("\n", "")


def test_a_paragraph_longer_than_a_chunk_is_cut_at_sentences() -> None:
    paragraph = " ".join(f"Sentence number {i} says something checkable." for i in range(60))
    chunks = split_chunks(paragraph, 500)
    assert all(len(c) <= 500 for _, c in chunks)
    assert all(c.endswith(".") for _, c in chunks)


def test_no_endpoint_is_unavailable() -> None:
    with pytest.raises(LLMUnavailable) as caught:
        LLMExtractor(Settings(_env_file=None), heuristic=HeuristicExtractor())
    assert caught.value.reason == "not_configured"
