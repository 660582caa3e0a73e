"""Answer "how many requests between t1 and t2?" for the API dashboard.

TrafficStats holds the number of requests in every second of a week.
Dashboards ask requests_between(start, end) over and over, for every panel
and every refresh. A prefix-sum table built once makes every answer two
lookups and a subtraction, however long the range.
"""

from itertools import accumulate


class TrafficStats:
    def __init__(self, counts: list[int]) -> None:
        """counts[i] is the number of requests in second i."""
        # _prefix[i] is the number of requests in seconds 0 .. i - 1.
        self._prefix = list(accumulate(counts, initial=0))

    def requests_between(self, start: int, end: int) -> int:
        """Requests in seconds start, start + 1, ..., end - 1.

        Like range(start, end): 0 <= start <= end <= len(counts), and
        start == end means an empty range.
        """
        return self._prefix[end] - self._prefix[start]
