"""The shortest call path between two microservices.

When a request to one service slows down, the SRE team wants to know how it
reaches another service: the chain of calls with the fewest hops. The call
graph is a list of (caller, callee) edges, such as ("gateway", "orders").

shortest_call_path() always finds *a* path when one exists, but often not
the shortest one. Fix it.
"""

from collections import defaultdict, deque


def shortest_call_path(
    calls: list[tuple[str, str]], start: str, goal: str
) -> list[str] | None:
    """Return the services on a shortest call path from start to goal, both
    included, or None when goal cannot be reached from start."""
    graph: defaultdict[str, list[str]] = defaultdict(list)
    for caller, callee in calls:
        graph[caller].append(callee)

    # Breadth-first search: a FIFO queue visits every service 1 hop away,
    # then every service 2 hops away, and so on, so the first time we reach
    # a service is along a shortest path. Instead of copying a whole path
    # into the queue per service, remember only where each one was reached
    # from: O(services) memory.
    came_from: dict[str, str | None] = {start: None}
    queue = deque([start])
    while queue:
        service = queue.popleft()
        if service == goal:
            path = []
            step: str | None = service
            while step is not None:
                path.append(step)
                step = came_from[step]
            return path[::-1]
        for callee in graph[service]:
            if callee not in came_from:
                came_from[callee] = service
                queue.append(callee)
    return None
