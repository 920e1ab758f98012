"""Directories refreshed from a real refbank: a newer version is kept and used; a bad one changes nothing."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from bsclient.client.directories import SHIPPED_DIR, files, load_directory, refresh_directories, stored_dir
from bsclient.client.session.bank_api import BankApi
from tests.helpers.carriers import clerk_login
from tests.helpers.login import log_in

NEW_CODE = {"code": "859", "name": "A code the bank added", "status": "seen"}


def publish(bank, name: str, data: dict | str) -> None:
    """The bank operator drops a new version of a directory into the bank's data dir."""
    folder = Path(bank.data_dir) / "directories"
    folder.mkdir(exist_ok=True)
    text = data if isinstance(data, str) else json.dumps(data, ensure_ascii=False)
    (folder / f"{name}.json").write_text(text, encoding="utf-8")


def knp_version(version: int, *extra: dict) -> dict:
    data = json.loads((SHIPPED_DIR / "knp.json").read_text(encoding="utf-8"))
    data["version"] = version
    data["entries"] += list(extra)
    return data


@pytest.fixture
def api(bank):
    api = BankApi(bank.url, bank.ca_file)
    login = clerk_login(bank)
    log_in(api, bank, login)  # R8.2: the second factor too
    yield api
    api.logout()
    api.close()


def test_the_bank_lists_its_directories_with_versions(api):
    answer = api.request("GET", "/directories")
    names = {item["name"]: item["version"] for item in answer["directories"]}
    assert set(names) == set(files.FILE_DIRECTORIES)
    assert all(isinstance(version, int) for version in names.values())
    assert api.request("GET", "/directories/kbk")["entries"][0]["code"] == "101201"


def test_a_newer_version_from_the_bank_is_stored_and_then_used(bank, api, tmp_path):
    publish(bank, "knp", knp_version(2, NEW_CODE))
    result = refresh_directories(api, tmp_path)
    assert result.updated == {"knp": 2} and not result.failed
    assert "kbk" in result.current
    knp = load_directory("knp", tmp_path)
    assert (knp.version, knp.origin) == (2, "bank")
    assert knp.find("859").name == "A code the bank added"
    assert json.loads((stored_dir(tmp_path) / "knp.json").read_text(encoding="utf-8"))["version"] == 2
    # Asked again, nothing changes.
    again = refresh_directories(api, tmp_path)
    assert again.updated == {} and "knp" in again.current


def test_a_corrupt_directory_from_the_bank_keeps_the_previous_one(bank, api, tmp_path):
    publish(bank, "knp", knp_version(2, NEW_CODE))
    refresh_directories(api, tmp_path)
    publish(bank, "knp", knp_version(3, NEW_CODE, dict(NEW_CODE)))  # code 859 twice
    result = refresh_directories(api, tmp_path)
    assert "knp" in result.failed and "859 appears twice" in result.failed["knp"].render()
    assert "previous version stays in use" in result.failed["knp"].render()
    assert load_directory("knp", tmp_path).version == 2


def test_a_file_the_bank_cannot_read_is_served_as_shipped(bank, api, tmp_path):
    publish(bank, "knp", '{"directory": "knp", "version": 9, "entries": [')  # cut short by the operator
    result = refresh_directories(api, tmp_path)
    assert "knp" in result.current and load_directory("knp", tmp_path).origin == "shipped"


def test_an_interrupted_write_keeps_the_previous_version_and_leaves_no_half_file(bank, api, tmp_path,
                                                                                 monkeypatch):
    publish(bank, "knp", knp_version(2, NEW_CODE))
    refresh_directories(api, tmp_path)
    publish(bank, "knp", knp_version(3, NEW_CODE, {"code": "860", "name": "Third", "status": "seen"}))

    def power_cut(source, target):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(files.os, "replace", power_cut)
    result = refresh_directories(api, tmp_path)
    monkeypatch.undo()
    assert "knp" in result.failed and "could not be saved" in result.failed["knp"].render()
    assert load_directory("knp", tmp_path).version == 2
    assert sorted(os.listdir(stored_dir(tmp_path))) == ["knp.json"]
    # The next refresh, with the disk back, takes version 3.
    assert refresh_directories(api, tmp_path).updated == {"knp": 3}
    assert load_directory("knp", tmp_path).find("860") is not None


def test_the_bank_refuses_an_unknown_directory_and_a_caller_without_session(bank, api):
    from bsclient.client.session.bank_api import BankError

    with pytest.raises(BankError) as refused:
        api.request("GET", "/directories/horoscopes")
    assert refused.value.http_status == 404
    anonymous = BankApi(bank.url, bank.ca_file)
    try:
        with pytest.raises(BankError):
            anonymous.request("GET", "/directories")
    finally:
        anonymous.close()


def test_the_window_updates_from_the_real_bank_and_shows_the_new_code(qtbot, bank, api,
                                                                                    tmp_path):
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt

    from bsclient.ui.directories.window import DirectoryWindow

    publish(bank, "knp", knp_version(7, NEW_CODE))
    window = DirectoryWindow(tmp_path, api)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.current_directory() is not None)
    qtbot.mouseClick(window.refresh_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "now version 7" in window.refresh_label.text(), timeout=20000)
    qtbot.waitUntil(lambda: "received from the bank" in window.version_label.text())
    qtbot.keyClicks(window.search_edit, "added")
    assert window.shown_codes() == ["859"]


def test_the_main_window_takes_newer_directories_after_sign_in_and_says_what_changed(qtbot, signed_in, bank):
    publish(bank, "knp", knp_version(8, NEW_CODE))
    window = signed_in.window
    window._update_directories()  # what sign-in does once the window is up (it may have taken an earlier one)
    qtbot.waitUntil(lambda: "Directories updated from the bank" in window.statusBar().currentMessage()
                    and "version 8" in window.statusBar().currentMessage(), timeout=20000)
    assert load_directory("knp", signed_in.workplace.store.path.parent).find("859") is not None
