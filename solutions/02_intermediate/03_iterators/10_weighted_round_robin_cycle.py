"""A weighted round-robin load balancer built from infinite iterators.

dispatch(requests, weights, first_id) assigns every incoming request an ID
and a backend server. IDs count up from first_id: req-0001, req-0002, ...
Servers take turns, and a server with weight 2 gets two requests in a row
for each one a server with weight 1 gets. A weight of 0 means the server is
drained and gets nothing.

The requests may be a stream that never ends, so don't collect them: hand
out (request ID, server, request) triples lazily, as the requests come in.
"""

from collections.abc import Iterable, Iterator
from itertools import count, cycle


def dispatch(
    requests: Iterable[str], weights: dict[str, int], first_id: int = 1
) -> Iterator[tuple[str, str, str]]:
    # One round: each server repeated `weight` times, e.g. [api-1, api-1, api-2].
    one_round = [server for server, weight in weights.items() for _ in range(weight)]
    if not one_round:
        # cycle([]) is empty, and zip would silently drop every request.
        raise ValueError("no server can take requests")
    ids = (f"req-{n:04d}" for n in count(first_id))
    # Two endless iterators and a finite one: zip stops when the requests do.
    return zip(ids, cycle(one_round), requests)
