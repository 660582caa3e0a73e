"""A generic LRU cache: LRUCache[K, V].

The cache works, but it is annotated with Any, so mypy lets a cache of prices
store a string and hands back Any from get(). Make LRUCache a generic class
over its key type K and value type V, so that LRUCache[str, int] is checked
like dict[str, int] is. Keys must be hashable: bound K to Hashable.
"""

from collections import OrderedDict
from collections.abc import Callable
from typing import Any

# TODO: make LRUCache generic over K (hashable keys) and V (values).


class LRUCache:
    """Keep the `capacity` most recently used entries."""

    def __init__(self, capacity: int) -> None:
        if capacity < 1:
            raise ValueError("capacity must be at least 1")
        self.capacity = capacity
        self.hits = 0
        self.misses = 0
        self._entries: OrderedDict[Any, Any] = OrderedDict()

    def __len__(self) -> int:
        return len(self._entries)

    def get(self, key: Any) -> Any:
        """Return the value for key (and mark it as used), or None."""
        if key not in self._entries:
            self.misses += 1
            return None
        self.hits += 1
        self._entries.move_to_end(key)
        return self._entries[key]

    def put(self, key: Any, value: Any) -> None:
        """Store value; when full, drop the least recently used entry."""
        self._entries[key] = value
        self._entries.move_to_end(key)
        if len(self._entries) > self.capacity:
            self._entries.popitem(last=False)

    def get_or_load(self, key: Any, loader: Callable[..., Any]) -> Any:
        """Return the cached value, or call loader(key), cache it and return it."""
        # TODO: count a hit or a miss like get() does, and call the loader
        # only on a miss. A cached value may be falsy (0, ""): it is still a hit.
        raise NotImplementedError

    def keys(self) -> list[Any]:
        """Return the keys, least recently used first."""
        return list(self._entries)
