"""Event classes built from a schema at run time.

The event pipeline gets its schema as data (a JSON file that another team
owns), not as Python code: a class name and, for each field, the name of a
type. Write make_event_class() so that it turns one schema entry into a real
class with type(): a subclass of Event, named after the event, whose class
attribute `fields` maps each field name to a Python type.
"""

from typing import Any, ClassVar

TYPES: dict[str, type] = {"int": int, "float": float, "str": str, "bool": bool}


class Event:
    """Base class of every event. Subclasses set `fields`: name -> type."""

    fields: ClassVar[dict[str, type]] = {}

    def __init__(self, **payload: Any) -> None:
        cls_name = type(self).__name__
        missing = [name for name in self.fields if name not in payload]
        if missing:
            raise TypeError(f"{cls_name} is missing {', '.join(missing)}")
        unknown = [name for name in payload if name not in self.fields]
        if unknown:
            raise TypeError(f"{cls_name} got unknown {', '.join(unknown)}")
        for name, kind in self.fields.items():
            setattr(self, name, kind(payload[name]))

    def __repr__(self) -> str:
        args = ", ".join(f"{name}={getattr(self, name)!r}" for name in self.fields)
        return f"{type(self).__name__}({args})"


def make_event_class(name: str, schema: dict[str, str]) -> type[Event]:
    """Return a new subclass of Event called NAME with the fields in SCHEMA.

    SCHEMA maps each field name to a key of TYPES ("int", "str", ...). An
    unknown type name raises ValueError("NAME.FIELD: unknown type 'TYPE'").
    """
    # TODO: look up the types, then create the class with
    # type(name, bases, namespace).
    raise NotImplementedError("make_event_class")
