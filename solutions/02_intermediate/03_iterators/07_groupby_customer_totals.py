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
    # groupby only merges *neighbouring* items with the same key: sort first.
    for customer, group in groupby(sorted(orders, key=by_customer), key=by_customer):
        # A group is a one-pass iterator: turn it into a list to use it twice.
        customer_orders = list(group)
        total = sum(order.amount for order in customer_orders)
        report.append((customer, len(customer_orders), total))
    return report
