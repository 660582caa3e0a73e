"""Report exporters chosen by format name.

export_rows("csv", rows) finds the exporter class registered for "csv" and
runs it. Each subclass names its format in its class statement,
`class CsvExporter(Exporter, format_name="csv")`, and Python passes that
keyword to Exporter.__init_subclass__, which registers the class. No custom
metaclass is needed, so Exporter can be an ABC (whose metaclass is ABCMeta)
without a metaclass conflict.
"""

import csv
import io
import json
from abc import ABC, abstractmethod
from typing import Any, ClassVar

Row = dict[str, Any]


class Exporter(ABC):
    """Turns rows (a list of dicts with the same keys) into file contents."""

    formats: ClassVar[dict[str, type["Exporter"]]] = {}
    format_name: ClassVar[str]

    def __init_subclass__(cls, format_name: str | None = None, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        if format_name is None:  # a shared base, not an exporter of its own
            return
        if format_name in Exporter.formats:
            taken_by = Exporter.formats[format_name].__name__
            raise TypeError(f"format {format_name!r} is taken by {taken_by}")
        Exporter.formats[format_name] = cls
        cls.format_name = format_name

    @abstractmethod
    def export(self, rows: list[Row]) -> str: ...


class CsvExporter(Exporter, format_name="csv"):
    delimiter = ","

    def export(self, rows: list[Row]) -> str:
        if not rows:
            return ""
        buffer = io.StringIO()
        writer = csv.DictWriter(
            buffer, list(rows[0]), delimiter=self.delimiter, lineterminator="\n"
        )
        writer.writeheader()
        writer.writerows(rows)
        return buffer.getvalue()


class JsonLinesExporter(Exporter, format_name="jsonl"):
    def export(self, rows: list[Row]) -> str:
        return "".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows)


class MarkdownExporter(Exporter, format_name="md"):
    def export(self, rows: list[Row]) -> str:
        if not rows:
            return ""
        header = list(rows[0])
        lines = ["| " + " | ".join(header) + " |", "|" + " --- |" * len(header)]
        for row in rows:
            lines.append("| " + " | ".join(str(row[key]) for key in header) + " |")
        return "\n".join(lines) + "\n"


def available_formats() -> list[str]:
    return sorted(Exporter.formats)


def export_rows(format_name: str, rows: list[Row]) -> str:
    try:
        exporter_class = Exporter.formats[format_name]
    except KeyError:
        choices = ", ".join(available_formats())
        raise ValueError(
            f"unknown format {format_name!r} (choose from {choices})"
        ) from None
    return exporter_class().export(rows)
