"""R1.8 through the statement window a clerk uses: periods, loading with progress and Cancel, balances and
turnovers, search, the documents behind our lines, exports read back, empty and error states."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import csv
import subprocess
import threading
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFileDialog

from bsclient.client.documents.payment_order import Party, PaymentOrder
from bsclient.client.session.bank_errors import BankError
from bsclient.messages import Message
from bsclient.ui.background import wait_for_background_work
from bsclient.ui.payments.editor import PaymentEditor
from bsclient.ui.payments.main_window import MainWindow
from bsclient.ui.statements.model import DEBIT, Direction
from bsclient.ui.statements.window import StatementWindow
from bsclient.ui.widgets.amount_text import format_money
from tests.helpers.keyboard import type_text
from tests.helpers.statement_bank import StatementBank, make_statement
from tests.helpers.workplace import BENEFICIARY_IIK, PAYER_IIK, make_workplace

TODAY = date(2025, 3, 15)
WAIT_MS = 20_000


@pytest.fixture
def workplace(tmp_path):
    workplace = make_workplace(tmp_path)
    workplace.api = StatementBank(make_statement(2000))
    yield workplace
    wait_for_background_work()
    workplace.store.close()


def open_window(qtbot, workplace, opened: list[str] | None = None) -> StatementWindow:
    window = StatementWindow(workplace, open_document=(opened if opened is not None else []).append,
                             today=lambda: TODAY)
    qtbot.addWidget(window)
    window.show()
    return window


def load_all(qtbot, window: StatementWindow, statement) -> None:
    window.set_period(statement.date_from, statement.date_to)
    window.load_button.click()
    qtbot.waitUntil(lambda: not window.loading() and window.model.statement() is not None, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: not window.model.busy, timeout=WAIT_MS)


@pytest.mark.parametrize(("button", "period"), [
    ("todayButton", (date(2025, 3, 15), date(2025, 3, 15))),
    ("yesterdayButton", (date(2025, 3, 14), date(2025, 3, 14))),
    ("thisMonthButton", (date(2025, 3, 1), date(2025, 3, 15))),
    ("lastMonthButton", (date(2025, 2, 1), date(2025, 2, 28))),
])
def test_quick_periods_set_the_dates_and_load_them(qtbot, workplace, button, period):
    window = open_window(qtbot, workplace)
    qtbot.mouseClick(window.findChild(type(window.load_button), button), Qt.MouseButton.LeftButton)
    assert window.period() == period
    assert window.from_edit.date().toPython() == period[0] and window.to_edit.date().toPython() == period[1]
    qtbot.waitUntil(lambda: window.model.statement() is not None, timeout=WAIT_MS)
    assert workplace.api.asked[-1] == (PAYER_IIK, *period)
    statement = window.model.statement()
    assert all(period[0] <= line.date <= period[1] for line in statement.lines)
    assert window.model.rowCount() == len(statement.lines) > 0


def test_any_range_and_the_period_never_ends_before_it_starts(qtbot, workplace):
    window = open_window(qtbot, workplace)
    window.set_period(date(2025, 4, 10), date(2025, 6, 20))
    window.from_edit.setDate(window.to_edit.date().addDays(5))
    assert window.period() == (date(2025, 6, 25), date(2025, 6, 25))
    window.set_period(date(2025, 4, 10), date(2025, 6, 20))
    window.load_button.click()
    qtbot.waitUntil(lambda: window.model.statement() is not None, timeout=WAIT_MS)
    assert workplace.api.asked[-1] == (PAYER_IIK, date(2025, 4, 10), date(2025, 6, 20))


def test_header_shows_opening_balance_turnovers_and_closing_balance(qtbot, workplace):
    statement = workplace.api.statement
    window = open_window(qtbot, workplace)
    load_all(qtbot, window, statement)
    assert window.opening_label.text() == f"{format_money(statement.opening_balance)} KZT"
    assert window.debit_label.text() == f"{format_money(statement.total_debit)} KZT"
    assert window.credit_label.text() == f"{format_money(statement.total_credit)} KZT"
    assert window.closing_label.text() == f"{format_money(statement.closing_balance)} KZT"
    # the figures add up, as the clerk reads them
    read = {name: Decimal(label.text().removesuffix(" KZT").replace(",", "")) for name, label in (
        ("opening", window.opening_label), ("debit", window.debit_label), ("credit", window.credit_label),
        ("closing", window.closing_label))}
    assert read["opening"] + read["credit"] - read["debit"] == read["closing"]
    assert "2,000 lines" in window.caption_label.text()


def test_search_filters_as_the_clerk_types_and_shows_the_turnovers_of_what_is_shown(qtbot, workplace):
    statement = workplace.api.statement
    window = open_window(qtbot, workplace)
    load_all(qtbot, window, statement)
    type_text(window.search_edit, "Казахтелеком")
    expected = [line for line in statement.lines if "казахтелеком" in line.counterparty.name.casefold()]
    qtbot.waitUntil(lambda: not window.model.busy and window.model.rowCount() == len(expected), timeout=WAIT_MS)
    assert [window.model.line(row) for row in range(len(expected))] == expected
    debit = sum((line.debit for line in expected), Decimal(0))
    assert f"{len(expected)} of 2,000 lines shown" in window.shown_label.text()
    assert f"debit {format_money(debit)}" in window.shown_label.text()

    window.search_edit.clear()
    window.direction_combo.setCurrentIndex(window.direction_combo.findData(Direction.CREDIT))
    credits = [line for line in statement.lines if line.credit]
    qtbot.waitUntil(lambda: not window.model.busy and window.model.rowCount() == len(credits), timeout=WAIT_MS)
    assert all(window.model.line(row).credit > 0 for row in range(window.model.rowCount()))

    type_text(window.search_edit, "нет такого контрагента")
    qtbot.waitUntil(lambda: window.model.rowCount() == 0 and not window.model.busy, timeout=WAIT_MS)
    assert window.lines_stack.currentWidget() is window.empty_label
    assert "No line matches" in window.empty_label.text()


def test_sorting_by_clicking_a_column(qtbot, workplace):
    window = open_window(qtbot, workplace)
    load_all(qtbot, window, workplace.api.statement)
    window.table.sortByColumn(DEBIT, Qt.SortOrder.DescendingOrder)
    qtbot.waitUntil(lambda: not window.model.busy and window.model.spec().sort_column == DEBIT, timeout=WAIT_MS)
    debits = [window.model.line(row).debit for row in range(window.model.rowCount())]
    assert debits == sorted(debits, reverse=True)


def stored_sent_order(workplace) -> PaymentOrder:
    order = PaymentOrder.new(Party("TOO Demo", "181140004063", PAYER_IIK, "HSBKKZKX", "17"), "77")
    order.beneficiary = Party("TOO B", "090840000906", BENEFICIARY_IIK, "CASPKZKA", "17")
    order.amount, order.knp, order.purpose = "100", "710", "Goods"
    workplace.store.save_draft(order)
    workplace.store.mark_signed(order.id, b"{}", [b"signature"], "Aigerim Signer")
    workplace.store.mark_sent(order.id)
    return order


def test_double_click_on_our_line_opens_the_document_read_only_in_the_main_window(qtbot, workplace):
    order = stored_sent_order(workplace)
    statement = make_statement(300, own_documents={5: order.id, 9: "a0000000-0000-4000-8000-000000000000"})
    workplace.api = StatementBank(statement)
    main = MainWindow(workplace)
    qtbot.addWidget(main)
    main.statement_action.trigger()
    window = main.statement_window()
    assert isinstance(window, StatementWindow)
    main.statement_action.trigger()
    assert main.findChildren(StatementWindow) == [window]  # one statement window per main window
    load_all(qtbot, window, statement)
    qtbot.waitUntil(lambda: window.model.is_own(statement.lines[5]), timeout=WAIT_MS)
    assert not window.model.is_own(statement.lines[9])

    rect = window.table.visualRect(window.model.index(5, 1))
    qtbot.mouseClick(window.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())  # a double click
    qtbot.mouseDClick(window.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())   # starts pressed
    qtbot.waitUntil(lambda: len(main.findChildren(PaymentEditor)) == 1, timeout=WAIT_MS)
    editor = main.findChildren(PaymentEditor)[0]
    assert editor.order().id == order.id and editor.number_edit.text() == "77"
    assert editor.number_edit.isReadOnly() and editor.amount_edit.isReadOnly()

    window.table.doubleClicked.emit(window.model.index(9, 1))  # ours by the bank's word, not on this computer
    qtbot.waitUntil(lambda: "not stored on this" in window.message(), timeout=WAIT_MS)
    window.table.doubleClicked.emit(window.model.index(0, 1))  # someone else's payment
    assert "not one of your payment orders" in window.message()
    assert len(main.findChildren(PaymentEditor)) == 1
    main.close()


def choose_file(monkeypatch, path: Path) -> list[str]:
    asked: list[str] = []

    def get_save_file_name(parent, caption, directory, filter_):
        asked.append(directory)
        return str(path), filter_

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(get_save_file_name))
    return asked


def test_export_to_csv_through_the_window_writes_a_file_the_csv_module_reads(qtbot, workplace, monkeypatch, tmp_path):
    statement = workplace.api.statement
    window = open_window(qtbot, workplace)
    load_all(qtbot, window, statement)
    target = tmp_path / "out" / "statement.csv"
    target.parent.mkdir()
    asked = choose_file(monkeypatch, target)
    qtbot.mouseClick(window.export_buttons["csv"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "saved as CSV" in window.message(), timeout=WAIT_MS)
    assert str(target) in window.message() and PAYER_IIK in asked[0]
    text = target.read_bytes().decode("utf-8-sig")
    rows = list(csv.reader(text.splitlines(), delimiter=";" if text.count(";") > text.count(",") else ","))
    purposes = {line.purpose for line in statement.lines}
    assert sum(1 for row in rows if purposes.intersection(row)) == len(statement.lines)


@pytest.mark.parametrize("kind", ["pdf", "mt940", "1c"])
def test_export_in_the_other_formats_is_read_back_by_independent_readers(qtbot, workplace, monkeypatch, tmp_path,
                                                                         kind):
    workplace.api = StatementBank(make_statement(200))
    window = open_window(qtbot, workplace)
    load_all(qtbot, window, workplace.api.statement)
    statement = window.model.statement()
    target = tmp_path / f"statement-{kind}"
    choose_file(monkeypatch, target)
    window.export_buttons[kind].click()
    qtbot.waitUntil(lambda: "saved as" in window.message(), timeout=WAIT_MS)
    written = target.with_suffix({"pdf": ".pdf", "mt940": ".sta", "1c": ".txt"}[kind])
    assert str(written) in window.message()
    if kind == "pdf":
        text = subprocess.run(["pdftotext", "-layout", str(written), "-"], capture_output=True, text=True,
                              check=True).stdout
        assert PAYER_IIK in text and format_money(statement.closing_balance) in text.replace("\u00a0", " ")
    elif kind == "mt940":
        import mt940
        parsed = mt940.MT940(str(written), encoding="ascii").statements
        assert parsed[0].start_balance.amount == statement.opening_balance
        assert parsed[-1].end_balance.amount == statement.closing_balance
        transactions = [t for day in parsed for t in day.transactions]
        assert [t.amount for t in transactions] == [line.credit - line.debit for line in statement.lines]
    else:
        from bsclient.client.onec import parse_exchange_file
        exchange = parse_exchange_file(written.read_bytes())
        assert len(exchange.documents) == len(statement.lines)


def test_export_to_a_folder_that_cannot_be_written_says_so(qtbot, workplace, monkeypatch, tmp_path):
    window = open_window(qtbot, workplace)
    load_all(qtbot, window, workplace.api.statement)
    choose_file(monkeypatch, tmp_path / "no such folder" / "statement.csv")
    window.export_buttons["csv"].click()
    qtbot.waitUntil(lambda: "was not saved" in window.message(), timeout=WAIT_MS)
    assert "no such folder" in window.message()
    assert window.export_buttons["csv"].isEnabled()


def test_cancel_stops_the_load_and_its_late_result_is_dropped(qtbot, workplace):
    bank: StatementBank = workplace.api
    bank.gate = threading.Event()
    window = open_window(qtbot, workplace)
    window.set_period(date(2025, 1, 1), date(2025, 12, 31))
    window.load_button.click()
    assert window.progress_row.isVisible()
    qtbot.mouseClick(window.cancel_button, Qt.MouseButton.LeftButton)
    assert not window.progress_row.isVisible()
    assert "Loading stopped" in window.message()
    bank.gate.set()
    wait_for_background_work()
    QCoreApplication.processEvents()  # whatever the stopped fetch still posted is delivered now
    assert window.model.statement() is None and window.model.rowCount() == 0
    assert bank.pages_served <= 1  # the fetch stopped at the next page instead of reading the year


def test_progress_shows_the_lines_received(qtbot, workplace):
    bank: StatementBank = workplace.api
    statement = make_statement(12_000)
    bank.statement = statement
    gate = bank.gate = threading.Event()
    window = open_window(qtbot, workplace)
    window.set_period(statement.date_from, statement.date_to)
    window.load_button.click()
    gate.set()
    bank.gate = None
    seen: set[str] = set()
    qtbot.waitUntil(lambda: seen.add(window.progress_label.text()) or not window.loading(), timeout=WAIT_MS)
    assert window.model.rowCount() == 12_000
    assert any("lines received" in text for text in seen) or bank.pages_served == 3


def test_a_period_without_transactions_says_so(qtbot, workplace):
    empty = make_statement(0, date_from=date(2025, 3, 1), date_to=date(2025, 3, 31))
    workplace.api = StatementBank(empty)
    window = open_window(qtbot, workplace)
    load_all(qtbot, window, empty)
    assert window.lines_stack.currentWidget() is window.empty_label
    assert "No transactions" in window.empty_label.text() and "01.03.2025" in window.empty_label.text()
    assert window.opening_label.text() == window.closing_label.text() == f"{format_money(empty.opening_balance)} KZT"
    assert window.debit_label.text() == "0.00 KZT"


class RefusingBank(StatementBank):
    def statement_page(self, iban, date_from, date_to, *, after=None, limit=5000):
        raise BankError(Message("Bank", "The bank does not know account {iban} for your company.", {"iban": iban}))


def test_a_refusal_is_shown_as_a_sentence_and_nothing_hangs(qtbot, workplace):
    workplace.api = RefusingBank(make_statement(10))
    window = open_window(qtbot, workplace)
    window.load_button.click()
    qtbot.waitUntil(lambda: not window.loading(), timeout=WAIT_MS)
    assert "could not be loaded" in window.message() and PAYER_IIK in window.message()
    assert not window.progress_row.isVisible() and not window.export_buttons["pdf"].isEnabled()


def test_no_accounts_yet_says_what_to_do(qtbot, workplace):
    workplace.accounts = []
    window = open_window(qtbot, workplace)
    window.load_button.click()
    assert "Refresh the main window" in window.message()


def test_overlapping_reads_give_back_the_interpreters_settings_when_the_last_ends():
    import gc
    import sys

    from bsclient.interpreter_tuning import FAST_SWITCH_INTERVAL, reading_a_big_statement

    before = sys.getswitchinterval()
    first, second = reading_a_big_statement(), reading_a_big_statement()
    first.__enter__()
    second.__enter__()
    first.__exit__(None, None, None)
    assert sys.getswitchinterval() == min(before, FAST_SWITCH_INTERVAL) and not gc.isenabled()
    second.__exit__(None, None, None)
    assert sys.getswitchinterval() == before and gc.isenabled()


def test_a_batch_and_a_read_share_the_switch_interval_and_only_the_read_pauses_the_collector():
    """The shortest interval wanted holds while both run: the batch's, whichever ends first."""
    import gc
    import sys

    from bsclient.interpreter_tuning import (
        BATCH_SWITCH_INTERVAL,
        FAST_SWITCH_INTERVAL,
        reading_a_big_statement,
        signing_a_batch,
    )

    before = sys.getswitchinterval()
    assert BATCH_SWITCH_INTERVAL < FAST_SWITCH_INTERVAL < before
    with signing_a_batch():
        assert sys.getswitchinterval() == pytest.approx(BATCH_SWITCH_INTERVAL) and gc.isenabled()
        with reading_a_big_statement():
            assert sys.getswitchinterval() == pytest.approx(BATCH_SWITCH_INTERVAL) and not gc.isenabled()
        assert sys.getswitchinterval() == pytest.approx(BATCH_SWITCH_INTERVAL) and gc.isenabled()
    assert sys.getswitchinterval() == before and gc.isenabled()
    read, batch = reading_a_big_statement(), signing_a_batch()
    read.__enter__()
    batch.__enter__()
    assert sys.getswitchinterval() == pytest.approx(BATCH_SWITCH_INTERVAL)
    batch.__exit__(None, None, None)
    assert sys.getswitchinterval() == pytest.approx(FAST_SWITCH_INTERVAL)  # the read goes on at its own interval
    read.__exit__(None, None, None)
    assert sys.getswitchinterval() == before


def test_a_read_leaves_the_objects_of_the_moment_to_the_cycle_collector():
    """No gc.freeze(): the objects alive when a read ends (the statement's, and every other object
    of a client that runs all day) stay collectable, so a cycle dropped later is still freed."""
    import gc
    import weakref

    from bsclient.interpreter_tuning import reading_a_big_statement

    class Node:
        pass

    node = Node()
    node.me = node  # a cycle: only the collector frees it
    gone = weakref.ref(node)
    frozen = gc.get_freeze_count()
    with reading_a_big_statement():
        pass
    del node
    gc.collect()
    assert gone() is None
    assert gc.get_freeze_count() == frozen
