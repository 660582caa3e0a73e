"""A priority queue for background jobs.

Workers take the most urgent job first: priority 0 before priority 1, and so
on. Jobs with the same priority come out in the order they were pushed
(first in, first out). A job is a dict such as {"id": 17, "task": "send_email"}.

It works in a quick demo, then crashes in production. Run it and read the
traceback.
"""

import heapq


class JobQueue:
    def __init__(self) -> None:
        self._heap: list = []

    def push(self, job: dict, priority: int) -> None:
        # TODO: what does heapq compare when two jobs have the same priority?
        heapq.heappush(self._heap, (priority, job))

    def pop(self) -> dict:
        """Remove and return the most urgent job."""
        _priority, job = heapq.heappop(self._heap)
        return job

    def __len__(self) -> int:
        return len(self._heap)
