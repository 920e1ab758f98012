"""When the local store cannot be opened (its key gone, the file damaged, suddenly empty or missing): a
window that stays until the clerk chooses, saying what happened and where the file was set aside, and
offering to restore from one of the client's own backups or from the bank (after signing in); and the
window that reports what the bank brought back and which documents never reached it."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from bsclient.client.documents.backups import Backup
from bsclient.client.documents.bank_restore import RestoreReport
from bsclient.client.documents.local_store import StoreTroubleError
from bsclient.client.documents.record import status_word
from bsclient.formatting import day
from bsclient.ui.widgets.error_dialog import error_text
from bsclient.ui.widgets.help_button import add_help


class StoreRescueDialog(QDialog):
    """Asks how to go on; `restore_backup(backup)` or `restore_from_bank()` is called on the choice,
    `on_quit()` when the clerk quits instead."""

    def __init__(self, trouble: StoreTroubleError, backups: list[Backup], *,
                 restore_backup: Callable[[Backup], None], restore_from_bank: Callable[[], None],
                 on_quit: Callable[[], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("storeRescueDialog")
        self.setWindowTitle(self.tr("Documents on this computer"))
        self.setModal(True)
        self._backups = [backup for backup in backups if backup.usable]
        self._on_backup, self._on_bank, self._on_quit = restore_backup, restore_from_bank, on_quit
        layout = QVBoxLayout(self)
        what = QLabel(error_text(trouble))
        what.setObjectName("troubleLabel")
        what.setWordWrap(True)
        layout.addWidget(what)
        next_steps = QLabel(self.tr(
            "Documents the bank received are safe at the bank. Choose how to bring the documents on this "
            "computer back:"))
        next_steps.setWordWrap(True)
        layout.addWidget(next_steps)
        self._backup_choice = QComboBox()
        self._backup_choice.setObjectName("backupChoice")
        for backup in self._backups:
            self._backup_choice.addItem(self.tr("Backup of %1 (documents in it: %2)").replace(
                "%1", day(backup.day)).replace("%2", str(backup.documents)))
        backup_button = QPushButton(self.tr("Restore this backup, then bring it up to date from the bank"))
        backup_button.setObjectName("restoreBackupButton")
        backup_button.clicked.connect(self._backup_chosen)
        if self._backups:
            layout.addWidget(self._backup_choice)
            layout.addWidget(backup_button)
        else:
            none = QLabel(self.tr("There is no backup this client can open (backups use the same key as the store)."))
            none.setObjectName("noBackupLabel")
            none.setWordWrap(True)
            layout.addWidget(none)
        bank_button = QPushButton(self.tr("Restore from the bank only"))
        bank_button.setObjectName("restoreBankButton")
        bank_button.clicked.connect(self._bank_chosen)
        bank_note = QLabel(self.tr(
            "After you sign in, every document the bank received comes back with its state. Drafts and documents "
            "that never reached the bank were only on this computer: they cannot come back from the bank."))
        bank_note.setWordWrap(True)
        layout.addWidget(bank_button)
        layout.addWidget(bank_note)
        quit_row = QHBoxLayout()
        add_help(self, "store-rescue", quit_row)
        quit_row.addStretch()
        quit_button = QPushButton(self.tr("Quit"))
        quit_button.setObjectName("rescueQuitButton")
        quit_button.clicked.connect(self.reject)
        quit_row.addWidget(quit_button)
        layout.addLayout(quit_row)
        self.rejected.connect(self._on_quit)
        self.resize(620, self.sizeHint().height())

    def _backup_chosen(self) -> None:
        backup = self._backups[self._backup_choice.currentIndex()]
        self.done(QDialog.DialogCode.Accepted)
        self._on_backup(backup)

    def _bank_chosen(self) -> None:
        self.done(QDialog.DialogCode.Accepted)
        self._on_bank()


def show_restore_report(parent: QWidget, report: RestoreReport) -> QMessageBox:
    """What the bank brought back and, by name, the documents that never reached it; stays until closed."""
    box = QMessageBox(parent)
    box.setObjectName("restoreReportBox")
    box.setIcon(QMessageBox.Icon.Information)
    box.setWindowTitle(QCoreApplication.translate("RestoreReport", "Documents restored from the bank"))
    text = QCoreApplication.translate(
        "RestoreReport", "Documents the bank returned that were missing here: %1. Documents brought up to date "
        "with the bank's state: %2.").replace("%1", str(report.added)).replace("%2", str(report.updated))
    if report.unreadable:
        text += " " + QCoreApplication.translate(
            "RestoreReport", "Documents of the bank of a kind this version cannot show: %1.").replace(
            "%1", str(report.unreadable))
    if report.never_reached:
        text += "\n\n" + QCoreApplication.translate(
            "RestoreReport", "These documents never reached the bank; check them, then sign and send those still needed:")
        for record in report.never_reached:
            order = record.order
            text += "\n" + QCoreApplication.translate("RestoreReport", "№ %1 of %2, %3 %4 to %5 (%6)").replace(
                "%1", order.number).replace("%2", order.date.isoformat()).replace("%3", order.amount).replace(
                "%4", order.currency).replace("%5", order.beneficiary.name).replace(
                "%6", status_word(record.status).render(QCoreApplication.translate))
    text += "\n\n" + QCoreApplication.translate(
        "RestoreReport", "Drafts and unsent documents made after the last backup (all of them, without a backup) "
        "were only in the store that could not be opened and are lost: type them again or import them from 1C.")
    box.setText(text)
    box.open()
    return box
