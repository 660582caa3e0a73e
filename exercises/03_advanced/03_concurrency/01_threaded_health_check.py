"""Check the health of many services at once with a thread pool.

`check_all(urls, fetch)` calls `fetch(url)` for every URL and returns
`(url, status)` pairs in the same order as `urls`. Each call waits on the
network for a while, so checking the URLs one after another is far too slow
for the on-call dashboard.

Run the checks concurrently with `concurrent.futures.ThreadPoolExecutor`,
using at most 8 worker threads, and keep the results in input order.
"""

from collections.abc import Callable

MAX_WORKERS = 8


def check_all(urls: list[str], fetch: Callable[[str], int]) -> list[tuple[str, int]]:
    # TODO: this works, but one request at a time. Use a thread pool instead.
    results = []
    for url in urls:
        results.append((url, fetch(url)))
    return results
