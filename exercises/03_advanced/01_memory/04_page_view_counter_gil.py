"""Page view counts that come out too low under load.

Every request thread of the web server calls PageViewCounter.hit(). With one
thread the counts are exact; with several, some views go missing, even though
"the GIL runs only one thread at a time". Make hit() safe to call from many
threads at once.
"""

import time


def _audit(page: str, view_number: int) -> None:
    """Write one line to the audit log (I/O, so the thread may be switched out)."""
    time.sleep(0)  # stands in for the write; it lets other threads run, as I/O does


class PageViewCounter:
    def __init__(self) -> None:
        self._counts: dict[str, int] = {}

    # TODO: two threads can both read the same count, and one update is lost.
    def hit(self, page: str) -> None:
        current = self._counts.get(page, 0)
        _audit(page, current + 1)
        self._counts[page] = current + 1

    def snapshot(self) -> dict[str, int]:
        """A copy of the counts, safe to read while other threads keep counting."""
        return dict(self._counts)
