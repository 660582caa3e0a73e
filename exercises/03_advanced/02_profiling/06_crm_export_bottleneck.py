"""Export orders for the CRM, with each customer's purchase history so far.

export_orders(csv_text) reads orders (oldest first) and writes them back as
CSV with two more columns:

    purchase_no    1 for the customer's first order, 2 for the second, ...
    lifetime_won   what the customer has spent so far, this order included

The output is right, but the nightly export of 40,000 orders never finishes.
Don't guess which step is slow: profile it. Running this file builds a
sample export, so you can try:

    python -m cProfile -s cumulative 06_crm_export_bottleneck.py
"""

import csv
import io


def read_orders(csv_text: str) -> list[dict]:
    """Parse order rows; amounts become ints."""
    rows = csv.reader(io.StringIO(csv_text))
    next(rows, None)  # the header
    return [
        {"order_id": order_id, "customer_id": customer_id, "amount": int(amount)}
        for order_id, customer_id, amount in rows
    ]


def add_history(orders: list[dict]) -> None:
    """Set purchase_no and lifetime_won on every order, in place."""
    for i, order in enumerate(orders):
        earlier = [o for o in orders[:i] if o["customer_id"] == order["customer_id"]]
        order["purchase_no"] = len(earlier) + 1
        order["lifetime_won"] = sum(o["amount"] for o in earlier) + order["amount"]


def write_orders(orders: list[dict]) -> str:
    fields = ["order_id", "customer_id", "amount", "purchase_no", "lifetime_won"]
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(fields)
    writer.writerows([order[field] for field in fields] for order in orders)
    return out.getvalue()


def export_orders(csv_text: str) -> str:
    # TODO: profile first. Then fix the one step that needs fixing.
    orders = read_orders(csv_text)
    add_history(orders)
    return write_orders(orders)


if __name__ == "__main__":
    lines = ["order_id,customer_id,amount"]
    lines += [f"o{i},c{i * 37 % 1_000},{i * 7_919 % 90_000}" for i in range(5_000)]
    export = export_orders("\n".join(lines))
    print(export.count("\n") - 1, "orders exported")
