"""Why an input cannot be analysed, in words a user can act on.

Every failure a user can cause (an empty message, a binary file, a page that is not an
article) is raised as `UnusableInput` with a stable `code`; the CLI prints its message on
one line, the bot translates the code. Nothing else should reach a user.
"""

from __future__ import annotations

MESSAGES: dict[str, str] = {
    "empty": "The input is empty: paste or forward the text of a news article.",
    "binary": (
        "This looks like a binary file, not text: send the article as text, .txt, .md or .html."
    ),
    "too_short": "This is too short to be an article: paste or forward the whole text.",
    "too_large": "This is too large: at most {limit} characters can be checked at once.",
    "no_claims": "No factual claims were found in this text: is it a news article?",
    "unsupported_language": (
        "This language is not supported yet ({language}): Sift reads {supported}."
    ),
    "not_found": "The file or page was not found ({detail}): check the address, or paste the text.",
    "is_directory": "This is a folder, not a file ({detail}): give the path of an article file.",
    "not_a_file": (
        "This is not a regular file ({detail}): give the path of an article file, "
        "or - to read standard input."
    ),
    "unreadable": "The file cannot be read ({detail}).",
    "page_too_large": (
        "This page is too large to fetch ({detail}): paste the article's text instead."
    ),
    "fetch_failed": "The page could not be fetched ({detail}): paste the article's text instead.",
    "blocked_url": "This address cannot be fetched ({detail}).",
    "not_article": (
        "That page has too little article text (a home page, a video, a paywall?): "
        "paste the article's text instead."
    ),
}


class UnusableInput(Exception):
    """The input cannot be turned into a checklist; `message` says why in one line."""

    def __init__(self, code: str, **params: object) -> None:
        self.code = code
        self.params = {k: str(v) for k, v in params.items()}
        template = MESSAGES.get(code, code)
        try:
            self.message = template.format(**self.params)
        except (KeyError, IndexError):
            self.message = template
        super().__init__(self.message)
