"""The key certificate act as the bank's officer reads it: the PDF's text (poppler's pdftotext) and the
key's fingerprint on it, typed into `refbank certificates approve`."""

from __future__ import annotations

import re
import subprocess
import unicodedata
from pathlib import Path

from tests.helpers.access import cli
from tests.helpers.refbank_server import RunningBank


def act_text(path: Path) -> str:
    """The act's words; NFKC turns the font's ligatures back into letters (an id's "ff" is drawn as "ﬀ")."""
    return " ".join(unicodedata.normalize("NFKC", subprocess.run(["pdftotext", str(path), "-"], capture_output=True,
                                                                  text=True, check=True).stdout).split())


def act_fingerprint(path: Path) -> str:
    """The 64 hexadecimal digits printed under "Отпечаток SHA-256 открытого ключа"."""
    text = act_text(path)
    after = text.split("Отпечаток SHA-256 открытого ключа", 1)[1]
    found = re.match(r"\s*((?:[0-9A-F]{4}\s?){16})", after)
    assert found is not None, after[:200]
    return found.group(1).replace(" ", "")


def approve_from_act(bank: RunningBank, request_id: str, act: Path) -> str:
    """The officer approves with the fingerprint's first characters read off the act."""
    return cli(bank, "certificates", "approve", request_id, "--fingerprint", act_fingerprint(act)[:8])
