"""Validate e-mail addresses at sign-up without hanging the API.

is_valid_email() gives the right answers, but a few addresses with a typo
make it run for minutes, and each one blocks an API worker for that long.
Rewrite EMAIL_RE so that it accepts exactly the same addresses and answers
at once for every input.
"""

import re

# Local part: runs of letters and digits, joined by single ".", "_", "+" or "-".
# Domain: labels of letters, digits and "-", each followed by ".", then a
# top-level domain of at least two letters.
# TODO: find the part of this pattern that can match the same text in many ways.
EMAIL_RE = re.compile(
    r"([A-Za-z0-9]+[._+-]?)*[A-Za-z0-9]+@([A-Za-z0-9-]+\.)+[A-Za-z]{2,}"
)


def is_valid_email(address: str) -> bool:
    """Return True if the whole of address is an e-mail address we accept."""
    return EMAIL_RE.fullmatch(address) is not None
