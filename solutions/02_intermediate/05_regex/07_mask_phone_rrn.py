"""Mask personal data before customer-support messages are logged.

Mobile phone numbers keep their first and last part:
    "010-1234-5678"   -> "010-****-5678"
    "01012345678"     -> "010****5678"
Resident registration numbers keep the birth date and the next digit:
    "900101-1234567"  -> "900101-1******"

Complete mask_pii(). The exact rules are in its docstring.
"""

import re

# (?<!\d) and (?!\d) instead of \b: Korean letters are word characters, so
# there is no \b between "5678" and "로" in "010-1234-5678로".
PHONE_RE = re.compile(
    r"(?<!\d)(?P<prefix>01[016789])(?P<sep>[-. ]?)(?P<middle>\d{3,4})"
    r"(?P=sep)(?P<last>\d{4})(?!\d)"
)
RRN_RE = re.compile(r"(?<!\d)(?P<front>\d{6}-[1-8])\d{6}(?!\d)")


def _mask_phone(match: re.Match[str]) -> str:
    sep = match["sep"]
    return f"{match['prefix']}{sep}{'*' * len(match['middle'])}{sep}{match['last']}"


def mask_pii(text: str) -> str:
    """Return text with phone numbers and resident numbers masked.

    Phone number: "010", "011", "016", "017", "018" or "019", then 3 or 4
    digits, then 4 digits. The two separators are both "-", both ".", both
    " ", or both missing. The middle digits become one "*" each; everything
    else, separators included, stays.

    Resident registration number: 6 digits, "-", then 7 digits of which the
    first is 1-8. The last 6 digits become "*".

    A number that is part of a longer run of digits is not masked.
    """
    text = RRN_RE.sub(r"\g<front>******", text)
    return PHONE_RE.sub(_mask_phone, text)
