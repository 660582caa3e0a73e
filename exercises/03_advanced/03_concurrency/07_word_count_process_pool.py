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
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass

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
    # TODO: threads cannot run Python code in parallel. Use processes.
    with ThreadPoolExecutor(max_workers=WORKERS) as pool:
        return list(
            pool.map(
                lambda item: summarize_shard(item[0], item[1], stopwords),
                enumerate(shards),
            )
        )
