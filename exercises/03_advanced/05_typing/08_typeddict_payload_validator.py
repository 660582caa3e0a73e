"""Validate JSON payloads against a TypedDict, reading its hints at run time.

A TypedDict tells mypy what keys a JSON object has and what their values are,
but at run time it is a plain dict and nothing is checked. The order service
gets its events from other teams, so it checks each payload against the
TypedDict itself: typing.get_type_hints() lists the keys and their types,
and get_origin() and get_args() take types like list[OrderItem] apart.

Write check_value() and validate(). The helpers and is_order_event() are
done.
"""

import json
from types import NoneType, UnionType
from typing import (
    Any,
    Literal,
    TypedDict,
    TypeGuard,
    Union,
    get_args,
    get_origin,
    get_type_hints,
    is_typeddict,
)


class OrderItem(TypedDict):
    sku: str
    quantity: int
    unit_price: int


class _OrderEventRequired(TypedDict):
    order_id: str
    user_id: int
    status: Literal["pending", "paid", "cancelled"]
    items: list[OrderItem]


class OrderEvent(_OrderEventRequired, total=False):
    coupon: str | None
    weight_kg: float


# --- helpers -----------------------------------------------------------------


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


def type_name(value: object) -> str:
    """Return the name of value's type: "str", "int", "None", ..."""
    return "None" if value is None else type(value).__name__


def join_path(path: str, key: str) -> str:
    return f"{path}.{key}" if path else key


# --- validation --------------------------------------------------------------


def check_value(value: object, hint: Any, path: str) -> list[str]:
    """Return the errors of one value against a type hint ([] if it fits).

    - Literal[...]: the value must be one of the literals.
    - X | Y, Optional[X]: the value must fit at least one member.
    - list[X]: a list whose every item fits X; item paths are "items[0]", ...
    - a TypedDict: validate(value, hint, path) does the work.
    - None, str, int, float, bool: the value must be of that type. A bool is
      not an int (JSON true is not a quantity), but an int is a float.
    """
    # TODO: one branch per kind of hint. Error messages, e.g.:
    #   "status: expected one of 'pending', 'paid', 'cancelled', got 'shipped'"
    #   "coupon: expected str | None, got int"
    #   "items: expected list, got dict"
    #   "items[1].quantity: expected int, got str"
    raise NotImplementedError


def validate(payload: object, schema: Any, path: str = "") -> list[str]:
    """Return the errors of payload against the TypedDict schema ([] if valid).

    Check the schema's keys in the order get_type_hints() lists them: a key
    that is present must fit its hint, a required key must be present. Then
    report the payload's keys that the schema does not have, in their order.
    """
    # TODO: a payload that is not a dict:
    #   "payload: expected OrderEvent, got list" ("items[0]: ..." when nested).
    # Then the keys: "order_id: missing", "memo: unexpected key".
    raise NotImplementedError


def is_order_event(payload: object) -> TypeGuard[OrderEvent]:
    """True if payload is a valid OrderEvent; mypy then treats it as one."""
    return not validate(payload, OrderEvent)


def order_total(raw: str) -> int:
    """Return the total of a JSON order event, or raise ValueError."""
    payload = json.loads(raw)
    if not is_order_event(payload):
        raise ValueError("; ".join(validate(payload, OrderEvent)))
    return sum(item["quantity"] * item["unit_price"] for item in payload["items"])
