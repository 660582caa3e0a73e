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
    # TODO: these checks disappear under `python -O`.
    assert people >= 1, "people must be at least 1"
    assert total_cents >= 0, "total_cents must not be negative"
    shares = _allocate(total_cents, people)
    # TODO: assert the invariants of the result.
    return shares
