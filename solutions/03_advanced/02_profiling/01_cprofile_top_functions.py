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
    profiler.runcall(func, *args)
    stats = pstats.Stats(profiler).sort_stats(pstats.SortKey.CUMULATIVE)
    # func_profiles keeps the order of sort_stats(): biggest cumulative first.
    return list(stats.get_stats_profile().func_profiles)[:limit]
