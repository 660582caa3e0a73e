"""Count the distinct visitors of each page.

A web server logged (user_id, page) tuples in the order the requests came
in. Complete unique_visitors() so that it tells, for every page, how many
different users visited it.
"""


def unique_visitors(events: list[tuple[str, str]]) -> dict[str, int]:
    """Return {page: number of distinct users who visited it}.

    Pages appear in the dict in the order they were first visited.
    A user who visits the same page twice is counted once for that page.
    """
    # TODO: collect the users of each page, then count them.
    raise NotImplementedError("unique_visitors is not written yet")
