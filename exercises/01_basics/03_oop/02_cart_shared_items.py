"""Shopping carts that share more than they should.

Every customer gets their own ShoppingCart, yet an item added to one cart shows
up in every cart, and ShoppingCart.carts_created stays at 0 however many carts
are made. Fix both bugs. carts_created must stay a class attribute: it counts
the carts made by the whole program, not something that belongs to one cart.
"""


# TODO: this class has two bugs. Both are about where an attribute lives.
class ShoppingCart:
    carts_created = 0
    items: list[str] = []

    def __init__(self, owner: str) -> None:
        self.owner = owner
        self.carts_created += 1

    def add(self, item: str) -> None:
        self.items.append(item)

    def count(self) -> int:
        return len(self.items)
