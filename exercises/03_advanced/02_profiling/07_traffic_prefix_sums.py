"""Answer "how many requests between t1 and t2?" for the API dashboard.

TrafficStats holds the number of requests in every second of a week.
Dashboards ask requests_between(start, end) over and over, for every panel
and every refresh. The answers are right but each one re-adds a whole range,
and a busy dashboard asks a hundred thousand of them.
"""


class TrafficStats:
    def __init__(self, counts: list[int]) -> None:
        """counts[i] is the number of requests in second i."""
        # TODO: do the expensive work once, here.
        self._counts = counts

    def requests_between(self, start: int, end: int) -> int:
        """Requests in seconds start, start + 1, ..., end - 1.

        Like range(start, end): 0 <= start <= end <= len(counts), and
        start == end means an empty range.
        """
        return sum(self._counts[start:end])
