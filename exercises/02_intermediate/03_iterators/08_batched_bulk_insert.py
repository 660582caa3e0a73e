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
from typing import TypeVar

T = TypeVar("T")


def batched(iterable: Iterable[T], size: int) -> Iterator[tuple[T, ...]]:
    # TODO: raise ValueError when size is less than 1
    # TODO: yield tuples of `size` items; the last one may be shorter
    raise NotImplementedError
