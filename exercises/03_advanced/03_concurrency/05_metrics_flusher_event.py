"""Shut down a background metrics flusher promptly with threading.Event.

`MetricsFlusher` buffers events and ships them to `sink` in batches from a
background thread, once every `interval` seconds. With the production
interval of 60 s, `stop()` can hang for up to a minute, because the thread
is asleep in `time.sleep` and only notices the stop flag when it wakes up.
Deploys time out waiting for the service to exit.

Replace the flag and the sleep with a `threading.Event`, so `stop()` wakes
the thread at once. Events recorded before `stop()` must still be shipped.
"""

import threading
import time
from collections.abc import Callable


class MetricsFlusher:
    def __init__(self, sink: Callable[[list[str]], None], interval: float) -> None:
        self._sink = sink
        self._interval = interval
        self._buffer: list[str] = []
        self._lock = threading.Lock()
        # TODO: replace this flag with a threading.Event.
        self._running = False
        self._thread = threading.Thread(target=self._run, name="metrics-flusher")

    def start(self) -> None:
        self._running = True
        self._thread.start()

    def record(self, event: str) -> None:
        with self._lock:
            self._buffer.append(event)

    def stop(self) -> None:
        """Stop the background thread and ship whatever is still buffered."""
        self._running = False
        self._thread.join()

    def _flush(self) -> None:
        with self._lock:
            batch, self._buffer = self._buffer, []
        if batch:
            self._sink(batch)

    def _run(self) -> None:
        # TODO: wait on the event instead of sleeping, so stop() wakes us up.
        while self._running:
            time.sleep(self._interval)
            self._flush()
