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
from collections.abc import Callable


class MetricsFlusher:
    def __init__(self, sink: Callable[[list[str]], None], interval: float) -> None:
        self._sink = sink
        self._interval = interval
        self._buffer: list[str] = []
        self._lock = threading.Lock()
        self._stopping = threading.Event()
        self._thread = threading.Thread(target=self._run, name="metrics-flusher")

    def start(self) -> None:
        self._thread.start()

    def record(self, event: str) -> None:
        with self._lock:
            self._buffer.append(event)

    def stop(self) -> None:
        """Stop the background thread and ship whatever is still buffered."""
        self._stopping.set()
        self._thread.join()

    def _flush(self) -> None:
        with self._lock:
            batch, self._buffer = self._buffer, []
        if batch:
            self._sink(batch)

    def _run(self) -> None:
        # wait() returns False when the interval passes, True as soon as stop() sets it.
        while not self._stopping.wait(self._interval):
            self._flush()
        self._flush()
