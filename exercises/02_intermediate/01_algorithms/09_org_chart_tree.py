"""An org chart as a tree.

The HR database stores one row per employee: (id, manager_id, name), with
manager_id None for the person at the top. Rows come in no particular
order, so a report may come before their manager.

OrgChart turns the rows into a tree and answers two questions the HR tool
asks all the time:

    chain_of_command(3)  ->  ["이준호", "박소라", "김민지"]   (up to the top)
    team_size(2)         ->  4   (everyone under 박소라, directly or not)
"""


class OrgChart:
    def __init__(self, rows: list[tuple[int, int | None, str]]) -> None:
        # TODO: index the rows once here, so that each question does not
        # have to search the whole list again.
        self.rows = rows

    def chain_of_command(self, employee_id: int) -> list[str]:
        """Names from this employee up to the top of the company, the
        employee first. Raises KeyError for an unknown id."""
        # TODO: walk up through the managers.
        raise NotImplementedError

    def team_size(self, employee_id: int) -> int:
        """How many people report to this employee, directly or through
        other managers (not counting the employee). Raises KeyError for an
        unknown id."""
        # TODO: walk down through the reports.
        raise NotImplementedError
