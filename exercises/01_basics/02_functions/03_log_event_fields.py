"""Format one structured log line.

format_event takes an event name, any number of tags and any number of
key=value fields, and builds a single log line:

    format_event("login", "auth", "web", user="kim", ip="10.0.0.1")
    -> "login [auth,web] user=kim ip=10.0.0.1"
"""


def format_event(event: str) -> str:
    # TODO: accept any number of tags and any number of keyword fields
    raise NotImplementedError
