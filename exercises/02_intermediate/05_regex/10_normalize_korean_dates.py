"""Normalize dates typed into a Korean sign-up form.

Users write the same day as "2024-03-15", "2024/3/15", "2024. 3. 15." or
"2024년 3월 15일". normalize_date() turns each into ISO format, "2024-03-15",
or returns None when the text is not a real date in an accepted format.
"""

import re
from datetime import date

# One pattern per accepted format, each with the named groups year, month, day.
# TODO: add the other formats, and make the first one accept all its variants.
DATE_PATTERNS = (
    re.compile(r"(?P<year>[0-9]{4})-(?P<month>[0-9]{2})-(?P<day>[0-9]{2})"),
)


def normalize_date(raw: str) -> str | None:
    """Return raw as "YYYY-MM-DD", or None if it is not a valid date."""
    text = raw.strip()
    for pattern in DATE_PATTERNS:
        match = pattern.fullmatch(text)
        if match:
            # TODO: pad the parts and reject days that do not exist (2024-02-30).
            return f"{match['year']}-{match['month']}-{match['day']}"
    return None
