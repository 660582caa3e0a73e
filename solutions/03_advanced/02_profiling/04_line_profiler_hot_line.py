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
    profiler.add_function(func)
    profiler.runcall(func, *args)
    # timings: {(filename, first line, name): [(line number, hits, time), ...]}
    timings = profiler.get_stats().timings
    lines = [line for per_function in timings.values() for line in per_function]
    lineno, hits, _total_time = max(lines, key=lambda line: line[2])
    return lineno, hits
