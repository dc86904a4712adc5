"""`LLMUnavailable`: why the model gave no usable answer, so the heuristic takes over."""

from __future__ import annotations


class LLMUnavailable(Exception):
    """The model could not give a usable answer for this article; `reason` says why.

    Reasons: not_configured, timeout, unreachable, server_error, rate_limited, rejected,
    malformed, no_grounded_claims. Messages never hold the API key.
    """

    def __init__(self, reason: str, detail: str = "") -> None:
        self.reason = reason
        self.detail = detail
        super().__init__(f"{reason}: {detail}" if detail else reason)
