"""Get results back from worker processes with a Queue and a shared Value.

`validate_orders(rows)` splits CSV order rows between `WORKERS` processes.
Each worker parses its rows, keeps the valid orders and counts the rejected
ones. But the workers write into module-level globals, and each process
has its own copy of those: the parent always ends up with no orders and
zero rejected.

Send the valid orders back through a `multiprocessing.Queue` and count
rejected rows in a shared `multiprocessing.Value`, updated under its lock.
"""

import multiprocessing as mp
from dataclasses import dataclass

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


# TODO: globals are not shared between processes. Replace them with a
# multiprocessing.Queue and a multiprocessing.Value made in validate_orders.
valid_orders: list[Order] = []
rejected_count = 0


def validate_chunk(rows: list[str]) -> None:
    global rejected_count
    for row in rows:
        order = parse_order(row)
        if order is None:
            rejected_count += 1
        else:
            valid_orders.append(order)


def validate_orders(rows: list[str]) -> tuple[list[Order], int]:
    """Return the valid orders sorted by order_id, and the number rejected."""
    chunks = [rows[i::WORKERS] for i in range(WORKERS)]
    workers = [mp.Process(target=validate_chunk, args=(chunk,)) for chunk in chunks]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
    return sorted(valid_orders, key=lambda order: order.order_id), rejected_count
