"""Shopping carts, each with its own items.

items is an instance attribute, made in __init__, so every cart gets its own
list. carts_created is a class attribute, and it is updated through the class,
so it counts every cart the program makes.
"""


class ShoppingCart:
    carts_created = 0

    def __init__(self, owner: str) -> None:
        self.owner = owner
        self.items: list[str] = []
        ShoppingCart.carts_created += 1

    def add(self, item: str) -> None:
        self.items.append(item)

    def count(self) -> int:
        return len(self.items)
