"""A mini dataclass: a class decorator that writes the boring methods.

@dataclasses.dataclass reads the annotations in a class body and adds
__init__, __repr__ and __eq__ to the class. @model is a small version of
it for the request and response models of our API. A class decorator gets
the finished class, can add to it with setattr(), and returns it.
"""

import inspect
from typing import Any, TypeVar

C = TypeVar("C", bound=type)


def model(cls: C) -> C:
    """Add __init__, __repr__ and __eq__ to CLS and return CLS itself.

    - The fields are the names annotated in CLS's own body, in order; a
      class attribute with the same name is that field's default.
    - __init__ takes the fields positionally or by keyword, uses defaults
      for the ones not given, and raises TypeError for too many arguments,
      an unknown or repeated name, or a missing field without a default.
    - __repr__ gives "OrderLine(sku='A-1', quantity=2, note='')".
    - __eq__ compares the fields of two objects of exactly the same class;
      for anything else it returns NotImplemented.
    - Instances are unhashable: set __hash__ to None.
    - A method that the class body defines itself is never replaced.
    """
    names = tuple(inspect.get_annotations(cls))
    empty = inspect.Parameter.empty
    # Let inspect.Signature do the argument matching that Python does for an
    # ordinary def: positional or keyword, defaults, and the TypeErrors.
    signature = inspect.Signature(
        [
            inspect.Parameter(
                name,
                inspect.Parameter.POSITIONAL_OR_KEYWORD,
                default=cls.__dict__.get(name, empty),
            )
            for name in names
        ]
    )

    def __init__(self: Any, *args: Any, **kwargs: Any) -> None:
        bound = signature.bind(*args, **kwargs)
        bound.apply_defaults()
        for name, value in bound.arguments.items():
            setattr(self, name, value)

    def __repr__(self: Any) -> str:
        fields = ", ".join(f"{name}={getattr(self, name)!r}" for name in names)
        return f"{type(self).__name__}({fields})"

    def __eq__(self: Any, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return all(getattr(self, name) == getattr(other, name) for name in names)

    for method in (__init__, __repr__, __eq__):
        if method.__name__ not in cls.__dict__:
            method.__qualname__ = f"{cls.__qualname__}.{method.__name__}"
            setattr(cls, method.__name__, method)
    if "__hash__" not in cls.__dict__:
        cls.__hash__ = None
    return cls


@model
class OrderLine:
    sku: str
    quantity: int = 1
    note: str = ""


@model
class ApiKey:
    owner: str
    secret: str

    def __repr__(self) -> str:
        # Never print a secret into the logs.
        return f"ApiKey(owner={self.owner!r}, secret='****')"
