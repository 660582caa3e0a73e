"""Check the health of many services at once with a thread pool.

`check_all(urls, fetch)` calls `fetch(url)` for every URL and returns
`(url, status)` pairs in the same order as `urls`. Each call waits on the
network for a while, so checking the URLs one after another is far too slow
for the on-call dashboard.

Run the checks concurrently with `concurrent.futures.ThreadPoolExecutor`,
using at most 8 worker threads, and keep the results in input order.
"""

from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor

MAX_WORKERS = 8


def check_all(urls: list[str], fetch: Callable[[str], int]) -> list[tuple[str, int]]:
    with ThreadPoolExecutor(max_workers=MAX_WORKERS) as pool:
        # map() yields results in the order of `urls`, whatever order they finish in.
        return list(zip(urls, pool.map(fetch, urls), strict=True))
