"""Find the single slowest line of a function with line_profiler.

cProfile says which *function* is slow. When that function is long, you still
have to find the line. hottest_line(func, *args) runs func(*args) once under
line_profiler's LineProfiler and returns (line number, hits) for the line of
func that took the most total time.
"""

from collections.abc import Callable
from typing import Any

from line_profiler import LineProfiler


def hottest_line(func: Callable[..., Any], *args: Any) -> tuple[int, int]:
    """Return (line number in the file, number of hits) of func's slowest line."""
    profiler = LineProfiler()
    # TODO: tell the profiler which function to watch, run func(*args) under
    # it, then look through profiler.get_stats().timings for the line with the
    # biggest total time.
    raise NotImplementedError
