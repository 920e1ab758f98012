"""Documents ▸ New ▸ one action per kind of order (issue 4, types 1-7): each opens the editor
on a new draft of that kind."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QWidget

from bsclient.client.session.rights import may_prepare
from bsclient.messages import QT_TRANSLATE_NOOP
from bsclient.rules.kinds import BUDGET, EXCHANGE, FOREIGN, PAYMENT, PENSION, SALARY, SOCIAL
from bsclient.ui.workplace import Workplace

# (kind, action's object name, text) in the order the menu lists them.
KIND_ACTIONS = (
    (PAYMENT, "newPaymentKindAction", QT_TRANSLATE_NOOP("NewKindMenu", "&Payment order")),
    (BUDGET, "newBudgetAction", QT_TRANSLATE_NOOP("NewKindMenu", "Payment to the &budget (taxes)")),
    (PENSION, "newPensionAction", QT_TRANSLATE_NOOP("NewKindMenu", "P&ension contributions")),
    (SOCIAL, "newSocialAction", QT_TRANSLATE_NOOP("NewKindMenu", "&Social contributions")),
    (SALARY, "newSalaryAction", QT_TRANSLATE_NOOP("NewKindMenu", "Sa&lary payment")),
    (FOREIGN, "newForeignAction", QT_TRANSLATE_NOOP("NewKindMenu", "Payment in &foreign currency")),
    (EXCHANGE, "newExchangeAction", QT_TRANSLATE_NOOP("NewKindMenu", "Buy or sell &currency")),
)

# The editor's window title per kind.
KIND_TITLES = {
    PAYMENT: QT_TRANSLATE_NOOP("NewKindMenu", "Payment order {number}"),
    BUDGET: QT_TRANSLATE_NOOP("NewKindMenu", "Payment to the budget {number}"),
    PENSION: QT_TRANSLATE_NOOP("NewKindMenu", "Pension contributions {number}"),
    SOCIAL: QT_TRANSLATE_NOOP("NewKindMenu", "Social contributions {number}"),
    SALARY: QT_TRANSLATE_NOOP("NewKindMenu", "Salary payment {number}"),
    FOREIGN: QT_TRANSLATE_NOOP("NewKindMenu", "Payment in foreign currency {number}"),
    EXCHANGE: QT_TRANSLATE_NOOP("NewKindMenu", "Currency purchase or sale {number}"),
}


def kind_title(kind: str, number: str) -> str:
    return QCoreApplication.translate("NewKindMenu", KIND_TITLES.get(kind, KIND_TITLES[PAYMENT])).format(number=number)


def new_kind_menu(parent: QWidget, workplace: Workplace, open_new: Callable[[str], None]) -> QMenu:
    """The New ▸ menu; `open_new(kind)` opens the editor on a new draft. Hidden for a user who may only view."""
    menu = QMenu(QCoreApplication.translate("NewKindMenu", "&New"), parent)
    menu.setObjectName("newKindMenu")
    for kind, name, text in KIND_ACTIONS:
        action = QAction(QCoreApplication.translate("NewKindMenu", text), menu)
        action.setObjectName(name)
        action.triggered.connect(lambda _=False, kind=kind: open_new(kind))
        menu.addAction(action)
    menu.menuAction().setVisible(may_prepare(workplace.user))
    menu.menuAction().setEnabled(may_prepare(workplace.user))
    return menu
