"""Add thousands separators to won amounts in notification text.

Before a message goes out, every amount written as digits followed by "원"
gets commas: "결제 금액 1234567원" becomes "결제 금액 1,234,567원".
format_won() does this with one re.sub() whose pattern matches *positions*
rather than characters. It puts commas in the wrong places. Fix the pattern.
"""

import re


def format_won(text: str) -> str:
    """Put a "," every three digits, from the right, into amounts before "원".

    Other numbers (phone numbers, dates, order numbers) stay as they are.
    """
    # TODO: this lookahead asks "do 3 digits follow?". Is that the right question?
    return re.sub(r"(?<=\d)(?=\d{3})", ",", text)
