"""Split a stream of rows into batches for bulk inserts.

Inserting rows one at a time means one database round trip per row.
The import job sends them in batches instead: batched(rows, 500) yields
tuples of 500 rows, and a shorter last one. itertools.batched does exactly
this, but only from Python 3.12, and the job runs on 3.10.

Write batched as a generator. The rows come from a file or a network
stream, so it must work on any iterable, including generators and
streams that never end, without reading more than one batch ahead.
"""

from collections.abc import Iterable, Iterator
from itertools import islice
from typing import TypeVar

T = TypeVar("T")


def batched(iterable: Iterable[T], size: int) -> Iterator[tuple[T, ...]]:
    if size < 1:
        raise ValueError("size must be at least 1")
    # One iterator for the whole job, so each islice continues where the last stopped.
    iterator = iter(iterable)
    while batch := tuple(islice(iterator, size)):
        yield batch
