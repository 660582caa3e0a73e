"""Page through an orders API with an async generator.

The orders API returns one page per call:

    await api.list_orders(None)
    -> {"orders": [{"id": "A-1001", "total": 35000}, ...], "next_cursor": "p1"}

Pass the page's next_cursor to get the following page; the last page has
"next_cursor": None. Callers should not have to care about pages:

1. iter_orders(api) is an async generator that yields every order, page
   after page, starting from list_orders(None).
2. first_big_orders(api, min_total, limit) goes through iter_orders with
   `async for` and returns the ids of the first `limit` orders whose total
   is at least `min_total`. It stops as soon as it has them, so no page
   after that is fetched; with limit 0 it fetches nothing at all.
"""

from collections.abc import AsyncIterator
from typing import Any, Protocol


class OrdersAPI(Protocol):
    async def list_orders(self, cursor: str | None) -> dict[str, Any]: ...


async def iter_orders(api: OrdersAPI) -> AsyncIterator[dict[str, Any]]:
    cursor: str | None = None
    while True:
        page = await api.list_orders(cursor)
        for order in page["orders"]:
            yield order
        cursor = page["next_cursor"]
        if cursor is None:
            return


async def first_big_orders(api: OrdersAPI, min_total: int, limit: int) -> list[str]:
    found: list[str] = []
    if limit <= 0:
        return found
    # The generator is lazy: a page is requested only when the loop needs
    # the next order, so breaking out early leaves the rest unfetched.
    async for order in iter_orders(api):
        if order["total"] >= min_total:
            found.append(order["id"])
            if len(found) == limit:
                break
    return found
