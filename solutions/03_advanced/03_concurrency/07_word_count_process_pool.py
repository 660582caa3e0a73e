"""Move CPU-bound word counting from a thread pool to a process pool.

`analyze(shards, stopwords)` counts the words of every shard of a review
dump. The counting is pure Python computation, so the worker threads take
turns holding the GIL and the job is no faster than a plain loop.

Run `summarize_shard` on a `ProcessPoolExecutor` with `WORKERS` processes
instead. The results must stay exactly the same, in shard order.
"""

import os
import re
from collections import Counter
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from functools import partial

WORKERS = 2
WORD = re.compile(r"\w+")


@dataclass(frozen=True)
class ShardReport:
    shard_id: int
    word_counts: Counter[str]
    pid: int  # the process that did the work; the job log shows it


def summarize_shard(
    shard_id: int, lines: list[str], stopwords: frozenset[str]
) -> ShardReport:
    counts = Counter(
        word
        for line in lines
        for word in WORD.findall(line.lower())
        if word not in stopwords
    )
    return ShardReport(shard_id, counts, os.getpid())


def analyze(shards: list[list[str]], stopwords: frozenset[str]) -> list[ShardReport]:
    # Tasks are pickled to reach the workers: a module-level function (here
    # wrapped in partial) pickles by name, a lambda does not pickle at all.
    task = partial(summarize_shard, stopwords=stopwords)
    with ProcessPoolExecutor(max_workers=WORKERS) as pool:
        return list(pool.map(task, range(len(shards)), shards))
