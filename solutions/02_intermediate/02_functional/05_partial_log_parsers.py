"""Log parsers that can be sent to worker processes."""

from collections.abc import Callable, Sequence
from functools import partial
from typing import TypedDict


class LogFormat(TypedDict):
    sep: str
    fields: Sequence[str]


Parser = Callable[[str], dict[str, str]]


def parse_line(line: str, *, sep: str, fields: Sequence[str]) -> dict[str, str]:
    values = line.rstrip("\n").split(sep)
    if len(values) != len(fields):
        raise ValueError(f"expected {len(fields)} fields, got {len(values)}: {line!r}")
    return dict(zip(fields, values, strict=True))


def make_parsers(services: dict[str, LogFormat]) -> dict[str, Parser]:
    # A partial object pickles as "parse_line + these arguments", and
    # parse_line can be found by name in this module. A lambda cannot.
    return {
        name: partial(parse_line, sep=fmt["sep"], fields=tuple(fmt["fields"]))
        for name, fmt in services.items()
    }
