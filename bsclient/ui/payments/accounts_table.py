"""The company's accounts as a table: IIK, currency, balance, available, title; amounts right-aligned."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from bsclient.client.models import Account
from bsclient.messages import QT_TRANSLATE_NOOP
from bsclient.ui.widgets.amount_text import format_money

AnyIndex = QModelIndex | QPersistentModelIndex
SHOWN_AT_ONCE = 5  # accounts shown without scrolling
IBAN, CURRENCY, BALANCE, AVAILABLE, TITLE = range(5)
_HEADERS = (QT_TRANSLATE_NOOP("AccountsTable", "IIK"), QT_TRANSLATE_NOOP("AccountsTable", "Currency"),
            QT_TRANSLATE_NOOP("AccountsTable", "Balance"), QT_TRANSLATE_NOOP("AccountsTable", "Available"),
            QT_TRANSLATE_NOOP("AccountsTable", "Account"))


class AccountsModel(QAbstractTableModel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._accounts: list[Account] = []

    def set_accounts(self, accounts: list[Account]) -> None:
        self.beginResetModel()
        self._accounts = list(accounts)
        self.endResetModel()

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._accounts)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(_HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("AccountsTable", _HEADERS[section])
        if role == Qt.ItemDataRole.TextAlignmentRole and section in (BALANCE, AVAILABLE):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        account = self._accounts[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return (account.iban, account.currency, format_money(account.balance), format_money(account.available),
                    account.title)[column]
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (BALANCE, AVAILABLE):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and column in (IBAN, BALANCE, AVAILABLE):
            return QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        return None


class AccountsTable(QTableView):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("accountsTable")
        self.accounts_model = AccountsModel(self)
        self.setModel(self.accounts_model)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.verticalHeader().hide()
        self.setAlternatingRowColors(True)
        header = self.horizontalHeader()
        for column in (IBAN, CURRENCY, BALANCE, AVAILABLE):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Stretch)
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)

    def set_accounts(self, accounts: list[Account]) -> None:
        self.accounts_model.set_accounts(accounts)
        # Every account in sight without scrolling, up to a few; more than that scroll.
        rows = min(max(len(accounts), 1), SHOWN_AT_ONCE)
        self.setMinimumHeight(self.horizontalHeader().sizeHint().height()
                              + rows * self.verticalHeader().defaultSectionSize() + 2 * self.frameWidth() + 2)
