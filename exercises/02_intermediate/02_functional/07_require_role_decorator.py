"""A decorator with arguments that guards API handlers by role.

    @require_role("admin", "billing")
    def refund_order(user, order_id, amount): ...

Every handler takes the current user as its first argument, a dict like
{"name": "김민수", "roles": ["admin"]}. The decorated handler runs only when
the user has at least one of the given roles; otherwise it raises
PermissionDenied("김민수 needs one of: admin, billing") without calling the
handler. Calling require_role() with no roles is a bug in the caller's code:
raise ValueError at once. The decorated handler keeps its name and docstring.
"""

from collections.abc import Callable
from typing import Any, TypedDict


class User(TypedDict):
    name: str
    roles: list[str]


class PermissionDenied(Exception):
    """The user may not call this handler; the API answers 403."""


Handler = Callable[..., Any]


def require_role(*roles: str) -> Callable[[Handler], Handler]:
    # TODO: require_role(...) returns a decorator; the decorator takes the
    # handler and returns a wrapper; the wrapper checks the user's roles.
    raise NotImplementedError
