"""Settings, read from the environment or a `.env` file (never from code).

One `Settings` object serves the CLI and the bot. Secrets are `SecretStr` so that they
never show in a repr, a log line or an error message.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Literal

from pydantic import Field, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_file=".env", env_file_encoding="utf-8", extra="ignore")

    # Telegram
    telegram_bot_token: SecretStr | None = None
    telegram_base_url: str = "https://api.telegram.org/bot"
    telegram_base_file_url: str = "https://api.telegram.org/file/bot"
    sift_webhook_url: str | None = None
    sift_webhook_listen: str = "0.0.0.0"
    sift_webhook_port: int = 8443
    sift_db: str = "sift.sqlite3"
    sift_join_seconds: float = Field(2.5, description="Messages closer than this are one paste.")
    sift_user_analyses_per_hour: int = 30
    sift_delivery_deadline: float = Field(
        30.0, description="Seconds spent retrying a message Telegram fails to take."
    )

    # Input limits
    sift_max_chars: int = Field(
        2_000_000, description="Largest text the CLI analyses (about 300,000 words)."
    )
    sift_bot_max_chars: int = Field(60_000, description="Largest article the bot analyses.")
    sift_allow_private_urls: bool = False
    sift_fetch_timeout: float = 15.0
    sift_fetch_max_bytes: int = 5_000_000

    # Extraction
    sift_extractor: Literal["heuristic", "llm", "auto"] = "heuristic"
    sift_llm_base_url: str | None = None
    sift_llm_api_key: SecretStr | None = None
    sift_llm_model: str = "gpt-4o-mini"
    sift_llm_timeout: float = 60.0
    sift_llm_max_retries: int = 2
    sift_llm_chunk_chars: int = 12_000


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    """The process's settings, read once."""
    return Settings()
