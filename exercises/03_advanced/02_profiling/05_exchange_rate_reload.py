"""Revenue per country in won, for the sales dashboard.

Orders come in many currencies. The finance team publishes rates.json with
the won value of one unit of every currency for every day of the year:

    {"base": "KRW", "rates": {"2024-03-01": {"USD": 1331.5, "JPY": 8.87, ...}}}

revenue_by_country() converts each order with the rate of its day and adds up
the totals per country. The totals are right, but a year of orders takes
minutes. Profile it, find the bottleneck and remove it without changing any
result.
"""

import json
from collections import defaultdict


def load_rates(path: str = "rates.json") -> dict[str, dict[str, float]]:
    """Daily rates: {"2024-03-01": {"USD": 1331.5, ...}, ...}."""
    with open(path, encoding="utf-8") as f:
        return json.load(f)["rates"]


def to_krw(amount: float, currency: str, day: str) -> int:
    """The order amount in whole won, at the rate of its day."""
    # TODO: the profile shows what this line costs once per order.
    rates = load_rates()
    return round(amount * rates[day][currency])


def revenue_by_country(orders: list[dict]) -> dict[str, int]:
    """Total revenue in won per country code."""
    totals: defaultdict[str, int] = defaultdict(int)
    for order in orders:
        totals[order["country"]] += to_krw(
            order["amount"], order["currency"], order["day"]
        )
    return dict(totals)
