"""The LLM extractor: claims and their stated sources from any OpenAI-compatible endpoint.

Sift asks a model (OpenAI, Mistral, Groq, OpenRouter, or a local Ollama, vLLM, LM Studio or
llama.cpp server) for the article's claims through `POST {base}/chat/completions`, keeps
only what is grounded in the article (`grounding.py`), and enriches each claim with the
heuristic extractor's signals (figures, dates, hedge words, known outlets), so that the
core's ranking sees the same kind of claims whichever extractor found them.

Robustness is the point of most of this package: servers differ in what structured output
they accept (json_schema, json_object, nothing), answer 429 and 5xx, hang, or return
broken JSON. Each failure is retried within one time budget per article
(`SIFT_LLM_TIMEOUT`); when the budget or the retries run out, `LLMUnavailable` is raised
and `choose.py` falls back to the heuristic checklist.

Modules: `prompts` (the prompt files and messages), `answer` (the answer's models, schema
and parser), `chunks` (long articles cut up), `client` (the HTTP client), `merge` (the
heuristic's signals added to the model's claims), `extractor` (`LLMExtractor`), `errors`.
"""

from bot.extraction.llm.answer import (
    LLMAnswer,
    LLMClaim,
    LLMSource,
    MalformedAnswer,
    answer_schema,
    parse_answer,
)
from bot.extraction.llm.chunks import split_chunks
from bot.extraction.llm.client import RESPONSE_MODES, ChatClient, Completion
from bot.extraction.llm.errors import LLMUnavailable
from bot.extraction.llm.extractor import LLMExtractor
from bot.extraction.llm.merge import enrich
from bot.extraction.llm.prompts import (
    PROMPTS_DIR,
    Prompts,
    article_message,
    build_messages,
    load_prompts,
)

__all__ = [
    "PROMPTS_DIR",
    "RESPONSE_MODES",
    "ChatClient",
    "Completion",
    "LLMAnswer",
    "LLMClaim",
    "LLMExtractor",
    "LLMSource",
    "LLMUnavailable",
    "MalformedAnswer",
    "Prompts",
    "answer_schema",
    "article_message",
    "build_messages",
    "enrich",
    "load_prompts",
    "parse_answer",
    "split_chunks",
]
