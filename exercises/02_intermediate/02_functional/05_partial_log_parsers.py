"""Log parsers that can be sent to worker processes.

parse_line(line, sep=..., fields=...) splits one log line into a dict.
make_parsers(services) returns one ready-made parser per service: a function
that takes just the line.

The nightly job parses logs with a ProcessPoolExecutor, which pickles every
function it sends to a worker process, and it crashes. Read the error and fix
make_parsers so that its parsers can be pickled.
"""

from collections.abc import Callable, Sequence
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
    parsers: dict[str, Parser] = {}
    for name, fmt in services.items():
        # TODO: pickle finds a function by its name in its module. What is
        # the name of this one?
        parsers[name] = lambda line, fmt=fmt: parse_line(
            line, sep=fmt["sep"], fields=fmt["fields"]
        )
    return parsers
