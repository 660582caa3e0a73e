"""Build one currency converter per exchange rate.

make_converters(rates) gets rates such as {"USD": 0.00072, "JPY": 0.107}
(what one won is worth in each currency) and returns a dict of functions:
converters["USD"](10000) turns 10,000 won into dollars, rounded to 2 places.

Every converter seems to use the same rate. Find out why and fix it.
"""

from collections.abc import Callable

Converter = Callable[[float], float]


def make_converters(rates: dict[str, float]) -> dict[str, Converter]:
    converters: dict[str, Converter] = {}
    for code, rate in rates.items():
        # TODO: which `rate` does this lambda use when it is finally called?
        converters[code] = lambda amount: round(amount * rate, 2)
    return converters
