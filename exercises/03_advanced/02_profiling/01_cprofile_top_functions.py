"""Ask cProfile where the time goes.

top_functions(func, *args, limit=3) runs func(*args) once under cProfile and
returns the names of the `limit` functions with the largest cumulative time,
biggest first. A cumulative time includes everything a function called, so
the list reads like a path from the entry point down to the hotspot.
"""

import cProfile
import pstats
from collections.abc import Callable
from typing import Any


def top_functions(func: Callable[..., Any], *args: Any, limit: int = 3) -> list[str]:
    """Profile one call of func(*args); return the top `limit` function names."""
    profiler = cProfile.Profile()
    # TODO: run func(*args) under the profiler, load the result into
    # pstats.Stats, sort it by cumulative time and return the first `limit`
    # function names.
    raise NotImplementedError
