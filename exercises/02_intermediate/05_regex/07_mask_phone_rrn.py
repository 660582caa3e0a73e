"""Mask personal data before customer-support messages are logged.

Mobile phone numbers keep their first and last part:
    "010-1234-5678"   -> "010-****-5678"
    "01012345678"     -> "010****5678"
Resident registration numbers keep the birth date and the next digit:
    "900101-1234567"  -> "900101-1******"

Complete mask_pii(). The exact rules are in its docstring.
"""

import re


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
    # TODO: one re.sub() per kind of number. The phone number needs a
    # replacement function, because the number of "*" depends on the match.
    raise NotImplementedError("mask_pii is not written yet")
