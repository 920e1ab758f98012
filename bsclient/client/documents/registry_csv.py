"""A salary registry from a CSV file (R1.5): UTF-8 or Windows-1251, `;` or `,` between columns, a
header row naming the columns. Every bad line is reported with its number and reason, and nothing
is imported while any line is bad. No Qt."""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from bsclient.messages import QT_TRANSLATE_NOOP, ClerkError, Message
from bsclient.rules.kinds.registry_columns import SALARY_COLUMNS, RegistryColumn, line_problems
from bsclient.rules.kinds.registry_lines import RegistryLine

MAX_BYTES = 5 * 1024 * 1024  # a registry of 100,000 employees is ~8 MB; 5 MB is ~60,000 lines
# Header names accepted per column (folded to lower case, spaces and punctuation kept as typed).
HEADERS = {
    "iin": ("iin", "иин", "жсн"),
    "name": ("name", "full name", "fullname", "фио", "ф.и.о.", "аты-жөні", "тәж", "сотрудник", "employee"),
    "iban": ("iban", "iik", "иик", "жск", "account", "счет", "счёт", "шот", "iban/iik"),
    "amount": ("amount", "sum", "сумма", "сома"),
}


@dataclass(frozen=True)
class LineProblem:
    line: int  # the file's line number, the header being line 1
    message: Message


class RegistryImportError(ClerkError):
    """The file cannot be imported; `problems` lists every bad line (empty when the whole file is bad)."""

    def __init__(self, message: Message, problems: list[LineProblem] | None = None) -> None:
        super().__init__(message)
        self.problems = problems or []


def _msg(source: str, **params: object) -> Message:
    return Message("RegistryImport", source, params)


def decode(data: bytes) -> str:
    """UTF-8 (with or without its BOM) when the bytes are UTF-8, else Windows-1251."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1251", errors="replace")


def _delimiter(header: str) -> str:
    return ";" if header.count(";") >= header.count(",") and ";" in header else ","


def read_registry_csv(path: Path, columns: Sequence[RegistryColumn] = SALARY_COLUMNS) -> list[RegistryLine]:
    """parse_registry_csv of the file at `path`; a file that cannot be read is a RegistryImportError too."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise RegistryImportError(_msg(QT_TRANSLATE_NOOP(
            "RegistryImport", "The file {name} cannot be read ({reason}); check that it exists and you may open it."),
            name=path.name, reason=exc.strerror or type(exc).__name__)) from exc
    return parse_registry_csv(data, columns)


def _header_columns(header: list[str], columns: Sequence[RegistryColumn]) -> dict[str, int]:
    """The index of each column the header names (by the names HEADERS accepts), by column key."""
    found: dict[str, int] = {}
    for column in columns:
        for index, name in enumerate(header):
            if name in HEADERS.get(column.key, (column.key,)):
                found[column.key] = index
                break
    return found


def parse_registry_csv(data: bytes, columns: Sequence[RegistryColumn] = SALARY_COLUMNS) -> list[RegistryLine]:
    """The registry's lines; RegistryImportError naming every bad line otherwise."""
    if len(data) > MAX_BYTES:
        raise RegistryImportError(_msg(QT_TRANSLATE_NOOP(
            "RegistryImport", "The file is larger than {limit} MB; split the registry into several orders."),
            limit=MAX_BYTES // (1024 * 1024)))
    text = decode(data)
    lines = text.splitlines()
    if not lines or not lines[0].strip():
        raise RegistryImportError(_msg(QT_TRANSLATE_NOOP(
            "RegistryImport", "The file is empty; the first line must name the columns: IIN; full name; IIK; amount.")))
    rows = list(csv.reader(io.StringIO(text), delimiter=_delimiter(lines[0])))
    header = [cell.strip().casefold() for cell in rows[0]]
    indexes = _header_columns(header, columns)
    missing = [column for column in columns if column.key not in indexes]
    if missing:
        raise RegistryImportError(_msg(QT_TRANSLATE_NOOP(
            "RegistryImport", "The first line must name the columns; it lacks: {columns}. Name them e.g. IIN; full name; IIK; amount."),
            columns=", ".join(column.name for column in missing)))
    names = {column.key: column.name for column in columns}
    result: list[RegistryLine] = []
    problems: list[LineProblem] = []
    for number, row in enumerate(rows[1:], start=2):
        if not any(cell.strip() for cell in row):
            continue  # blank lines (often the last) are not employees
        cells = {key: row[index].strip() if index < len(row) else "" for key, index in indexes.items()}
        if len(row) < len(header):
            problems.append(LineProblem(number, _msg(QT_TRANSLATE_NOOP(
                "RegistryImport", "It has {count} columns; the first line names {expected}."),
                count=len(row), expected=len(header))))
            continue
        for key, message in line_problems(columns, cells).items():
            problems.append(LineProblem(number, _msg(QT_TRANSLATE_NOOP("RegistryImport", "{column}: {problem}"),
                                                     column=Message("Registry", names[key]), problem=message)))
        result.append(RegistryLine(**cells))
    if problems:
        raise RegistryImportError(_msg(QT_TRANSLATE_NOOP(
            "RegistryImport", "Nothing was imported; problems in the file: {count}. Correct these lines and import it again."),
            count=len(problems)), problems)
    if not result:
        raise RegistryImportError(_msg(QT_TRANSLATE_NOOP(
            "RegistryImport", "The file names the columns but has no employees' lines.")))
    return result
