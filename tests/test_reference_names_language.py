"""Every reference name in the clerk's language (Kazakh and Russian here): the budget editor's KBK,
KNP and KBe hints, the tax-authority picker, the directory window, account titles; and the name
written into the order stays the beneficiary's official one whatever the language."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QApplication

from bsclient.client.models import Account
from bsclient.ui.directories.window import DirectoryWindow
from bsclient.ui.language import apply_language
from bsclient.ui.payments.accounts_table import AccountsModel
from bsclient.ui.payments.editor import PaymentEditor
from bsclient.ui.workplace import Workplace

SHOTS = os.environ.get("KINDS_SHOTS")

# What the clerk reads in each language: the KBK 101201, the KNP 911, the KBe 11, the Astana office.
EXPECTED = {
    "kk": {"kbk": "Төлем көзінен салық салынатын табыстардан ұсталатын жеке табыс салығы",
           "knp": "Салықтар және бюджетке төленетін басқа да міндетті төлемдер",
           "kbe": "Қазақстан Республикасының резиденті · Орталық үкімет",
           "office": "Астана қ. — Астана қ. МКД Есіл ауданы бойынша МКБ (081240013779)",
           "account": "Ағымдағы шот", "sector": "Үй шаруашылықтары", "fund": "Мемлекеттік корпорация арқылы БЖЗҚ-ға зейнетақы жарналары",
           "kbk_note": "Мұнда бүкіл сыныптама емес", "knp_note": "02.01.2026 бастап жаңа код"},
    "ru": {"kbk": "Индивидуальный подоходный налог с доходов, облагаемых у источника выплаты",
           "knp": "Налоги и другие обязательные платежи в бюджет",
           "kbe": "Резидент Республики Казахстан · Центральное правительство",
           "office": "г. Астана — УГД по Есильскому району ДГД по г. Астане (081240013779)",
           "account": "Текущий счёт", "sector": "Домашние хозяйства", "fund": "Пенсионные взносы в ЕНПФ через Государственную корпорацию",
           "kbk_note": "Здесь коды, которые компании платят чаще всего", "knp_note": "Новый код с 02.01.2026"},
}


@pytest.fixture(params=["kk", "ru"])
def language(request) -> Iterator[str]:
    app = QApplication.instance()
    before = QLocale()
    translators = apply_language(app, request.param)
    try:
        yield request.param
    finally:
        for translator in translators:
            app.removeTranslator(translator)
        QLocale.setDefault(before)  # the language must not follow the next tests


def shot(widget, name: str) -> None:
    if SHOTS:
        Path(SHOTS).mkdir(parents=True, exist_ok=True)
        QCoreApplication.processEvents()
        widget.grab().save(str(Path(SHOTS) / f"{name}.png"))


def test_the_budget_editor_names_codes_in_the_clerks_language(qtbot, workplace: Workplace, language):
    expected = EXPECTED[language]
    editor = PaymentEditor(workplace, None, next_number="7", kind="budget")
    qtbot.addWidget(editor)
    editor.show()
    section = editor.kind_section
    qtbot.waitUntil(lambda: section.facts is not None and section.authority_combo.count() > 0, timeout=10_000)
    picker = section.authority_combo
    office = picker.itemText(picker.findData("081240013779"))
    assert office.startswith(expected["office"]) and office != expected["office"], "named, and marked as seen once"
    picker.activated.emit(picker.findData("081240013779"))
    # Whatever the clerk's language, the order carries the office's official name.
    assert editor.beneficiary_name_edit.text() == "УГД по Есильскому району ДГД по г. Астане"
    qtbot.waitUntil(lambda: editor.kbe_hints[0]._directories is not None, timeout=10_000)
    assert editor._frames["beneficiary.code"].hint_label.text() == expected["kbe"]
    qtbot.keyClicks(section.kbk_edit, "101201")
    assert editor._frames["kbk"].hint_label.text().startswith(expected["kbk"])
    qtbot.waitUntil(lambda: editor.knp_hint.directory is not None, timeout=10_000)
    qtbot.keyClicks(editor.knp_edit, "911")
    assert editor.knp_hint.label.text() == expected["knp"]
    completer = section.kbk_edit.completer()
    names = [completer.model().index(row, 1).data() for row in range(completer.model().rowCount())]
    assert expected["kbk"] in names
    shot(editor, f"budget-editor-{language}")
    section.kbk_edit.setFocus()
    section.kbk_edit.clear()
    qtbot.keyClicks(section.kbk_edit, "10")
    qtbot.waitUntil(lambda: completer.popup().isVisible(), timeout=5_000)
    shot(completer.popup(), f"kbk-picker-{language}")
    completer.popup().hide()
    picker.showPopup()
    shot(picker.view(), f"tax-authority-picker-{language}")
    picker.hidePopup()


def test_the_directory_window_and_account_titles_speak_the_clerks_language(qtbot, tmp_path, language):
    expected = EXPECTED[language]
    window = DirectoryWindow(tmp_path)
    qtbot.addWidget(window)
    window.show()
    for name, code, text in (("sectors", "9", expected["sector"]), ("funds", "pension", expected["fund"])):
        window.select(name)
        qtbot.waitUntil(lambda name=name: window.current_directory() is not None
                        and window.current_directory().name == name, timeout=10_000)
        row = window.shown_codes().index(code)
        assert window.proxy.index(row, 1).data() == text
    window.table.selectRow(window.shown_codes().index("pension"))
    assert "Правительство для граждан" in window.detail_label.text() or "Азаматтарға арналған үкімет" in window.detail_label.text()
    shot(window, f"directories-funds-{language}")
    # A list that is not complete says so, and an entry's note reads, in the clerk's language.
    for name in ("kbk", "knp"):
        window.select(name)
        qtbot.waitUntil(lambda name=name: window.current_directory() is not None
                        and window.current_directory().name == name, timeout=10_000)
    assert "NOT COMPLETE" not in window.note_label.text()
    window.table.selectRow(window.shown_codes().index("723"))
    assert expected["knp_note"] in window.detail_label.text()
    window.select("kbk")
    qtbot.waitUntil(lambda: window.current_directory().name == "kbk", timeout=10_000)
    assert expected["kbk_note"] in window.note_label.text()
    accounts = AccountsModel()
    accounts.set_accounts([Account("KZ75125KZT2069100100", "KZT", Decimal("1"), Decimal("1"), "Current account"),
                           Account("KZ75125KZT2069100101", "KZT", Decimal("1"), Decimal("1"), "Депозит")])
    assert accounts.index(0, 4).data() == expected["account"]
    assert accounts.index(1, 4).data() == "Депозит", "a title the client does not know stays as the bank wrote it"
