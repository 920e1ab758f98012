"""Newer directories from the bank (GET /api/v1/directories): checked, then kept in the client's data dir."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

from bsclient.client.directories.files import FILE_DIRECTORIES, load_directory, store_directory
from bsclient.client.directories.model import DirectoryError
from bsclient.messages import QT_TRANSLATE_NOOP, Message

log = logging.getLogger(__name__)


class DirectoryBank(Protocol):
    """What the refresh needs of BankApi: an authorised GET under /api/v1."""

    def request(self, method: str, path: str, *, json: object = None) -> Any: ...


@dataclass
class RefreshResult:
    updated: dict[str, int] = field(default_factory=dict)  # name -> the version now in use
    current: list[str] = field(default_factory=list)  # already up to date
    # name -> why the previous one stays; the sentence does not name the directory: the UI puts its title first
    failed: dict[str, Message] = field(default_factory=dict)


def bank_versions(bank: DirectoryBank) -> dict[str, int]:
    """The bank's directories and their versions; DirectoryError when the answer is not a list of them."""
    answer = bank.request("GET", "/directories")
    try:
        return {str(item["name"]): int(item["version"]) for item in answer["directories"]}
    except (KeyError, TypeError, ValueError) as exc:
        raise DirectoryError(Message("Directories", QT_TRANSLATE_NOOP(
            "Directories", "The bank's list of directories could not be read; the directories in use stay as they are."))) from exc


def refresh_directories(bank: DirectoryBank, data_dir: Path) -> RefreshResult:
    """Fetch every directory the bank has in a newer version and keep it; a bad one keeps the previous.

    BankError when the bank cannot be asked at all.
    """
    result = RefreshResult()
    versions = bank_versions(bank)
    for name in FILE_DIRECTORIES:
        if name not in versions:
            continue
        in_use = load_directory(name, data_dir)
        if versions[name] <= in_use.version:
            result.current.append(name)
            continue
        try:
            data = bank.request("GET", f"/directories/{name}")
            if not isinstance(data, dict) or data.get("directory") != name or data.get("version") != versions[name]:
                raise DirectoryError(Message("Directories", QT_TRANSLATE_NOOP(
                    "Directories", "The bank sent the directory in another version than it announced; the previous version stays in use."),
                    {"name": name}))
            stored = store_directory(data, data_dir)
        except DirectoryError as exc:
            log.warning("directory %s from the bank refused: %s", name, exc)
            result.failed[name] = exc.message
            continue
        except OSError as exc:
            log.warning("directory %s could not be stored: %s", name, exc)
            result.failed[name] = Message("Directories", QT_TRANSLATE_NOOP(
                "Directories", "The directory could not be saved in {folder}; the previous version stays in use. Check that the disk has room."),
                {"name": name, "folder": str(data_dir)})
            continue
        result.updated[name] = stored.version
    return result
