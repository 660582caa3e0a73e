"""Validate order IDs before they reach the database.

The refund API accepts an order ID such as "ORD-20240315-0042" and must
reject anything else. is_valid_order_id() was written with re.match(), and
"ORD-20240315-0042-hacked" gets through. Fix the check.
"""

import re


def is_valid_order_id(order_id: str) -> bool:
    """Return True if order_id is exactly "ORD-", 8 digits, "-", 4 digits.

    Only the ASCII digits 0-9 count, and nothing may come before or after
    the ID - not even a space or a newline.
    """
    # TODO: re.match() only anchors one end of the string. What about the other?
    return re.match(r"ORD-\d{8}-\d{4}", order_id) is not None
