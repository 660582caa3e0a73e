"""Load text-processing plugins by name."""

import importlib
from collections.abc import Callable

Transform = Callable[[str], str]

PLUGIN_PACKAGE = "plugins"


def load_plugin(name: str) -> Transform:
    """Import the module plugins.<name> and return its transform function."""
    module_name = f"{PLUGIN_PACKAGE}.{name}"
    try:
        module = importlib.import_module(module_name)
    except ModuleNotFoundError as error:
        if error.name != module_name:
            raise  # the plugin exists, but something it imports is missing
        raise ValueError(f"unknown plugin: {name}") from None
    return module.transform


def run_pipeline(text: str, names: list[str]) -> str:
    """Apply the plugins in `names` to `text`, in order."""
    for name in names:
        text = load_plugin(name)(text)
    return text
