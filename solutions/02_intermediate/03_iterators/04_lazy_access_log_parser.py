"""Parse a web server's access log without loading it into memory.

Each line of the log looks like

    2024-05-01T09:00:01+09:00 GET /api/users/me 200 42

(time, method, path, status code, latency in milliseconds). The monitoring
job calls parse_access_log and loops over the requests once to compute its
statistics. It works on small logs, but production logs are gigabytes and
the job runs out of memory. Turn parse_access_log into a generator that
reads and yields one request at a time.
"""

from collections.abc import Iterator
from typing import NamedTuple


class Request(NamedTuple):
    time: str
    method: str
    path: str
    status: int
    latency_ms: int


def parse_access_log(path: str) -> Iterator[Request]:
    with open(path, encoding="utf-8") as f:
        for line in f:  # a file object reads one line at a time
            if not line.strip():
                continue
            time, method, url, status, latency = line.split()
            yield Request(time, method, url, int(status), int(latency))
