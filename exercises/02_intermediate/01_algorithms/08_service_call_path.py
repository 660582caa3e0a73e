"""The shortest call path between two microservices.

When a request to one service slows down, the SRE team wants to know how it
reaches another service: the chain of calls with the fewest hops. The call
graph is a list of (caller, callee) edges, such as ("gateway", "orders").

shortest_call_path() always finds *a* path when one exists, but often not
the shortest one. Fix it.
"""


def shortest_call_path(
    calls: list[tuple[str, str]], start: str, goal: str
) -> list[str] | None:
    """Return the services on a shortest call path from start to goal, both
    included, or None when goal cannot be reached from start."""
    graph: dict[str, list[str]] = {}
    for caller, callee in calls:
        graph.setdefault(caller, []).append(callee)

    frontier = [[start]]
    visited = {start}
    while frontier:
        # TODO: which path does this take out of the frontier?
        path = frontier.pop()
        service = path[-1]
        if service == goal:
            return path
        for callee in graph.get(service, []):
            if callee not in visited:
                visited.add(callee)
                frontier.append([*path, callee])
    return None
