"""The login window is built without PySide building its Qt namespace (about 90 enums, 20 ms at
start-up, made the first time any Qt.* enum is named or an overload taking one is tried)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import Qt

from bsclient.ui.login.login_dialog import SELECTABLE_BY_MOUSE, LoginDialog

REPO = Path(__file__).resolve().parent.parent

BUILD_THE_LOGIN_WINDOW = """
import enum, sys
from pathlib import Path
from PySide6.QtWidgets import QApplication
from bsclient.ui.login.login_dialog import LoginDialog

made = []
create = enum.EnumMeta.__dict__["_create_"]
def recording_create(cls, *args, **kwargs):
    made.append(create(cls, *args, **kwargs))
    return made[-1]
enum.EnumMeta._create_ = recording_create

app = QApplication([])
dialog = LoginDialog(None, server_url="https://bank.example.kz", ca_file=Path(sys.argv[1]))
dialog.show()
app.processEvents()
print(" ".join(e.__qualname__ for e in made))
"""


def test_building_the_login_window_makes_no_enum_of_the_qt_namespace(tmp_path: Path) -> None:
    env = dict(os.environ, PYTHONPATH=str(REPO), QT_QPA_PLATFORM="offscreen")
    made = subprocess.run([sys.executable, "-c", BUILD_THE_LOGIN_WINDOW, str(tmp_path / "ca.pem")],
                          env=env, capture_output=True, text=True, check=True, timeout=60).stdout.split()
    assert [name for name in made if name.startswith("Qt.")] == []


def test_the_number_is_qts_selectable_by_mouse() -> None:
    assert Qt.TextInteractionFlag(SELECTABLE_BY_MOUSE) == Qt.TextInteractionFlag.TextSelectableByMouse


def test_the_server_address_and_fingerprint_can_be_selected(qtbot, tmp_path: Path) -> None:
    dialog = LoginDialog(None, server_url="https://bank.example.kz", ca_file=tmp_path / "ca.pem")
    qtbot.addWidget(dialog)
    for label in (dialog.server_label, dialog.fingerprint_label):
        assert label.textInteractionFlags() == Qt.TextInteractionFlag.TextSelectableByMouse
