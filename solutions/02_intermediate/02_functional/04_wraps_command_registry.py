"""Admin commands that keep their names through a decorator."""

import functools
import logging
from collections.abc import Callable
from typing import Any

logger = logging.getLogger(__name__)

COMMANDS: dict[str, Callable[..., Any]] = {}


def log_calls(func: Callable[..., Any]) -> Callable[..., Any]:
    # wraps copies __name__, __doc__, __module__, __qualname__ and more onto
    # wrapper, and sets wrapper.__wrapped__ = func for inspect.signature().
    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        logger.info("%s called with %r %r", func.__name__, args, kwargs)
        return func(*args, **kwargs)

    return wrapper


def command(func: Callable[..., Any]) -> Callable[..., Any]:
    COMMANDS[func.__name__] = func
    return func


@command
@log_calls
def create_user(name: str, role: str = "member") -> str:
    """Create a user account.

    The account starts with the given role.
    """
    return f"created {name} ({role})"


@command
@log_calls
def disable_user(name: str) -> str:
    """Disable a user so they can no longer sign in."""
    return f"disabled {name}"


@command
@log_calls
def reset_password(name: str, *, notify: bool = True) -> str:
    """Send a password reset link."""
    return f"reset link for {name}" + (" (emailed)" if notify else "")
