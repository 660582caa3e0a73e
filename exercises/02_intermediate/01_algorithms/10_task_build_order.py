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


class CycleError(ValueError):
    """Some tasks depend on each other in a circle."""


def build_order(dependencies: dict[str, list[str]]) -> list[str]:
    # TODO: repeatedly run a task whose dependencies have all run. Raise
    # CycleError("cannot schedule: a, b, c") listing, in alphabetical order,
    # the tasks that could not be scheduled.
    raise NotImplementedError
