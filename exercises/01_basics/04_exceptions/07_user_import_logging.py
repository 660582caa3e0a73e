"""Log like a command-line tool: data on stdout, diagnostics on stderr.

    python exercise.py users.csv [--verbose]

reads a CSV file with `name,email` columns and prints one "Name <email>"
line per valid row. Right now its diagnostics are printed to stdout, mixed
into the data. Move them to logging:

* configure logging once, in main(): level INFO (DEBUG with --verbose),
  format "%(levelname)s %(name)s: %(message)s"
* log through the module logger named "user_import"
* each row read:            DEBUG   "line 2: {'name': ..., 'email': ...}"
* a row without an email:   WARNING "line 3: missing email, skipped"
* at the end:               INFO    "imported 2 users, skipped 1"
* a file that can't be read: ERROR  "cannot read users.csv: <reason>",
  and exit status 1
"""

import argparse
import csv

# TODO: create the module logger.


def read_users(path: str) -> list[str]:
    users: list[str] = []
    skipped = 0
    with open(path, newline="", encoding="utf-8") as file:
        for lineno, row in enumerate(csv.DictReader(file), start=2):
            print(f"line {lineno}: {row}")  # TODO: log this instead
            name = (row.get("name") or "").strip()
            email = (row.get("email") or "").strip().lower()
            if not email:
                print(f"line {lineno}: missing email, skipped")  # TODO: log this
                skipped += 1
                continue
            users.append(f"{name} <{email}>")
    print(f"imported {len(users)} users, skipped {skipped}")  # TODO: log this
    return users


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Import users from a CSV file.")
    parser.add_argument("path", help="CSV file with name,email columns")
    parser.add_argument("-v", "--verbose", action="store_true", help="log details")
    args = parser.parse_args(argv)
    # TODO: configure logging here.

    try:
        users = read_users(args.path)
    except OSError as err:
        print(f"cannot read {args.path}: {err.strerror}")  # TODO: log this
        return 1
    for user in users:
        print(user)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
