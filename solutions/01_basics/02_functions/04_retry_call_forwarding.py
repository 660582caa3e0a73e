"""Call a function again when the network fails."""

from collections.abc import Callable
from typing import Any


def call_with_retry(
    func: Callable[..., Any], *args: Any, attempts: int = 3, **kwargs: Any
) -> Any:
    if attempts < 1:
        raise ValueError("attempts must be at least 1")
    for attempt in range(1, attempts + 1):
        try:
            return func(*args, **kwargs)
        except ConnectionError:
            if attempt == attempts:
                raise
