"""Get results back from worker processes with a Queue and a shared Value.

`validate_orders(rows)` splits CSV order rows between `WORKERS` processes.
Each worker parses its rows, keeps the valid orders and counts the rejected
ones. But the workers write into module-level globals, and each process
has its own copy of those: the parent always ends up with no orders and
zero rejected.

Send the valid orders back through a `multiprocessing.Queue` and count
rejected rows in a shared `multiprocessing.Value`, updated under its lock.
"""

from __future__ import annotations

import multiprocessing as mp
from dataclasses import dataclass
from multiprocessing.queues import Queue
from multiprocessing.sharedctypes import Synchronized
from operator import attrgetter

WORKERS = 2


@dataclass(frozen=True)
class Order:
    order_id: int
    customer: str
    amount: int


def parse_order(row: str) -> Order | None:
    """Parse 'order_id,customer,amount'; return None for an invalid row."""
    parts = [part.strip() for part in row.split(",")]
    if len(parts) != 3:
        return None
    order_id, customer, amount = parts
    if not (order_id.isdigit() and customer and amount.isdigit() and int(amount) > 0):
        return None
    return Order(int(order_id), customer, int(amount))


def validate_chunk(
    rows: list[str], results: Queue[list[Order]], rejected: Synchronized[int]
) -> None:
    valid: list[Order] = []
    bad = 0
    for row in rows:
        order = parse_order(row)
        if order is None:
            bad += 1
        else:
            valid.append(order)
    # `rejected.value += bad` reads and then writes: without the lock, two
    # processes can read the same value and one update is lost.
    with rejected.get_lock():
        rejected.value += bad
    results.put(valid)


def validate_orders(rows: list[str]) -> tuple[list[Order], int]:
    """Return the valid orders sorted by order_id, and the number rejected."""
    results: Queue[list[Order]] = mp.Queue()
    rejected: Synchronized[int] = mp.Value("i", 0)
    chunks = [rows[i::WORKERS] for i in range(WORKERS)]
    workers = [
        mp.Process(target=validate_chunk, args=(chunk, results, rejected))
        for chunk in chunks
    ]
    for worker in workers:
        worker.start()
    # Drain the queue before joining: a worker cannot exit while the data it
    # put is still waiting in the pipe for someone to read it.
    valid = [order for _ in workers for order in results.get()]
    for worker in workers:
        worker.join()
    return sorted(valid, key=attrgetter("order_id")), rejected.value
