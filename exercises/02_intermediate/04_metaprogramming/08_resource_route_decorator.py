"""API resources registered by a class decorator.

A tiny web framework maps URL paths to resource classes. Writing
@route("/users") above a class registers it in ROUTES, and handle_request()
answers 404 for a path nobody registered and 405 for an HTTP method the
resource does not implement. As shipped, the module does not even import:
read the traceback and find out what became of UserResource. Then finish
route() so that it also records which methods each resource supports.
"""

from collections.abc import Callable
from typing import Any

HTTP_METHODS = ("get", "post", "put", "patch", "delete")
ROUTES: dict[str, type] = {}


def route(path: str) -> Callable[[type], type]:
    """Class decorator: register the decorated resource class under PATH."""

    def decorator(cls: type) -> type:
        # TODO: set cls.allowed_methods to a tuple such as ("GET", "POST"):
        # the methods of HTTP_METHODS that the class has (its own or
        # inherited), upper-cased, in the order of HTTP_METHODS. A class with
        # none of them raises ValueError("PingResource has no HTTP methods").
        if path in ROUTES:
            taken_by = ROUTES[path].__name__
            raise ValueError(f"{path} is already routed to {taken_by}")
        ROUTES[path] = cls
        cls.path = path

    return decorator


def handle_request(method: str, path: str) -> tuple[int, Any]:
    resource_class = ROUTES.get(path)
    if resource_class is None:
        return 404, "not found"
    if method.upper() not in resource_class.allowed_methods:
        return 405, "allowed: " + ", ".join(resource_class.allowed_methods)
    return 200, getattr(resource_class(), method.lower())()


@route("/users")
class UserResource:
    def get(self) -> list[str]:
        return ["kim", "lee"]

    def post(self) -> str:
        return "user created"


@route("/admin/users")
class AdminUserResource(UserResource):
    def delete(self) -> str:
        return "user deleted"


@route("/health")
class HealthResource:
    def get(self) -> str:
        return "ok"
