"""A CSV report writer that works as a context manager.

`ReportWriter` is used like this:

    with ReportWriter("report.csv", ["이름", "부서", "점수"]) as report:
        report.write(["김민준", "백엔드", 92])

The nightly export has two problems: reports are often empty or cut short
when the program reads them back, and when a bad row stops an export
nobody finds out. Fix the class.
"""

import csv
from types import TracebackType


class ReportWriter:
    def __init__(self, path: str, header: list[str]) -> None:
        self.path = path
        self.header = header
        self.rows_written = 0

    def __enter__(self) -> "ReportWriter":
        self._file = open(self.path, "w", encoding="utf-8", newline="")
        self._writer = csv.writer(self._file)
        self._writer.writerow(self.header)
        return self

    def write(self, row: list[str | int]) -> None:
        """Write one row; the score (last column) must be an int from 0 to 100."""
        score = row[-1]
        if not isinstance(score, int) or not 0 <= score <= 100:
            raise ValueError(f"invalid score {score!r} in row {row!r}")
        self._writer.writerow(row)
        self.rows_written += 1

    @property
    def closed(self) -> bool:
        return self._file.closed

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> bool:
        # TODO: two bugs live here
        return True
