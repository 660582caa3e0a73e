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
import logging

logger = logging.getLogger("user_import")


def read_users(path: str) -> list[str]:
    users: list[str] = []
    skipped = 0
    with open(path, newline="", encoding="utf-8") as file:
        for lineno, row in enumerate(csv.DictReader(file), start=2):
            logger.debug("line %d: %s", lineno, row)
            name = (row.get("name") or "").strip()
            email = (row.get("email") or "").strip().lower()
            if not email:
                logger.warning("line %d: missing email, skipped", lineno)
                skipped += 1
                continue
            users.append(f"{name} <{email}>")
    logger.info("imported %d users, skipped %d", len(users), skipped)
    return users


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Import users from a CSV file.")
    parser.add_argument("path", help="CSV file with name,email columns")
    parser.add_argument("-v", "--verbose", action="store_true", help="log details")
    args = parser.parse_args(argv)
    logging.basicConfig(
        level=logging.DEBUG if args.verbose else logging.INFO,
        format="%(levelname)s %(name)s: %(message)s",
    )

    try:
        users = read_users(args.path)
    except OSError as err:
        logger.error("cannot read %s: %s", args.path, err.strerror)
        return 1
    for user in users:
        print(user)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
