"""Order data pipeline tasks so that every task runs after its dependencies.

A nightly pipeline is described as {task: [tasks it depends on]}:

    {"load_dw": ["clean_orders", "clean_users"],
     "clean_orders": ["extract_orders"],
     "clean_users": ["extract_users"]}

A task named only as a dependency (extract_orders above) is a task too.
build_order() returns every task once, each one after all of its
dependencies. When several tasks are ready at the same time, the one that
comes first alphabetically runs first, so the order is always the same.
A dependency cycle makes an order impossible: raise CycleError.
"""

import heapq
from collections import defaultdict


class CycleError(ValueError):
    """Some tasks depend on each other in a circle."""


def build_order(dependencies: dict[str, list[str]]) -> list[str]:
    # Kahn's algorithm: count each task's unmet dependencies, start with the
    # tasks that have none, and when a task runs, tell the tasks waiting on
    # it. The ready tasks live in a heap, so the smallest name comes out
    # first. O((tasks + edges) log tasks).
    waiting = {}
    dependents: defaultdict[str, list[str]] = defaultdict(list)
    for task, needs in dependencies.items():
        waiting.setdefault(task, 0)
        for need in needs:
            waiting.setdefault(need, 0)
            waiting[task] += 1
            dependents[need].append(task)

    ready = [task for task, count in waiting.items() if count == 0]
    heapq.heapify(ready)
    order = []
    while ready:
        task = heapq.heappop(ready)
        order.append(task)
        for dependent in dependents[task]:
            waiting[dependent] -= 1
            if waiting[dependent] == 0:
                heapq.heappush(ready, dependent)

    if len(order) < len(waiting):
        stuck = sorted(task for task, count in waiting.items() if count > 0)
        raise CycleError("cannot schedule: " + ", ".join(stuck))
    return order
