"""The editor for the kinds of tenge order (document types 4, 2, 3, 5), filled as a clerk does:
the KBK with its name from the directory, the fund's details prefilled, the registry table with
each cell's error and the running total, the salary registry imported from CSV; screenshots of
each kind are written for a person to look at (KINDS_SHOTS=dir)."""

from __future__ import annotations

import os
from decimal import Decimal
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest
from PySide6.QtCore import QCoreApplication

from bsclient.client.models import Account
from bsclient.formatting import money
from bsclient.rules.iin_bin import iin_bin_check_digit
from bsclient.rules.kinds.budget import BudgetDetails
from bsclient.rules.kinds.payment import PAYMENT
from bsclient.rules.kinds.salary import SALARY
from bsclient.ui.background import wait_for_background_work
from bsclient.ui.payments.editor import PaymentEditor, usual_account
from bsclient.ui.workplace import Workplace
from tests.helpers.workplace import BENEFICIARY_IIK, PAYER_IIK

# A month that has begun, whatever day the tests run on (a period after the document's month is refused).
PERIOD = "2026-10"
SHOTS = os.environ.get("KINDS_SHOTS")


def iin(first_eleven: str) -> str:
    return first_eleven + str(iin_bin_check_digit(first_eleven))


IIN_1, IIN_2 = iin("85041730012"), iin("90120140023")


def open_editor(qtbot, workplace: Workplace, kind: str, record=None) -> PaymentEditor:
    editor = PaymentEditor(workplace, record, next_number="7", kind=kind)
    qtbot.addWidget(editor)
    editor.show()
    qtbot.waitUntil(lambda: editor.kind_section.facts is not None, timeout=10_000)
    return editor


def shot(editor: PaymentEditor, name: str) -> None:
    if SHOTS:
        Path(SHOTS).mkdir(parents=True, exist_ok=True)
        QCoreApplication.processEvents()  # the layout after the last change
        editor.grab().save(str(Path(SHOTS) / f"{name}.png"))


def error_text(editor: PaymentEditor, path: str) -> str:
    label = editor.error_label(path)
    return label.text() if label.isVisible() else ""


def test_budget_payment_through_the_editor(qtbot, workplace):
    editor = open_editor(qtbot, workplace, "budget")
    assert editor.windowTitle().startswith("Payment to the budget")
    section = editor.kind_section
    assert editor.beneficiary_bin_edit.text() == "", "several tax authorities: the clerk picks one"
    picker = section.authority_combo
    labels = [picker.itemText(i) for i in range(picker.count())]
    assert any("Astana city" in label and "081240013779" in label for label in labels)
    picker.activated.emit(picker.findData("081240013779"))  # picked by its BIN
    assert editor.beneficiary_bin_edit.text() == "081240013779"
    assert editor.beneficiary_name_edit.text() == "УГД по Есильскому району ДГД по г. Астане", "the official name"
    assert editor.beneficiary_iban_edit.text().replace(" ", "") == "KZ24070105KSN0000000"
    kbk = section.kbk_edit
    assert kbk.completer() is not None and kbk.completer().model().rowCount() == len(section.directories.kbk.entries)
    qtbot.keyClicks(kbk, "101201")
    assert "Individual income tax" in editor._frames["kbk"].hint_label.text()
    qtbot.keyClicks(editor.amount_edit, "25 000")
    qtbot.keyClicks(editor.purpose_edit, "Individual income tax for October 2026")
    qtbot.keyClicks(editor.knp_edit, "710")
    hint = editor._frames["kbk"].hint_label.text()
    assert "KNP 710 does not usually go with KBK 101201" in hint and "911, 912, 913" in hint
    assert error_text(editor, "knp") == "" and editor.sign_button.isEnabled(), "a warning, not a refusal"
    shot(editor, "budget-knp-disagrees")
    editor.knp_edit.clear()
    qtbot.keyClicks(editor.knp_edit, "911")
    assert editor.problems() == {} and "does not usually go" not in editor._frames["kbk"].hint_label.text()
    assert editor.sign_button.isEnabled()
    order = editor.order()
    assert order.kind == "budget" and order.details == BudgetDetails("101201")
    assert order.to_content()["schema"] == "kz.budget-payment/1"

    kbk.clear()
    qtbot.keyClicks(kbk, "105315")
    assert "not in the client's KBK directory" in editor._frames["kbk"].hint_label.text()
    editor.beneficiary_bin_edit.clear()
    qtbot.keyClicks(editor.beneficiary_bin_edit, "090840000906")
    assert "not among the tax authorities" in editor._frames["taxAuthority"].hint_label.text()
    assert editor.problems() == {} and editor.sign_button.isEnabled()


def add_line(qtbot, editor: PaymentEditor, cells: dict[str, str]) -> None:
    registry = editor.kind_section.registry
    qtbot.mouseClick(registry.add_button, qtbot_left())
    row = registry.table.rowCount() - 1
    for column, text in cells.items():
        registry.set_cell(row, column, text)


def qtbot_left():
    from PySide6.QtCore import Qt
    return Qt.MouseButton.LeftButton


@pytest.mark.parametrize("kind, knp", [("pension", "010"), ("social", "012")])
def test_contributions_through_the_editor(qtbot, workplace, kind, knp):
    editor = open_editor(qtbot, workplace, kind)
    assert editor.beneficiary_bin_edit.text() == "160440007161"  # the fund's details, from the directory
    assert editor.knp_edit.text() == knp
    assert "at least one line" in error_text(editor, "registry")
    add_line(qtbot, editor, {"iin": IIN_1, "surname": "Ахметов", "name": "Серик", "patronymic": "Болатович",
                             "birth_date": "1985-04-17", "amount": "60 000", "period": PERIOD})
    add_line(qtbot, editor, {"iin": IIN_2, "surname": "Нурланова", "name": "Айгерим",
                             "birth_date": "1990-12-01", "amount": "40000,50", "period": PERIOD})
    assert editor.amount_edit.text() == "100 000,50"  # the lines' total carried into the amount as they are typed
    editor.amount_edit.clear()
    qtbot.keyClicks(editor.amount_edit, "100 000,00")
    qtbot.keyClicks(editor.purpose_edit, "Contributions for " + PERIOD)
    registry = editor.kind_section.registry
    assert f"add up to {money(Decimal('100000.50'))}" in error_text(editor, "registry")
    assert "#b3261e" in registry.total_label.styleSheet()  # the running total in red while it differs
    assert not editor.sign_button.isEnabled()
    editor.amount_edit.clear()
    qtbot.keyClicks(editor.amount_edit, "100 000,50")
    assert editor.problems() == {}, editor.problems()
    assert editor.sign_button.isEnabled()
    assert "#b3261e" not in registry.total_label.styleSheet()
    shot(editor, f"{kind}-valid")

    registry.set_cell(1, "iin", IIN_2[:11] + str((int(IIN_2[11]) + 1) % 10))
    registry.set_cell(1, "period", "2026/10")
    item = registry.table.item(1, 0)
    assert "identity document" in item.toolTip()
    assert item.background().color().name() == "#fde7e9"
    assert "Line 2, IIN" in registry.problems_label.text() and "Line 2, Period" in registry.problems_label.text()
    assert not editor.sign_button.isEnabled()
    shot(editor, f"{kind}-bad-cells")

    # Remove the bad line: the total and the errors follow.
    registry.table.selectRow(1)
    qtbot.mouseClick(registry.remove_button, qtbot_left())
    assert registry.table.rowCount() == 1
    assert editor.amount_edit.text() == "60 000,00"  # the amount was the lines' total: it follows it
    assert error_text(editor, "registry") == ""


def test_a_registry_draft_is_stored_with_its_kind_and_reopens(qtbot, workplace):
    editor = open_editor(qtbot, workplace, "pension")
    add_line(qtbot, editor, {"iin": IIN_1, "surname": "Ахметов", "name": "Серик", "birth_date": "1985-04-17",
                             "amount": "5000", "period": PERIOD})
    doc_id = editor.order().id
    editor._save_timer.stop()
    editor._save_draft()  # what the editor's timer does after the clerk stops typing
    wait_for_background_work()
    record = workplace.store.get(doc_id)
    assert record is not None and record.order.kind == "pension" and record.order.details.lines[0].iin == IIN_1
    rows = {row[0]: row for row in workplace.store.list_rows()}
    assert rows[doc_id][1] == "kz.pension-contribution/1"
    reopened = open_editor(qtbot, workplace, "payment", record)  # the record's kind wins
    assert reopened.kind_section.registry is not None
    assert reopened.kind_section.registry.lines()[0].iin == IIN_1


def test_registry_dates_are_typed_and_shown_as_every_date_and_signed_as_before(qtbot, workplace):
    """Birth dates and periods as the clerk reads every date (17.04.1985, MM.YYYY); the draft and the
    signed bytes keep the wire's 1985-04-17 and YYYY-MM, and a form pasted from a file is taken too."""
    from bsclient.crypto import canonical_bytes
    from bsclient.formatting import month_shown
    from bsclient.rules.kinds.registry_lines import RegistryDetails, RegistryLine

    editor = open_editor(qtbot, workplace, "pension")
    shown_month = month_shown(PERIOD)
    add_line(qtbot, editor, {"iin": IIN_1, "surname": "Ахметов", "name": "Серик", "birth_date": "17.04.1985",
                             "amount": "60 000", "period": shown_month})
    add_line(qtbot, editor, {"iin": IIN_2, "surname": "Нурланова", "name": "Айгерим",
                             "birth_date": "1990-12-01", "amount": "40 000", "period": PERIOD})  # pasted
    qtbot.keyClicks(editor.purpose_edit, "Contributions for " + shown_month)
    registry = editor.kind_section.registry
    assert editor.problems() == {}, editor.problems()
    lines = editor.order().details.lines
    assert [(line.birth_date, line.period) for line in lines] == [("1985-04-17", PERIOD), ("1990-12-01", PERIOD)]
    wire = editor.order().to_content()["registry"]
    assert [(line["birth_date"], line["period"]) for line in wire] == [("1985-04-17", PERIOD), ("1990-12-01", PERIOD)]

    # A draft reopened shows the clerk's form, and gives back the very bytes it was signed with.
    reopened = open_editor(qtbot, workplace, "pension")
    reopened.kind_section.fill(editor.order())
    table = reopened.kind_section.registry
    column = table._columns.index
    assert table.table.item(1, column("birth_date")).text() == "01.12.1990"
    assert table.table.item(1, column("period")).text() == shown_month
    original = editor.order()
    again = editor.order()
    again.details = RegistryDetails([RegistryLine(**line.cells()) for line in table.lines()])
    assert canonical_bytes(again.to_content()) == canonical_bytes(original.to_content())

    # A date not typed as a date: the sentence says how, in the clerk's form.
    registry.set_cell(0, "birth_date", "1985/04/17")
    registry.set_cell(1, "period", "2026/10")
    cell = registry.table.item(0, column("birth_date"))
    assert "DD.MM.YYYY" in cell.toolTip() and "17.04.1985" in cell.toolTip()
    assert "MM.YYYY" in registry.table.item(1, column("period")).toolTip()
    assert not editor.sign_button.isEnabled()
    # The IIN's own date is named as every date is.
    registry.set_cell(0, "birth_date", "18.04.1985")
    assert "(17.04.1985)" in cell.toolTip() and "18.04.1985" in cell.toolTip()


@pytest.mark.parametrize("kind", ["payment", "pension"])
def test_an_editor_closed_untouched_leaves_no_draft(qtbot, workplace, kind):
    """The fund's details filled in for her are not her work: closing the window keeps nothing."""
    def opened() -> PaymentEditor:
        editor = PaymentEditor(workplace, next_number="7", kind=kind)
        qtbot.addWidget(editor)
        editor.show()
        if kind != "payment":
            qtbot.waitUntil(lambda: editor.beneficiary_bin_edit.text() != "", timeout=10_000)
        return editor

    editor = opened()
    untouched = editor.order().id
    editor.close()
    wait_for_background_work()
    assert workplace.store.get(untouched) is None
    # One character of her own, and the draft is kept.
    editor = opened()
    typed = editor.order().id
    qtbot.keyClicks(editor.purpose_edit, "K")
    editor.close()
    wait_for_background_work()
    assert workplace.store.get(typed) is not None


def test_a_salary_order_is_paid_from_the_salary_account_the_others_from_the_richest():
    current = Account(PAYER_IIK, "KZT", Decimal("2500000.00"), Decimal("2000000.00"), "Current account")
    salary = Account("KZ036010000000000003", "KZT", Decimal("0.00"), Decimal("0.00"), "Salary account")
    assert usual_account(SALARY, [current, salary]) is salary
    assert usual_account(PAYMENT, [current, salary]) is current
    assert usual_account(SALARY, [current]) is current


SALARY_CSV = "IIN;Full name;IIK;Amount\n{iin1};Ахметов Серик Болатович;{iban};250 000,00\n{iin2};Нурланова Айгерим;KZ75125KZT2069100100;180000.50\n"


def test_salary_registry_imported_from_csv_through_the_editor(qtbot, workplace, tmp_path):
    editor = open_editor(qtbot, workplace, "salary")
    registry = editor.kind_section.registry
    assert registry.import_button.isVisible()
    assert editor.knp_edit.text() == "311"  # the salary KNP, without her typing it
    good = tmp_path / "salary.csv"
    good.write_bytes(SALARY_CSV.format(iin1=IIN_1, iin2=IIN_2, iban=BENEFICIARY_IIK).encode("cp1251"))
    registry.import_csv(good)
    qtbot.waitUntil(lambda: registry.table.rowCount() == 2, timeout=10_000)
    assert registry.lines()[0].name == "Ахметов Серик Болатович"
    assert editor.amount_edit.text() == "430 000,50"  # the empty amount became the total
    qtbot.keyClicks(editor.beneficiary_name_edit, "TOO Beneficiary")
    qtbot.keyClicks(editor.beneficiary_bin_edit, "090840000906")
    qtbot.keyClicks(editor.beneficiary_iban_edit, BENEFICIARY_IIK)
    qtbot.keyClicks(editor.beneficiary_code_edit, "17")
    qtbot.keyClicks(editor.purpose_edit, "Salary for " + PERIOD)
    assert editor.problems() == {}, editor.problems()
    shot(editor, "salary-imported")

    bad = tmp_path / "bad.csv"
    bad.write_text("iin,name,iban,amount\n123,A,KZ00,1\n" + f"{IIN_1},B,{BENEFICIARY_IIK},-5\n", encoding="utf-8")
    registry.import_csv(bad)
    qtbot.waitUntil(lambda: "Nothing was imported" in registry.problems_label.text(), timeout=10_000)
    text = registry.problems_label.text()
    assert "Line 2: IIN" in text and "Line 2: IIK" in text and "Line 3: Amount" in text, text
    assert registry.table.rowCount() == 2  # the earlier lines stay: nothing half imported
    shot(editor, "salary-import-refused")
    QCoreApplication.processEvents()


def test_main_window_new_menu_opens_each_kind(qtbot, workplace):
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QApplication

    from bsclient.ui.payments.main_window import MainWindow

    window = MainWindow(workplace)
    qtbot.addWidget(window)
    window.show()
    menu = window.new_kind_menu
    assert [a.objectName() for a in menu.actions()] == ["newPaymentKindAction", "newBudgetAction",
                                                        "newPensionAction", "newSocialAction", "newSalaryAction",
                                                        "newForeignAction", "newExchangeAction"]  # + types 6, 7
    if SHOTS:
        menu.popup(window.mapToGlobal(window.rect().center()))
        QCoreApplication.processEvents()
        menu.grab().save(str(Path(SHOTS) / "new-menu.png"))
        menu.hide()
    for name, title in (("newSalaryAction", "Salary payment"), ("newBudgetAction", "Payment to the budget")):
        window.findChild(QAction, name).trigger()
        qtbot.waitUntil(lambda title=title: any(w.objectName() == "paymentEditor" and w.windowTitle().startswith(title)
                                                for w in QApplication.topLevelWidgets() if w.isVisible()),
                        timeout=10_000)
    for editor in [w for w in QApplication.topLevelWidgets() if w.objectName() == "paymentEditor"]:
        editor.close()
    window.new_payment_action.trigger()  # the plain New still opens a plain payment order
    qtbot.waitUntil(lambda: any(w.objectName() == "paymentEditor" and w.isVisible()
                                and w.windowTitle().startswith("Payment order")
                                for w in QApplication.topLevelWidgets()), timeout=10_000)
    plain = next(w for w in QApplication.topLevelWidgets() if w.objectName() == "paymentEditor" and w.isVisible())
    assert plain.order().kind == "payment"
    plain.close()
    wait_for_background_work()


def test_a_copy_keeps_the_kind_kbk_and_registry(tmp_path):
    from bsclient.client.documents.payment_order import Party, PaymentOrder
    from bsclient.client.documents.store import DocumentStore
    from bsclient.client.documents.templates import copy_to_draft
    from bsclient.rules.kinds.registry_lines import RegistryDetails, RegistryLine

    with DocumentStore(tmp_path / "documents.sqlite3") as store:
        order = PaymentOrder.new(Party(name="TOO Demo"), "3", kind="social")
        order.details = RegistryDetails([RegistryLine(iin=IIN_1, surname="Ахметов", amount="10")])
        store.save_draft(order)
        copied = copy_to_draft(store, order.id).order
        assert copied.id != order.id and copied.kind == "social" and copied.details == order.details
        budget = PaymentOrder.new(Party(name="TOO Demo"), "4", kind="budget")
        budget.details = BudgetDetails(kbk="101201")
        store.save_draft(budget)
        assert copy_to_draft(store, budget.id).order.details == BudgetDetails("101201")


def next_tab_stop(widget):
    """The widget Tab goes to from `widget`: the next in the focus chain that takes Tab focus."""
    from PySide6.QtCore import Qt

    following = widget.nextInFocusChain()
    while not (following.focusPolicy() & Qt.FocusPolicy.TabFocus) or following.parent() is widget:
        following = following.nextInFocusChain()
    return following


def test_tab_reaches_the_kbk_and_the_registry_in_reading_order(qtbot, workplace):
    budget = open_editor(qtbot, workplace, "budget")
    assert next_tab_stop(budget.amount_edit) is budget.kind_section.kbk_edit
    assert next_tab_stop(budget.kind_section.kbk_edit) is budget.knp_edit
    pension = open_editor(qtbot, workplace, "pension")
    registry = pension.kind_section.registry
    assert next_tab_stop(pension.purpose_edit) is registry.table
    assert next_tab_stop(registry.table) is registry.add_button
