"""Crawl product pages politely: at most N requests in flight.

crawl(client, urls, max_concurrency) fetches every URL and returns a dict
url -> size of the body in bytes, or "HTTP <status>" when the request
failed.

The shop's API allows each client at most `max_concurrency` requests at
the same time and answers any request over that limit with HTTP 429 Too
Many Requests. The version below fires every request at once, so on a
real crawl most pages come back as 429. Limit it with an
asyncio.Semaphore, while keeping up to max_concurrency requests running.
"""

import asyncio
from typing import Protocol


class HTTPError(Exception):
    def __init__(self, status: int) -> None:
        super().__init__(f"HTTP {status}")
        self.status = status


class Client(Protocol):
    async def get(self, url: str) -> bytes: ...


async def crawl(
    client: Client, urls: list[str], max_concurrency: int
) -> dict[str, int | str]:
    # Every task is started at once, but only max_concurrency of them can hold
    # the semaphore; the others wait in `async with` until one is released.
    limit = asyncio.Semaphore(max_concurrency)

    async def fetch(url: str) -> int | str:
        try:
            async with limit:
                body = await client.get(url)
        except HTTPError as e:
            return f"HTTP {e.status}"
        return len(body)

    results = await asyncio.gather(*(fetch(url) for url in urls))
    return dict(zip(urls, results, strict=True))
