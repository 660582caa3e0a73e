"""Build one currency converter per exchange rate."""

from collections.abc import Callable

Converter = Callable[[float], float]


def make_converters(rates: dict[str, float]) -> dict[str, Converter]:
    # `rate=rate` is evaluated now, so each lambda keeps the rate of its turn.
    return {
        code: lambda amount, rate=rate: round(amount * rate, 2)
        for code, rate in rates.items()
    }
