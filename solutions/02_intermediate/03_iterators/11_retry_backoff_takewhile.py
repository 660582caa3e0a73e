"""Plan the retries of a failed webhook delivery within a time budget.

backoff_delays() yields the waits of an exponential backoff forever:
0.5 s, 1 s, 2 s, 4 s, ..., never more than `cap`. retry_schedule(budget)
should return the moments, in seconds after the first failure, at which
to retry, as long as they fit in the budget. It never returns. Fix it.
"""

from collections.abc import Iterator
from itertools import accumulate, takewhile


def backoff_delays(
    base: float = 0.5, factor: float = 2.0, cap: float = 30.0
) -> Iterator[float]:
    """Yield retry delays forever: base, base * factor, ..., at most cap."""
    delay = min(base, cap)
    while True:
        yield delay
        delay = min(delay * factor, cap)


def retry_schedule(
    budget: float, base: float = 0.5, factor: float = 2.0, cap: float = 30.0
) -> list[float]:
    """The moments to retry at, from the first one up to the budget."""
    # running totals of the delays: 0.5, 1.5, 3.5, 7.5, ...
    moments = accumulate(backoff_delays(base, factor, cap))
    # A filter (`if`) looks at every item, and there is no last one.
    # takewhile stops at the first moment past the budget.
    return list(takewhile(lambda moment: moment <= budget, moments))
