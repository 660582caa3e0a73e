"""Per-endpoint response-time stats kept in a closure."""

from collections.abc import Callable
from typing import NamedTuple


class Stats(NamedTuple):
    count: int
    average: float
    slowest: float


def make_latency_tracker() -> Callable[[float], Stats]:
    count = 0
    total = 0.0
    slowest = 0.0

    def record(ms: float) -> Stats:
        # Without `nonlocal`, assigning would make these new local variables.
        nonlocal count, total, slowest
        count += 1
        total += ms
        slowest = max(slowest, ms)
        return Stats(count, total / count, slowest)

    return record
