"""Total the sales per region from a CSV export.

`sales_by_region` reads a CSV file that has a header row with the columns
region, product and amount, and returns {region: total amount}. It works on
the sample file the developer tried, but breaks on real exports. Fix it.
"""

import csv


def sales_by_region(path: str) -> dict[str, int]:
    totals: dict[str, int] = {}
    with open(path, encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            region = row["region"]
            totals[region] = totals.get(region, 0) + int(row["amount"])
    return totals
