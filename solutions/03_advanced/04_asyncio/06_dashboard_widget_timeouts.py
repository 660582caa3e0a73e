"""Load dashboard widgets concurrently, with a timeout for each one.

The admin dashboard shows widgets from several internal services (sales,
signups, stock, ...). load_widgets(sources, timeout) receives a dict of
name -> loader, where a loader is an async function with no arguments that
returns the widget's value.

Services fail, and some hang, but one bad widget must never break the
page. The version below loads the widgets one at a time, waits forever for
a service that hangs, and lets the first exception take the whole page
down. Rewrite it so that:

- all loaders run concurrently;
- each gets at most `timeout` seconds; after that it is cancelled and its
  widget shows "timeout";
- a loader that raises shows "error: <ExceptionType>: <message>";
- every other widget shows str(value).

The result has the same keys, in the same order, as `sources`.
"""

import asyncio
from collections.abc import Awaitable, Callable

Loader = Callable[[], Awaitable[object]]


def describe(result: object) -> str:
    # On Python 3.11+ asyncio.TimeoutError is the built-in TimeoutError; on
    # 3.10 it is a class of its own, so check the asyncio name to support both.
    if isinstance(result, asyncio.TimeoutError):
        return "timeout"
    if isinstance(result, Exception):
        return f"error: {type(result).__name__}: {result}"
    return str(result)


async def load_widgets(sources: dict[str, Loader], timeout: float) -> dict[str, str]:
    # wait_for cancels a loader that runs past its timeout and raises
    # TimeoutError; return_exceptions=True makes gather hand every exception
    # back as a result instead of raising the first one.
    results = await asyncio.gather(
        *(asyncio.wait_for(load(), timeout) for load in sources.values()),
        return_exceptions=True,
    )
    return {
        name: describe(result) for name, result in zip(sources, results, strict=True)
    }
