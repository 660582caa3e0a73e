"""Cap how many database connections a service opens at once.

`DatabaseClient.query(sql)` opens a connection, runs one query and closes
the connection. Request handlers call it from many threads, and at peak
traffic the service opens more connections than the database allows.

Use a `threading.BoundedSemaphore` so that at most `max_connections`
queries hold a connection at the same time; the others wait for a free slot.
"""

import threading
from collections.abc import Callable
from contextlib import closing
from typing import Any, Protocol

Row = tuple[Any, ...]


class Connection(Protocol):
    def execute(self, sql: str) -> list[Row]: ...
    def close(self) -> None: ...


class DatabaseClient:
    def __init__(self, connect: Callable[[], Connection], max_connections: int) -> None:
        if max_connections < 1:
            raise ValueError(
                f"max_connections must be at least 1, got {max_connections}"
            )
        self._connect = connect
        self._slots = threading.BoundedSemaphore(max_connections)

    def query(self, sql: str) -> list[Row]:
        # The semaphore is released even when the query raises.
        with self._slots, closing(self._connect()) as conn:
            return conn.execute(sql)
