"""Per-customer order totals with itertools.groupby.

customer_totals(orders) should return one (customer, order count, total
amount) tuple per customer, sorted by customer. The orders arrive in the
order they were placed, and the report comes out wrong: customers show up
more than once, and every total is 0. Both bugs come from how groupby
works. Fix them.
"""

from collections.abc import Iterable
from itertools import groupby
from operator import attrgetter
from typing import NamedTuple


class Order(NamedTuple):
    order_id: str
    customer: str
    amount: int


def customer_totals(orders: Iterable[Order]) -> list[tuple[str, int, int]]:
    by_customer = attrgetter("customer")
    report = []
    # TODO: two bugs in this loop
    for customer, group in groupby(orders, key=by_customer):
        count = len(list(group))
        total = sum(order.amount for order in group)
        report.append((customer, count, total))
    return report
