"""Fetch many users over HTTP with one aiohttp ClientSession.

The admin page shows a list of users, and fetch_users(base_url, user_ids)
asks the user service for each of them: GET {base_url}/api/users/{id}
returns the user as JSON, or 404 when there is no such user. The result is
a dict id -> user dict, with None for a missing user; any other HTTP error
is raised.

It works, but it opens a new ClientSession (with its own connection pool)
for every user and waits for each response before sending the next
request. Make it share one session and send the requests concurrently,
without changing what it returns.
"""

import asyncio
from typing import Any

import aiohttp


async def fetch_user(
    session: aiohttp.ClientSession, base_url: str, user_id: int
) -> dict[str, Any] | None:
    async with session.get(f"{base_url}/api/users/{user_id}") as resp:
        if resp.status == 404:
            return None
        resp.raise_for_status()
        return await resp.json()


async def fetch_users(
    base_url: str, user_ids: list[int]
) -> dict[int, dict[str, Any] | None]:
    # One session for the whole batch: it keeps a pool of connections that
    # the concurrent requests share, and closing it closes them all.
    async with aiohttp.ClientSession() as session:
        users = await asyncio.gather(
            *(fetch_user(session, base_url, user_id) for user_id in user_ids)
        )
    return dict(zip(user_ids, users, strict=True))
