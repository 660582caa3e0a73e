"""Attribute orders to ad clicks inside a time window.

Marketing wants to know, for every ad click, how many orders were placed in
the `window` seconds after it. An order placed at time t counts for a click
at time c when c <= t < c + window. Both lists are Unix timestamps sorted
from oldest to newest, and may repeat.

The counts are right, but a day of clicks and orders takes minutes.
"""


def orders_after_clicks(clicks: list[int], orders: list[int], window: int) -> list[int]:
    """For each click, the number of orders within `window` seconds after it."""
    # TODO: both lists are sorted. What does that let you skip?
    counts = []
    for click in clicks:
        counts.append(sum(1 for placed in orders if click <= placed < click + window))
    return counts
