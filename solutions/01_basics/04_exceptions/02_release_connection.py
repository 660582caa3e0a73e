"""Always give a database connection back to the pool.

`fetch_rows` borrows a connection from a pool, runs one query and returns
its rows. It has two bugs:

* when the query fails, the connection is never released, so a few failed
  queries use up the whole pool;
* the bare `except:` turns every failure into `[]` - even Ctrl+C
  (KeyboardInterrupt) - so callers cannot tell "no rows" from "broken query".

Fix both: release the connection on every path, and let any error from the
query reach the caller unchanged.
"""

from typing import Any, Protocol


class Connection(Protocol):
    def execute(self, sql: str) -> list[tuple[Any, ...]]: ...


class Pool(Protocol):
    def acquire(self) -> Connection: ...
    def release(self, conn: Connection) -> None: ...


def fetch_rows(pool: Pool, sql: str) -> list[tuple[Any, ...]]:
    conn = pool.acquire()
    try:
        return conn.execute(sql)
    finally:
        pool.release(conn)
