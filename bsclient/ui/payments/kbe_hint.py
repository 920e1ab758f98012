"""The KBe/KOd field's companion: what the two digits mean (residency, sector of the economy) in the
clerk's language, from the directories, under the field."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QLineEdit

from bsclient.client.directories import Directory, load_directory
from bsclient.rules import check_kbe
from bsclient.ui.background import run_in_background
from bsclient.ui.language import clerk_language
from bsclient.ui.widgets.field_frame import FieldFrame


def _read(data_dir: Path) -> tuple[Directory, Directory]:
    return load_directory("residency", data_dir), load_directory("sectors", data_dir)


def kbe_meaning(code: str, residency: Directory, sectors: Directory, language: str) -> str:
    """"Resident of the Republic of Kazakhstan · Households" for 19, in `language`; "" when not a valid code."""
    if check_kbe(code) is not None:
        return ""
    resident, sector = residency.find(code[0]), sectors.find(code[1])
    if resident is None or sector is None:
        return ""
    return f"{resident.name_in(language)} · {sector.name_in(language)}"


class KbeHint(QObject):
    """Shows, under the KBe or KOd field of `frame`, the typed code's meaning (its plain hint otherwise)."""

    def __init__(self, frame: FieldFrame, data_dir: Path, parent: QObject) -> None:
        super().__init__(parent)
        assert isinstance(frame.widget, QLineEdit)  # the code is typed into a line
        self._edit, self._frame = frame.widget, frame
        self._default_hint = frame.hint_label.text()
        self._directories: tuple[Directory, Directory] | None = None
        self._edit.textChanged.connect(lambda _: self.update())
        run_in_background(self, lambda: _read(data_dir), on_success=self._loaded,
                          on_failure=lambda _: None)  # without the directories the field keeps its plain hint

    def _loaded(self, directories: tuple[Directory, Directory]) -> None:
        self._directories = directories
        self.update()

    def update(self) -> None:
        meaning = kbe_meaning(self._edit.text().strip(), *self._directories, clerk_language()) if self._directories else ""
        self._frame.set_hint(meaning or self._default_hint)
