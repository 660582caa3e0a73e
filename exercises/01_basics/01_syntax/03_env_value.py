"""Turn raw setting strings into typed Python values.

Environment variables and config files give you every setting as a str.
Complete parse_env_value() so that "8080" becomes the int 8080, "true"
becomes the bool True, and so on (the rules are in its docstring).
"""


def parse_env_value(raw: str) -> bool | int | float | str:
    """Return raw converted to the Python type it stands for.

    - Whitespace around the value is ignored.
    - "true" and "false", in any upper/lower case, become True and False.
    - Whole numbers become an int: "8080" -> 8080, "-3" -> -3.
    - Other numbers become a float: "0.5" -> 0.5, "1e3" -> 1000.0.
    - Anything else stays a str, without the surrounding whitespace.
    """
    # TODO: check the cases in the order of the rules above.
    raise NotImplementedError("parse_env_value is not written yet")
