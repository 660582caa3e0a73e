"""Stop concurrent withdrawals from overdrawing a wallet.

`Wallet` keeps balances in a remote key-value store (`store.get` and
`store.set` each take a network round trip). Request handlers call
`deposit` and `withdraw` from many threads at once, and under load
customers end up spending money they do not have: two withdrawals read the
same balance, both pass the check, and one update overwrites the other.

Make each read-check-write step atomic with a `threading.Lock`.
"""

import threading
from typing import Protocol


class BalanceStore(Protocol):
    def get(self, user: str) -> int: ...
    def set(self, user: str, balance: int) -> None: ...


class Wallet:
    def __init__(self, store: BalanceStore) -> None:
        self._store = store
        self._lock = threading.Lock()

    def deposit(self, user: str, amount: int) -> None:
        with self._lock:
            balance = self._store.get(user)
            self._store.set(user, balance + amount)

    def withdraw(self, user: str, amount: int) -> bool:
        """Take `amount` from `user`; return False if the balance is too low."""
        with self._lock:
            balance = self._store.get(user)
            if balance < amount:
                return False
            self._store.set(user, balance - amount)
            return True
