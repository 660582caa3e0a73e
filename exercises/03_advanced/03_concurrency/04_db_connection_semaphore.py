"""Cap how many database connections a service opens at once.

`DatabaseClient.query(sql)` opens a connection, runs one query and closes
the connection. Request handlers call it from many threads, and at peak
traffic the service opens more connections than the database allows.

Use a `threading.BoundedSemaphore` so that at most `max_connections`
queries hold a connection at the same time; the others wait for a free slot.
"""

from collections.abc import Callable
from typing import Any, Protocol

Row = tuple[Any, ...]


class Connection(Protocol):
    def execute(self, sql: str) -> list[Row]: ...
    def close(self) -> None: ...


class DatabaseClient:
    def __init__(self, connect: Callable[[], Connection], max_connections: int) -> None:
        # TODO: reject max_connections below 1 with a ValueError, and create
        # the semaphore that limits open connections.
        self._connect = connect

    def query(self, sql: str) -> list[Row]:
        # TODO: wait for a free slot before connecting, and give it back afterwards.
        conn = self._connect()
        try:
            return conn.execute(sql)
        finally:
            conn.close()
