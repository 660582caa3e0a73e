"""Call a function again when the network fails.

call_with_retry(func, *args, attempts=3, **kwargs) calls func with the given
arguments. If func raises ConnectionError, it tries again, up to `attempts`
calls in total, and then re-raises the last error.

It crashes with a TypeError as soon as it is used. Read the traceback and
fix it.
"""

from collections.abc import Callable
from typing import Any


def call_with_retry(
    func: Callable[..., Any], *args: Any, attempts: int = 3, **kwargs: Any
) -> Any:
    if attempts < 1:
        raise ValueError("attempts must be at least 1")
    for attempt in range(1, attempts + 1):
        try:
            # TODO: the traceback points here. What does func really receive?
            return func(*args, kwargs)
        except ConnectionError:
            if attempt == attempts:
                raise
