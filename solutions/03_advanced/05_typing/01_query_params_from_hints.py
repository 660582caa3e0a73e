"""Typed query parameters: let the type hints do the parsing.

bind_query() below is a tiny piece of web framework, already written. It calls
a handler with the parameters of a query string such as "page=3&size=50".
A query string holds only text, so bind_query() reads each parameter's type
hint with typing.get_type_hints() and converts the text to that type.

The three handlers have no type hints yet, so they get raw strings and break.
Annotate every parameter and the return type as each docstring says. Don't
change bind_query() or the bodies of the handlers.
"""

import inspect
from collections.abc import Callable, Mapping
from types import NoneType, UnionType
from typing import Any, TypeVar, Union, get_args, get_origin, get_type_hints

T = TypeVar("T")


class BadRequest(Exception):
    """The query string does not fit the handler (HTTP 400)."""


# --- framework code: don't change ------------------------------------------


def describe(hint: Any) -> str:
    """Return a type hint the way you would write it: "list[int]", "str | None"."""
    origin, args = get_origin(hint), get_args(hint)
    if origin in (Union, UnionType):
        return " | ".join(describe(arg) for arg in args)
    if origin is not None:
        return f"{origin.__name__}[{', '.join(describe(arg) for arg in args)}]"
    if hint is NoneType:
        return "None"
    return getattr(hint, "__name__", repr(hint))


def convert(text: str, hint: Any) -> Any:
    """Turn the text of one query parameter into a value of type hint."""
    origin, args = get_origin(hint), get_args(hint)
    if origin in (Union, UnionType) and NoneType in args:
        (inner,) = (arg for arg in args if arg is not NoneType)
        return None if text == "" else convert(text, inner)
    if origin is list:
        return [convert(part, args[0]) for part in text.split(",") if part]
    if hint is bool:
        return text.lower() in {"1", "true", "yes", "on"}
    try:
        return hint(text)
    except ValueError:
        raise BadRequest(f"expected {describe(hint)}, got {text!r}") from None


def bind_query(handler: Callable[..., T], query: Mapping[str, str]) -> T:
    """Call handler with the query parameters, converted by their type hints.

    A parameter without a type hint gets the raw text. A parameter missing from
    the query gets its default value, or is a BadRequest if it has none.
    """
    hints = get_type_hints(handler)
    kwargs: dict[str, Any] = {}
    for name, parameter in inspect.signature(handler).parameters.items():
        if name in query:
            try:
                kwargs[name] = convert(query[name], hints.get(name, str))
            except BadRequest as error:
                raise BadRequest(f"{name}: {error}") from None
        elif parameter.default is inspect.Parameter.empty:
            raise BadRequest(f"{name}: missing")
    return handler(**kwargs)


# --- handlers ---------------------------------------------------------------


def list_orders(page: int, size: int = 20, status: str | None = None) -> str:
    """GET /orders

    page: int, the page number (1 is the first page).
    size: int, orders per page, 20 by default.
    status: a str or None, None (any status) by default.
    Returns a str.
    """
    first = (page - 1) * size + 1
    last = page * size
    label = "any" if status is None else status
    return f"orders {first}-{last}, status: {label}"


def search_products(
    keyword: str,
    tags: list[str],
    min_price: float | None = None,
    in_stock: bool = False,
) -> str:
    """GET /products/search

    keyword: str.
    tags: a list of str ("sale,new" in the query string).
    min_price: a float or None, None by default.
    in_stock: bool, False by default.
    Returns a str.
    """
    filters = [f"keyword={keyword!r}", f"tags={sorted(tags)}"]
    if min_price is not None:
        filters.append(f"price>={min_price:,.0f}")
    if in_stock:
        filters.append("in stock only")
    return ", ".join(filters)


def delete_orders(order_ids: list[int], dry_run: bool = True) -> str:
    """DELETE /orders

    order_ids: a list of int ("9,10,9" in the query string).
    dry_run: bool, True by default.
    Returns a str.
    """
    ids = sorted(set(order_ids))
    action = "would delete" if dry_run else "deleted"
    return f"{action} {len(ids)} orders: {ids}"
