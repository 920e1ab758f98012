"""`bsclient directories import FILE`: an official list (CSV) loaded into the client's directories.

The file names its directory by its name (knp.csv, kbk.csv, residency.csv, sectors.csv,
budget_recipients.csv, funds.csv) or by --directory; its first row names the columns: `code` and
`name` are required, `status`, `note`, `name_kk`, `name_ru` and a directory's details (`knp`, `iik`,
`bic`, `kbe`, …) are taken when present. UTF-8 (with or without BOM) or Windows-1251, `;` or `,`.
A row that cannot be used is refused with its line and reason; the others replace the directory in
use as a new version kept in the data dir, exactly as one the bank sent (checked the same way).
The report says what was added, changed, left out and refused.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bsclient.client.directories.files import FILE_DIRECTORIES, load_directory, parse_entry, store_directory
from bsclient.client.directories.model import DirectoryError


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


def import_directory_file(path: Path, data_dir: Path, directory: str | None = None) -> ImportReport:
    """Reads `path` into directory `directory` (else the file's name) kept in `data_dir`; DirectoryError
    when the file is no usable list at all."""
    name = directory or path.stem.lower()
    if name not in FILE_DIRECTORIES:
        raise ValueError(f"{name!r} is not a directory that can be imported; use one of {', '.join(FILE_DIRECTORIES)}")
    text = _decode(path.read_bytes())
    dialect = csv.Sniffer().sniff(text[:4096], delimiters=";,") if text.strip() else csv.excel
    rows = list(csv.DictReader(io.StringIO(text), dialect=dialect))
    report = ImportReport(directory=name)
    current = load_directory(name, data_dir)
    entries: list[dict[str, str]] = []
    seen: set[str] = set()
    for line, row in enumerate(rows, start=2):
        raw = {str(k).strip(): str(v or "").strip() for k, v in row.items() if k}
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
    }
    report.version = store_directory(data, data_dir).version
    return report
