"""Find outages in a stream of service heartbeats.

Every service sends a heartbeat every few seconds. When the gap between two
heartbeats in a row is longer than max_gap, the service was down (or
unreachable) in between. find_outages yields (last heartbeat before the
gap, first heartbeat after it) for every such gap.

The heartbeats come from a live stream, not a list. Run the exercise, read
the traceback, and fix find_outages so that it works on any iterable,
including a stream that never ends.
"""

from collections.abc import Iterable, Iterator
from datetime import datetime, timedelta
from itertools import pairwise


def find_outages(
    heartbeats: Iterable[datetime], max_gap: timedelta
) -> Iterator[tuple[datetime, datetime]]:
    for previous, current in pairwise(heartbeats):
        if current - previous > max_gap:
            yield previous, current
