"""Check out a shopping cart with the `shop` package.

The package next to this file looks like this:

    shop/
        __init__.py    the package itself
        catalog.py     PRICES: the price of each product in won
        pricing.py     subtotal(cart), apply_coupon(amount, code)
        shipping.py    fee(amount)

checkout(cart, coupon) returns what the customer pays: the subtotal, minus
the coupon's discount if there is one, plus the shipping fee for the
discounted amount.

It stops with an AttributeError. Read the traceback and fix the import.
"""

import shop  # TODO: is this enough to use shop.pricing and shop.shipping?


def checkout(cart: dict[str, int], coupon: str | None = None) -> int:
    amount = shop.pricing.subtotal(cart)
    if coupon is not None:
        amount = shop.pricing.apply_coupon(amount, coupon)
    return amount + shop.shipping.fee(amount)
