"""The 1C export of the statement window in the encoding the clerk chooses (KZ-1048 by default,
or UTF-8), remembered for the next window; the file read back keeps the Kazakh letters."""

from __future__ import annotations

import os
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QCoreApplication

from bsclient.client.onec.parser import parse_exchange_file
from bsclient.client.statements.export.onec_encoding import remembered_encoding
from bsclient.ui.background import wait_for_background_work
from bsclient.ui.statements import window as statement_window
from bsclient.ui.statements.window import StatementWindow
from tests.helpers.shots import shot
from tests.helpers.statement_samples import sample_statement


def opened(qtbot, workplace) -> StatementWindow:
    window = StatementWindow(workplace, open_document=lambda _: None)
    qtbot.addWidget(window)
    window.show()
    return window


def test_the_clerk_chooses_utf8_for_1c_it_is_written_and_remembered(qtbot, workplace, tmp_path: Path, monkeypatch):
    window = opened(qtbot, workplace)
    combo = window.encoding_1c_combo
    assert combo.currentData() == "kz1048"  # the default, what 1C:Бухгалтерия для Казахстана reads
    statement = sample_statement()
    window.show_statement(statement)
    wait_for_background_work()  # the remembered choice is read off the GUI thread
    QCoreApplication.processEvents()
    combo.setCurrentIndex(combo.findData("utf-8"))
    data_dir = workplace.store.path.parent
    qtbot.waitUntil(lambda: remembered_encoding(data_dir) == "utf-8", timeout=10_000)
    target = tmp_path / "kl_to_1c.txt"
    monkeypatch.setattr(statement_window.QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), "")))
    window.export_buttons["1c"].click()
    qtbot.waitUntil(target.exists, timeout=10_000)
    exchange = parse_exchange_file(target.read_bytes())
    assert exchange.header["Кодировка"] == "UTF-8" and exchange.encoding == "utf-8"
    assert [s.fields["ПолучательНаименование"] if line.debit else s.fields["ПлательщикНаименование"]
            for s, line in zip(exchange.documents, statement.lines, strict=True)] == [
        line.counterparty.name for line in statement.lines]
    assert any(letter in target.read_text(encoding="utf-8") for letter in "әғқңөұүһі")
    shot(window, "statement-export-1c-encoding")

    again = opened(qtbot, workplace)
    qtbot.waitUntil(lambda: again.encoding_1c_combo.currentData() == "utf-8", timeout=10_000)
