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

import logging
from collections.abc import Callable
from typing import TypeVar

T = TypeVar("T")

logger = logging.getLogger(__name__)


def call_with_retries(func: Callable[[], T], attempts: int = 3) -> T:
    if attempts < 1:
        raise ValueError(f"attempts must be at least 1, got {attempts}")
    attempt = 1
    while True:
        try:
            result = func()
        except TimeoutError as err:
            logger.warning("attempt %d/%d failed: %s", attempt, attempts, err)
            if attempt == attempts:
                logger.error("giving up after %d attempts", attempts)
                raise
            attempt += 1
        else:
            if attempt > 1:
                logger.info("succeeded on attempt %d", attempt)
            return result
