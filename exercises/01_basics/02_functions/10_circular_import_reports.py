"""A sales dashboard built on the data team's `reports` module.

dashboard(sales_by_month) returns one summary line per month, made by
reports.monthly_summary. The reports module, in turn, formats its amounts
with format_won from this file.

Importing this file fails with an ImportError. Read the traceback and fix
this file; reports.py belongs to another team, so leave it as it is.
"""

# TODO: follow the traceback. Which module is half-finished when this runs?
from reports import monthly_summary


def format_won(amount: int) -> str:
    """Format an amount of won with thousands separators: ₩1,234,000."""
    return f"₩{amount:,}"


def dashboard(sales_by_month: dict[str, list[int]]) -> list[str]:
    """One summary line per month, in the order of the dict."""
    return [monthly_summary(month, sales) for month, sales in sales_by_month.items()]
