"""Validated fields for an order model, the way ORMs declare columns.

Django and SQLAlchemy let you write `quantity = Column(...)` in a class body
and then check every value assigned to order.quantity. The machinery behind
that is the descriptor protocol. Field is a data descriptor (it defines
__set__), so it wins over the instance's __dict__ on every read and write,
and can keep each value in the instance's __dict__ under its own name.
"""

from typing import Any


class Field:
    """A data descriptor that validates every value assigned to it."""

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = name
        self.label = f"{owner.__name__}.{name}"

    def __get__(self, instance: Any, owner: type | None = None) -> Any:
        if instance is None:
            return self
        try:
            return instance.__dict__[self.name]
        except KeyError:
            raise AttributeError(f"{self.label} is not set") from None

    def __set__(self, instance: Any, value: Any) -> None:
        instance.__dict__[self.name] = self.validate(value)

    def validate(self, value: Any) -> Any:
        """Return the value to store, or raise. Subclasses override this."""
        return value


class Typed(Field):
    def __init__(self, kind: type) -> None:
        self.kind = kind

    def validate(self, value: Any) -> Any:
        # bool is a subclass of int, but True is not a quantity.
        if not isinstance(value, self.kind) or isinstance(value, bool):
            got = type(value).__name__
            raise TypeError(f"{self.label} must be {self.kind.__name__}, got {got}")
        return value


class Positive(Typed):
    def validate(self, value: Any) -> Any:
        value = super().validate(value)
        if value <= 0:
            raise ValueError(f"{self.label} must be > 0, got {value!r}")
        return value


class NonEmptyText(Typed):
    def __init__(self) -> None:
        super().__init__(str)

    def validate(self, value: Any) -> Any:
        value = super().validate(value).strip()
        if not value:
            raise ValueError(f"{self.label} must not be empty")
        return value


class Order:
    order_id = Positive(int)
    customer = NonEmptyText()
    quantity = Positive(int)
    unit_price = Positive(int)  # in KRW, which has no minor unit

    def __init__(
        self, order_id: int, customer: str, quantity: int, unit_price: int
    ) -> None:
        self.order_id = order_id
        self.customer = customer
        self.quantity = quantity
        self.unit_price = unit_price

    @property
    def total(self) -> int:
        return self.quantity * self.unit_price

    def __repr__(self) -> str:
        return (
            f"Order({self.order_id}, {self.customer!r}, "
            f"{self.quantity} x {self.unit_price} = {self.total})"
        )
