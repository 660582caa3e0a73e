"""Split a list of items into pages."""


def paginate(items: list[str], *, page: int = 1, per_page: int = 10) -> list[str]:
    if page < 1 or per_page < 1:
        raise ValueError("page and per_page must be at least 1")
    start = (page - 1) * per_page
    return items[start : start + per_page]
