"""A throwaway ``redis-server`` on a free loopback port, for tests.

```python
with RedisServer() as server:   # skips nothing: check REDIS_SERVER_BINARY first
    url = server.url
    server.kill()               # SIGKILL, as in a crash
    server.start()              # same port again, empty dataset
```
"""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import tempfile
import time
from types import TracebackType

REDIS_SERVER_BINARY = shutil.which("redis-server")


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on right now."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def _answers_ping(port: int) -> bool:
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=0.5) as sock:
            sock.sendall(b"PING\r\n")
            return sock.recv(64).startswith(b"+PONG")
    except OSError:
        return False


class RedisServer:
    """Runs ``redis-server`` without persistence in a temporary directory.

    ``start()`` waits until the server answers PING; ``stop()`` shuts it down cleanly;
    ``kill()`` sends SIGKILL (a crash: all data is lost). Both keep the port, so ``start()``
    brings a fresh, empty server back at the same URL.
    """

    def __init__(self, port: int | None = None) -> None:
        if REDIS_SERVER_BINARY is None:
            raise RuntimeError("redis-server is not installed (apt-get install redis-server)")
        self.binary = REDIS_SERVER_BINARY
        self.port = port if port is not None else free_port()
        self._dir = tempfile.TemporaryDirectory(prefix="redis-test-")
        self._process: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        return f"redis://127.0.0.1:{self.port}/0"

    @property
    def running(self) -> bool:
        return self._process is not None and self._process.poll() is None

    def start(self, timeout: float = 10.0) -> None:
        if self.running:
            return
        self._process = subprocess.Popen(
            [
                self.binary,
                "--port", str(self.port),
                "--bind", "127.0.0.1",
                "--save", "",
                "--appendonly", "no",
                "--dir", self._dir.name,
                "--daemonize", "no",
                "--loglevel", "warning",
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )  # fmt: skip
        deadline = time.monotonic() + timeout
        while not _answers_ping(self.port):
            if self._process.poll() is not None:
                raise RuntimeError(
                    f"redis-server exited with {self._process.returncode} on port {self.port}"
                )
            if time.monotonic() > deadline:
                self.kill()
                raise RuntimeError(
                    f"redis-server did not answer on port {self.port} within {timeout}s"
                )
            time.sleep(0.02)

    def _end(self, sig: int) -> None:
        process, self._process = self._process, None
        if process is None or process.poll() is not None:
            return
        os.kill(process.pid, sig)
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()

    def stop(self) -> None:
        """Shut the server down (SIGTERM) and wait for it to exit."""
        self._end(signal.SIGTERM)

    def kill(self) -> None:
        """Crash the server (SIGKILL) and wait for it to exit."""
        self._end(signal.SIGKILL)

    def close(self) -> None:
        self.stop()
        self._dir.cleanup()

    def __enter__(self) -> RedisServer:
        self.start()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()
