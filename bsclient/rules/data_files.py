"""Where the reference data files live (bsclient/rules/data/): the bank register and the directories
(KNP, KBe/KOd, KBK, budget recipients, funds). The client and refbank read the same shipped files."""

from __future__ import annotations

from pathlib import Path

DATA_DIR = Path(__file__).resolve().parent / "data"
