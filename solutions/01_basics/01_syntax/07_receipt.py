"""Fix the receipt layout.

format_receipt() turns the items of a cart into the text of a receipt.
The numbers are already right, but the layout is not: fix the format specs.
"""

WIDTH = 30


def format_receipt(items: list[tuple[str, int, int]]) -> str:
    """Return the receipt for items, a list of (name, quantity, unit_price).

    Every line is WIDTH (30) characters wide. An item line has:
    - the name, left-aligned in 16 characters, cut short when it is longer,
    - "x" and the quantity, right-aligned in 4 characters,
    - the amount (quantity * unit_price) with thousands separators,
      right-aligned in 10 characters.
    Then comes a line of "-", then "TOTAL" with the total on the right.
    """
    lines = []
    total = 0
    for name, quantity, unit_price in items:
        amount = quantity * unit_price
        total += amount
        count = f"x{quantity}"
        lines.append(f"{name:<16.16}{count:>4}{amount:>10,}")
    lines.append("-" * WIDTH)
    lines.append(f"TOTAL{total:>25,}")
    return "\n".join(lines)
