"""Four small helpers for application log lines.

Each helper needs a different function of the re module. Complete them so
that they follow their docstrings. A typical line looks like this:

    2024-03-15 10:12:01 ERROR [payment] req-9f1c2ab0 charge failed token=sk_abc
"""

import re


def has_error(line: str) -> bool:
    """Return True if ERROR or FATAL appears in line as a whole word.

    "NO_ERROR" and "ERRORS" do not count, and neither does lower-case "error".
    """
    return re.search(r"\b(?:ERROR|FATAL)\b", line) is not None


def request_ids(line: str) -> list[str]:
    """Return every request ID in line, in order, e.g. ["req-9f1c2ab0"].

    A request ID is "req-" followed by 8 lower-case hex digits (0-9, a-f).
    """
    return re.findall(r"req-[0-9a-f]{8}", line)


def mask_secrets(line: str) -> str:
    """Replace the value after every "token=" or "password=" with "***".

    A value runs until the next whitespace or "&". Keys stay as they are:
    "a?password=hunter2&b=1" becomes "a?password=***&b=1".
    """
    return re.sub(r"(token|password)=[^\s&]+", r"\1=***", line)


def split_fields(line: str) -> list[str]:
    """Split line into fields separated by "|", ";" or ",".

    Spaces around a separator, and at the start and end of the line, are not
    part of any field. Empty fields are kept: "a,,b" gives ["a", "", "b"].
    """
    return re.split(r"\s*[|;,]\s*", line.strip())
