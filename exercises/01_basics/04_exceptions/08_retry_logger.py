"""Report retries through a module logger, not print().

`call_with_retries(func, attempts)` calls `func()` until it succeeds,
retrying only when it raises TimeoutError. It works, but it reports what
happens with print(), which a library should never do: the application that
imports it decides where logs go.

Switch to logging:

* create the module logger with `logging.getLogger(__name__)`
* don't configure logging here (no basicConfig, no handlers)
* each failed attempt:     WARNING "attempt 1/3 failed: timed out"
* success after a retry:   INFO    "succeeded on attempt 2"
* the last attempt fails:  ERROR   "giving up after 3 attempts",
                           then re-raise the TimeoutError
"""

from collections.abc import Callable
from typing import TypeVar

T = TypeVar("T")

# TODO: create the module logger.


def call_with_retries(func: Callable[[], T], attempts: int = 3) -> T:
    if attempts < 1:
        raise ValueError(f"attempts must be at least 1, got {attempts}")
    attempt = 1
    while True:
        try:
            result = func()
        except TimeoutError as err:
            # TODO: replace every print() in this function with a logger call.
            print(f"attempt {attempt}/{attempts} failed: {err}")
            if attempt == attempts:
                print(f"giving up after {attempts} attempts")
                raise
            attempt += 1
        else:
            if attempt > 1:
                print(f"succeeded on attempt {attempt}")
            return result
