"""Serialise API payloads that contain Python objects."""

import json
from datetime import date
from decimal import Decimal
from enum import Enum
from functools import singledispatch
from typing import Any
from uuid import UUID


@singledispatch
def to_jsonable(value: object) -> Any:
    # The fallback, used when no registered type matches.
    raise TypeError(f"Object of type {type(value).__name__} is not JSON serializable")


# Dispatch follows the class hierarchy: this one also handles datetime.
@to_jsonable.register
def _(value: date) -> str:
    return value.isoformat()


@to_jsonable.register
def _(value: Decimal) -> str:
    return str(value)  # money must stay exact, never a float


@to_jsonable.register
def _(value: UUID) -> str:
    return str(value)


@to_jsonable.register(set)
@to_jsonable.register(frozenset)
def _(value: set[Any] | frozenset[Any]) -> list[Any]:
    return sorted(value)


# Every Enum subclass lands here, OrderStatus as well as any other.
@to_jsonable.register
def _(value: Enum) -> Any:
    return value.value


def to_json(payload: Any) -> str:
    return json.dumps(payload, default=to_jsonable, ensure_ascii=False)
