"""Normalize dates typed into a Korean sign-up form.

Users write the same day as "2024-03-15", "2024/3/15", "2024. 3. 15." or
"2024년 3월 15일". normalize_date() turns each into ISO format, "2024-03-15",
or returns None when the text is not a real date in an accepted format.
"""

import re
from datetime import date

# One pattern per accepted format, each with the named groups year, month, day.
DATE_PATTERNS = (
    # 2024-03-15, 2024/3/5: the same separator twice, thanks to (?P=sep)
    re.compile(
        r"(?P<year>[0-9]{4})(?P<sep>[-/])(?P<month>[0-9]{1,2})"
        r"(?P=sep)(?P<day>[0-9]{1,2})"
    ),
    # 2024.03.15, 2024. 3. 15.
    re.compile(
        r"(?P<year>[0-9]{4})\. ?(?P<month>[0-9]{1,2})\. ?(?P<day>[0-9]{1,2})\.?"
    ),
    # 2024년 3월 15일
    re.compile(r"(?P<year>[0-9]{4})년 *(?P<month>[0-9]{1,2})월 *(?P<day>[0-9]{1,2})일"),
)


def normalize_date(raw: str) -> str | None:
    """Return raw as "YYYY-MM-DD", or None if it is not a valid date."""
    text = raw.strip()
    for pattern in DATE_PATTERNS:
        match = pattern.fullmatch(text)
        if match:
            try:
                day = date(int(match["year"]), int(match["month"]), int(match["day"]))
            except ValueError:  # month 13, February 30th, ...
                return None
            return day.isoformat()
    return None
