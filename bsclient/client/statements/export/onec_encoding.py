"""The clerk's choice of encoding for the 1C statement export, remembered in the data directory.

Offered: KZ-1048 (written as `Кодировка=Windows`, the default; see docs/kazakh-facts.md) and
UTF-8; both keep the Kazakh letters. A missing or unreadable choice is the default.
"""

from __future__ import annotations

import json
from pathlib import Path

from bsclient.client.files import atomic_output

CHOICES = ("kz1048", "utf-8")  # the first is the default
STATE_FILE = "statement_export.json"


def remembered_encoding(data_dir: Path) -> str:
    """The encoding the clerk last chose, else the default."""
    try:
        chosen = json.loads((Path(data_dir) / STATE_FILE).read_text(encoding="utf-8"))["encoding_1c"]
    except (OSError, ValueError, KeyError, TypeError):
        return CHOICES[0]
    return chosen if chosen in CHOICES else CHOICES[0]


def remember_encoding(data_dir: Path, encoding: str) -> None:
    """Keep `encoding` (one of CHOICES) for the next export; ValueError for another."""
    if encoding not in CHOICES:
        raise ValueError(f"encoding is one of {', '.join(CHOICES)}, not {encoding!r}")
    with atomic_output(Path(data_dir) / STATE_FILE) as file:
        file.write(json.dumps({"encoding_1c": encoding}).encode("utf-8"))
