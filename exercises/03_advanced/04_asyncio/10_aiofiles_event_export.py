"""Export a stream of events to one JSON Lines file per day, with aiofiles.

An event consumer receives user events from a message broker as an async
iterator of dicts:

    {"ts": "2024-06-01T09:15:02", "user": "u-1001", "action": "login"}

export_events(events, out_dir) writes every event, as one line of JSON, to
out_dir/<day>.jsonl, where <day> is the first 10 characters of "ts". Events
of different days arrive mixed together; each day's file keeps them in
arrival order. It returns how many events went to each day.

Plain open() and write() block the event loop while the disk works;
aiofiles runs them in a thread pool and gives you awaitable versions.
If the stream breaks halfway, every line received so far must already be
in its file, and the error must reach the caller.
"""

from collections.abc import AsyncIterable
from typing import Any


async def export_events(
    events: AsyncIterable[dict[str, Any]], out_dir: str
) -> dict[str, int]:
    # TODO: async for over the events, write each one with aiofiles
    raise NotImplementedError
