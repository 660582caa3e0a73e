"""A product category tree that is never freed on time.

The catalog service builds a tree of Category objects for every request:
each category knows its children, and each child knows its parent, so the
breadcrumbs ("전자제품 > 노트북 > 게이밍") can walk up the tree. When the
request ends, the tree should be freed at once. It is not: it lingers until
the cyclic garbage collector happens to run. Keep `parent` working, but make
the tree free itself by reference counting alone.
"""

from __future__ import annotations

import weakref


class Category:
    def __init__(self, name: str, parent: Category | None = None) -> None:
        self.name = name
        self.children: list[Category] = []
        # Children are owned by their parent (strong references); the way back up
        # is a weak reference, so no cycle keeps the tree alive.
        self._parent = weakref.ref(parent) if parent is not None else None
        if parent is not None:
            parent.children.append(self)

    @property
    def parent(self) -> Category | None:
        """The parent category, or None for the root (or once the root is gone)."""
        return self._parent() if self._parent is not None else None

    def breadcrumbs(self) -> str:
        """The path from the root down to this category."""
        names = []
        node: Category | None = self
        while node is not None:
            names.append(node.name)
            node = node.parent
        return " > ".join(reversed(names))

    def walk(self) -> list[Category]:
        """This category and everything below it, depth first."""
        found = [self]
        for child in self.children:
            found.extend(child.walk())
        return found
