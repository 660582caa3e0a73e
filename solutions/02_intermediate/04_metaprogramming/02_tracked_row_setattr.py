"""A database row that remembers what changed.

TrackedRow is a small piece of an ORM. It holds one row of a table as
attributes and remembers the values it was loaded with, so that
update_query() can send an UPDATE with only the columns that really changed.
Every assignment goes through __setattr__, which refuses unknown columns
(a typo such as row.emial = ... must not pass silently).

The value itself is stored with object.__setattr__ (through super()), which
does the plain assignment without calling our __setattr__ again. The primary
key `id` can be set while loading, and never after that.
"""

from typing import Any


class TrackedRow:
    def __init__(self, table: str, **columns: Any) -> None:
        self._table = table
        self._original = dict(columns)
        for name, value in columns.items():
            setattr(self, name, value)

    def __setattr__(self, name: str, value: Any) -> None:
        if not name.startswith("_"):
            if name not in self._original:
                raise AttributeError(f"{self._table} has no column {name!r}")
            if name == "id" and "id" in self.__dict__:
                raise AttributeError(f"{self._table}.id is read-only")
        super().__setattr__(name, value)

    def changes(self) -> dict[str, tuple[Any, Any]]:
        """Map each changed column to (value when loaded, value now)."""
        return {
            name: (old, getattr(self, name))
            for name, old in self._original.items()
            if getattr(self, name) != old
        }

    def update_query(self) -> tuple[str, list[Any]] | None:
        """Return a parameterised UPDATE for the changes, or None if none."""
        changed = self.changes()
        if not changed:
            return None
        assignments = ", ".join(f"{name} = ?" for name in changed)
        params = [new for _old, new in changed.values()]
        params.append(self.id)
        return f"UPDATE {self._table} SET {assignments} WHERE id = ?", params
