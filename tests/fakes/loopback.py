"""An HTTP server on a free loopback port, served from a daemon thread: the fakes' base.

The fake OpenAI endpoint, the fake Bot API and the fake news site all need the same life
cycle (bind port 0 on 127.0.0.1, serve in a thread, shut down and close), so it lives here.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

HOST = "127.0.0.1"


class LoopbackServer:
    """`handler` served on a free loopback port; use as a context manager, or start/stop.

    The port is bound at construction, so `port` and `base` are known before `start()`.
    Handler threads are daemons: a handler still hanging when the test ends never blocks
    the interpreter's exit.
    """

    def __init__(
        self,
        handler: Callable[..., BaseHTTPRequestHandler],  # a handler class, or a partial
        *,
        server_class: type[ThreadingHTTPServer] = ThreadingHTTPServer,
        poll_interval: float = 0.5,
    ) -> None:
        self.server = server_class((HOST, 0), handler)
        self.server.daemon_threads = True
        self._thread = threading.Thread(
            target=self.server.serve_forever, kwargs={"poll_interval": poll_interval}, daemon=True
        )

    @property
    def port(self) -> int:
        return self.server.server_address[1]

    @property
    def base(self) -> str:
        """`http://127.0.0.1:PORT`, without a trailing slash."""
        return f"http://{HOST}:{self.port}"

    def start(self) -> LoopbackServer:
        self._thread.start()
        return self

    def stop(self) -> None:
        # shutdown() waits for serve_forever to notice, which never happens if it never ran.
        if self._thread.is_alive():
            self.server.shutdown()
        self.server.server_close()

    def __enter__(self) -> LoopbackServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()
