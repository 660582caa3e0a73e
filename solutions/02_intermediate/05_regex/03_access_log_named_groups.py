"""Parse nginx access-log lines into dicts.

Each line of an nginx "combined" access log looks like this:

    10.0.0.5 - - [15/Mar/2024:10:12:01 +0900] "GET /health HTTP/1.1" 200 2 "-" "curl"

Finish LOG_RE with one named group per field, then build the dict in
parse_access_line() from the match.
"""

import re

LOG_RE = re.compile(
    r"(?P<ip>\S+) \S+ \S+ \[(?P<time>[^\]]+)\] "
    r'"(?P<method>[A-Z]+) (?P<path>\S+) HTTP/[0-9.]+" '
    r"(?P<status>[0-9]{3}) (?P<size>[0-9]+|-) "
    r'"[^"]*" "(?P<agent>[^"]*)"'
)


def parse_access_line(line: str) -> dict[str, str | int] | None:
    """Return the fields of one access-log line, or None if it is malformed.

    Keys: ip, time, method, path, status, size, agent. status and size are
    ints; a size written as "-" means 0.
    """
    match = LOG_RE.fullmatch(line)
    if match is None:
        return None
    fields: dict[str, str | int] = match.groupdict()
    fields["status"] = int(match["status"])
    fields["size"] = 0 if match["size"] == "-" else int(match["size"])
    return fields
