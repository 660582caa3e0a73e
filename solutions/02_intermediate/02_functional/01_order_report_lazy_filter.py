"""Summarise the paid orders of a day's export."""

from collections.abc import Iterable
from operator import attrgetter
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
    # map and filter are lazy, one-pass iterators: keep the results in a list
    # because we walk over them three times.
    paid = list(filter(is_paid, map(parse_order, rows)))
    return Report(
        paid=len(paid),
        revenue=sum(order.amount for order in paid),
        largest=max(paid, key=attrgetter("amount"), default=None),
    )
