"""The directories window (search, source, version) and the KNP name in the payment order form."""

from __future__ import annotations

import json
import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


from bsclient.client.directories import SHIPPED_DIR, store_directory
from bsclient.ui.directories.window import DirectoryWindow
from bsclient.ui.payments.editor import PaymentEditor
from bsclient.ui.payments.main_window import MainWindow
from tests.helpers.editor import fill_valid_order


class StandInDirectoryBank:
    """Answers GET /directories like refbank, with a KNP directory in `version`."""

    def __init__(self, version: int, *extra: dict) -> None:
        self.knp = json.loads((SHIPPED_DIR / "knp.json").read_text(encoding="utf-8"))
        self.knp["version"] = version
        self.knp["entries"] += list(extra)

    def request(self, method: str, path: str, *, json=None):
        if path == "/directories":
            return {"directories": [{"name": "knp", "version": self.knp["version"]}]}
        assert path == "/directories/knp"
        return self.knp


def open_window(qtbot, data_dir, bank=None) -> DirectoryWindow:
    window = DirectoryWindow(data_dir, bank)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.current_directory() is not None)
    return window


def choose(qtbot, window: DirectoryWindow, name: str) -> None:
    window.select(name)
    qtbot.waitUntil(lambda: window.current_directory() is not None and window.current_directory().name == name)


def test_the_window_shows_the_knp_directory_with_its_source_and_version(qtbot, tmp_path):
    window = open_window(qtbot, tmp_path)
    assert window.current_directory().name == "knp"
    assert "resolution No. 203" in window.source_label.text()
    assert "Version 2 of 06.12.2026" in window.version_label.text()
    assert "shipped with the client" in window.version_label.text()
    assert "NOT COMPLETE" in window.note_label.text() and window.note_label.isVisibleTo(window)
    assert "010" in window.shown_codes() and "911" in window.shown_codes()
    assert window.table.model().headerData(0, window.table.horizontalHeader().orientation()) == "Code"


def test_typing_in_the_search_filters_by_name_and_by_code(qtbot, tmp_path):
    window = open_window(qtbot, tmp_path)
    qtbot.keyClicks(window.search_edit, "penalty")
    assert window.shown_codes() == ["017", "019", "098", "123", "124"]
    assert window.count_label.text() == "5 of 26 entries"
    window.search_edit.clear()
    qtbot.keyClicks(window.search_edit, "91")
    assert window.shown_codes() == ["911", "912", "913"]
    window.search_edit.clear()
    assert len(window.shown_codes()) == 26


def test_the_banks_come_from_the_register_and_search_finds_a_bank_by_name_or_code(qtbot, tmp_path):
    window = open_window(qtbot, tmp_path)
    choose(qtbot, window, "banks")
    assert "National Bank" in window.source_label.text()
    assert window.note_label.isVisibleTo(window), "the register says it may lack small institutions"
    qtbot.keyClicks(window.search_edit, "kaspi")
    assert window.shown_codes() == ["CASPKZKA"]
    window.search_edit.clear()
    qtbot.keyClicks(window.search_edit, "Bank code 601")
    assert window.shown_codes() == ["HSBKKZKX"]


def test_the_funds_show_their_details_and_how_sure_each_is(qtbot, tmp_path):
    window = open_window(qtbot, tmp_path)
    choose(qtbot, window, "funds")
    qtbot.keyClicks(window.search_edit, "pension")
    window.table.selectRow(0)
    text = window.detail_label.text()
    assert "IIK KZ12009NPS0413609816" in text and "BIN 160440007161" in text and "BIC GCVPKZ2A" in text
    window.search_edit.clear()
    qtbot.keyClicks(window.search_edit, "social")
    window.table.selectRow(0)
    assert "IIK KZ67009SS00368609110" in window.detail_label.text()


def test_update_from_the_bank_keeps_the_newer_version_and_shows_it(qtbot, tmp_path):
    bank = StandInDirectoryBank(4, {"code": "859", "name": "A code the bank added", "status": "seen"})
    window = open_window(qtbot, tmp_path, bank)
    qtbot.mouseClick(window.refresh_button, qtbot_left())
    qtbot.waitUntil(lambda: "version 4" in window.refresh_label.text())
    qtbot.waitUntil(lambda: "859" in window.shown_codes())
    assert "received from the bank" in window.version_label.text()
    qtbot.mouseClick(window.refresh_button, qtbot_left())
    qtbot.waitUntil(lambda: window.refresh_label.text() == "All directories are up to date.")


def test_a_damaged_directory_from_the_bank_is_refused_with_a_sentence(qtbot, tmp_path):
    bank = StandInDirectoryBank(4, {"code": "010", "name": "Twice", "status": "seen"})
    window = open_window(qtbot, tmp_path, bank)
    qtbot.mouseClick(window.refresh_button, qtbot_left())
    qtbot.waitUntil(lambda: "damaged" in window.refresh_label.text())
    assert "previous version stays in use" in window.refresh_label.text()
    assert "Version 2" in window.version_label.text()


def qtbot_left():
    from PySide6.QtCore import Qt
    return Qt.MouseButton.LeftButton


def test_the_main_window_opens_the_directories_from_its_menu(qtbot, workplace):
    main = MainWindow(workplace)
    qtbot.addWidget(main)
    assert main.directories_action.text() == "&Directories…"
    assert main.directories_action in main.menuBar().actions()[0].menu().actions()
    main.directories_action.trigger()
    window = main.findChild(DirectoryWindow, "directoryWindow")
    assert window is not None and window.isVisible()
    window.close()
    main.directories_action.trigger()
    assert main.findChild(DirectoryWindow, "directoryWindow") is window and window.isVisible()
    main.close()


def open_editor(qtbot, workplace) -> PaymentEditor:
    editor = PaymentEditor(workplace, next_number="7")
    qtbot.addWidget(editor)
    editor.show()
    qtbot.waitUntil(lambda: editor.knp_hint.directory is not None)
    return editor


def test_the_editor_shows_the_knps_name_from_the_directory(qtbot, workplace):
    editor = open_editor(qtbot, workplace)
    label = editor.findChild(type(editor.knp_hint.label), "knpNameLabel")
    assert label is editor.knp_hint.label
    assert label.text() == "Payment purpose code, e.g. 710 for goods"
    qtbot.keyClicks(editor.knp_edit, "010")
    assert label.text() == "Mandatory pension contributions" and label.isVisibleTo(editor)
    editor.knp_edit.clear()
    qtbot.keyClicks(editor.knp_edit, "311")
    assert label.text() == "Salary (not confirmed)"


def test_an_unknown_knp_gets_a_warning_but_does_not_stop_signing(qtbot, workplace):
    editor = open_editor(qtbot, workplace)
    fill_valid_order(qtbot, editor)
    assert editor.sign_button.isEnabled()
    editor.knp_edit.clear()
    qtbot.keyClicks(editor.knp_edit, "999")
    text = editor.knp_hint.label.text()
    assert text.startswith("KNP 999 is not in the client's directory of 26 codes")
    assert "you can still sign" in text
    assert editor.sign_button.isEnabled() and "knp" not in editor.problems()


def test_the_editor_uses_a_newer_knp_directory_the_bank_sent(qtbot, workplace, tmp_path):
    data = json.loads((SHIPPED_DIR / "knp.json").read_text(encoding="utf-8"))
    data["version"] += 1
    data["entries"].append({"code": "859", "name": "A code the bank added", "status": "seen"})
    store_directory(data, workplace.store.path.parent)
    editor = open_editor(qtbot, workplace)
    qtbot.keyClicks(editor.knp_edit, "859")
    assert editor.knp_hint.label.text() == "A code the bank added"


def test_the_knp_field_completes_codes_with_their_names(qtbot, workplace):
    editor = open_editor(qtbot, workplace)
    completer = editor.knp_edit.completer()
    assert completer is not None
    completer.setCompletionPrefix("01")
    codes = [completer.completionModel().index(row, 0).data() for row in range(completer.completionCount())]
    assert codes == ["010", "012", "013", "015", "017", "019"]
    assert completer.completionModel().index(0, 1).data() == "Mandatory pension contributions"
