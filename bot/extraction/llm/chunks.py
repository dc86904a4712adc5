"""Long articles cut into chunks the model can take, at paragraph and sentence ends."""

from __future__ import annotations

import re

_SENTENCE_BREAK = re.compile(r"(?<=[.!?…])\s+")


def _units(text: str, limit: int) -> list[tuple[int, int]]:
    """Spans of lines, split further at sentences, then at spaces, to fit `limit`."""
    units: list[tuple[int, int]] = []
    for line in re.finditer(r"[^\n]+", text):
        spans = [(line.start(), line.end())]
        if line.end() - line.start() > limit:
            spans, begin = [], line.start()
            for m in _SENTENCE_BREAK.finditer(line.group()):
                spans.append((begin, line.start() + m.start()))
                begin = line.start() + m.end()
            spans.append((begin, line.end()))
        for start, end in spans:
            while end - start > limit:
                cut = text.rfind(" ", start + 1, start + limit)
                cut = cut if cut > start else start + limit
                units.append((start, cut))
                start = cut
            units.append((start, end))
    return units


def split_chunks(text: str, limit: int) -> list[tuple[int, str]]:
    """The article as (offset, text) chunks of at most `limit` characters.

    Whole paragraphs are packed together; a paragraph is only cut (at sentence ends) when
    it alone exceeds the limit. Chunks are slices of the text, so offsets stay exact.
    """
    limit = max(limit, 200)
    if len(text) <= limit:
        return [(0, text)]
    chunks: list[tuple[int, str]] = []
    start = end = None
    for u_start, u_end in _units(text, limit):
        if start is None:
            start, end = u_start, u_end
        elif u_end - start > limit:
            chunks.append((start, text[start:end]))
            start, end = u_start, u_end
        else:
            end = u_end
    if start is not None:
        chunks.append((start, text[start:end]))
    return chunks
