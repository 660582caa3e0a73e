"""Summarise the paid orders of a day's export.

order_report(lines) gets CSV lines "order_id,customer,status,amount_won" (no
header, maybe some blank lines) and returns a Report: how many orders were
paid, their total in won, and the biggest paid order (None if there is none).

The number of paid orders is right, but the revenue is always 0 and the
biggest order is always None. Find out why and fix it, keeping map and filter.
"""

from collections.abc import Iterable
from typing import NamedTuple


class Order(NamedTuple):
    order_id: str
    customer: str
    status: str
    amount: int


class Report(NamedTuple):
    paid: int
    revenue: int
    largest: Order | None


def parse_order(line: str) -> Order:
    order_id, customer, status, amount = line.strip().split(",")
    return Order(order_id, customer, status.strip().lower(), int(amount))


def is_paid(order: Order) -> bool:
    return order.status == "paid"


def order_report(lines: Iterable[str]) -> Report:
    rows = filter(str.strip, lines)  # skip blank lines
    orders = map(parse_order, rows)
    paid = filter(is_paid, orders)

    # TODO: each line below walks over `paid`. What is left for the second one?
    count = sum(1 for _ in paid)
    revenue = sum(order.amount for order in paid)
    largest = max(paid, key=lambda order: order.amount, default=None)
    return Report(count, revenue, largest)
