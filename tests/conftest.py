"""Fixtures every test module may use: the databases (SQLite, and PostgreSQL when
configured) and `fake`, the fake Telegram Bot API server."""

pytest_plugins = ["tests.fakes.databases", "tests.fakes.sift_bot"]
