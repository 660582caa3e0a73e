"""Merge layers of service settings into one dict."""

from functools import reduce
from typing import Any

Settings = dict[str, Any]


def merge_two(base: Settings, override: Settings) -> Settings:
    merged = dict(base)
    for key, value in override.items():
        current = merged.get(key)
        if isinstance(current, dict) and isinstance(value, dict):
            merged[key] = merge_two(current, value)
        else:
            merged[key] = value
    return merged


def merge_settings(*layers: Settings) -> Settings:
    # The initial {} makes zero layers valid and keeps the first layer unchanged.
    return reduce(merge_two, layers, {})
