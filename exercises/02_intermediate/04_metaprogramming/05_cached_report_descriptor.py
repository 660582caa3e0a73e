"""A cached property that mixes up its reports.

`cached` works like functools.cached_property: the first read of
report.total runs the method, and later reads return the saved value without
running it again. A dashboard builds one SalesReport per region, and every
region shows the numbers of whichever report was read first. Fix `cached` so
that each report caches its own value.
"""

from collections.abc import Callable
from typing import Any

_MISSING = object()


# TODO: a single `cached` object serves every SalesReport. Where does it
# keep the value?
class cached:
    def __init__(self, func: Callable[[Any], Any]) -> None:
        self.func = func
        self.value: Any = _MISSING

    def __get__(self, instance: Any, owner: type | None = None) -> Any:
        if instance is None:
            return self
        if self.value is _MISSING:
            self.value = self.func(instance)
        return self.value


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
