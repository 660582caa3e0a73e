"""Dotted access to a nested config, with errors that help.

Services load their settings from JSON into nested dicts, and code like
settings["db"]["replica"]["host"] gets old fast. Config wraps such a dict so
that you can write cfg.db.replica.host instead. Implement __getattr__:

- a key whose value is a dict comes back wrapped in a Config, whose path is
  the dotted path so far ("db", then "db.replica");
- any other value comes back as it is;
- a missing key raises AttributeError("no config key 'db.hots'"), followed
  by " (did you mean 'host'?)" when difflib.get_close_matches(name, keys,
  n=1) finds a close key;
- a name that starts with "_" is never a config key: raise AttributeError
  for it straight away, without touching self._data.
"""

import difflib
from typing import Any


class Config:
    def __init__(self, data: dict[str, Any], path: str = "") -> None:
        self._data = data
        self._path = path

    def __getattr__(self, name: str) -> Any:
        # TODO: Python calls this only when normal lookup fails, so
        # self._data and self._path are found without coming here.
        raise NotImplementedError(f"Config.__getattr__({name!r})")

    def __repr__(self) -> str:
        return f"<Config {self._path or '(root)'}: {', '.join(self._data)}>"
