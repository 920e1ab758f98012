"""Documents ▸ New ▸ one action per kind of document (the registry of kinds): each opens the editor
on a new draft of that kind."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QWidget

from bsclient.client.session.rights import may_prepare
from bsclient.ui.payments.kinds.registry import VIEWS
from bsclient.ui.workplace import Workplace


def new_kind_menu(parent: QWidget, workplace: Workplace, open_new: Callable[[str], None]) -> QMenu:
    """The New ▸ menu; `open_new(kind)` opens the editor on a new draft. Hidden for a user who may only view."""
    menu = QMenu(QCoreApplication.translate("NewKindMenu", "Ne&w"), parent)
    menu.setObjectName("newKindMenu")
    for view in VIEWS:
        action = QAction(QCoreApplication.translate("DocumentKind", view.kind.names.menu), menu)
        action.setObjectName(view.action_name)
        action.triggered.connect(lambda _=False, key=view.kind.key: open_new(key))
        menu.addAction(action)
    menu.menuAction().setVisible(may_prepare(workplace.user))
    menu.menuAction().setEnabled(may_prepare(workplace.user))
    return menu
