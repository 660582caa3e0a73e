"""The cheapest way to buy exactly N coffee capsules.

A shop sells capsules only in packs, for example (size, price in won):
((1, 900), (10, 8_000), (16, 12_500), (50, 36_000)).

cheapest_price(quantity, packs) returns the lowest total price for exactly
`quantity` capsules. The answer is right, but for a hundred capsules or so it
runs practically forever. Make it fast enough, keeping the recursive idea.
"""

Packs = tuple[tuple[int, int], ...]


def cheapest_price(quantity: int, packs: Packs) -> int:
    """Lowest price for exactly `quantity` capsules; packs includes size 1."""
    # TODO: how many times is cheapest_price(3, packs) computed on the way to
    # cheapest_price(150, packs)? Remember answers you already know.
    if quantity == 0:
        return 0
    return min(
        price + cheapest_price(quantity - size, packs)
        for size, price in packs
        if size <= quantity
    )
