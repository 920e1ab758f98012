"""The clerk's main window: company and key owner, accounts, payment orders, and the bank's progress.

What other parts add to it (the security notice, Set up again…, the Help menu) they add through its
extension points: `add_banner`, `add_menu`, `add_action`, `add_separator`; they read `workplace`.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QDateTime, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QFont, QIcon, QKeySequence
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QMainWindow, QMenu, QSplitter, QVBoxLayout, QWidget

from bsclient.client.directories import RefreshResult, refresh_directories
from bsclient.client.documents.record import DocumentRecord, DocumentStatus
from bsclient.client.documents.workflow import refresh_states
from bsclient.client.models import Account
from bsclient.formatting import day
from bsclient.rules.kinds.payment import PAYMENT
from bsclient.ui.background import run_in_background
from bsclient.ui.mail.counter import MailCounter
from bsclient.ui.payments.accounts_table import AccountsTable
from bsclient.ui.payments.awaiting_window import AwaitingSignatures, apply_signing_rights
from bsclient.ui.payments.comforts_actions import DocumentComforts
from bsclient.ui.payments.editor import PaymentEditor
from bsclient.ui.payments.new_kind_menu import new_kind_menu
from bsclient.ui.payments.paper.save_or_print import PRINTING_AVAILABLE, OrderPaper, selected_in_list
from bsclient.ui.payments.payment_list import PaymentListView
from bsclient.ui.payments.sign_review import confirm_changed_payees
from bsclient.ui.security.access_actions import AccessActions
from bsclient.ui.widgets.error_dialog import error_text
from bsclient.ui.widgets.help_button import add_help
from bsclient.ui.widgets.mnemonics import unique_mnemonics
from bsclient.ui.widgets.screen_fit import fit_to_screen
from bsclient.ui.workplace import Workplace

if TYPE_CHECKING:  # the statement window is loaded when first opened (open_statement)
    from bsclient.client.statements.statement import Statement
    from bsclient.ui.statements.window import StatementWindow

POLL_INTERVAL_MS = 3000
# The menus other parts add actions to, by name (add_action).
DOCUMENTS_MENU, MAIL_MENU, SESSION_MENU, HELP_MENU = "documents", "mail", "session", "help"
_AWAITING_BANK = (DocumentStatus.SENT, DocumentStatus.ACCEPTED, DocumentStatus.AWAITING_SIGNATURE)

log = logging.getLogger(__name__)


def next_number(records: list[DocumentRecord]) -> str:
    """One more than the largest numeric document number so far ("1" for the first)."""
    numbers = [int(r.order.number) for r in records if r.order.number.strip().isdigit()]
    return str(max(numbers, default=0) + 1)


class MainWindow(QMainWindow):
    """Emits `closed(sign_out)` when it closes: True when the clerk chose Sign out, False for quitting.

    The application then closes the bank session and the carrier.
    """

    closed = Signal(bool)

    def __init__(self, workplace: Workplace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        # Qt adds the product's name (the application's display name) to every window's title
        self.setWindowTitle(workplace.user.company_name)
        self._workplace = workplace
        self._editors: dict[str, PaymentEditor] = {}
        self._polling = False
        self._signing_out = False
        self._sign_out_chosen = False
        self._statement_window: StatementWindow | None = None  # made when first asked for
        self._menus: dict[str, QMenu] = {}

        self._build_actions()
        central = QWidget(self)
        layout = self._central_layout = QVBoxLayout(central)
        layout.addWidget(self._build_header())
        self._banners = 0  # widgets under the header (add_banner)
        self.accounts_table = AccountsTable(self)
        accounts_box = QGroupBox(self.tr("Accounts"), self)
        QVBoxLayout(accounts_box).addWidget(self.accounts_table)
        self.payment_list = PaymentListView(self)
        self.payment_list.openRequested.connect(self.open_document)
        self.payment_list.columns.set_key(f"{workplace.user.login}/documents")
        payments_box = QGroupBox(self.tr("Payment orders"), self)
        QVBoxLayout(payments_box).addWidget(self.payment_list)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(accounts_box)
        splitter.addWidget(payments_box)
        splitter.setStretchFactor(0, 0)  # the accounts keep their rows; the documents take the rest
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([1, 10_000])  # the accounts at their rows' height (AccountsTable.set_accounts)
        layout.addWidget(splitter, 1)
        self.setCentralWidget(central)

        self.connection_label = QLabel(self)
        self.connection_label.setObjectName("connectionLabel")
        self.statusBar().addPermanentWidget(self.connection_label)
        self.connection_label.setText(self.tr("{login} at {server}").format(
            login=workplace.user.login, server=workplace.api.server_url))

        self._poll_timer = QTimer(self)
        self._poll_timer.setInterval(POLL_INTERVAL_MS)
        self._poll_timer.timeout.connect(self.poll_bank)
        self._poll_timer.start()
        fit_to_screen(self, 1100, 720)
        unique_mnemonics(self)
        self.refresh()
        self._update_directories()

    # --- building ----------------------------------------------------------------------------

    def _build_actions(self) -> None:
        self.new_payment_action = QAction(QIcon.fromTheme("document-new"), self.tr("&New payment order"), self)
        self.new_payment_action.setObjectName("newPaymentAction")
        self.new_payment_action.setShortcut(QKeySequence.StandardKey.New)
        self.new_payment_action.triggered.connect(lambda: self.new_payment())  # noqa: PLW0108 - triggered(bool) must not reach new_payment's kind
        self.refresh_action = QAction(QIcon.fromTheme("view-refresh"), self.tr("&Refresh"), self)
        self.refresh_action.setObjectName("refreshAction")
        self.refresh_action.setShortcut(QKeySequence.StandardKey.Refresh)
        self.refresh_action.triggered.connect(self.refresh)
        self.sign_out_action = QAction(QIcon.fromTheme("system-log-out"), self.tr("Sign &out"), self)
        self.sign_out_action.setObjectName("signOutAction")
        self.sign_out_action.triggered.connect(self.sign_out)
        self.statement_action = QAction(QIcon.fromTheme("x-office-spreadsheet"), self.tr("St&atement…"), self)
        self.statement_action.setObjectName("statementAction")
        self.statement_action.triggered.connect(self.open_statement)
        self.import_1c_action = QAction(QIcon.fromTheme("document-import"), self.tr("&Import from 1C…"), self)
        self.import_1c_action.setObjectName("import1cAction")
        self.import_1c_action.triggered.connect(self.import_from_1c)
        self.sign_selected_action = QAction(QIcon.fromTheme("mail-send"), self.tr("&Sign and send selected…"), self)
        self.sign_selected_action.setObjectName("signSelectedAction")
        self.sign_selected_action.setToolTip(self.tr("Sign the selected drafts with your key carrier and send them to the bank"))
        self.sign_selected_action.triggered.connect(self.sign_and_send_selected)
        self.directories_action = QAction(QIcon.fromTheme("accessories-dictionary"), self.tr("&Directories…"), self)
        self.directories_action.setObjectName("directoriesAction")
        self.directories_action.triggered.connect(self.open_directories)
        # The selected order on its paper form (paper/), said in the status bar.
        self.paper = OrderPaper(self, self._workplace.store, selected_in_list, label=False)
        self.paper.said.connect(lambda text, _error: self.statusBar().showMessage(text))
        self.save_pdf_action = QAction(QIcon.fromTheme("document-save-as"), self.tr("Save as PD&F…"), self)
        self.save_pdf_action.setObjectName("savePdfAction")
        # The paper form needs the selected document whole: read first, off the GUI thread if need be.
        self.save_pdf_action.triggered.connect(lambda: self.payment_list.read_selected(lambda _: self.paper.save_pdf()))
        self.print_action = QAction(QIcon.fromTheme("document-print"), self.tr("&Print…"), self)
        self.print_action.setObjectName("printAction")
        self.print_action.setShortcut(QKeySequence.StandardKey.Print)
        self.print_action.triggered.connect(lambda: self.payment_list.read_selected(lambda _: self.paper.print_order()))
        self.print_action.setVisible(PRINTING_AVAILABLE)

        toolbar = self.addToolBar(self.tr("Main"))
        toolbar.setObjectName("mainToolBar")
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        toolbar.addAction(self.new_payment_action)
        toolbar.addAction(self.sign_selected_action)
        toolbar.addAction(self.refresh_action)
        toolbar.addAction(self.statement_action)
        self.mail = MailCounter(self._workplace, self)  # R1.9: the Mail action with its unread counter
        toolbar.addAction(self.mail.action)
        # R3.3: documents a first signer sent that await this user's second signature (second signers only)
        self.awaiting = AwaitingSignatures(self._workplace, self)
        self.awaiting.signed.connect(lambda _: self.reload_documents())
        toolbar.addAction(self.awaiting.action)
        toolbar.addSeparator()
        toolbar.addAction(self.sign_out_action)
        self.help_action = add_help(self, "main-window", toolbar)
        documents_menu = self.add_menu(DOCUMENTS_MENU, self.tr("&Documents"))
        documents_menu.addAction(self.new_payment_action)
        self.new_kind_menu = new_kind_menu(self, self._workplace, self.new_payment)  # New ▸ per kind
        documents_menu.addMenu(self.new_kind_menu)
        documents_menu.addAction(self.import_1c_action)
        documents_menu.addAction(self.sign_selected_action)
        documents_menu.addAction(self.awaiting.action)
        documents_menu.addAction(self.refresh_action)
        documents_menu.addAction(self.statement_action)
        documents_menu.addAction(self.directories_action)
        # Copy to new draft, Save as template…, Templates…, Counterparties…, Recall… (comforts_actions)
        self.comforts = DocumentComforts(self, self._workplace)
        documents_menu.addSeparator()
        for action in self.comforts.actions():
            documents_menu.addAction(action)
        documents_menu.addSeparator()
        documents_menu.addAction(self.save_pdf_action)
        documents_menu.addAction(self.print_action)
        self.add_menu(MAIL_MENU, self.tr("&Mail")).addAction(self.mail.action)
        self.mail.said.connect(self.statusBar().showMessage)
        session_menu = self.add_menu(SESSION_MENU, self.tr("&Session"))
        session_menu.setObjectName("sessionMenu")
        self.access = AccessActions(self, self._workplace, sign_out=self.sign_out)  # self-service: password, journal, block
        self.access.add_to_menu(session_menu)
        session_menu.addAction(self.sign_out_action)
        apply_signing_rights(self, self._workplace.user)  # R3.4: hide what the bank would refuse

    def _build_header(self) -> QWidget:
        workplace = self._workplace
        header = QWidget(self)
        self.company_label = QLabel(workplace.user.company_name, header)
        self.company_label.setObjectName("companyLabel")
        big = QFont(self.company_label.font())
        big.setPointSizeF(big.pointSizeF() * 1.5)
        big.setBold(True)
        self.company_label.setFont(big)
        company_bin = QLabel(self.tr("BIN {bin}").format(bin=workplace.user.company_bin), header)
        self.key_owner_label = QLabel(header)
        self.key_owner_label.setObjectName("keyOwnerLabel")
        self.key_owner_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.show_signing_key()
        left = QVBoxLayout()
        left.addWidget(self.company_label)
        left.addWidget(company_bin)
        layout = QHBoxLayout(header)
        layout.setContentsMargins(4, 0, 4, 4)
        layout.addLayout(left, 1)
        layout.addWidget(self.key_owner_label)
        return header

    # --- extension points --------------------------------------------------------------------

    @property
    def workplace(self) -> Workplace:
        """The signed-in clerk's workplace (bank session, store, accounts)."""
        return self._workplace

    def widget(self) -> QWidget:
        """The window as the Qt parent of what its parts show."""
        return self

    def add_banner(self, widget: QWidget) -> None:
        """Show `widget` under the header, above the accounts; banners stack in the order added."""
        self._central_layout.insertWidget(1 + self._banners, widget)
        self._banners += 1

    def add_menu(self, name: str, title: str) -> QMenu:
        """A menu of the menu bar, after those there; `name` is how add_action finds it."""
        menu = self.menuBar().addMenu(title)
        self._menus[name] = menu
        return menu

    def add_action(self, menu: str, action: QAction, *, after: QAction | None = None,
                   before: QAction | None = None) -> None:
        """Add `action` to the menu `menu` (DOCUMENTS_MENU, MAIL_MENU, SESSION_MENU, or one add_menu
        made): right after `after`, or before `before`, or else at its end."""
        target = self._menus[menu]
        actions = target.actions()
        if after is not None and after in actions and actions.index(after) + 1 < len(actions):
            before = actions[actions.index(after) + 1]
        if before is not None and before in actions:
            target.insertAction(before, action)
        else:
            target.addAction(action)

    def add_separator(self, menu: str, *, before: QAction | None = None) -> None:
        """A separator in the menu `menu`, before `before` or else at its end."""
        target = self._menus[menu]
        if before is not None and before in target.actions():
            target.insertSeparator(before)
        else:
            target.addSeparator()

    def show_message(self, text: str, timeout_ms: int = 0) -> None:
        """Say `text` in the status bar (for `timeout_ms`, or until the next message)."""
        self.statusBar().showMessage(text, timeout_ms)

    def read_selected(self, then: Callable[[list[DocumentRecord]], object]) -> None:
        """Call `then` with the documents selected in the payment list, read whole (off the GUI thread if need be)."""
        self.payment_list.read_selected(then)

    # --- the header ---------------------------------------------------------------------------

    def show_signing_key(self) -> None:
        """The header's signing key; again after the key changed (a new key's certificate installed)."""
        carrier = self._workplace.carrier
        certificate = carrier.certificate if carrier is not None else None
        if certificate is not None:
            self.key_owner_label.setText(self.tr("Signing key: <b>{owner}</b><br>valid {start} to {end}").format(
                owner=certificate.owner_name, start=day(certificate.not_before),
                end=day(certificate.not_after)))
        else:
            self.key_owner_label.setText(self.tr("No signing key: documents can be viewed, not signed."))

    # --- loading -----------------------------------------------------------------------------

    def refresh(self) -> None:
        """Reload the accounts from the bank and the documents from the local store."""
        api = self._workplace.api
        self.statusBar().showMessage(self.tr("Asking the bank for the accounts…"))
        run_in_background(self, api.accounts, on_success=self._accounts_loaded, on_failure=self._bank_failed)
        self.reload_documents()

    def reload_documents(self) -> None:
        store = self._workplace.store
        self.payment_list.load(store)  # in the background, keeping the clerk's selection

    def _accounts_loaded(self, accounts: list[Account]) -> None:
        self._workplace.accounts = accounts
        self.accounts_table.set_accounts(accounts)
        if self._statement_window is not None:
            self._statement_window.set_accounts(accounts)
        self.statusBar().showMessage(self.tr("Accounts updated at {time}").format(
            time=QDateTime.currentDateTime().toString("HH:mm:ss")))

    def _update_directories(self) -> None:
        """After sign-in: the directories the bank has in newer versions are taken; the status bar says which."""
        api, data_dir = self._workplace.api, self._workplace.store.path.parent
        run_in_background(self, lambda: refresh_directories(api, data_dir), on_success=self._directories_updated,
                          on_failure=lambda exc: log.info("directories not refreshed: %s", exc))

    def _directories_updated(self, result: RefreshResult) -> None:
        if result.updated:
            from bsclient.ui.directories.window import directory_title  # noqa: PLC0415 - start-up: only when one changed
            self.statusBar().showMessage(self.tr("Directories updated from the bank: {list}.").format(list=", ".join(
                self.tr("{directory} (version {version})").format(directory=directory_title(name), version=version)
                for name, version in result.updated.items())))

    def _bank_failed(self, exc: Exception) -> None:
        self.statusBar().showMessage(error_text(exc))

    def poll_bank(self) -> None:
        """Ask the bank about sent and accepted documents; refresh the accounts when one was executed."""
        if self._polling or self._signing_out:
            return
        if not self.payment_list.model.has_status(_AWAITING_BANK):
            return
        self._polling = True
        api, store = self._workplace.api, self._workplace.store
        run_in_background(self, lambda: refresh_states(api, store), on_success=self._states_refreshed,
                          on_failure=self._poll_failed)

    def _states_refreshed(self, changed: list[DocumentRecord]) -> None:
        self._polling = False
        self.payment_list.update_records(changed)  # those rows only: selection and scroll stay
        for record in changed:
            if record.id in self._editors:
                self._editors[record.id].show_state(record)
        if any(r.status == DocumentStatus.EXECUTED for r in changed):
            self.refresh()

    def _poll_failed(self, exc: Exception) -> None:
        self._polling = False
        self._bank_failed(exc)

    # --- documents ---------------------------------------------------------------------------

    def new_payment(self, kind: str = PAYMENT.key) -> None:
        editor = PaymentEditor(self._workplace, next_number=self.payment_list.next_number(),
                               parent=self, kind=kind)
        self._show_editor(editor)

    def open_document(self, doc_id: str) -> None:
        if doc_id in self._editors:
            self._editors[doc_id].raise_()
            self._editors[doc_id].activateWindow()
            return
        store = self._workplace.store
        run_in_background(self, lambda: store.get(doc_id), on_success=self._open_record)

    def _open_record(self, record: DocumentRecord | None) -> None:
        if record is None or record.id in self._editors:
            return
        self._show_editor(PaymentEditor(self._workplace, record, parent=self))

    def _show_editor(self, editor: PaymentEditor) -> None:
        doc_id = editor.order().id
        self._editors[doc_id] = editor
        editor.documentChanged.connect(lambda _: self.reload_documents())
        editor.documentCreated.connect(self.comforts.draft_created)  # a copy made in the editor
        editor.destroyed.connect(lambda: self._editors.pop(doc_id, None))
        editor.show()

    def editors(self) -> list[PaymentEditor]:
        return list(self._editors.values())

    def import_from_1c(self) -> QWidget:
        """The import of payment orders from a 1C file (R9.4); the payment list reloads after it."""
        from bsclient.ui.payments.import_dialog import ImportDialog  # noqa: PLC0415 - start-up: loaded when first used

        dialog = ImportDialog(self._workplace, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.imported.connect(lambda _: self.reload_documents())
        dialog.statementRead.connect(self.view_statement_file)
        dialog.show()
        return dialog

    def open_statement(self) -> None:
        """Show the statement window (R1.8), one per main window; its lines open our documents here."""
        self._statement_window_shown(load=True)

    def view_statement_file(self, statement: Statement, file_name: str) -> None:
        """A statement read from a 1C file, shown in the statement window (never imported as orders)."""
        self._statement_window_shown(load=False).show_file_statement(statement, file_name)

    def _statement_window_shown(self, *, load: bool) -> StatementWindow:
        from bsclient.ui.statements.window import StatementWindow  # noqa: PLC0415 - start-up: loaded when first used

        if self._statement_window is None:
            window = StatementWindow(self._workplace, open_document=self.open_document, parent=self)
            window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            window.destroyed.connect(lambda: setattr(self, "_statement_window", None))
            self._statement_window = window
            window.show()
            if load:
                window.load()
        else:
            self._statement_window.show()
        self._statement_window.raise_()
        self._statement_window.activateWindow()
        return self._statement_window

    def open_directories(self) -> QWidget:
        """The directories the forms use (KNP, KBe/KOd, KBK, banks, budget recipients, funds)."""
        from bsclient.ui.directories.window import DirectoryWindow  # noqa: PLC0415 - start-up: loaded when first used

        window = self.findChild(DirectoryWindow, "directoryWindow")
        if window is None:
            # Kept when closed (hidden, not deleted): opened again, it shows the same directory.
            window = DirectoryWindow(self._workplace.store.path.parent, self._workplace.api, self)
        window.show()
        window.raise_()
        window.activateWindow()
        return window

    def sign_and_send_selected(self) -> None:
        """Batch signing (R9.2): the selected drafts (and signed documents not yet sent) go to the bank."""
        self.payment_list.read_selected(self._sign_and_send)

    def _sign_and_send(self, selected: list[DocumentRecord]) -> QWidget | None:
        from bsclient.ui.payments.batch_sign_dialog import BatchSignDialog  # noqa: PLC0415 - start-up: loaded when first used

        waiting = (DocumentStatus.DRAFT, DocumentStatus.SIGNED, DocumentStatus.SENT)
        records = [r for r in selected if r.status in waiting]
        if not records:
            self.statusBar().showMessage(self.tr(
                "Select drafts in the payment list first (Ctrl or Shift and click, Ctrl+A for all), then choose Sign and send selected."))
            return None
        drafts = [r.order for r in records if r.status == DocumentStatus.DRAFT]
        if not confirm_changed_payees(self, self._workplace, drafts):
            return None
        for record in records:  # an open editor would keep typing into a document being signed
            if record.id in self._editors:
                self._editors[record.id].close()
        dialog = BatchSignDialog(self._workplace, records, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finishedBatch.connect(lambda _: self.reload_documents())
        dialog.finishedBatch.connect(lambda _: self.refresh())
        dialog.show()
        return dialog

    def statement_window(self) -> StatementWindow | None:
        return self._statement_window

    # --- leaving -----------------------------------------------------------------------------

    def sign_out(self) -> None:
        self._sign_out_chosen = True
        self.close()

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.mail.stop():
            event.ignore()  # a letter is being written and the clerk chose to keep it
            self._sign_out_chosen = False
            return
        self._signing_out = True
        self._poll_timer.stop()
        for editor in list(self._editors.values()):
            editor.close()
        if self._statement_window is not None:
            self._statement_window.close()
        super().closeEvent(event)
        self.closed.emit(self._sign_out_chosen)
