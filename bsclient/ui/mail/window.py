"""The bank mail window (R1.9): inbox and sent letters, unread in bold, a reading pane, attachments saved."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QDateTime,
    QModelIndex,
    QPersistentModelIndex,
    QStandardPaths,
    Qt,
    Signal,
)
from PySide6.QtGui import QAction, QCloseEvent, QFont, QIcon, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from bsclient.client.mail import (
    Attachment,
    Letter,
    Mailbox,
    fetch_letter,
    fetch_mailbox,
    mark_read,
    safe_file_name,
    save_attachment,
)
from bsclient.formatting import minute
from bsclient.messages import QT_TRANSLATE_NOOP
from bsclient.ui.background import run_in_background
from bsclient.ui.mail.compose import MailCompose
from bsclient.ui.mail.data_sizes import data_size_text
from bsclient.ui.widgets.error_dialog import error_text
from bsclient.ui.widgets.help_button import add_help
from bsclient.ui.widgets.mnemonics import unique_mnemonics
from bsclient.ui.widgets.screen_fit import fit_to_screen
from bsclient.ui.workplace import Workplace

AnyIndex = QModelIndex | QPersistentModelIndex
LETTER_ROLE = Qt.ItemDataRole.UserRole + 1
ATTACHMENT_ROLE = Qt.ItemDataRole.UserRole + 2

CORRESPONDENT, SUBJECT, DATE, FILES = range(4)
_HEADERS = (QT_TRANSLATE_NOOP("Mail", "From"), QT_TRANSLATE_NOOP("Mail", "Subject"),
            QT_TRANSLATE_NOOP("Mail", "Date"), QT_TRANSLATE_NOOP("Mail", "Files"))
_SENT_HEADERS = (QT_TRANSLATE_NOOP("Mail", "Signed by"), *_HEADERS[1:])


def _tr(text: str) -> str:
    return QCoreApplication.translate("Mail", text)


def local_time_text(letter: Letter) -> str:
    return minute(letter.sent_at)


class LetterListModel(QAbstractTableModel):
    """One row per letter, newest first; unread letters in bold."""

    def __init__(self, *, sent: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._sent = sent
        self._letters: list[Letter] = []

    def set_letters(self, letters: list[Letter]) -> None:
        self.beginResetModel()
        self._letters = list(letters)
        self.endResetModel()

    def letters(self) -> list[Letter]:
        return list(self._letters)

    def replace_letter(self, letter: Letter) -> None:
        for row, old in enumerate(self._letters):
            if old.id == letter.id:
                self._letters[row] = letter
                self.dataChanged.emit(self.index(row, 0), self.index(row, len(_HEADERS) - 1))
                return

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._letters)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(_HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return _tr((_SENT_HEADERS if self._sent else _HEADERS)[section])
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        letter = self._letters[index.row()]
        column = index.column()
        if role == LETTER_ROLE:
            return letter
        if role == Qt.ItemDataRole.DisplayRole:
            return _display_text(letter, column)
        if role == Qt.ItemDataRole.FontRole and not letter.read:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and letter.kind == "document_rejected" and column == SUBJECT:
            return Qt.GlobalColor.darkRed
        if role == Qt.ItemDataRole.ToolTipRole and column == FILES and letter.attachments:
            return "\n".join(a.name for a in letter.attachments)
        if role == Qt.ItemDataRole.AccessibleDescriptionRole and not letter.read:
            return _tr("unread")
        if role == Qt.ItemDataRole.TextAlignmentRole and column == FILES:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None


class ReadingPane(QWidget):
    """The selected letter: subject, who and when, the bank's notice, the text and the attachments."""

    saveRequested = Signal(object)  # Attachment

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("readingPane")
        self.subject_label = QLabel(self)
        self.subject_label.setObjectName("letterSubjectLabel")
        self.subject_label.setWordWrap(True)
        self.subject_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        big = QFont(self.subject_label.font())
        big.setPointSizeF(big.pointSizeF() * 1.25)
        big.setBold(True)
        self.subject_label.setFont(big)
        self.meta_label = QLabel(self)
        self.meta_label.setObjectName("letterMetaLabel")
        self.meta_label.setStyleSheet("color: #555;")
        self.notice_label = QLabel(self)
        self.notice_label.setObjectName("letterNoticeLabel")
        self.notice_label.setWordWrap(True)
        self.notice_label.setStyleSheet(
            "background: #fdecea; color: #8c1d18; border: 1px solid #f3b8b3; border-radius: 4px; padding: 6px;")
        self.notice_label.hide()
        self.text_view = QPlainTextEdit(self)
        self.text_view.setObjectName("letterTextView")
        self.text_view.setAccessibleName(self.tr("The letter's text"))
        self.text_view.setReadOnly(True)
        self.attachments_label = QLabel(self.tr("Attachments:"), self)
        self.attachment_list = QListWidget(self)
        self.attachment_list.setObjectName("attachmentList")
        self.attachment_list.setMaximumHeight(96)
        self.attachment_list.itemActivated.connect(lambda item: self.saveRequested.emit(item.data(ATTACHMENT_ROLE)))
        self.attachment_list.currentItemChanged.connect(lambda *_: self._update_save_button())
        self.save_button = QPushButton(QIcon.fromTheme("document-save-as"), self.tr("&Save attachment…"), self)
        self.save_button.setObjectName("saveAttachmentButton")
        self.save_button.clicked.connect(self._save_current)

        files = QHBoxLayout()
        files.addWidget(self.attachment_list, 1)
        files.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 0, 6, 0)
        layout.addWidget(self.subject_label)
        layout.addWidget(self.meta_label)
        layout.addWidget(self.notice_label)
        layout.addWidget(self.text_view, 1)
        layout.addWidget(self.attachments_label)
        layout.addLayout(files)
        self.show_letter(None)

    def show_letter(self, letter: Letter | None) -> None:
        self.attachment_list.clear()
        if letter is None:
            self.subject_label.setText(self.tr("No letter selected"))
            self.meta_label.clear()
            self.notice_label.hide()
            self.text_view.setPlainText("")
            self.attachments_label.hide()
            self.attachment_list.hide()
            self.save_button.hide()
            return
        self.subject_label.setText(letter.subject)
        if letter.incoming:
            meta = self.tr("From {sender}, {time}")
        else:
            meta = self.tr("To the bank, signed by {sender}, {time}")
        self.meta_label.setText(meta.format(sender=letter.sender, time=local_time_text(letter)))
        if letter.notice is not None:
            self.notice_label.setText(self.tr("The bank rejected payment order No. {number}: {reason}").format(
                number=letter.notice.number, reason=letter.notice.reason.render(QCoreApplication.translate)))
            self.notice_label.show()
        else:
            self.notice_label.hide()
        self.text_view.setPlainText(letter.text if letter.text is not None else self.tr("Loading the letter…"))
        for attachment in letter.attachments:
            item = QListWidgetItem(QIcon.fromTheme("mail-attachment"), self.tr("{name} — {size}").format(
                name=attachment.name, size=data_size_text(attachment.size)), self.attachment_list)
            item.setData(ATTACHMENT_ROLE, attachment)
        shown = bool(letter.attachments)
        self.attachments_label.setVisible(shown)
        self.attachment_list.setVisible(shown)
        self.save_button.setVisible(shown)
        if shown:
            self.attachment_list.setCurrentRow(0)
        self._update_save_button()

    def _update_save_button(self) -> None:
        self.save_button.setEnabled(self.attachment_list.currentItem() is not None)

    def _save_current(self) -> None:
        item = self.attachment_list.currentItem()
        if item is not None:
            self.saveRequested.emit(item.data(ATTACHMENT_ROLE))


def _display_text(letter: Letter, column: int) -> str | None:
    if column == CORRESPONDENT:
        return letter.sender
    if column == SUBJECT:
        return letter.subject
    if column == DATE:
        return local_time_text(letter)
    if column == FILES:
        return str(len(letter.attachments)) if letter.attachments else ""
    return None


class MailWindow(QMainWindow):
    """Emits `unreadChanged(count)` whenever it learns the bank's number of unread letters."""

    unreadChanged = Signal(int)

    def __init__(self, workplace: Workplace, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("mailWindow")
        self.setWindowTitle(self.tr("Bank mail — {company}").format(company=workplace.user.company_name))
        self._workplace = workplace
        self._current: Letter | None = None
        self._composers: list[QWidget] = []
        self._loading = False

        self.new_letter_action = QAction(QIcon.fromTheme("mail-message-new"), self.tr("&New letter"), self)
        self.new_letter_action.setObjectName("newLetterAction")
        self.new_letter_action.setShortcut(QKeySequence.StandardKey.New)
        self.new_letter_action.triggered.connect(self._new_letter)
        self.reply_action = QAction(QIcon.fromTheme("mail-reply-sender"), self.tr("&Reply"), self)
        self.reply_action.setObjectName("replyAction")
        self.reply_action.triggered.connect(self.reply)
        self.reply_action.setEnabled(False)
        self.refresh_action = QAction(QIcon.fromTheme("view-refresh"), self.tr("&Refresh"), self)
        self.refresh_action.setObjectName("mailRefreshAction")
        self.refresh_action.setShortcut(QKeySequence.StandardKey.Refresh)
        self.refresh_action.triggered.connect(self.reload)
        toolbar = self.addToolBar(self.tr("Mail"))
        toolbar.setObjectName("mailToolBar")
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        for action in (self.new_letter_action, self.reply_action, self.refresh_action):
            toolbar.addAction(action)
        add_help(self, "mail", toolbar)

        self.inbox_model = LetterListModel(sent=False, parent=self)
        self.sent_model = LetterListModel(sent=True, parent=self)
        self.inbox_view = self._letter_table(self.inbox_model, "inboxTable")
        self.sent_view = self._letter_table(self.sent_model, "sentTable")
        self.folders = QTabWidget(self)
        self.folders.setObjectName("mailFolders")
        self.folders.addTab(self.inbox_view, self.tr("Inbox"))
        self.folders.addTab(self.sent_view, self.tr("Sent"))
        self.folders.currentChanged.connect(lambda _: self._selection_changed())
        self.reading_pane = ReadingPane(self)
        self.reading_pane.saveRequested.connect(self.save_attachment)

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.folders)
        splitter.addWidget(self.reading_pane)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([560, 440])
        self.setCentralWidget(splitter)
        fit_to_screen(self, 1040, 620)
        unique_mnemonics(self)
        self.reload()

    def _letter_table(self, model: LetterListModel, name: str) -> QTableView:
        table = QTableView(self)
        table.setObjectName(name)
        table.setModel(model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setWordWrap(False)
        table.verticalHeader().hide()
        table.setShowGrid(False)
        header = table.horizontalHeader()
        header.setSectionResizeMode(CORRESPONDENT, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(CORRESPONDENT, 170)
        header.setSectionResizeMode(SUBJECT, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(DATE, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(FILES, QHeaderView.ResizeMode.ResizeToContents)
        table.selectionModel().selectionChanged.connect(lambda *_: self._selection_changed())
        return table

    # --- loading -----------------------------------------------------------------------------

    def reload(self) -> None:
        """Ask the bank for the letters (in the background)."""
        if self._loading:
            return
        self._loading = True
        self.statusBar().showMessage(self.tr("Asking the bank for the letters…"))
        api = self._workplace.api
        run_in_background(self, lambda: fetch_mailbox(api), on_success=self._loaded, on_failure=self._failed)

    def _loaded(self, mailbox: Mailbox) -> None:
        self._loading = False
        selected = self._current.id if self._current else None
        self.inbox_model.set_letters(mailbox.inbox)
        self.sent_model.set_letters(mailbox.sent)
        self._set_unread(mailbox.unread)
        self.statusBar().showMessage(self.tr("Letters updated at {time}").format(
            time=QDateTime.currentDateTime().toString("HH:mm:ss")))
        if selected is not None:
            self.select_letter(selected)

    def _failed(self, exc: Exception) -> None:
        self._loading = False
        self._show_failure(exc)

    def _show_failure(self, exc: Exception) -> None:
        self.statusBar().showMessage(error_text(exc))

    def _set_unread(self, unread: int) -> None:
        self.folders.setTabText(0, self.tr("Inbox ({count})").format(count=unread) if unread else self.tr("Inbox"))
        self.unreadChanged.emit(unread)

    # --- reading -----------------------------------------------------------------------------

    def current_view(self) -> QTableView:
        return self.sent_view if self.folders.currentIndex() == 1 else self.inbox_view

    def select_letter(self, letter_id: str) -> bool:
        for folder, view in enumerate((self.inbox_view, self.sent_view)):
            model = view.model()
            for row in range(model.rowCount()):
                if model.index(row, 0).data(LETTER_ROLE).id == letter_id:
                    self.folders.setCurrentIndex(folder)
                    view.selectRow(row)
                    return True
        return False

    def _selection_changed(self) -> None:
        rows = self.current_view().selectionModel().selectedRows()
        letter: Letter | None = rows[0].data(LETTER_ROLE) if rows else None
        if letter is not None and self._current is not None and letter.id == self._current.id \
                and self._current.text is not None:
            return  # the same letter, already read in full
        self._current = letter
        self.reply_action.setEnabled(letter is not None and letter.incoming)
        self.reading_pane.show_letter(letter)
        if letter is None:
            return
        api = self._workplace.api
        run_in_background(self, lambda: fetch_letter(api, letter.id), on_success=self._letter_loaded,
                          on_failure=self._show_failure)
        if letter.incoming and not letter.read:
            run_in_background(self, lambda: mark_read(api, letter.id),
                              on_success=lambda unread: self._marked_read(letter.id, unread),
                              on_failure=self._show_failure)

    def _letter_loaded(self, letter: Letter) -> None:
        if self._current is not None and self._current.id == letter.id:
            if self._current.read and not letter.read:  # marked read meanwhile
                letter = _as_read(letter)
            self._current = letter
            self.reading_pane.show_letter(letter)

    def _marked_read(self, letter_id: str, unread: int) -> None:
        for model in (self.inbox_model, self.sent_model):
            for letter in model.letters():
                if letter.id == letter_id:
                    model.replace_letter(_as_read(letter))
        if self._current is not None and self._current.id == letter_id:
            self._current = _as_read(self._current)
        self._set_unread(unread)

    # --- attachments -------------------------------------------------------------------------

    def ask_save_path(self, attachment: Attachment) -> Path | None:
        """Where the clerk wants the file; None when the dialog was cancelled."""
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DownloadLocation) \
            or QStandardPaths.writableLocation(QStandardPaths.StandardLocation.HomeLocation)
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save attachment"), str(Path(folder) / safe_file_name(attachment.name)))
        return Path(path) if path else None

    def save_attachment(self, attachment: Attachment) -> None:
        letter = self._current
        if letter is None or attachment is None:
            return
        path = self.ask_save_path(attachment)
        if path is None:
            return
        api = self._workplace.api
        self.statusBar().showMessage(self.tr("Saving {name}…").format(name=attachment.name))
        run_in_background(self, lambda: save_attachment(api, letter.id, attachment, path),
                          on_success=lambda saved: self.statusBar().showMessage(
                              self.tr("Saved {name} as {path}").format(name=attachment.name, path=str(saved))),
                          on_failure=self._failed)

    # --- writing -----------------------------------------------------------------------------

    def compose(self, *, subject: str = "") -> QWidget:
        composer = MailCompose(self._workplace, subject=subject, parent=self)
        composer.sent.connect(lambda _: self.reload())
        composer.destroyed.connect(lambda: self._composers.remove(composer) if composer in self._composers else None)
        self._composers.append(composer)
        composer.show()
        return composer

    def _new_letter(self) -> None:
        self.compose()

    def reply(self) -> None:
        if self._current is not None:
            subject = self._current.subject
            self.compose(subject=subject if subject.startswith("Re: ") else f"Re: {subject}")

    def closeEvent(self, event: QCloseEvent) -> None:
        for composer in list(self._composers):
            composer.close()
        if any(c.isVisible() for c in self._composers):
            event.ignore()  # a letter is being written and the clerk kept it
            return
        super().closeEvent(event)


def _as_read(letter: Letter) -> Letter:
    return replace(letter, read=True)
