"""Which release was live when each error happened?

To blame errors on the right release, every error is tagged with the
version that was deployed at the time: the last deploy at or before the
error's timestamp, or "unknown" for errors older than the first deploy.

The answers are right, but a month of data takes forever. Make it fast
without changing what it returns.
"""

from bisect import bisect_right


def releases_for_errors(deploys: list[tuple[int, str]], errors: list[int]) -> list[str]:
    """Return the live version for each error timestamp, in the same order.

    deploys holds (timestamp, version) pairs sorted by timestamp; when two
    deploys share a timestamp, the later one in the list wins. Timestamps
    are Unix seconds. errors is in no particular order.
    """
    deployed_at = [timestamp for timestamp, _version in deploys]
    live_versions = []
    for error_at in errors:
        # The number of deploys at or before error_at, in O(log n) steps.
        i = bisect_right(deployed_at, error_at)
        live_versions.append(deploys[i - 1][1] if i else "unknown")
    return live_versions
