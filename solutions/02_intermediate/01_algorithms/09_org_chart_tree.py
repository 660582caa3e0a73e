"""An org chart as a tree.

The HR database stores one row per employee: (id, manager_id, name), with
manager_id None for the person at the top. Rows come in no particular
order, so a report may come before their manager.

OrgChart turns the rows into a tree and answers two questions the HR tool
asks all the time:

    chain_of_command(3)  ->  ["이준호", "박소라", "김민지"]   (up to the top)
    team_size(2)         ->  4   (everyone under 박소라, directly or not)
"""

from collections import defaultdict


class OrgChart:
    def __init__(self, rows: list[tuple[int, int | None, str]]) -> None:
        # Each row is an edge to the parent. Index it both ways in one pass:
        # up (employee -> manager) and down (manager -> direct reports).
        self._name: dict[int, str] = {}
        self._manager: dict[int, int | None] = {}
        self._reports: defaultdict[int, list[int]] = defaultdict(list)
        for employee_id, manager_id, name in rows:
            self._name[employee_id] = name
            self._manager[employee_id] = manager_id
            if manager_id is not None:
                self._reports[manager_id].append(employee_id)

    def chain_of_command(self, employee_id: int) -> list[str]:
        """Names from this employee up to the top of the company, the
        employee first. Raises KeyError for an unknown id."""
        chain = []
        current: int | None = employee_id
        while current is not None:
            chain.append(self._name[current])
            current = self._manager[current]
        return chain

    def team_size(self, employee_id: int) -> int:
        """How many people report to this employee, directly or through
        other managers (not counting the employee). Raises KeyError for an
        unknown id."""
        if employee_id not in self._name:
            raise KeyError(employee_id)
        # Depth-first with an explicit stack: no recursion limit to hit,
        # and each person under the employee is visited exactly once.
        size = 0
        stack = [employee_id]
        while stack:
            reports = self._reports.get(stack.pop(), [])
            size += len(reports)
            stack.extend(reports)
        return size
