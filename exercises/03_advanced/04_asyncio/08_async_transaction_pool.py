"""Write an async context manager for database transactions.

    async with Transaction(pool) as conn:
        await conn.execute("UPDATE orders SET status = 'paid' WHERE id = 1001")

Entering takes a connection from the pool and starts a transaction. When
the block ends normally, the transaction is committed; when it raises
(cancellation included), it is rolled back. Either way the connection goes
back to the pool, and the block's exception reaches the caller unchanged.

Pool and Connection stand in for an async driver such as asyncpg. Don't
change them; complete Transaction.__aexit__.
"""

import asyncio
from types import TracebackType


class PoolExhausted(Exception):
    """Every connection of the pool is in use."""


class SerializationError(Exception):
    """The database could not commit the transaction."""


class Connection:
    def __init__(self, conn_id: int, log: list[str]) -> None:
        self.conn_id = conn_id
        self.log = log
        # Tests set this to simulate a failure at COMMIT time.
        self.fail_next_commit = False

    async def execute(self, sql: str) -> None:
        await asyncio.sleep(0)  # the round trip to the database
        self.log.append(f"conn{self.conn_id}: {sql}")
        if sql == "COMMIT" and self.fail_next_commit:
            self.fail_next_commit = False
            raise SerializationError("could not serialize access")


class Pool:
    def __init__(self, size: int, log: list[str]) -> None:
        self.size = size
        self._free = [Connection(i, log) for i in range(size, 0, -1)]

    async def acquire(self) -> Connection:
        await asyncio.sleep(0)
        if not self._free:
            raise PoolExhausted(f"all {self.size} connections are in use")
        return self._free.pop()

    async def release(self, conn: Connection) -> None:
        await asyncio.sleep(0)
        self._free.append(conn)

    @property
    def in_use(self) -> int:
        return self.size - len(self._free)


class Transaction:
    def __init__(self, pool: Pool) -> None:
        self.pool = pool
        self.conn: Connection | None = None

    async def __aenter__(self) -> Connection:
        self.conn = await self.pool.acquire()
        await self.conn.execute("BEGIN")
        return self.conn

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        assert self.conn is not None
        # TODO: roll back when the block raised, and give the connection
        # back to the pool whatever happens
        await self.conn.execute("COMMIT")
        await self.pool.release(self.conn)
