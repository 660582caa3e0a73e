"""Per-endpoint response-time stats kept in a closure.

make_latency_tracker() returns a function record(ms) for one API endpoint.
Each call adds one response time in milliseconds and returns a Stats with the
number of requests so far, their average and the slowest one.

The very first call crashes. Read the traceback and fix it; keep the state
inside the closure (no globals, no class).
"""

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
        # TODO: the traceback points into this function. Which variables is
        # it allowed to assign to?
        count += 1
        total += ms
        slowest = max(slowest, ms)
        return Stats(count, total / count, slowest)

    return record
