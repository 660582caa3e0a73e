"""A cached property that keeps one value per report.

`cached` is a non-data descriptor: it defines __get__ but not __set__. On
the first read it runs the method and stores the result in the instance's
__dict__ under the same name. From then on normal attribute lookup finds
that entry before it ever reaches the descriptor, so the method does not
run again, and `del report.total` simply removes the entry.
"""

from collections.abc import Callable
from typing import Any


class cached:
    def __init__(self, func: Callable[[Any], Any]) -> None:
        self.func = func

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = name

    def __get__(self, instance: Any, owner: type | None = None) -> Any:
        if instance is None:
            return self
        value = self.func(instance)
        instance.__dict__[self.name] = value
        return value


class SalesReport:
    def __init__(self, region: str, amounts: list[int]) -> None:
        self.region = region
        self.amounts = amounts

    @cached
    def total(self) -> int:
        # Imagine a slow query to the warehouse here.
        return sum(self.amounts)

    @cached
    def summary(self) -> str:
        return f"{self.region}: {self.total:,} KRW, orders: {len(self.amounts)}"
