"""A sales dashboard built on the data team's `reports` module."""


def format_won(amount: int) -> str:
    """Format an amount of won with thousands separators: ₩1,234,000."""
    return f"₩{amount:,}"


def dashboard(sales_by_month: dict[str, list[int]]) -> list[str]:
    """One summary line per month, in the order of the dict."""
    # Imported here, not at the top: reports imports this module, so a
    # top-level import would run reports.py before format_won exists.
    from reports import monthly_summary

    return [monthly_summary(month, sales) for month, sales in sales_by_month.items()]
