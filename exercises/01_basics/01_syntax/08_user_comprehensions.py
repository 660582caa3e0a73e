"""Refactor loops into comprehensions.

Every function below already returns the right result. Rewrite each one
with a comprehension (list, set or dict) without changing what it returns.
pyroad checks the results, and that no `for` statement is left in them.

A user is a dict such as:
    {"id": 1, "email": "Minji@Example.com", "active": True, "tags": ["python"]}
"""


def active_emails(users: list[dict]) -> list[str]:
    """Lower-cased emails of the active users, in order."""
    # TODO: rewrite as a list comprehension with an `if`.
    emails = []
    for user in users:
        if user["active"]:
            emails.append(user["email"].lower())
    return emails


def email_domains(users: list[dict]) -> set[str]:
    """The distinct email domains (the part after "@"), lower-cased."""
    # TODO: rewrite as a set comprehension.
    domains = set()
    for user in users:
        domains.add(user["email"].split("@")[1].lower())
    return domains


def emails_by_id(users: list[dict]) -> dict[int, str]:
    """Map each user's id to their email, exactly as written."""
    # TODO: rewrite as a dict comprehension.
    result = {}
    for user in users:
        result[user["id"]] = user["email"]
    return result


def all_tags(users: list[dict]) -> list[str]:
    """Every tag of every user, in order; a tag used twice appears twice."""
    # TODO: rewrite as one list comprehension with two `for` clauses.
    tags = []
    for user in users:
        for tag in user["tags"]:
            tags.append(tag)
    return tags
