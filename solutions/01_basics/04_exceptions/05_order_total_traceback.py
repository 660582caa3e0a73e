"""Read a chained traceback and fix the except block.

This program reads "order_id,amount" lines from stdin, prints the total of
the valid amounts, and reports every line it skips on stderr:

    skipping line 2: 'A2,ten'

Run it on the first case and read the traceback from the bottom up. It has
two parts, joined by "During handling of the above exception, another
exception occurred". Which one did the program expect, and which one is the
bug? Fix the bug - don't hide it behind another try.
"""

import sys


def main() -> None:
    total = 0
    for lineno, line in enumerate(sys.stdin, start=1):
        record = line.strip()
        try:
            _order_id, amount = record.split(",")
            total += int(amount)
        except ValueError:
            print(f"skipping line {lineno}: {record!r}", file=sys.stderr)
    print(f"total: {total}")


if __name__ == "__main__":
    main()
