"""Iterate over every item of a paginated API, one page at a time.

The users API returns results in pages: each response is a payload like
{"items": [...], "next_cursor": "abc"}, and "next_cursor" is None on the
last page. PagedResults wraps the API so that callers can simply write
`for user in PagedResults(fetch_page): ...`.

Make PagedResults an iterator: implement __iter__ and __next__. Fetch a
page only when the items already fetched have run out, so a caller who
stops early never pays for pages it does not use.
"""

from collections import deque
from collections.abc import Callable
from typing import Any

Page = dict[str, Any]


class PagedResults:
    def __init__(self, fetch_page: Callable[[str | None], Page]) -> None:
        # fetch_page(None) returns the first page; fetch_page(cursor) the next ones.
        self._fetch_page = fetch_page
        self._buffer: deque[Any] = deque()  # fetched items not handed out yet
        self._cursor: str | None = None  # what to pass to the next fetch_page call
        self._has_more = True  # False once the last page has been fetched

    def __iter__(self) -> "PagedResults":
        # TODO: an iterator's __iter__ returns the iterator itself
        raise NotImplementedError

    def __next__(self) -> Any:
        # TODO: return the next item, fetching a new page only when the buffer
        # is empty. Raise StopIteration when there is nothing left.
        raise NotImplementedError
