"""Use assert for invariants, not for checking input.

`split_bill` splits an amount in cents between people as evenly as
possible: 1000 cents between 3 people is [334, 333, 333].

It checks its arguments with `assert`. But `python -O` removes every assert,
so in an optimised deployment bad arguments slip through. Change it:

1. Check the arguments with exceptions that survive `-O`:
   - people < 1       -> ValueError("people must be at least 1, got 0")
   - total_cents < 0  -> ValueError("total_cents must not be negative, got -5")
2. Assert what must hold if this module itself is correct: the shares add
   up to `total_cents`, and there is one share per person.
"""


def _allocate(total_cents: int, people: int) -> list[int]:
    base, extra = divmod(total_cents, people)
    return [base + 1] * extra + [base] * (people - extra)


def split_bill(total_cents: int, people: int) -> list[int]:
    if people < 1:
        raise ValueError(f"people must be at least 1, got {people}")
    if total_cents < 0:
        raise ValueError(f"total_cents must not be negative, got {total_cents}")
    shares = _allocate(total_cents, people)
    assert len(shares) == people, f"expected {people} shares, got {len(shares)}"
    assert sum(shares) == total_cents, f"shares {shares} do not add up"
    return shares
