"""The KNP field's companion: the code's name from the directory under it, a completer, and a warning
for a code the directory does not hold (a warning, not a block: the shipped directory is a sample)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QCompleter, QLineEdit, QTreeView

from bsclient.client.directories import Directory, load_directory
from bsclient.rules import check_knp
from bsclient.ui.background import run_in_background
from bsclient.ui.directories.window import UNSURE_COLOUR, status_text
from bsclient.ui.language import clerk_language
from bsclient.ui.widgets.field_frame import FieldFrame


class KnpHint(QObject):
    """Shows, under the KNP field of `frame`, the typed code's name from the KNP directory in use."""

    def __init__(self, frame: FieldFrame, data_dir: Path, parent: QObject) -> None:
        super().__init__(parent)
        assert isinstance(frame.widget, QLineEdit)  # the KNP is typed into a line
        self._edit = frame.widget
        self.label = frame.hint_label
        self.label.setObjectName("knpNameLabel")
        self._default_hint = self.label.text()
        self.directory: Directory | None = None
        self._edit.textChanged.connect(lambda _: self.update())
        run_in_background(self, lambda: load_directory("knp", data_dir), on_success=self._loaded,
                          on_failure=lambda _: None)  # without a directory the field keeps its plain hint

    def _loaded(self, directory: Directory) -> None:
        self.directory = directory
        self._edit.setCompleter(self._completer(directory))
        self.update()

    def _completer(self, directory: Directory) -> QCompleter:
        model = QStandardItemModel(0, 2, self)
        for entry in directory.entries:
            model.appendRow([QStandardItem(entry.code), QStandardItem(entry.name_in(clerk_language()))])
        completer = QCompleter(model, self._edit)
        completer.setCompletionColumn(0)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        popup = QTreeView()
        popup.setHeaderHidden(True)
        popup.setRootIsDecorated(False)
        popup.setMinimumWidth(420)
        completer.setPopup(popup)  # the completer owns the popup from here
        popup.setColumnWidth(0, 60)
        return completer

    def update(self) -> None:
        """The hint for what the field holds now."""
        code = self._edit.text().strip()
        warning = False
        if self.directory is None or code == "" or check_knp(code) is not None:
            text = self._default_hint  # a malformed code has its own error sentence
        else:
            entry = self.directory.find(code)
            if entry is None:
                warning = True
                if self.directory.complete:
                    text = self.tr("KNP {code} is not in the directory of payment purpose codes. Check the code; you can still sign.").format(code=code)
                else:
                    text = self.tr("KNP {code} is not in the client's directory of %n codes, which is not complete. Check the code against the National Bank's list; you can still sign.",
                                   "", len(self.directory.entries)).format(code=code)
            elif entry.sure:
                text = entry.name_in(clerk_language())
            else:
                warning = True
                text = self.tr("{name} ({status})").format(name=entry.name_in(clerk_language()), status=status_text(entry.status))
        self.label.setText(text)
        self.label.setStyleSheet(f"color: {UNSURE_COLOUR};" if warning else "")
        self.label.setVisible(text != "")
