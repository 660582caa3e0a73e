"""Load, update and save a settings file in JSON.

An app keeps its user settings in a JSON object on disk. Complete the three
functions so that settings survive a round trip: what you save, you load
back unchanged, and a person can still read and edit the file.
"""

from typing import Any


def load_settings(path: str) -> dict[str, Any]:
    """Return the settings in the file, or {} if the file does not exist.

    A file that exists but is not valid JSON is an error: let
    json.JSONDecodeError propagate.
    """
    # TODO
    raise NotImplementedError


def save_settings(path: str, settings: dict[str, Any]) -> None:
    """Write `settings` as readable JSON.

    UTF-8, Korean text kept as is (not \\uXXXX escapes), indented by two
    spaces, keys in their current order, and a newline at the very end.
    """
    # TODO
    raise NotImplementedError


def update_settings(path: str, changes: dict[str, Any]) -> dict[str, Any]:
    """Apply `changes` to the saved settings, save them and return them.

    A key in `changes` replaces or adds that key; a key whose value is None
    is removed. New keys go at the end.
    """
    # TODO: load, change, save
    raise NotImplementedError
