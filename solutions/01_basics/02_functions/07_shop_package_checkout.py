"""Check out a shopping cart with the `shop` package."""

from shop import pricing, shipping


def checkout(cart: dict[str, int], coupon: str | None = None) -> int:
    amount = pricing.subtotal(cart)
    if coupon is not None:
        amount = pricing.apply_coupon(amount, coupon)
    return amount + shipping.fee(amount)
