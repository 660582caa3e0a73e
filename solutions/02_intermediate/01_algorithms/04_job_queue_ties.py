"""A priority queue for background jobs.

Workers take the most urgent job first: priority 0 before priority 1, and so
on. Jobs with the same priority come out in the order they were pushed
(first in, first out). A job is a dict such as {"id": 17, "task": "send_email"}.

It works in a quick demo, then crashes in production. Run it and read the
traceback.
"""

import heapq
from itertools import count


class JobQueue:
    def __init__(self) -> None:
        # Entries are (priority, sequence number, job). The sequence numbers
        # are unique, so tuples never get as far as comparing two jobs, and
        # equal priorities come out in push order.
        self._heap: list[tuple[int, int, dict]] = []
        self._sequence = count()

    def push(self, job: dict, priority: int) -> None:
        heapq.heappush(self._heap, (priority, next(self._sequence), job))

    def pop(self) -> dict:
        """Remove and return the most urgent job."""
        _priority, _sequence, job = heapq.heappop(self._heap)
        return job

    def __len__(self) -> int:
        return len(self._heap)
