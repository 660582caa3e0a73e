"""Keep the caller's type: generic functions with a bounded TypeVar.

latest(), index_by_id() and dedupe_latest() work on any Record (users,
orders, ...), but they are annotated with Record itself, so a caller who
passes a list of User gets back a Record and mypy no longer knows it has an
email. Make the three functions generic over the record type, and write
dedupe_latest().
"""

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime


@dataclass(frozen=True)
class Record:
    id: int
    updated_at: datetime


@dataclass(frozen=True)
class User(Record):
    email: str


@dataclass(frozen=True)
class Order(Record):
    total: int


# TODO: make latest(), index_by_id() and dedupe_latest() generic.


def latest(records: Sequence[Record]) -> Record:
    """Return the most recently updated record (the first one on a tie)."""
    if not records:
        raise ValueError("no records")
    return max(records, key=lambda record: record.updated_at)


def index_by_id(records: Iterable[Record]) -> dict[int, Record]:
    """Map each id to its record (a later record wins over an earlier one)."""
    return {record.id: record for record in records}


def dedupe_latest(records: Iterable[Record]) -> list[Record]:
    """Keep only the latest version of each id, ordered by id.

    A CDC stream sends a new version of a row every time it changes. For
    each id keep the version with the greatest updated_at (on a tie, the one
    that came first).
    """
    # TODO: write it.
    raise NotImplementedError


# --- callers: these must type-check without changes -------------------------


def newest_email(users: Sequence[User]) -> str:
    return latest(users).email


def order_totals(orders: Iterable[Order]) -> dict[int, int]:
    return {order_id: order.total for order_id, order in index_by_id(orders).items()}


def current_emails(users: Iterable[User]) -> list[str]:
    return [user.email for user in dedupe_latest(users)]
