"""Dotted access to a nested config, with errors that help.

Config wraps a nested dict so that cfg.db.replica.host reads
data["db"]["replica"]["host"]. __getattr__ runs only when normal attribute
lookup fails, so _data, _path and methods are found as usual; it always
raises AttributeError (never KeyError) for a missing name, so that getattr()
with a default, hasattr(), copy and pickle keep working.
"""

import difflib
from typing import Any


class Config:
    def __init__(self, data: dict[str, Any], path: str = "") -> None:
        self._data = data
        self._path = path

    def __getattr__(self, name: str) -> Any:
        # copy and pickle look up hooks such as __deepcopy__ and __setstate__
        # on an object whose __init__ never ran: touching self._data there
        # would call __getattr__("_data") again, forever.
        if name.startswith("_"):
            raise AttributeError(name)
        full = f"{self._path}.{name}" if self._path else name
        try:
            value = self._data[name]
        except KeyError:
            message = f"no config key {full!r}"
            close = difflib.get_close_matches(name, self._data, n=1)
            if close:
                message += f" (did you mean {close[0]!r}?)"
            raise AttributeError(message) from None
        if isinstance(value, dict):
            return Config(value, full)
        return value

    def __repr__(self) -> str:
        return f"<Config {self._path or '(root)'}: {', '.join(self._data)}>"
