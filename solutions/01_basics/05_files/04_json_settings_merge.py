"""Load, update and save a settings file in JSON.

An app keeps its user settings in a JSON object on disk. Complete the three
functions so that settings survive a round trip: what you save, you load
back unchanged, and a person can still read and edit the file.
"""

import json
from typing import Any


def load_settings(path: str) -> dict[str, Any]:
    """Return the settings in the file, or {} if the file does not exist.

    A file that exists but is not valid JSON is an error: let
    json.JSONDecodeError propagate.
    """
    try:
        with open(path, encoding="utf-8") as f:
            return json.load(f)
    except FileNotFoundError:
        return {}


def save_settings(path: str, settings: dict[str, Any]) -> None:
    """Write `settings` as readable JSON.

    UTF-8, Korean text kept as is (not \\uXXXX escapes), indented by two
    spaces, keys in their current order, and a newline at the very end.
    """
    with open(path, "w", encoding="utf-8") as f:
        json.dump(settings, f, ensure_ascii=False, indent=2)
        f.write("\n")


def update_settings(path: str, changes: dict[str, Any]) -> dict[str, Any]:
    """Apply `changes` to the saved settings, save them and return them.

    A key in `changes` replaces or adds that key; a key whose value is None
    is removed. New keys go at the end.
    """
    settings = load_settings(path)
    for key, value in changes.items():
        if value is None:
            settings.pop(key, None)
        else:
            settings[key] = value
    save_settings(path, settings)
    return settings
