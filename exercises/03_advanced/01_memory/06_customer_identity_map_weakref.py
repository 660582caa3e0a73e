"""An identity map for customers, kept by weak references.

Within one unit of work, loading customer 42 twice must give the *same*
Customer object, so a change made through one name shows through the other,
and the database is queried only once. IdentityMap does this with a
weakref.WeakValueDictionary: it remembers a Customer only while some code
still uses it. It crashes the first time anyone calls get().

TODO: run it, read the traceback from the bottom up, and fix the cause.
Customer must keep its __slots__: the nightly import holds a million of them.
"""

import weakref


class Customer:
    __slots__ = ("customer_id", "name", "tier")

    def __init__(self, customer_id: int, name: str, tier: str) -> None:
        self.customer_id = customer_id
        self.name = name
        self.tier = tier


class IdentityMap:
    def __init__(self, table: dict[int, tuple[str, str]]) -> None:
        self._table = table  # stands in for the customers table
        self._loaded: weakref.WeakValueDictionary[int, Customer] = (
            weakref.WeakValueDictionary()
        )
        self.queries = 0

    def get(self, customer_id: int) -> Customer:
        """The one Customer object for this id, loaded on first use."""
        customer = self._loaded.get(customer_id)
        if customer is None:
            self.queries += 1
            name, tier = self._table[customer_id]
            customer = Customer(customer_id, name, tier)
            self._loaded[customer_id] = customer
        return customer

    def __len__(self) -> int:
        """How many customers are in use right now."""
        return len(self._loaded)
