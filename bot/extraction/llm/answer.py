"""What the model answers: the pydantic models, their JSON schema and a lenient parser."""

from __future__ import annotations

import json
import re
from functools import lru_cache
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from bot.models import SourceType

_SOURCE_TYPES = {t.value for t in SourceType if t is not SourceType.UNKNOWN}


class LLMSource(BaseModel):
    """A source the article states for the claim, as the article writes it."""

    model_config = ConfigDict(extra="ignore")

    name: str = Field(description="The source's name exactly as the article writes it.")
    type: SourceType | None = Field(None, description="What kind of source it is.")

    @field_validator("type", mode="before")
    @classmethod
    def _lenient_type(cls, value: Any) -> Any:
        # An unknown type is no reason to reject an otherwise good answer.
        if isinstance(value, str) and value.strip().lower() in _SOURCE_TYPES:
            return value.strip().lower()
        return None


class LLMClaim(BaseModel):
    """A factual claim of the article, with the sources it states for it."""

    # The schema asks for all three fields; validation forgives a missing one.
    model_config = ConfigDict(
        extra="ignore", json_schema_extra={"required": ["quote", "sources", "hedged"]}
    )

    quote: str = Field(description="The sentence or clause stating the claim, verbatim.")
    sources: list[LLMSource] = Field(default_factory=list)
    hedged: bool = Field(False, description="True when the article does not assert it as fact.")
    summary: str = Field("", description="Optional short restatement.")

    @field_validator("sources", mode="before")
    @classmethod
    def _names_as_sources(cls, value: Any) -> Any:
        # Some models write sources as plain strings.
        if isinstance(value, list):
            return [{"name": v} if isinstance(v, str) else v for v in value]
        return [] if value is None else value

    @field_validator("summary", mode="before")
    @classmethod
    def _no_null_summary(cls, value: Any) -> Any:
        return value or ""


class LLMAnswer(BaseModel):
    """The factual claims of the article, in its order."""

    model_config = ConfigDict(extra="ignore")

    claims: list[LLMClaim]


def _inline_refs(node: Any, defs: dict[str, Any]) -> Any:
    """Replace `$ref`s by their definitions: several servers' grammars lack `$ref`."""
    if isinstance(node, dict):
        if "$ref" in node:
            return _inline_refs(defs[node["$ref"].rsplit("/", 1)[-1]], defs)
        return {k: _inline_refs(v, defs) for k, v in node.items() if k != "$defs"}
    if isinstance(node, list):
        return [_inline_refs(v, defs) for v in node]
    return node


@lru_cache(maxsize=1)
def answer_schema() -> dict[str, Any]:
    """The JSON schema of `LLMAnswer`, self-contained."""
    schema = LLMAnswer.model_json_schema()
    return _inline_refs(schema, schema.get("$defs", {}))


class MalformedAnswer(ValueError):
    """The model's answer is not the JSON object asked for."""


_FENCE = re.compile(r"```(?:json)?\s*(.*?)```", re.DOTALL)
_THINKING = re.compile(r"<think>.*?</think>", re.DOTALL)


def parse_answer(content: str | None) -> LLMAnswer:
    """The model's answer as `LLMAnswer`, tolerating fences, chatter and a bare list."""
    if not content or not content.strip():
        raise MalformedAnswer("empty answer")
    text = _THINKING.sub("", content).strip()
    fenced = _FENCE.search(text)
    if fenced:
        text = fenced.group(1).strip()
    data: Any = None
    try:
        data = json.loads(text)
    except json.JSONDecodeError:
        # Chatter around the object: decode from the first brace or bracket.
        starts = [i for i in (text.find("{"), text.find("[")) if i >= 0]
        if not starts:
            raise MalformedAnswer("no JSON in answer") from None
        try:
            data, _ = json.JSONDecoder().raw_decode(text[min(starts) :])
        except json.JSONDecodeError as exc:
            raise MalformedAnswer(f"invalid JSON: {exc.msg}") from None
    if isinstance(data, list):
        data = {"claims": data}
    try:
        return LLMAnswer.model_validate(data)
    except ValidationError as exc:
        raise MalformedAnswer(f"unexpected shape ({exc.error_count()} errors)") from None
