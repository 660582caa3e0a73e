"""Parse a column of prices without stopping at the first bad row.

`parse_prices` gets the rows of a price column as strings. It returns the
prices that parse as floats, plus one message for every row that does not:

    row 2: invalid price 'abc'

Rows are numbered from 1. Catch only the error that `float()` raises for bad
text; anything else is a bug in the caller and must not be hidden.
"""


def parse_prices(rows: list[str]) -> tuple[list[float], list[str]]:
    prices: list[float] = []
    errors: list[str] = []
    for number, row in enumerate(rows, start=1):
        # TODO: a bad row should add a message to `errors` instead of
        # crashing the whole import.
        prices.append(float(row))
    return prices, errors
