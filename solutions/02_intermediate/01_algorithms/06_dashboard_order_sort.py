"""Sort orders for the support dashboard.

The support team wants the orders that need attention on top:

1. by status, in the order of STATUS_ORDER ("failed" first);
2. within a status, the newest order first (created_at, descending);
3. orders created in the same second by id, smallest first.

created_at is an ISO 8601 string such as "2024-05-03T10:15:00".
"""

STATUS_ORDER = ["failed", "pending", "shipped", "delivered"]


def sort_for_dashboard(orders: list[dict]) -> list[dict]:
    """Return a new list with the orders in dashboard order."""
    rank = {status: i for i, status in enumerate(STATUS_ORDER)}
    # A string cannot be negated, so sort in passes, least important key
    # first. Python's sort is stable (reverse=True too): each pass keeps the
    # order of the previous one among items that tie on its own key.
    by_id = sorted(orders, key=lambda order: order["id"])
    newest_first = sorted(by_id, key=lambda order: order["created_at"], reverse=True)
    return sorted(newest_first, key=lambda order: rank[order["status"]])
