"""Bytes a user sent (a file, standard input) to text, refusing what is not text.

UTF-8 first (with or without a byte-order mark), then UTF-16 when a BOM says so, then
Windows-1252, which also reads Latin-1: older French pages and files are often in it.
HTML is reduced to its article text by `bot.input.webpage` when that is available.
"""

from __future__ import annotations

import re

from bot.errors import UnusableInput

# Share of control characters above which bytes are taken for a binary file.
MAX_CONTROL_SHARE = 0.02
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")
_HTML_HINT = re.compile(r"^\s*(?:<!doctype html|<html|<head|<body|<meta|<article)", re.I)


def looks_like_html(text: str) -> bool:
    return bool(_HTML_HINT.match(text[:2000]))


def decode_input(data: bytes) -> str:
    """Text from bytes; raises `UnusableInput("binary")` for binary data."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        text = data.decode("utf-16", errors="replace")
    elif b"\x00" in data[:8192]:
        raise UnusableInput("binary")
    else:
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError:
            text = data.decode("cp1252", errors="replace")
    sample = text[:65536]
    if sample and len(_CONTROL.findall(sample)) / len(sample) > MAX_CONTROL_SHARE:
        raise UnusableInput("binary")
    return text
