"""Checking a very long text on two cores: `check_in_parallel()`.

The rules read an article from top to bottom, one paragraph after another, so one text
is one process's work. A book-length input (a report, a transcript, a whole newspaper
issue pasted at once) would keep one core busy while the other waits. Here the second
half of the paragraphs goes to a forked process that reads a few paragraphs before its
half for context (who is speaking, a quotation running on) and scores its own claims.
The two halves exchange their claim counts first, because a claim's place in the whole
article weighs in its priority; then the parent merges the scored items. The result is
the checklist that one process would have built.

Short texts, a single core, or a platform without `fork` take the one-process path:
starting a process costs more than it saves below about 50,000 words.
"""

from __future__ import annotations

import contextlib
import os
from typing import TYPE_CHECKING

from bot.checklist.ranking import ScoredItem, assemble_checklist, score_claims
from bot.extraction.heuristic import HeuristicExtractor
from bot.extraction.segmentation import Paragraph, split_paragraphs
from bot.models import Article, Checklist

if TYPE_CHECKING:
    from multiprocessing.connection import Connection

MIN_PARALLEL_CHARS = 300_000
CONTEXT_PARAGRAPHS = 12


def usable_cores() -> int:
    """The cores this process may run on."""
    if hasattr(os, "sched_getaffinity"):
        return len(os.sched_getaffinity(0))
    return os.cpu_count() or 1


def check_in_parallel(article: Article, *, min_chars: int = MIN_PARALLEL_CHARS) -> Checklist | None:
    """The heuristic checklist of a long article, built by two processes; None when the
    article is shorter than `min_chars`, or one process is all there is."""
    if len(article.text) < min_chars or usable_cores() < 2:
        return None
    import multiprocessing  # only here: most texts never need it, and it costs start-up

    if "fork" not in multiprocessing.get_all_start_methods():
        return None
    paragraphs = split_paragraphs(article.text)
    cut = middle_paragraph(paragraphs, len(article.text))
    if cut == 0 or cut == len(paragraphs):
        return None

    context = multiprocessing.get_context("fork")
    ours, theirs = context.Pipe()
    worker = context.Process(
        target=_check_second_half, args=(article, paragraphs, cut, theirs), daemon=True
    )
    worker.start()
    theirs.close()
    try:
        extractor = HeuristicExtractor()
        first = extractor.extract_part(article, paragraphs[:cut], headline=False)
        their_count = _receive(ours)
        total = len(first.claims) + their_count
        ours.send((len(first.claims), total))
        scored = score_claims(article, first.claims, first=0, total=total)
        scored += _receive(ours)
    except (EOFError, OSError, _WorkerFailed):
        return None  # the caller checks in one process: slower, same answer
    finally:
        ours.close()
        worker.join(timeout=5)
        if worker.is_alive():
            worker.kill()
    return assemble_checklist(article, first, scored)


class _WorkerFailed(Exception):
    pass


def _receive(conn: Connection) -> object:
    message = conn.recv()
    if isinstance(message, _WorkerFailed):
        raise message
    return message


def middle_paragraph(paragraphs: list[Paragraph], length: int) -> int:
    """The index of the first paragraph of the second half, by characters."""
    for index, paragraph in enumerate(paragraphs):
        if paragraph.start >= length // 2:
            return index
    return len(paragraphs)


def _check_second_half(
    article: Article, paragraphs: list[Paragraph], cut: int, conn: Connection
) -> None:
    """In the worker: extract and score the paragraphs from `cut` on."""
    try:
        start = max(cut - CONTEXT_PARAGRAPHS, 0)
        part = HeuristicExtractor().extract_part(article, paragraphs[start:], context=cut - start)
        conn.send(len(part.claims))
        first, total = conn.recv()
        scored: list[ScoredItem] = score_claims(article, part.claims, first=first, total=total)
        conn.send(scored)
    except BaseException as exc:  # noqa: BLE001 - reported to the parent, which falls back
        with contextlib.suppress(OSError):
            conn.send(_WorkerFailed(repr(exc)))
    finally:
        conn.close()
