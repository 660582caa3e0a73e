"""Alternative constructors with @classmethod, helpers with @staticmethod.

User rows arrive from a CSV export as text like "kim, kim@example.com, 32".
Complete the User class:

- is_valid_email(email) is a static method. It returns True when the text has
  exactly one "@", something before it, and a "." somewhere after it.
- from_csv_row(row) is a class method. It splits the row on commas, strips the
  spaces around each field, and returns a new object. It raises ValueError when
  the row does not have exactly three fields, the email is not valid, or the
  age is not a whole number.

A subclass must get its own type back: AdminUser.from_csv_row(...) returns an
AdminUser, without AdminUser defining anything new.
"""


class User:
    def __init__(self, name: str, email: str, age: int) -> None:
        self.name = name
        self.email = email
        self.age = age

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.name!r}, {self.email!r}, {self.age!r})"

    # TODO: make this a static method and implement it.
    def is_valid_email(email: str) -> bool:
        raise NotImplementedError

    # TODO: make this a class method (it needs cls) and implement it.
    def from_csv_row(row: str) -> "User":
        raise NotImplementedError


class AdminUser(User):
    """A user who may manage other users."""
