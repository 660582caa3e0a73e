"""Pause the cyclic garbage collector during a bulk import.

The nightly import turns a big JSON-lines export into hundreds of thousands
of small dicts and lists. While it runs, the cyclic garbage collector keeps
waking up to scan all those new objects, finds nothing to free, and slows the
job down. Write gc_paused(), a context manager that switches the automatic
collector off for a with block and puts everything back afterwards.
"""

import gc
import json
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def gc_paused() -> Iterator[None]:
    """Switch off automatic garbage collection inside the with block.

    - Inside the block, gc.isenabled() is False.
    - Afterwards the collector is as it was before: enabled if it was enabled,
      still disabled if the caller had disabled it.
    - That holds even when the block raises; the exception goes on to the caller.
    - When the collector is switched back on, run gc.collect() once, so cycles
      made inside the block are freed now rather than at some later time.
    """
    # TODO: remember the state, disable, yield, and restore in every case.
    raise NotImplementedError("gc_paused() is not written yet")


def import_events(raw: str) -> list[dict[str, object]]:
    """Parse a JSON-lines export (one event per line) with the collector paused."""
    with gc_paused():
        return [json.loads(line) for line in raw.splitlines() if line.strip()]
