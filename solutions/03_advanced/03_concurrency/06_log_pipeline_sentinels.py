"""Shut down a producer/consumer log pipeline cleanly.

`count_statuses(lines)` streams access-log lines through a bounded
`queue.Queue` to a few consumer threads, which count HTTP status codes.
The pipeline never finishes, and when it is fixed enough to finish, a single
malformed line still brings it down.

Fix the shutdown so every consumer stops, and count unparsable lines under
the key "malformed" instead of letting them kill a consumer.
"""

import queue
import threading
from collections import Counter
from collections.abc import Iterable

WORKERS = 3
STOP = None  # the sentinel: "no more lines"


def parse_status(line: str) -> str:
    """Return the status code of a log line such as
    '2024-05-01T10:00:00 GET /api/orders 200 35ms'."""
    parts = line.split()
    if len(parts) != 5 or not parts[3].isdigit():
        raise ValueError(f"malformed log line: {line!r}")
    return parts[3]


def count_statuses(lines: Iterable[str], workers: int = WORKERS) -> Counter[str]:
    jobs: queue.Queue[str | None] = queue.Queue(maxsize=10)
    results: queue.Queue[Counter[str]] = queue.Queue()

    def consume() -> None:
        counts: Counter[str] = Counter()
        while (line := jobs.get()) is not STOP:
            try:
                counts[parse_status(line)] += 1
            except ValueError:
                counts["malformed"] += 1
        results.put(counts)

    threads = [threading.Thread(target=consume) for _ in range(workers)]
    for thread in threads:
        thread.start()

    for line in lines:
        jobs.put(line)
    # Each consumer takes exactly one sentinel and then exits.
    for _ in threads:
        jobs.put(STOP)

    for thread in threads:
        thread.join()

    total: Counter[str] = Counter()
    for _ in threads:
        total.update(results.get())
    return total
