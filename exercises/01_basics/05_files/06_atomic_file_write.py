"""Write a file atomically with a generator-based context manager.

If a program crashes halfway through `open(path, "w")`, the old content is
already gone and the new content is incomplete. `atomic_write` avoids that:

    with atomic_write("config.txt") as f:
        f.write("...")

Inside the block you write to a temporary file in the same folder. Only when
the block finishes without an error does the temporary file replace the
target, in one step. If the block raises, the temporary file is deleted,
the target keeps its old content, and the exception propagates.
"""

from collections.abc import Iterator
from contextlib import contextmanager
from typing import TextIO


@contextmanager
def atomic_write(path: str, encoding: str = "utf-8") -> Iterator[TextIO]:
    # TODO: open a temporary file next to `path`, yield it, then replace
    # `path` with it; clean up if the block raises
    raise NotImplementedError
    yield
