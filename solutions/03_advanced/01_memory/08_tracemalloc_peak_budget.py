"""Measure how much memory a function needs at its peak.

The data team wants memory budgets in CI, such as "building the daily
report may not need more than 20 MiB on top of what is already loaded".
Write measure_peak(): it calls a function and returns the function's result
together with the peak memory allocated during the call, measured with the
standard library's tracemalloc.
"""

import tracemalloc
from collections.abc import Callable
from typing import ParamSpec, TypeVar

P = ParamSpec("P")
T = TypeVar("T")


def measure_peak(
    func: Callable[P, T], *args: P.args, **kwargs: P.kwargs
) -> tuple[T, int]:
    """Call func(*args, **kwargs); return its result and the peak bytes it allocated.

    - Count only memory allocated during the call: what was already allocated
      before it does not count, even if tracemalloc was already running.
    - If tracemalloc was not running, start it for the call and stop it
      afterwards, also when func raises. If it was running, leave it running.
    """
    started_here = not tracemalloc.is_tracing()
    if started_here:
        tracemalloc.start()
    try:
        tracemalloc.reset_peak()  # forget peaks from before the call
        before, _ = tracemalloc.get_traced_memory()
        result = func(*args, **kwargs)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        if started_here:
            tracemalloc.stop()
    return result, peak - before
