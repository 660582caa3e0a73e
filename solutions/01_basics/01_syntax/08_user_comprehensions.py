"""Refactor loops into comprehensions.

Every function below already returns the right result. Rewrite each one
with a comprehension (list, set or dict) without changing what it returns.
pyroad checks the results, and that no `for` statement is left in them.

A user is a dict such as:
    {"id": 1, "email": "Minji@Example.com", "active": True, "tags": ["python"]}
"""


def active_emails(users: list[dict]) -> list[str]:
    """Lower-cased emails of the active users, in order."""
    return [user["email"].lower() for user in users if user["active"]]


def email_domains(users: list[dict]) -> set[str]:
    """The distinct email domains (the part after "@"), lower-cased."""
    return {user["email"].split("@")[1].lower() for user in users}


def emails_by_id(users: list[dict]) -> dict[int, str]:
    """Map each user's id to their email, exactly as written."""
    return {user["id"]: user["email"] for user in users}


def all_tags(users: list[dict]) -> list[str]:
    """Every tag of every user, in order; a tag used twice appears twice."""
    return [tag for user in users for tag in user["tags"]]
