"""Extract won amounts from payment notifications.

Card and bank notifications write amounts as "₩12,500" or "KRW 12,500".
extract_krw_amounts() should return those amounts as ints. Right now the
module crashes as soon as it is imported: read the traceback, and fix the
pattern.
"""

import re

# An amount directly after "₩", or after "KRW " (with one space).
# Each lookbehind must have a fixed width, so the two prefixes get one each.
AMOUNT_RE = re.compile(r"(?:(?<=₩)|(?<=KRW ))\d+(?:,\d{3})*")


def extract_krw_amounts(text: str) -> list[int]:
    """Return every won amount in text, in order, as ints."""
    return [int(amount.replace(",", "")) for amount in AMOUNT_RE.findall(text)]
