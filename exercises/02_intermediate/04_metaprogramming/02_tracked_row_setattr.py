"""A database row that remembers what changed.

TrackedRow is a small piece of an ORM. It holds one row of a table as
attributes and remembers the values it was loaded with, so that
update_query() can send an UPDATE with only the columns that really changed.
Every assignment goes through __setattr__, which refuses unknown columns
(a typo such as row.emial = ... must not pass silently).

As shipped, creating any row crashes with RecursionError. Read the
traceback and fix __setattr__. Then make the primary key `id` read-only once
the row is loaded.
"""

from typing import Any


class TrackedRow:
    def __init__(self, table: str, **columns: Any) -> None:
        self._table = table
        self._original = dict(columns)
        for name, value in columns.items():
            setattr(self, name, value)

    def __setattr__(self, name: str, value: Any) -> None:
        if not name.startswith("_") and name not in self._original:
            raise AttributeError(f"{self._table} has no column {name!r}")
        # TODO: once the row is loaded, refuse to change `id` with
        # AttributeError("users.id is read-only") (with the row's table name).

        # TODO: this line calls __setattr__ again, which calls it again, ...
        setattr(self, name, value)

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
