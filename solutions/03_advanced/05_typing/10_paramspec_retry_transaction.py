"""Decorators that keep their function's signature: ParamSpec and Concatenate.

retry() works, but it is typed with Callable[..., Any], so every function it
decorates loses its signature: mypy accepts fetch_user("42") and treats the
result as Any. Type it with a ParamSpec so that the wrapper has exactly the
parameters and return type of the function it wraps.

Then write transactional(): it opens a connection, passes it as the first
argument, and commits (or rolls back on an exception). Callers don't pass the
connection, so the decorated function has one parameter less: Concatenate.
"""

import functools
import logging
from collections.abc import Callable
from typing import Concatenate, ParamSpec, TypeVar

P = ParamSpec("P")
R = TypeVar("R")

logger = logging.getLogger("orders")


class Connection:
    """A stand-in for a database connection: it only logs what it does."""

    def __init__(self) -> None:
        logger.info("BEGIN")

    def execute(self, sql: str, params: tuple[object, ...] = ()) -> None:
        logger.info("%s %s", sql, list(params))

    def commit(self) -> None:
        logger.info("COMMIT")

    def rollback(self) -> None:
        logger.info("ROLLBACK")


def retry(
    times: int, on: tuple[type[Exception], ...] = (ConnectionError, TimeoutError)
) -> Callable[[Callable[P, R]], Callable[P, R]]:
    """Call the function up to `times` times while it raises one of `on`."""
    if times < 1:
        raise ValueError("times must be at least 1")

    def decorator(func: Callable[P, R]) -> Callable[P, R]:
        @functools.wraps(func)
        def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
            for attempt in range(1, times):
                try:
                    return func(*args, **kwargs)
                except on as error:
                    logger.warning(
                        "%s failed (attempt %d of %d): %s",
                        func.__name__,
                        attempt,
                        times,
                        error,
                    )
            return func(*args, **kwargs)

        return wrapper

    return decorator


def transactional(func: Callable[Concatenate[Connection, P], R]) -> Callable[P, R]:
    """Run func in a transaction, with a new Connection as its first argument.

    Commit when func returns; roll back and re-raise when it raises.
    """

    @functools.wraps(func)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        connection = Connection()
        try:
            result = func(connection, *args, **kwargs)
        except Exception:
            connection.rollback()
            raise
        connection.commit()
        return result

    return wrapper


# --- the service: decorated functions and their callers ---------------------

USERS = {
    42: {"name": "김민지", "email": "minji@example.com"},
    7: {"name": "Park Jun", "email": "jun@example.com"},
}
failures_left: dict[int, int] = {}  # user id -> calls that will time out first


@retry(3)
def fetch_user(user_id: int, *, timeout: float = 1.0) -> dict[str, str]:
    """Fetch a user from the (fake) user service."""
    if failures_left.get(user_id, 0) > 0:
        failures_left[user_id] -= 1
        raise TimeoutError(f"user service did not answer in {timeout}s")
    return USERS[user_id]


@transactional
def save_order(conn: Connection, order_id: str, amount: int) -> str:
    """Insert an order; the amount must be positive."""
    conn.execute("INSERT INTO orders (id, amount) VALUES (?, ?)", (order_id, amount))
    if amount <= 0:
        raise ValueError(f"amount must be positive, got {amount}")
    return order_id


def user_display_name(user_id: int) -> str:
    return fetch_user(user_id, timeout=0.5)["name"]


def checkout(user_id: int, order_id: str, amount: int) -> str:
    saved = save_order(order_id, amount)
    return f"{saved} saved for {user_display_name(user_id)}"
