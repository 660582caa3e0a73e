"""A decorator with arguments that guards API handlers by role."""

import functools
from collections.abc import Callable
from typing import Any, TypedDict


class User(TypedDict):
    name: str
    roles: list[str]


class PermissionDenied(Exception):
    """The user may not call this handler; the API answers 403."""


Handler = Callable[..., Any]


def require_role(*roles: str) -> Callable[[Handler], Handler]:
    # Runs once, where the decorator is applied: a good place to check usage.
    if not roles:
        raise ValueError("require_role() needs at least one role")
    allowed = frozenset(roles)

    def decorator(handler: Handler) -> Handler:
        @functools.wraps(handler)
        def wrapper(user: User, *args: Any, **kwargs: Any) -> Any:
            if allowed.isdisjoint(user["roles"]):
                needed = ", ".join(roles)
                raise PermissionDenied(f"{user['name']} needs one of: {needed}")
            return handler(user, *args, **kwargs)

        return wrapper

    return decorator
