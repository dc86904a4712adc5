"""Fixtures every test module may use: the databases (SQLite, and PostgreSQL when configured)."""

pytest_plugins = ["tests.fakes.databases"]
