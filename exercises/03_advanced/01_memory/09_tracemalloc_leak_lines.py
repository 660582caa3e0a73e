"""Find the lines that leak memory, with tracemalloc snapshots.

The order API's memory grows by a few megabytes every hour until it is
restarted. Write top_growth(): run a piece of work between two tracemalloc
snapshots and report the source lines whose memory grew the most. Memory
that the work allocates and frees again is not a leak and must not show up.
"""

import tracemalloc
from collections.abc import Callable


def top_growth(
    func: Callable[[], object], filename_pattern: str, limit: int = 3
) -> list[tuple[str, int, int]]:
    """Run func() and return the lines whose memory grew most during it.

    Each entry is (filename, line number, bytes grown), biggest growth first.
    Only lines in files matching filename_pattern (an fnmatch pattern such as
    "*order_api.py") count, only lines that grew (not shrank) are reported,
    and at most `limit` of them. Start tracemalloc if it is not running (and
    stop it again afterwards); if it is running, leave it running.
    """
    # TODO: take_snapshot() before and after, filter_traces, compare_to("lineno")
    raise NotImplementedError("top_growth() is not written yet")
