"""`bsclient directories import FILE`: an official list (CSV or XLSX) loaded into the client's directories.

The file names its directory by its name (knp.csv, kbk.xlsx, residency.csv, sectors.csv,
budget_recipients.csv, funds.csv) or by --directory; its first row names the columns: `code` and
`name` are required, `status`, `note`, `name_kk`, `name_ru` and a directory's details (`knp`, `iik`,
`bic`, `kbe`, …) are taken when present. A CSV is UTF-8 (with or without BOM) or Windows-1251, `;`
or `,`; an XLSX is read from its first sheet (openpyxl), a number cell as its digits (a code kept as
a number in the sheet has lost its leading zeros: such a row is refused, type the codes as text).
A row that cannot be used is refused with its line and reason; the others replace the directory in
use as a new version kept in the data dir, exactly as one the bank sent (checked the same way).
The report says what was added, changed, left out and refused.
"""

from __future__ import annotations

import csv
import io
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import openpyxl

from bsclient.client.directories.files import FILE_DIRECTORIES, load_directory, parse_entry, store_directory
from bsclient.client.directories.model import DirectoryError
from bsclient.messages import QT_TRANSLATE_NOOP, Message


@dataclass
class ImportReport:
    """What an import did: codes added, changed and no longer listed, and rows refused (line, reason)."""

    directory: str
    version: int = 0
    added: list[str] = field(default_factory=list)
    changed: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    refused: list[tuple[int, str]] = field(default_factory=list)

    def lines(self) -> list[str]:
        out = [f"Directory {self.directory}: version {self.version} is now in use." if self.version
               else f"Directory {self.directory}: nothing was changed."]
        for word, codes in (("added", self.added), ("changed", self.changed), ("no longer listed", self.removed)):
            out.append(f"{len(codes)} {word}" + (f": {', '.join(codes)}" if codes else "."))
        out += [f"Line {line} refused: {reason}" for line, reason in self.refused]
        return out


def _decode(data: bytes) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1251")


Rows = list[tuple[int, dict[str, str]]]  # (the row's line in the file, its cells by column name)


def _csv_rows(path: Path) -> Rows:
    text = _decode(path.read_bytes())
    dialect = csv.Sniffer().sniff(text[:4096], delimiters=";,") if text.strip() else csv.excel
    return [(line, {str(k).strip(): str(v or "").strip() for k, v in row.items() if k})
            for line, row in enumerate(csv.DictReader(io.StringIO(text), dialect=dialect), start=2)]


def _cell_text(value: object) -> str:
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return "" if value is None else str(value).strip()


def _xlsx_rows(path: Path) -> Rows:
    """The first sheet's rows under its header row; empty rows left out. DirectoryError when it is no workbook."""
    try:
        workbook = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except (OSError, ValueError, KeyError, zipfile.BadZipFile) as exc:
        raise DirectoryError(Message("Directories", QT_TRANSLATE_NOOP(
            "Directories", "{file} is not an Excel workbook (XLSX) that can be read: {problem}"),
            {"file": path.name, "problem": str(exc)})) from exc
    try:
        sheet = workbook.worksheets[0]
        cells = sheet.iter_rows(values_only=True)
        header = [_cell_text(value) for value in next(cells, ())]
        rows = []
        for line, values in enumerate(cells, start=2):
            row = {name: _cell_text(value) for name, value in zip(header, values, strict=False) if name}
            if any(row.values()):
                rows.append((line, row))
        return rows
    finally:
        workbook.close()


def import_directory_file(path: Path, data_dir: Path, directory: str | None = None) -> ImportReport:
    """Reads `path` into directory `directory` (else the file's name) kept in `data_dir`; DirectoryError
    when the file is no usable list at all."""
    name = directory or path.stem.lower()
    if name not in FILE_DIRECTORIES:
        raise ValueError(f"{name!r} is not a directory that can be imported; use one of {', '.join(FILE_DIRECTORIES)}")
    rows = _xlsx_rows(path) if path.suffix.lower() == ".xlsx" else _csv_rows(path)
    report = ImportReport(directory=name)
    current = load_directory(name, data_dir)
    entries: list[dict[str, str]] = []
    seen: set[str] = set()
    for line, raw in rows:
        raw.setdefault("status", "confirmed")
        try:
            entry = parse_entry(name, raw)
        except DirectoryError as exc:
            report.refused.append((line, exc.message.params.get("problem", str(exc))))
            continue
        if entry.code in seen:
            report.refused.append((line, f"code {entry.code} appears twice"))
            continue
        seen.add(entry.code)
        entries.append({key: value for key, value in raw.items() if value})
    old = {entry.code: entry for entry in current.entries}
    for item in entries:
        before = old.get(item["code"])
        if before is None:
            report.added.append(item["code"])
        elif before.name != item["name"] or before.status != item.get("status", "confirmed") or any(
                before.detail(key) != value for key, value in item.items() if key not in ("code", "name", "status", "note")):
            report.changed.append(item["code"])
    report.removed = [code for code in old if code not in seen]
    if not entries or not (report.added or report.changed or report.removed):
        return report
    data: dict[str, Any] = {
        "directory": name, "title": current.title, "version": current.version + 1, "date": current.date,
        "sources": [f"Imported from {path.name}", *current.sources], "complete": current.complete,
        "note": current.note, "entries": entries,
        # The file's line in the other languages, as the shipped files give theirs.
        "sources_kk": [f"{path.name} файлынан импортталды", *current.sources_in("kk")],
        "sources_ru": [f"Импортировано из файла {path.name}", *current.sources_in("ru")],
        **{f"note_{language}": note for language, note in current.notes.items()},
    }
    report.version = store_directory(data, data_dir).version
    return report
