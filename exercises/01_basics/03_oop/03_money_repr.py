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
        # TODO: store the code upper-case, and reject codes that are not
        # three letters.
        self.amount = amount
        self.currency = currency

    # TODO: add __repr__, for developers: Money(3000, 'KRW')

    # TODO: add __str__, for users: 3,000 KRW
