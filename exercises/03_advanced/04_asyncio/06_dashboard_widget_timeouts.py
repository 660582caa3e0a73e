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


async def load_widgets(sources: dict[str, Loader], timeout: float) -> dict[str, str]:
    # TODO: run the loaders concurrently, give each one `timeout` seconds,
    # and turn failures into "timeout" / "error: ..." instead of raising
    widgets = {}
    for name, load in sources.items():
        widgets[name] = str(await load())
    return widgets
