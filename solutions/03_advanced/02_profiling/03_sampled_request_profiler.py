"""Profile a sample of production requests and add the results up.

Profiling every request would slow the whole service down, so
SampledProfiler wraps a request handler and profiles only every `every`-th
call. The statistics of all sampled calls are merged into one pstats.Stats,
so the team can ask which functions dominate across many real requests.
"""

import cProfile
import pstats
from collections.abc import Callable
from typing import Any


class SampledProfiler:
    def __init__(self, handler: Callable[..., Any], every: int = 10) -> None:
        self.handler = handler
        self.every = every
        self.calls = 0
        self.sampled = 0
        # pstats.Stats cannot be built from a profiler that recorded nothing,
        # so the first sample creates it and later samples are added to it.
        self.stats: pstats.Stats | None = None

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        """Run the handler; profile it on every `every`-th call."""
        self.calls += 1
        if self.calls % self.every:
            return self.handler(*args, **kwargs)
        profiler = cProfile.Profile()
        result = profiler.runcall(self.handler, *args, **kwargs)
        if self.stats is None:
            self.stats = pstats.Stats(profiler)
        else:
            self.stats.add(profiler)
        self.sampled += 1
        return result

    def top(self, limit: int = 3) -> list[str]:
        """Function names with the largest cumulative time over all samples."""
        if self.stats is None:
            return []
        self.stats.sort_stats(pstats.SortKey.CUMULATIVE)
        return list(self.stats.get_stats_profile().func_profiles)[:limit]

    def call_count(self, name: str) -> int:
        """How many times the sampled requests called the function `name`."""
        if self.stats is None:
            return 0
        profile = self.stats.get_stats_profile().func_profiles.get(name)
        # ncalls is "12" or, for recursive functions, "12/3" (total/primitive)
        return 0 if profile is None else int(profile.ncalls.split("/")[0])
