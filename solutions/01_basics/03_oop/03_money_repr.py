"""Money that prints well.

Money holds a whole amount and a three-letter currency code. Give it three
magic methods:

- __init__ stores the amount and the currency. The code is stored upper-case
  ("usd" becomes "USD"); a code that is not exactly three letters A-Z raises
  ValueError.
- __repr__ is for developers: Money(3000, 'KRW'), which is valid Python that
  builds an equal object.
- __str__ is for users: 3,000 KRW.
"""


class Money:
    def __init__(self, amount: int, currency: str) -> None:
        code = currency.upper()
        if not (len(code) == 3 and code.isascii() and code.isalpha()):
            raise ValueError(f"bad currency code: {currency!r}")
        self.amount = amount
        self.currency = code

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.amount!r}, {self.currency!r})"

    def __str__(self) -> str:
        return f"{self.amount:,} {self.currency}"
