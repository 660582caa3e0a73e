"""A batch of orders that can be read more than once.

OrderBatch holds the orders of one CSV import. The report functions below
loop over the same batch several times, yet only the first one sees any
orders: every later report says 0. Fix OrderBatch so that every loop over
it starts from the first order. Do not change the report functions.
"""

from collections.abc import Iterator
from typing import NamedTuple


class Order(NamedTuple):
    order_id: str
    customer: str
    amount: int


class OrderBatch:
    """An iterable, not an iterator: each loop gets its own fresh iterator."""

    def __init__(self, orders: list[Order]) -> None:
        self._orders = orders

    def __iter__(self) -> Iterator[Order]:
        return iter(self._orders)


def count_orders(batch: OrderBatch) -> int:
    return sum(1 for _ in batch)


def total_amount(batch: OrderBatch) -> int:
    return sum(order.amount for order in batch)


def possible_double_charges(batch: OrderBatch) -> list[tuple[str, str]]:
    """Pairs of orders with the same customer and amount (a retried payment?)."""
    pairs = []
    for first in batch:
        for second in batch:
            if (
                first.order_id < second.order_id
                and first.customer == second.customer
                and first.amount == second.amount
            ):
                pairs.append((first.order_id, second.order_id))
    return pairs
