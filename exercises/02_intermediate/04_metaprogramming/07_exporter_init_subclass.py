"""Report exporters chosen by format name: a metaclass that has to go.

export_rows("csv", rows) finds the exporter class registered for "csv" and
runs it. Until yesterday Exporter was a plain class whose metaclass,
ExporterMeta, registered every subclass under the format_name given in its
class statement: `class CsvExporter(Exporter, format_name="csv")`. Then
Exporter became an abstract base class (ABC), so that an exporter without
export() cannot be used, and now importing this module fails.

Read the traceback, then refactor: delete ExporterMeta and do the same
registering in Exporter.__init_subclass__, keeping the registry in
Exporter.formats. Every export must come out exactly as before.
"""

import csv
import io
import json
from abc import ABC, abstractmethod
from typing import Any, ClassVar

Row = dict[str, Any]


# TODO: replace this metaclass with Exporter.__init_subclass__.
class ExporterMeta(type):
    formats: ClassVar[dict[str, type]] = {}

    def __new__(
        mcls,
        name: str,
        bases: tuple[type, ...],
        namespace: dict[str, Any],
        format_name: str | None = None,
    ) -> type:
        cls = super().__new__(mcls, name, bases, namespace)
        if format_name is not None:
            if format_name in mcls.formats:
                taken_by = mcls.formats[format_name].__name__
                raise TypeError(f"format {format_name!r} is taken by {taken_by}")
            mcls.formats[format_name] = cls
            cls.format_name = format_name
        return cls


class Exporter(ABC, metaclass=ExporterMeta):
    """Turns rows (a list of dicts with the same keys) into file contents."""

    format_name: ClassVar[str]

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
    return sorted(ExporterMeta.formats)


def export_rows(format_name: str, rows: list[Row]) -> str:
    try:
        exporter_class = ExporterMeta.formats[format_name]
    except KeyError:
        choices = ", ".join(available_formats())
        raise ValueError(
            f"unknown format {format_name!r} (choose from {choices})"
        ) from None
    return exporter_class().export(rows)
