"""Which language an article is written in, among those Sift has cue data for.

Counting each language's most frequent function words (from its cue file) tells apart
closely related languages on a paragraph, where character n-gram models need more text;
script letters (Ukrainian і/ї/є vs Russian ы/э/ъ) settle Cyrillic pairs.
"""

from __future__ import annotations

import re
from functools import cache

from bot.extraction.lexicon import available_languages, load_language_section

SUPPORTED_LANGUAGES: frozenset[str] = available_languages()
_WORD = re.compile(r"[^\W\d_]+(?:['\u2019][^\W\d_]+)?")
SAMPLE_CHARS = 20_000
MIN_HITS = 3


@cache
def _profiles() -> dict[str, tuple[frozenset[str], frozenset[str]]]:
    profiles = {}
    for code in sorted(SUPPORTED_LANGUAGES):
        detection = load_language_section(code, "detection")
        stopwords = frozenset(w.lower() for w in detection.get("stopwords", []))
        letters = frozenset(detection.get("letters", ""))
        profiles[code] = (stopwords, letters)
    return profiles


def detect_language(text: str) -> str:
    """The language code of `text`, or "und" when no supported language fits.

    Only the first 20,000 characters are read: enough for any article, and it keeps
    detection constant-time on huge inputs.
    """
    sample = text[:SAMPLE_CHARS].lower()
    words = _WORD.findall(sample)
    if not words:
        return "und"
    counts = {}
    for code, (stopwords, letters) in _profiles().items():
        hits = sum(1 for w in words if w in stopwords)
        if letters:
            hits += sum(sample.count(ch) for ch in letters) * 0.5
        counts[code] = hits
    best = max(counts, key=counts.__getitem__)
    # A text in another language still hits a few short words ("a", "la"): ask for a share.
    if counts[best] < MIN_HITS or counts[best] < 0.12 * len(words):
        return "und"
    return best
