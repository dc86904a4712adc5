"""How firmly a sentence asserts what it says: `find_hedges()`.

Hedges are the article's own distance from a claim: the French conditional ("aurait"),
"reportedly", "is said to", "on craint que". Words inside a direct quotation are the
speaker's, not the article's, so they are not counted.
"""

from __future__ import annotations

from bot.extraction.lexicon import Lexicon
from bot.extraction.segmentation import Sentence, mask_quotes


def find_hedges(sentence: Sentence, lexicon: Lexicon) -> list[str]:
    """The hedging words of a sentence, outside quotations, in reading order."""
    if lexicon.hedges is None:
        return []
    masked = mask_quotes(sentence)
    blocked: list[tuple[int, int]] = []
    if lexicon.not_hedges is not None:
        blocked = [m.span() for m in lexicon.not_hedges.finditer(masked)]
    found: list[str] = []
    for match in lexicon.hedges.finditer(masked):
        a, b = match.span()
        if any(x < b and a < y for x, y in blocked):
            continue
        word = " ".join(sentence.text[a:b].split())
        if word.lower() not in (w.lower() for w in found):
            found.append(word)
    return found
