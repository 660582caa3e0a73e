"""Wrap a callback-based payment SDK in a coroutine, using a Future.

The payment gateway's SDK predates asyncio. gateway.charge(order_id,
amount, callback) returns at once, and later, from the event loop, the SDK
calls

    callback(error, receipt_id)

with (None, "R-...") when the charge went through, or with
("card declined", None) when it did not.

charge_async(gateway, order_id, amount) hides the callback: it returns
the receipt id, or raises PaymentError(f"{order_id}: {error}"). If the
caller gives up while waiting (the task is cancelled), a late callback must
be ignored quietly.
"""

import asyncio
from collections.abc import Callable
from typing import Protocol

Callback = Callable[[str | None, str | None], None]


class Gateway(Protocol):
    def charge(self, order_id: str, amount: int, callback: Callback) -> None: ...


class PaymentError(Exception):
    """The gateway refused the charge."""


async def charge_async(gateway: Gateway, order_id: str, amount: int) -> str:
    # TODO: create a Future on the running loop, let the callback resolve it,
    # and await it
    raise NotImplementedError
