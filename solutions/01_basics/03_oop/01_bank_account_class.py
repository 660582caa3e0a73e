"""Bank account: your first class.

Complete the BankAccount class. Each account remembers its owner and its own
balance. deposit() and withdraw() change the balance and return the new one.
Both raise ValueError for an amount that is not positive, and withdraw() also
raises ValueError when the amount is larger than the balance.
"""


class BankAccount:
    def __init__(self, owner: str, balance: int = 0) -> None:
        self.owner = owner
        self.balance = balance

    def deposit(self, amount: int) -> int:
        if amount <= 0:
            raise ValueError(f"deposit must be positive, got {amount}")
        self.balance += amount
        return self.balance

    def withdraw(self, amount: int) -> int:
        if amount <= 0:
            raise ValueError(f"withdrawal must be positive, got {amount}")
        if amount > self.balance:
            raise ValueError(f"cannot withdraw {amount}, balance is {self.balance}")
        self.balance -= amount
        return self.balance
