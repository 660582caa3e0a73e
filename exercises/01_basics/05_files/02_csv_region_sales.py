"""Total the sales per region from a CSV export.

`sales_by_region` reads a CSV file that has a header row with the columns
region, product and amount, and returns {region: total amount}. It works on
the sample file the developer tried, but breaks on real exports. Fix it.
"""


def sales_by_region(path: str) -> dict[str, int]:
    totals: dict[str, int] = {}
    with open(path, encoding="utf-8") as f:
        next(f)  # skip the header
        for line in f:
            # TODO: a CSV line is not just text separated by commas
            region, product, amount = line.strip().split(",")
            totals[region] = totals.get(region, 0) + int(amount)
    return totals
