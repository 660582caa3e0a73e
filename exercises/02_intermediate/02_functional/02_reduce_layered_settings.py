"""Merge layers of service settings into one dict.

A service reads its settings from several layers: built-in defaults, then
a config file, then environment overrides. Later layers win. Nested dicts
(such as "db") are merged key by key, not replaced as a whole.

- merge_two(base, override) returns a new dict: base with override on top.
- merge_settings(*layers) folds all the layers, in order, with merge_two.

Neither function may change the dicts it receives.
"""

from functools import reduce  # noqa: F401  (you will need it)
from typing import Any

Settings = dict[str, Any]


def merge_two(base: Settings, override: Settings) -> Settings:
    # TODO: start from a copy of base; for each key of override, merge two
    # nested dicts recursively, otherwise let the override's value win.
    raise NotImplementedError


def merge_settings(*layers: Settings) -> Settings:
    # TODO: one line with functools.reduce. What should zero layers give?
    raise NotImplementedError
