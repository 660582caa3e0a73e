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
    # TODO: only created_at should be descending, but this reverses every key.
    return sorted(
        orders,
        key=lambda order: (rank[order["status"]], order["created_at"], order["id"]),
        reverse=True,
    )
