"""The cheapest way to buy exactly N coffee capsules."""

from functools import cache

Packs = tuple[tuple[int, int], ...]


@cache
def cheapest_price(quantity: int, packs: Packs) -> int:
    """Lowest price for exactly `quantity` capsules; packs includes size 1."""
    # Each (quantity, packs) is now computed once; later calls are a dict lookup.
    # Both arguments are hashable (ints and tuples), so they can be cache keys.
    if quantity == 0:
        return 0
    return min(
        price + cheapest_price(quantity - size, packs)
        for size, price in packs
        if size <= quantity
    )
