"""One report, two formats: an abstract base class as an interface.

Exporter is an abstract base class. Its export() method is already written: it
builds the whole document from header() and format_row(), which every concrete
exporter must provide. Complete the two exporters:

- JsonLinesExporter: no header lines; each row is one JSON object holding the
  exporter's columns in order, e.g. {"name": "kim", "score": 90}. Keep Korean
  text readable (not escaped as \\uXXXX).
- MarkdownExporter: a Markdown table. The header is "| name | score |" and
  "| --- | --- |"; each row is "| kim | 90 |".

Only the exporter's columns are written, in the exporter's order, whatever else
a row holds.
"""

import json
from abc import ABC, abstractmethod
from typing import Any

Row = dict[str, Any]


class Exporter(ABC):
    def __init__(self, columns: list[str]) -> None:
        self.columns = columns

    @abstractmethod
    def header(self) -> list[str]:
        """Return the lines that come before the rows."""

    @abstractmethod
    def format_row(self, row: Row) -> str:
        """Return one row as one line."""

    def export(self, rows: list[Row]) -> str:
        lines = [*self.header(), *(self.format_row(row) for row in rows)]
        return "\n".join(lines)


class JsonLinesExporter(Exporter):
    """One JSON object per line, no header."""

    def header(self) -> list[str]:
        return []

    def format_row(self, row: Row) -> str:
        record = {column: row[column] for column in self.columns}
        return json.dumps(record, ensure_ascii=False)


class MarkdownExporter(Exporter):
    """A Markdown table."""

    def header(self) -> list[str]:
        return [
            self._table_line(self.columns),
            self._table_line(["---"] * len(self.columns)),
        ]

    def format_row(self, row: Row) -> str:
        return self._table_line([str(row[column]) for column in self.columns])

    @staticmethod
    def _table_line(cells: list[str]) -> str:
        return "| " + " | ".join(cells) + " |"
