"""The databases tests run against: a SQLite file, and a real PostgreSQL server.

PostgreSQL tests need `SIFT_TEST_POSTGRES_URL` (`.ci/run` sets it to the server the
project's machines run on 127.0.0.1:5432). Without it they are skipped with a one-line
reason, so that `python -m pytest` passes on a machine without PostgreSQL; with it set
and the server unreachable they fail, so that CI cannot skip them by accident. Each test
gets a schema of its own, dropped afterwards: test data never meets other data.
"""

from __future__ import annotations

import contextlib
import os
import pwd
import secrets
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

POSTGRES_ENV = "SIFT_TEST_POSTGRES_URL"


def postgres_server_url() -> str:
    """The test server's URL; skips the test when none is configured."""
    url = os.environ.get(POSTGRES_ENV, "").strip()
    if not url:
        pytest.skip(f"{POSTGRES_ENV} is not set: no PostgreSQL server to test against")
    return url


def with_search_path(url: str, schema: str) -> str:
    """The same URL with `schema` as the connection's search path."""
    return f"{url}{'&' if '?' in url else '?'}options=-csearch_path%3D{schema}"


@contextmanager
def postgres_schema() -> Iterator[str]:
    """A fresh schema on the test server; yields a SIFT_DB URL that uses it."""
    import psycopg

    url = postgres_server_url()
    try:
        admin = psycopg.connect(url, autocommit=True, connect_timeout=5)
    except psycopg.OperationalError as exc:
        pytest.fail(f"{POSTGRES_ENV} is set but PostgreSQL cannot be reached: {exc}")
    schema = f"sift_test_{os.getpid()}_{secrets.token_hex(4)}"
    admin.execute(f'CREATE SCHEMA "{schema}"')
    try:
        yield with_search_path(url, schema)
    finally:
        admin.execute(f'DROP SCHEMA "{schema}" CASCADE')
        admin.close()


@pytest.fixture
def postgres_url() -> Iterator[str]:
    with postgres_schema() as url:
        yield url


@pytest.fixture(params=["sqlite", "postgresql"])
def db_setting(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """SIFT_DB for each backend: the same test runs against both."""
    if request.param == "sqlite":
        yield str(tmp_path / "db" / "sift.sqlite3")
    else:
        with postgres_schema() as url:
            yield url


class ThrowawayPostgres:
    """A PostgreSQL server of the test's own (initdb in a temporary folder, another port),
    which a test may stop and restart: the machine's shared server is never touched."""

    def __init__(self, root: Path, port: int, bindir: Path) -> None:
        self.root, self.port, self.bindir = root, port, bindir
        self.data = root / "data"
        # PostgreSQL refuses to run as root: run it as the `postgres` user then.
        self.as_user = ["runuser", "-u", "postgres", "--"] if os.geteuid() == 0 else []

    @property
    def url(self) -> str:
        return f"postgresql://postgres@127.0.0.1:{self.port}/postgres"

    def _run(self, tool: str, *args: str) -> None:
        subprocess.run(
            [*self.as_user, str(self.bindir / tool), *args],
            check=True,
            capture_output=True,
            text=True,
            timeout=60,
        )

    def init(self) -> ThrowawayPostgres:
        self._run("initdb", "-D", str(self.data), "-A", "trust", "-U", "postgres", "--no-sync")
        return self.start()

    def start(self) -> ThrowawayPostgres:
        options = f"-p {self.port} -k {self.root} -c listen_addresses=127.0.0.1 -c fsync=off"
        log = str(self.root / "log")
        self._run("pg_ctl", "-D", str(self.data), "-o", options, "-l", log, "-w", "start")
        return self

    def stop(self) -> None:
        self._run("pg_ctl", "-D", str(self.data), "-m", "fast", "-w", "stop")


def _postgres_bindir() -> Path | None:
    found = shutil.which("pg_ctl")
    if found:
        return Path(found).parent
    versions = sorted(Path("/usr/lib/postgresql").glob("*/bin"))
    return versions[-1] if versions else None


@pytest.fixture
def throwaway_postgres() -> Iterator[ThrowawayPostgres]:
    """Only where the PostgreSQL tests run (SIFT_TEST_POSTGRES_URL set)."""
    postgres_server_url()
    bindir = _postgres_bindir()
    if bindir is None or not (bindir / "initdb").exists():
        pytest.skip("initdb and pg_ctl are not installed: no throwaway PostgreSQL server")
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    # Under /tmp, not pytest's folder: the `postgres` user must be able to reach it.
    root = Path(tempfile.mkdtemp(prefix="sift-postgres-"))
    if os.geteuid() == 0:
        entry = pwd.getpwnam("postgres")
        os.chown(root, entry.pw_uid, entry.pw_gid)
    server = ThrowawayPostgres(root, port, bindir).init()
    try:
        yield server
    finally:
        with contextlib.suppress(subprocess.SubprocessError):
            server.stop()  # unless the test left it stopped
        shutil.rmtree(root, ignore_errors=True)
