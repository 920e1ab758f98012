"""Documents ▸ New ▸ one action per kind of order (issue 4, types 1-7): each opens the editor
on a new draft of that kind."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QWidget

from bsclient.client.session.rights import may_prepare
from bsclient.rules.kinds.payment import PAYMENT
from bsclient.rules.kinds.registry import KINDS, find_kind
from bsclient.ui.workplace import Workplace

# The action's object name per kind, in the order the menu lists them.
ACTION_NAMES = {"payment": "newPaymentKindAction", "budget": "newBudgetAction", "pension": "newPensionAction",
                "social": "newSocialAction", "salary": "newSalaryAction", "foreign": "newForeignAction",
                "exchange": "newExchangeAction"}


def kind_title(kind: str, number: str) -> str:
    found = find_kind(kind) or PAYMENT
    return QCoreApplication.translate("DocumentKind", found.names.title).format(number=number)


def new_kind_menu(parent: QWidget, workplace: Workplace, open_new: Callable[[str], None]) -> QMenu:
    """The New ▸ menu; `open_new(kind)` opens the editor on a new draft. Hidden for a user who may only view."""
    menu = QMenu(QCoreApplication.translate("NewKindMenu", "&New"), parent)
    menu.setObjectName("newKindMenu")
    for kind in KINDS:
        action = QAction(QCoreApplication.translate("DocumentKind", kind.names.menu), menu)
        action.setObjectName(ACTION_NAMES[kind.key])
        action.triggered.connect(lambda _=False, key=kind.key: open_new(key))
        menu.addAction(action)
    menu.menuAction().setVisible(may_prepare(workplace.user))
    menu.menuAction().setEnabled(may_prepare(workplace.user))
    return menu
