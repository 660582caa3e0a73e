"""A mini dataclass: a class decorator that writes the boring methods.

@dataclasses.dataclass reads the annotations in a class body and adds
__init__, __repr__ and __eq__ to the class. Write a small version of it,
@model, for the request and response models of our API. The rules are in
model()'s docstring; the two models at the bottom show it in use.
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
    # TODO: inspect.get_annotations(cls) gives the field names.
    raise NotImplementedError("model")


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
