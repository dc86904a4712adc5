"""A checker for Telegram's HTML parse mode, as its documentation states it.

Allowed: b strong i em u ins s strike del a(href) code pre(code) span(class=tg-spoiler)
tg-spoiler tg-emoji blockquote(expandable); every tag closed in order; only the four
entities &lt; &gt; &amp; &quot; and numeric ones; no stray '<' or '&'; at most 4,096
characters.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

ALLOWED = {
    "b": set(),
    "strong": set(),
    "i": set(),
    "em": set(),
    "u": set(),
    "ins": set(),
    "s": set(),
    "strike": set(),
    "del": set(),
    "a": {"href"},
    "code": {"class"},
    "pre": set(),
    "span": {"class"},
    "tg-spoiler": set(),
    "tg-emoji": {"emoji-id"},
    "blockquote": {"expandable"},
}
LIMIT = 4096
_ENTITY = re.compile(r"&(?:lt|gt|amp|quot|#\d+|#x[0-9a-fA-F]+);")


class _Checker(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=False)
        self.stack: list[str] = []
        self.problems: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag not in ALLOWED:
            self.problems.append(f"tag <{tag}> not allowed")
            return
        for name, _ in attrs:
            if name not in ALLOWED[tag]:
                self.problems.append(f"attribute {name} not allowed on <{tag}>")
        self.stack.append(tag)

    def handle_endtag(self, tag: str) -> None:
        if not self.stack or self.stack[-1] != tag:
            self.problems.append(f"</{tag}> does not close {self.stack[-1:]}")
            return
        self.stack.pop()

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.problems.append(f"self-closing <{tag}/> not allowed")


def problems(text: str) -> list[str]:
    """What is wrong with `text` as a Telegram HTML message (empty list: nothing)."""
    found = []
    if not text.strip():
        found.append("empty message")
    if len(text) > LIMIT:
        found.append(f"{len(text)} characters (over {LIMIT})")
    stripped = _ENTITY.sub("", text)
    if "&" in re.sub(r"<[^>]*>", "", stripped):
        found.append("unescaped '&'")
    checker = _Checker()
    checker.feed(text)
    checker.close()
    found += checker.problems
    if checker.stack:
        found.append(f"unclosed tags {checker.stack}")
    # A '<' that is not the start of a tag means an unescaped article character.
    for match in re.finditer(r"<", text):
        rest = text[match.start() :]
        if not re.match(r"</?[a-z-]+(\s[^<>]*)?>", rest):
            found.append("unescaped '<'")
            break
    return found


def assert_valid(text: str) -> None:
    found = problems(text)
    assert not found, f"invalid Telegram HTML ({found}):\n{text[:500]}"
