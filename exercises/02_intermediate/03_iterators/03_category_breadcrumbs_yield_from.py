"""Walk a category tree and produce the breadcrumb of every category.

A shop's category API returns a tree: a list of nodes like
{"name": "Electronics", "children": [...]}, where "children" may be missing
on a leaf. The search indexer needs every category's full path, parents
first, e.g. ("Electronics", "Computers", "Laptops").

Write iter_category_paths as a generator: yield a tuple of names for each
category, a parent before its children, in the order the API lists them.
"""

from collections.abc import Iterator
from typing import Any


def iter_category_paths(
    nodes: list[dict[str, Any]], parents: tuple[str, ...] = ()
) -> Iterator[tuple[str, ...]]:
    # TODO: yield parents + (this node's name,) for every node, then the paths
    # of its children. Recursion plus `yield from` makes this short.
    raise NotImplementedError
