"""Attribute orders to ad clicks inside a time window.

Marketing wants to know, for every ad click, how many orders were placed in
the `window` seconds after it. An order placed at time t counts for a click
at time c when c <= t < c + window. Both lists are Unix timestamps sorted
from oldest to newest, and may repeat.

Because both lists are sorted, the window [click, click + window) only ever
moves forward: two indexes into `orders` follow its edges, and each order is
passed once by each index. That is O(len(clicks) + len(orders)).
"""


def orders_after_clicks(clicks: list[int], orders: list[int], window: int) -> list[int]:
    """For each click, the number of orders within `window` seconds after it."""
    counts = []
    first = 0  # index of the first order at or after the click
    end = 0  # index of the first order at or after click + window
    for click in clicks:
        while first < len(orders) and orders[first] < click:
            first += 1
        while end < len(orders) and orders[end] < click + window:
            end += 1
        counts.append(max(end - first, 0))
    return counts
