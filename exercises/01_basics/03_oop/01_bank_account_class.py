"""Bank account: your first class.

Complete the BankAccount class. Each account remembers its owner and its own
balance. deposit() and withdraw() change the balance and return the new one.
Both raise ValueError for an amount that is not positive, and withdraw() also
raises ValueError when the amount is larger than the balance.
"""


class BankAccount:
    def __init__(self, owner: str, balance: int = 0) -> None:
        # TODO: store the owner and the starting balance on the instance.
        pass

    def deposit(self, amount: int) -> int:
        # TODO: add amount to the balance and return the new balance.
        raise NotImplementedError

    def withdraw(self, amount: int) -> int:
        # TODO: take amount out of the balance and return the new balance.
        raise NotImplementedError
