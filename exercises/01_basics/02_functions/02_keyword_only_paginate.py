"""Split a list of items into pages.

paginate(items, page=..., per_page=...) returns the items on one page. Pages
are numbered from 1. Callers must name page and per_page, so that
paginate(posts, 2, 20) is a TypeError instead of a silent mix-up.
"""


def paginate(items: list[str], page: int = 1, per_page: int = 10) -> list[str]:
    # TODO: make page and per_page keyword-only
    # TODO: raise ValueError when page or per_page is less than 1
    # TODO: return the items on the requested page
    raise NotImplementedError
