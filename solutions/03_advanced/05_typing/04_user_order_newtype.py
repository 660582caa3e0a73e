"""Tell user ids and order ids apart with NewType.

Users and orders both have plain int ids, and last month a refund went to the
wrong account because somewhere the two were swapped. Make them different
types to mypy: UserId and OrderId, both NewTypes of int. Use them in the
dataclasses and in the signatures below, then fix the mix-up that mypy finds.
"""

from dataclasses import dataclass
from typing import NewType

UserId = NewType("UserId", int)
OrderId = NewType("OrderId", int)


@dataclass(frozen=True)
class User:
    id: UserId
    name: str


@dataclass(frozen=True)
class Order:
    id: OrderId
    user_id: UserId
    amount: int


def refund(order_id: OrderId, user_id: UserId, amount: int) -> str:
    """Return the refund instruction for the payment system."""
    return f"refund order #{order_id}: {amount:,} won to user #{user_id}"


def orders_of(user_id: UserId, orders: list[Order]) -> list[OrderId]:
    """Return the ids of the user's orders."""
    return [order.id for order in orders if order.user_id == user_id]


def refund_all(user: User, orders: list[Order]) -> list[str]:
    """Refund every order of the user, in full."""
    by_id = {order.id: order for order in orders}
    return [
        refund(order_id, user.id, by_id[order_id].amount)
        for order_id in orders_of(user.id, orders)
    ]
