"""The core entry points: raw input in, a ranked checklist out.

`prepare_article()` validates and cleans what a user sent; `check_article()` runs an
extractor on it and ranks the claims. The CLI, the bot and the URL path all come here,
so every front end refuses bad input with the same reasons.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from bot.checklist.ranking import build_checklist
from bot.errors import UnusableInput
from bot.extraction import Extractor
from bot.extraction.heuristic import HeuristicExtractor
from bot.extraction.language import SUPPORTED_LANGUAGES, detect_language
from bot.input.cleaning import clean_text
from bot.input.decoding import decode_input, looks_like_html
from bot.models import Article, Checklist
from bot.parallel import check_in_parallel

if TYPE_CHECKING:
    from bot.input.webpage import WebPage

MIN_WORDS = 12
# Chinese, Japanese or Thai put no spaces between words: a paragraph in them is a few
# "words" of dozens of characters each, which is not a short text.
MIN_UNSPACED_CHARS = 60
MIN_CHARS_PER_UNSPACED_WORD = 15


def prepare_article(
    raw: str | bytes,
    *,
    origin: str = "",
    title: str | None = None,
    url: str | None = None,
    max_chars: int = 2_000_000,
) -> Article:
    """Decode, validate and clean user input into an `Article`.

    Raises `UnusableInput` for empty, binary, too short, too large or unsupported input.
    """
    if isinstance(raw, bytes) and looks_like_html(raw[:2000].decode("latin-1")):
        page = _html_article(raw)
        raw, title = page.text, title or page.title
    text = decode_input(raw) if isinstance(raw, bytes) else raw
    if "\x00" in text:
        raise UnusableInput("binary")
    if not text.strip():
        raise UnusableInput("empty")
    if len(text) > max_chars:
        raise UnusableInput("too_large", limit=f"{max_chars:,}")
    cleaned = clean_text(text, title=title)
    if len(cleaned.text.split()) >= MIN_WORDS:
        language = detect_language(cleaned.text)
    elif _unspaced(text):
        language = "und"
    else:
        raise UnusableInput("too_short")
    if language not in SUPPORTED_LANGUAGES:
        raise UnusableInput(
            "unsupported_language",
            language=language if language != "und" else "unknown",
            supported=", ".join(sorted(SUPPORTED_LANGUAGES)),
        )
    return Article(
        text=cleaned.text,
        title=cleaned.title,
        language=language,
        origin=origin,
        url=url,
    )


def _unspaced(text: str) -> bool:
    """Whether `text` is a paragraph or more in a script written without spaces, and in a
    language Sift does not read."""
    stripped = text.strip()
    words = max(1, len(stripped.split()))
    return (
        len(stripped) >= MIN_UNSPACED_CHARS
        and len(stripped) / words >= MIN_CHARS_PER_UNSPACED_WORD
        and detect_language(stripped) == "und"
    )


def _html_article(data: bytes) -> WebPage:
    """A saved web page (a .html file): its article text and title, as a link would give."""
    from bot.input.webpage import decode_html, extract_page  # trafilatura: only for HTML

    page = extract_page(decode_html(data))
    if not page.text.strip():
        raise UnusableInput("not_article")
    return page


def check_text(raw: str | bytes, *, origin: str = "", max_chars: int = 2_000_000) -> Checklist:
    """The offline path in one call: input to checklist with the heuristic extractor
    (on two cores for a very long text)."""
    article = prepare_article(raw, origin=origin, max_chars=max_chars)
    checklist = check_in_parallel(article)
    if checklist is not None and checklist.items:
        return checklist
    extraction = HeuristicExtractor().extract_sync(article)
    if not extraction.claims:
        raise UnusableInput("no_claims")
    return build_checklist(article, extraction)


async def check_article(article: Article, extractor: Extractor | None = None) -> Checklist:
    """Run `extractor` (the heuristic one by default) on a prepared article and rank."""
    extraction = await (extractor or HeuristicExtractor()).extract(article)
    if not extraction.claims:
        raise UnusableInput("no_claims")
    return build_checklist(article, extraction)
