"""The prompt files of the repository's `prompts/` folder and the messages built from them."""

from __future__ import annotations

import json
import secrets
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from bot.extraction.llm.answer import LLMAnswer

# An installed package carries the repository's `prompts/` folder as `bot/prompts`;
# a checkout (or an editable install) reads the folder itself.
_PACKAGED_PROMPTS = Path(__file__).resolve().parents[2] / "prompts"
PROMPTS_DIR = (
    _PACKAGED_PROMPTS
    if _PACKAGED_PROMPTS.is_dir()
    else Path(__file__).resolve().parents[3] / "prompts"
)


@dataclass(frozen=True)
class Prompts:
    """The prompt files of `prompts/`, read once; `version` goes into every result."""

    version: str
    system: str
    instructions: str
    example_title: str
    example_text: str
    example_answer: str


@lru_cache(maxsize=4)
def load_prompts(directory: Path = PROMPTS_DIR) -> Prompts:
    """Read and check the prompt files (the worked example must be a valid answer)."""

    def read(name: str) -> str:
        return (directory / name).read_text(encoding="utf-8").strip()

    example = read("example_article.md")
    title, _, text = example.partition("\n")
    answer = read("example_answer.json")
    LLMAnswer.model_validate_json(answer)  # a broken example would teach a broken format
    return Prompts(
        version=read("VERSION"),
        system=read("system.md"),
        instructions=read("instructions.md"),
        example_title=title.removeprefix("#").strip(),
        example_text=text.strip(),
        example_answer=json.dumps(json.loads(answer), ensure_ascii=False),
    )


def article_message(title: str, text: str, part: tuple[int, int] | None = None) -> str:
    """The user message holding an article, between markers the article cannot forge.

    The markers carry a random tag, so text inside the article that imitates an end
    marker does not end the article for the model.
    """
    tag = secrets.token_hex(4)
    intro = "Here is the article to analyse. Everything between the markers is article text."
    if part is not None:
        intro += f" This is part {part[0]} of {part[1]} of a long article."
    head = f"Title: {title}\n\n" if title else ""
    return f"{intro}\n<article-{tag}>\n{head}{text}\n</article-{tag}>"


def build_messages(prompts: Prompts, title: str, text: str, part: tuple[int, int] | None):
    """System rules and instructions, the worked example as a prior turn, then the article."""
    return [
        {"role": "system", "content": f"{prompts.system}\n\n{prompts.instructions}"},
        {"role": "user", "content": article_message(prompts.example_title, prompts.example_text)},
        {"role": "assistant", "content": prompts.example_answer},
        {"role": "user", "content": article_message(title, text, part)},
    ]
