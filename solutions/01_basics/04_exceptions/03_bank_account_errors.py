"""Give a bank account its own exception types.

Callers of `Account.withdraw` need to tell failures apart, and matching on
message strings is fragile. Build a small exception hierarchy:

* `BankError` - the base class of every error this module raises.
* `InsufficientFundsError(balance, amount)` - keeps `balance` and `amount`
  as attributes, has a `shortfall` property (how much is missing), and its
  message is "cannot withdraw 150: balance is 100 (short by 50)".
* `AccountFrozenError(account_id)` - keeps `account_id`; its message is
  "account acc-1 is frozen".

Then make `withdraw` raise them. A non-positive amount is a programming
error, not a banking condition: it stays a plain ValueError.
"""


class BankError(Exception):
    """Base class for every error raised by this module."""


class InsufficientFundsError(BankError):
    """A withdrawal is larger than the balance."""

    def __init__(self, balance: int, amount: int) -> None:
        self.balance = balance
        self.amount = amount
        super().__init__(
            f"cannot withdraw {amount}: balance is {balance} "
            f"(short by {self.shortfall})"
        )

    @property
    def shortfall(self) -> int:
        return self.amount - self.balance


class AccountFrozenError(BankError):
    """The account is frozen and cannot be used."""

    def __init__(self, account_id: str) -> None:
        self.account_id = account_id
        super().__init__(f"account {account_id} is frozen")


class Account:
    def __init__(self, account_id: str, balance: int = 0) -> None:
        self.account_id = account_id
        self.balance = balance
        self.frozen = False

    def withdraw(self, amount: int) -> int:
        """Take `amount` out of the account and return the new balance."""
        if amount <= 0:
            raise ValueError(f"amount must be positive, got {amount}")
        if self.frozen:
            raise AccountFrozenError(self.account_id)
        if amount > self.balance:
            raise InsufficientFundsError(self.balance, amount)
        self.balance -= amount
        return self.balance
