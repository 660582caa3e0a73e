"""Read the traceback: asyncio.run() called inside a coroutine.

The order page shows every price in won. krw_price() is a plain function
that gets today's exchange rate by running the async FX client with
asyncio.run(), and the coroutine price_order() calls it for each item.
The first item already crashes the page.

Make the conversion async all the way up, so that the rate is awaited on
the event loop that is already running. Don't change fetch_rate.
"""

import asyncio

# KRW per unit of each currency, as the FX service returns them today
FX_RATES = {"KRW": 1.0, "USD": 1375.5, "JPY": 9.12, "EUR": 1490.0}


async def fetch_rate(currency: str) -> float:
    """Ask the (simulated) FX service for today's rate."""
    await asyncio.sleep(0.01)
    return FX_RATES[currency]


async def krw_price(amount: float, currency: str) -> int:
    """Convert `amount` in `currency` to whole won."""
    # The caller's event loop is already running: await on it instead of
    # starting a second loop with asyncio.run().
    rate = await fetch_rate(currency)
    return round(amount * rate)


async def price_order(items: list[tuple[str, float, str]]) -> list[str]:
    """Return one "name: N원" line per (name, amount, currency) item."""
    lines = []
    for name, amount, currency in items:
        lines.append(f"{name}: {await krw_price(amount, currency):,}원")
    return lines
