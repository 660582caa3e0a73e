"""Serialise API payloads that contain Python objects.

json.dumps knows only dicts, lists, strings, numbers, booleans and None.
to_jsonable(value) is the `default` hook that converts everything else, and
to_json(payload) uses it.

The conversions are right, but other teams cannot add their own types
without editing this function. Refactor to_jsonable into a
functools.singledispatch function, so that another module can write

    @to_jsonable.register
    def _(value: Money) -> dict[str, str]: ...

The output for the types below must not change.
"""

import json
from datetime import date
from decimal import Decimal
from enum import Enum
from typing import Any
from uuid import UUID


def to_jsonable(value: object) -> Any:
    # TODO: one small function per type instead of this chain of ifs.
    if isinstance(value, date):  # datetime is a subclass of date
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)  # money must stay exact, never a float
    if isinstance(value, UUID):
        return str(value)
    if isinstance(value, (set, frozenset)):
        return sorted(value)
    if isinstance(value, Enum):
        return value.value
    raise TypeError(f"Object of type {type(value).__name__} is not JSON serializable")


def to_json(payload: Any) -> str:
    return json.dumps(payload, default=to_jsonable, ensure_ascii=False)
