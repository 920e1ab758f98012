"""The directories' facts the kinds' rules need (KBK, tax authorities, funds), from the directories
in use: the bank's refreshed copy in the client's data dir, else the shipped files. No Qt."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from bsclient.client.directories import Directory, DirectoryError, load_directory
from bsclient.rules.kinds.facts import KindFacts, facts_from_directories


def _as_json(directory: Directory | None) -> dict[str, Any]:
    if directory is None:
        return {"entries": []}
    return {"complete": directory.complete,
            "entries": [{"code": e.code, "name": e.name, **e.details} for e in directory.entries]}


def _load(name: str, data_dir: Path | None) -> Directory | None:
    try:
        return load_directory(name, data_dir)
    except DirectoryError:
        return None


def load_kind_facts(data_dir: Path | None = None) -> KindFacts:
    """KindFacts from the directories in use (a directory that cannot be read gives no facts)."""
    return facts_from_directories(_as_json(_load("kbk", data_dir)), _as_json(_load("budget_recipients", data_dir)),
                                  _as_json(_load("funds", data_dir)))
