"""Remove duplicate signups, fast.

A signup form was submitted several times by many users. dedupe_signups()
keeps the first signup of each email address (ignoring upper/lower case)
and drops the rest. It gives the right answer, but on a real-sized list it
is far too slow: make it fast without changing its results.
"""


def dedupe_signups(emails: list[str]) -> list[str]:
    """Return emails without repeats, keeping each first spelling, in order.

    Two emails are the same when they are equal ignoring case:
    "Minji@Example.com" and "minji@example.com" are one signup.
    """
    seen: set[str] = set()
    unique: list[str] = []
    for email in emails:
        key = email.lower()
        if key not in seen:
            seen.add(key)
            unique.append(email)
    return unique
