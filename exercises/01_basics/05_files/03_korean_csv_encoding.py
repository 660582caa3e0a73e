"""Read member lists saved by Excel and by a legacy system.

`read_contacts` returns (name, email) pairs from a CSV file whose header is
이름,이메일,가입일. It works for plain UTF-8 files, but the operations team
sent two more files and it crashes on both. Run it, read the tracebacks and
fix the function so that it reads all of them.
"""

import csv


def read_contacts(path: str) -> list[tuple[str, str]]:
    # TODO: not every Korean CSV file is plain UTF-8
    with open(path, encoding="utf-8", newline="") as f:
        return [(row["이름"], row["이메일"]) for row in csv.DictReader(f)]
