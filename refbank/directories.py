"""The directories the bank serves (GET /api/v1/directories): KNP, KBe/KOd, KBK, budget recipients, funds.

Which files: the bank operator's copies in `<bank data dir>/directories/NAME.json` when present (a
newer version is published by dropping a file there, no restart), else the files the product ships
in bsclient/rules/data/ (the rules' data, which refbank may import): one shipped copy stays the single source.
The bank serves a file as it is; the client checks it before using it.
"""

from __future__ import annotations

import json
import logging
from pathlib import Path
from typing import Any

from bsclient.rules.data_files import DATA_DIR

log = logging.getLogger(__name__)

SHIPPED_DIR = DATA_DIR
OPERATOR_SUBDIR = "directories"
NAMES = ("knp", "residency", "sectors", "kbk", "budget_recipients", "funds")


def _read(path: Path, text: bytes | None = None) -> dict[str, Any] | None:
    """The file's JSON object (`text`: its bytes, when already read); None when it is not one."""
    try:
        data = json.loads((path.read_bytes() if text is None else text).decode("utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        log.error("directory file %s cannot be read: %s", path, exc)
        return None
    return data if isinstance(data, dict) else None


def operator_copy(bank_dir: Path, name: str) -> bytes | None:
    """The bytes of the operator's file for `name`; None when there is none (or it cannot be read)."""
    path = bank_dir / OPERATOR_SUBDIR / f"{name}.json"
    try:
        return path.read_bytes()
    except FileNotFoundError:
        return None
    except OSError as exc:
        log.error("directory file %s cannot be read: %s", path, exc)
        return None


def directory_from(bank_dir: Path, name: str, copy: bytes | None) -> dict[str, Any] | None:
    """The directory from the operator's file's bytes `copy` when they read as JSON, else the shipped one."""
    if copy is not None:
        data = _read(bank_dir / OPERATOR_SUBDIR / f"{name}.json", copy)
        if data is not None:
            return data
    return _read(SHIPPED_DIR / f"{name}.json")


def load_directory(bank_dir: Path, name: str) -> dict[str, Any] | None:
    """The operator's file for `name` when it reads as JSON, else the shipped one; None for unknown names."""
    if name not in NAMES:
        return None
    return directory_from(bank_dir, name, operator_copy(bank_dir, name))


def directory_list(bank_dir: Path) -> list[dict[str, Any]]:
    listed = []
    for name in NAMES:
        data = load_directory(bank_dir, name)
        if data is not None:
            listed.append({"name": name, "version": data.get("version"), "date": data.get("date", ""),
                           "title": data.get("title", name)})
    return listed
