"""Settings, read from the environment or a `.env` file (never from code).

One `Settings` object serves the CLI and the bot, and every entry point reads it the same
way: `get_settings()`, the environment first, then `.env` in the working directory.
Secrets are `SecretStr` so that they never show in a repr, a log line or an error message.
An invalid value stops the program with one line naming the setting (`InvalidSetting`).
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any, Literal

from pydantic import Field, SecretStr, ValidationError
from pydantic_settings import BaseSettings, SettingsConfigDict

ENV_FILE = ".env"


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_file=ENV_FILE, env_file_encoding="utf-8", extra="ignore")

    # Telegram
    telegram_bot_token: SecretStr | None = None
    telegram_base_url: str = "https://api.telegram.org/bot"
    telegram_base_file_url: str = "https://api.telegram.org/file/bot"
    sift_webhook_url: str | None = None
    sift_webhook_listen: str = "0.0.0.0"
    sift_webhook_port: int = Field(8443, ge=1, le=65535)
    sift_webhook_secret: SecretStr | None = Field(
        None, description="Shared by every replica; checked on every webhook request."
    )
    sift_webhook_workers: int = Field(8, ge=1, description="Updates one replica handles at once.")
    sift_lease_seconds: float = Field(
        30.0,
        gt=0,
        description="A replica that stops renewing its updates' leases for this long "
        "is taken for dead, and another replica handles them.",
    )
    sift_flood_control: bool = Field(
        True,
        description="Pace sending to Telegram's flood limits (off: a local Bot API "
        "server without limits, benchmarks).",
    )
    sift_db: str = "sift.sqlite3"
    sift_join_seconds: float = Field(
        2.5, ge=0, description="Messages closer than this are one paste."
    )
    sift_user_analyses_per_hour: int = Field(30, ge=1)
    sift_delivery_deadline: float = Field(
        30.0, gt=0, description="Seconds spent retrying a message Telegram fails to take."
    )

    # Input limits
    sift_max_chars: int = Field(
        2_000_000, ge=1, description="Largest text the CLI analyses (about 300,000 words)."
    )
    sift_bot_max_chars: int = Field(60_000, ge=1, description="Largest article the bot analyses.")
    sift_allow_private_urls: bool = False
    sift_fetch_timeout: float = Field(15.0, gt=0)
    sift_fetch_max_bytes: int = Field(5_000_000, ge=1)

    # Extraction
    sift_extractor: Literal["heuristic", "llm", "auto"] = "heuristic"
    sift_llm_base_url: str | None = None
    sift_llm_api_key: SecretStr | None = None
    sift_llm_model: str = "gpt-4o-mini"
    sift_llm_timeout: float = Field(60.0, gt=0)
    sift_llm_max_retries: int = Field(2, ge=0)
    sift_llm_chunk_chars: int = Field(12_000, ge=500)


class InvalidSetting(ValueError):
    """A setting holds a value Sift cannot use; the message names it, in one line."""


def _describe(error: ValidationError) -> str:
    """'SIFT_EXTRACTOR must be ...: got 'bogus'' for the first invalid setting."""
    first = error.errors()[0]
    name = str(first["loc"][0]) if first.get("loc") else "a setting"
    field = Settings.model_fields.get(name)
    secret = field is not None and "SecretStr" in str(field.annotation)
    reason = str(first.get("msg") or "is not valid")
    if reason.startswith("Input should be "):
        reason = "must be " + reason.removeprefix("Input should be ")
    else:
        reason = "is not valid: " + reason[0].lower() + reason[1:]
    got = "" if secret or "input" not in first else f" (got {first['input']!r})"
    return f"{name.upper()} {reason}{got}; set it in the environment or in {ENV_FILE}."


def load_settings(**overrides: Any) -> Settings:
    """Settings from the environment, then `.env`, then `overrides` (tests' values).

    Raises `InvalidSetting` naming the first invalid value."""
    try:
        return Settings(**overrides)
    except ValidationError as exc:
        raise InvalidSetting(_describe(exc)) from None


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    """The process's settings, read once."""
    return load_settings()
