"""Rank the functions of a cProfile report by their own time.

The nightly batch saves its profile as text (the output of
`python -m cProfile -s cumulative job.py`). own_time_report() reads that text
and lists the functions whose *own* code used the most time, with their share
of the whole run, so the team knows what to fix first.
"""

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class ProfileRow:
    ncalls: str  # "40000", or "1204/1" for recursive calls
    tottime: float  # time in the function's own code
    cumtime: float  # own time plus everything it called
    location: str  # "settle_job.py:13(match_payments)" or "{built-in ...}"


def total_seconds(report: str) -> float:
    """The run time from the header line: '... function calls in 2.948 seconds'."""
    match = re.search(r"in ([\d.]+) seconds", report)
    if match is None:
        raise ValueError("not a cProfile report: no 'in N seconds' line")
    return float(match.group(1))


def parse_rows(report: str) -> list[ProfileRow]:
    """The table rows below the 'ncalls  tottime ...' header, in report order."""
    rows = []
    in_table = False
    for line in report.splitlines():
        if line.lstrip().startswith("ncalls"):
            in_table = True
        elif in_table and line.strip():
            ncalls, tottime, _, cumtime, _, location = line.split(maxsplit=5)
            rows.append(ProfileRow(ncalls, float(tottime), float(cumtime), location))
    return rows


def own_time_report(report: str, limit: int = 3) -> list[str]:
    """One line per function, biggest own time first: seconds, share, location."""
    total = total_seconds(report)
    ranked = sorted(parse_rows(report), key=lambda row: row.tottime, reverse=True)
    return [
        f"{row.tottime:6.3f}s {row.tottime / total:6.1%}  {row.location}"
        for row in ranked[:limit]
    ]
