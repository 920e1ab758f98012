"""The directories' data files: the ones shipped in the product, and newer ones the bank sent.

A file is JSON: a header (directory, title, version, date, sources, complete, note) and entries.
A newer version from the bank is kept in `<data dir>/directories/` and preferred over the shipped
one; it is written to a temporary file and renamed, so a reader never sees half a file.
"""

from __future__ import annotations

import json
import logging
import os
import tempfile
from pathlib import Path
from typing import Any

from bsclient.client.directories.model import BANK, SHIPPED, STATUSES, Directory, DirectoryError, Entry
from bsclient.messages import QT_TRANSLATE_NOOP, Message
from bsclient.rules import check_iban, check_iin_bin
from bsclient.rules.data_files import DATA_DIR

log = logging.getLogger(__name__)

SHIPPED_DIR = DATA_DIR
STORED_SUBDIR = "directories"

# The directories kept as files, refreshable from the bank; "banks" is the rules' register instead.
FILE_DIRECTORIES = ("knp", "residency", "sectors", "kbk", "budget_recipients", "funds")
# Code shape per directory: (length, digits only); None for free-form codes ("pension").
CODE_SHAPES: dict[str, tuple[int, bool] | None] = {
    "knp": (3, True), "residency": (1, True), "sectors": (1, True), "kbk": (6, True),
    "budget_recipients": (12, True), "funds": None,
}
# Details an entry of these directories must carry.
REQUIRED_DETAILS = {
    "budget_recipients": ("iik", "bic", "kbe"),
    "funds": ("beneficiary", "bin", "iik", "bic", "kbe", "knp"),
}
_HEADER_TEXT = ("title", "date", "note")
_ENTRY_KEYS = ("code", "name", "status", "note")


def _invalid(name: str, problem: str) -> DirectoryError:
    return DirectoryError(Message("Directories", QT_TRANSLATE_NOOP(
        "Directories", "The directory is damaged ({problem}); the previous version stays in use."),
        {"name": name, "problem": problem}))


def stored_dir(data_dir: Path) -> Path:
    return Path(data_dir) / STORED_SUBDIR


def _check_code(name: str, code: str) -> str | None:
    """What is wrong with `code` in directory `name`, or None."""
    shape = CODE_SHAPES.get(name)
    if code == "":
        return "an empty code"
    if shape is None:
        return None
    length, digits = shape
    if len(code) != length or (digits and not (code.isascii() and code.isdigit())):
        return f"code {code!r} is not {length} digits"
    if name == "budget_recipients" and check_iin_bin(code) is not None:
        return f"BIN {code} has a wrong check digit"
    return None


def parse_entry(name: str, raw: object) -> Entry:
    if not isinstance(raw, dict) or not all(isinstance(v, str) for v in raw.values()):
        raise _invalid(name, "an entry is not a set of texts")
    code, entry_name = raw.get("code", "").strip(), raw.get("name", "").strip()
    problem = _check_code(name, code)
    if problem is None and entry_name == "":
        problem = f"code {code} has no name"
    status = raw.get("status", "confirmed")
    if problem is None and status not in STATUSES:
        problem = f"code {code} has an unknown status {status!r}"
    details = {key: value.strip() for key, value in raw.items() if key not in _ENTRY_KEYS}
    missing = [key for key in REQUIRED_DETAILS.get(name, ()) if key not in details]
    if problem is None and missing:
        problem = f"code {code} lacks {', '.join(missing)}"
    if problem is None and details.get("iik") and check_iban(details["iik"]) is not None:
        problem = f"code {code} has an invalid IIK"
    if problem is not None:
        raise _invalid(name, problem)
    return Entry(code=code, name=entry_name, status=status, note=raw.get("note", "").strip(), details=details)


def parse_directory(data: Any, *, expected: str | None = None, origin: str = SHIPPED) -> Directory:
    """A Directory from a file's JSON (already decoded); DirectoryError when anything is off."""
    label = expected or (data.get("directory") if isinstance(data, dict) else None) or "?"
    if not isinstance(data, dict):
        raise _invalid(label, "not a JSON object")
    name = data.get("directory")
    if name not in FILE_DIRECTORIES or (expected is not None and name != expected):
        raise _invalid(label, f"it says it is {name!r}")
    version = data.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise _invalid(name, "no positive version number")
    sources = data.get("sources")
    if not isinstance(sources, list) or not sources or not all(isinstance(s, str) and s.strip() for s in sources):
        raise _invalid(name, "no source named")
    if not all(isinstance(data.get(key, ""), str) for key in _HEADER_TEXT):
        raise _invalid(name, "a header field is not text")
    raw_entries = data.get("entries")
    if not isinstance(raw_entries, list) or not raw_entries:
        raise _invalid(name, "no entries")
    entries = tuple(parse_entry(name, raw) for raw in raw_entries)
    codes = [entry.code for entry in entries]
    duplicates = sorted({code for code in codes if codes.count(code) > 1})
    if duplicates:
        raise _invalid(name, f"code {duplicates[0]} appears twice")
    notes = {language: text for language in ("kk", "ru") if isinstance(text := data.get(f"note_{language}"), str) and text}
    return Directory(name=name, title=str(data.get("title", name)), version=version, date=data.get("date", ""),
                     sources=tuple(sources), note=data.get("note", ""), complete=data.get("complete") is True,
                     entries=entries, origin=origin, notes=notes, sources_by_language=_translated_sources(data, len(sources)))


def _translated_sources(data: dict[str, Any], count: int) -> dict[str, tuple[str, ...]]:
    """sources_kk and sources_ru where the file gives one text for each English source (else unused)."""
    found = {}
    for language in ("kk", "ru"):
        texts = data.get(f"sources_{language}")
        if isinstance(texts, list) and len(texts) == count and all(isinstance(t, str) and t.strip() for t in texts):
            found[language] = tuple(texts)
    return found


def read_directory_file(path: Path, *, expected: str | None = None, origin: str = SHIPPED) -> Directory:
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise _invalid(expected or path.stem, "not readable JSON") from exc
    return parse_directory(data, expected=expected, origin=origin)


def load_shipped(name: str) -> Directory:
    """The version that ships with the product."""
    return read_directory_file(SHIPPED_DIR / f"{name}.json", expected=name, origin=SHIPPED)


def load_stored(name: str, data_dir: Path) -> Directory | None:
    """The version the bank sent earlier, or None when there is none or it cannot be used."""
    path = stored_dir(data_dir) / f"{name}.json"
    if not path.exists():
        return None
    try:
        return read_directory_file(path, expected=name, origin=BANK)
    except DirectoryError as exc:
        log.warning("ignoring the stored directory %s: %s", path, exc)
        return None


def load_directory(name: str, data_dir: Path | None = None) -> Directory:
    """Directory `name`: the bank's newer version from `data_dir` when there is one, else the shipped one."""
    if name not in FILE_DIRECTORIES:
        raise KeyError(name)
    shipped = load_shipped(name)
    stored = load_stored(name, data_dir) if data_dir is not None else None
    return stored if stored is not None and stored.version > shipped.version else shipped


def store_directory(data: dict[str, Any], data_dir: Path) -> Directory:
    """Checks `data` and keeps it as the current version in `data_dir`; never leaves half a file.

    DirectoryError when `data` is not a usable directory, or OSError when the disk refuses: in both
    cases the previous version is untouched.
    """
    directory = parse_directory(data, origin=BANK)
    folder = stored_dir(data_dir)
    folder.mkdir(parents=True, exist_ok=True)
    text = json.dumps(data, ensure_ascii=False, indent=1)
    handle, temporary = tempfile.mkstemp(prefix=f".{directory.name}-", suffix=".tmp", dir=folder)
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as file:
            file.write(text)
            file.flush()
            os.fsync(file.fileno())
        os.replace(temporary, folder / f"{directory.name}.json")
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return directory
