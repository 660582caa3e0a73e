"""Find the error codes that are on the rise.

An on-call engineer compares today's errors with yesterday's. Given the error
codes logged on each day, rising_errors() returns the codes that were logged
more often today than yesterday, with how many more times, biggest rise first.

    yesterday = ["DB_TIMEOUT", "AUTH_FAILED", "AUTH_FAILED"]
    today = ["DB_TIMEOUT", "DB_TIMEOUT", "DB_TIMEOUT", "AUTH_FAILED", "CART_EMPTY"]
    rising_errors(yesterday, today, 5)  ->  [("DB_TIMEOUT", 2), ("CART_EMPTY", 1)]
"""


def rising_errors(
    yesterday: list[str], today: list[str], n: int
) -> list[tuple[str, int]]:
    """Return up to n (code, increase) pairs, the biggest increase first.

    Only codes logged more often today than yesterday are included; a code
    that is new today rises by its whole count. Codes with the same increase
    are in alphabetical order.
    """
    # TODO: count both days with collections.Counter, and let Counter
    # arithmetic do the comparison.
    raise NotImplementedError
