"""Load text-processing plugins by name.

Every module in the `plugins` package next to this file is a plugin with a
function transform(text: str) -> str. Which plugins run is decided at run
time, from a list of names such as ["mask_phone", "upper"], so they cannot
be imported with a plain `import` statement.
"""

from collections.abc import Callable

Transform = Callable[[str], str]


def load_plugin(name: str) -> Transform:
    """Import the module plugins.<name> and return its transform function."""
    # TODO: import the module whose name is only known at run time
    # TODO: raise ValueError("unknown plugin: <name>") if there is no such plugin
    raise NotImplementedError


def run_pipeline(text: str, names: list[str]) -> str:
    """Apply the plugins in `names` to `text`, in order."""
    # TODO
    raise NotImplementedError
