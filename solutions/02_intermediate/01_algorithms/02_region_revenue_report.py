"""Monthly revenue per region.

revenue_report(orders) turns order rows into a nested report, region first
and month second:

    {"seoul": {"2024-05": 32000, "2024-06": 15000}, "busan": {"2024-05": 9000}}

Cancelled orders do not count. Run it and read the traceback.
"""

from collections import Counter, defaultdict


def revenue_report(orders: list[dict]) -> dict[str, dict[str, int]]:
    """Sum the amounts of the orders that were not cancelled, per region and month.

    An order looks like:
        {"id": 1, "region": "seoul", "created_at": "2024-05-03T10:15:00",
         "amount": 12000, "status": "paid"}
    """
    # A missing region gets an empty Counter, and a missing month in a
    # Counter reads as 0, so `+=` works the first time too.
    report: defaultdict[str, Counter[str]] = defaultdict(Counter)
    for order in orders:
        if order["status"] == "cancelled":
            continue
        month = order["created_at"][:7]
        report[order["region"]][month] += order["amount"]
    # Hand back plain dicts: a defaultdict would quietly add every region a
    # caller merely looks up.
    return {region: dict(months) for region, months in report.items()}
