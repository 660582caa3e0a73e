"""Turn low-level errors into one clear ConfigError.

`load_port` reads the "port" setting from a dict of strings (as loaded from
an env file). Whatever goes wrong, callers should only need to catch
`ConfigError`, and its chain should keep the useful details:

* "port" is missing       -> "missing setting 'port'", raised `from None`
                             (the KeyError adds nothing)
* not an integer          -> "port must be an integer, got 'http'", raised
                             `from` the ValueError so the cause stays visible
* outside 1..65535        -> "port out of range: 70000", no cause
"""


class ConfigError(Exception):
    """The configuration is missing a setting or has a bad value."""


def load_port(settings: dict[str, str]) -> int:
    # TODO: raise ConfigError, chained as described above, for each problem.
    port = int(settings["port"])
    return port
