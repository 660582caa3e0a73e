"""Find the error codes that are on the rise.

An on-call engineer compares today's errors with yesterday's. Given the error
codes logged on each day, rising_errors() returns the codes that were logged
more often today than yesterday, with how many more times, biggest rise first.
"""

from collections import Counter


def rising_errors(
    yesterday: list[str], today: list[str], n: int
) -> list[tuple[str, int]]:
    """Return up to n (code, increase) pairs, the biggest increase first.

    Only codes logged more often today than yesterday are included; a code
    that is new today rises by its whole count. Codes with the same increase
    are in alphabetical order.
    """
    rises = Counter(today) - Counter(yesterday)
    ranked = sorted(rises.items(), key=lambda item: (-item[1], item[0]))
    return ranked[:n]
