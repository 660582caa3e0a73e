"""Validated fields for an order model, the way ORMs declare columns.

Django and SQLAlchemy let you write `quantity = Column(...)` in a class body
and then check every value assigned to order.quantity. The machinery behind
that is the descriptor protocol. Field below is such a descriptor; its
subclasses only say what a valid value is. Implement the three protocol
methods of Field so that Order works.
"""

from typing import Any


class Field:
    """A data descriptor that validates every value assigned to it."""

    def __set_name__(self, owner: type, name: str) -> None:
        # TODO: Python calls this once, when the class statement that holds
        # the field finishes. Remember `name` in self.name and a label like
        # "Order.quantity" in self.label (validate() uses it).
        pass

    def __get__(self, instance: Any, owner: type | None = None) -> Any:
        # TODO: on the class (instance is None) return the field itself;
        # on an instance return the value stored in instance.__dict__.
        raise NotImplementedError("Field.__get__")

    def __set__(self, instance: Any, value: Any) -> None:
        # TODO: store self.validate(value) in instance.__dict__.
        raise NotImplementedError("Field.__set__")

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
