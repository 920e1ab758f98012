"""What the editor adds for a payment to the budget: the KBK field offering every code of the KBK
directory with its name in the clerk's language, the tax authority picked by region or BIN from the
budget recipients directory, and warnings (never refusals) for what the directories cannot confirm: a
KBK or tax authority a list that is not complete does not hold, a KNP the KBK is not paid with.
Rules: bsclient/rules/kinds/budget.py."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QComboBox, QCompleter, QWidget

from bsclient.client.directories import BudgetRecipient, in_language
from bsclient.client.documents.payment_order import Party, PaymentOrder
from bsclient.messages import Message
from bsclient.rules.kinds.budget import KBK_LENGTH, BudgetDetails, budget_warnings
from bsclient.rules.kinds.kind import DocumentKind, details_of
from bsclient.ui.directories.window import UNSURE_COLOUR, status_text
from bsclient.ui.language import clerk_language
from bsclient.ui.payments.kinds.directory_section import Directories, DirectorySection
from bsclient.ui.payments.kinds.section import KindEditor
from bsclient.ui.payments.knp_hint import directory_completer


def recipient_label(recipient: BudgetRecipient, language: str) -> str:
    """A tax authority as the picker lists it: region, name and BIN in the clerk's language."""
    parts = [in_language(recipient.regions, language), in_language(recipient.names, language) or recipient.name]
    return " — ".join(part for part in parts if part) + f" ({recipient.bin})"


class BudgetSection(DirectorySection):
    def __init__(self, kind: DocumentKind, editor: KindEditor) -> None:
        super().__init__(kind, editor)
        self.recipients: list[BudgetRecipient] = []
        self.kbk_directory_names: dict[str, str] = {}
        self.kbk_edit = editor.add_line("kbkEdit", "kbk", max_length=KBK_LENGTH, width=100)
        editor.payment_form.insertRow(1, self.tr("K&BK:"), editor.add_frame("kbk", self.kbk_edit))
        self.kbk_edit.textChanged.connect(lambda _: self._show_kbk_name())
        self._frame_hint = self.tr("Budget classification code, e.g. 101201 for individual income tax")
        frame = editor.frame("kbk")
        frame.set_hint(self._frame_hint)
        frame.hint_label.setObjectName("kbkNameLabel")
        self.authority_combo = self._authority_picker(editor)
        editor.beneficiary_form.insertRow(0, self.tr("&Tax authority:"), editor.add_frame("taxAuthority", self.authority_combo))
        self.read_directories()

    def _authority_picker(self, editor: KindEditor) -> QComboBox:
        """An editable list: typing part of a region, a name or a BIN narrows it; choosing fills the beneficiary."""
        combo = QComboBox(editor.widget())
        combo.setObjectName("taxAuthorityCombo")
        combo.setEditable(True)
        combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        combo.setMinimumContentsLength(40)
        line = combo.lineEdit()
        if line is not None:  # an editable combo has its line
            line.setPlaceholderText(self.tr("Type a region, a name or a BIN"))
        completer = QCompleter(combo.model(), combo)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        combo.setCompleter(completer)
        combo.activated.connect(self._authority_chosen)
        return combo

    def arrange(self) -> None:
        editor = self._editor  # Tab: amount, KBK, KNP, as the form reads
        QWidget.setTabOrder(editor.amount_edit, self.kbk_edit)
        QWidget.setTabOrder(self.kbk_edit, editor.knp_edit)

    def fill(self, order: PaymentOrder) -> None:
        self.kbk_edit.setText(details_of(order, BudgetDetails).kbk)
        self._show_authority(order.beneficiary.bin)

    def complete(self, order: PaymentOrder) -> PaymentOrder:
        order.details = BudgetDetails(kbk=self.kbk_edit.text().strip())
        return order

    def set_read_only(self, read_only: bool) -> None:
        self.authority_combo.setEnabled(not read_only)

    def prefill(self, directories: Directories) -> tuple[Party | None, str]:
        """The tax authority, when the directory has only one."""
        if len(directories.recipients) == 1:
            return self._party(directories.recipients[0]), ""
        return None, ""

    def directories_read(self) -> None:
        directories = self.directories
        self.recipients = directories.recipients if directories is not None else []
        language = clerk_language()
        self.authority_combo.clear()
        for recipient in self.recipients:
            label = recipient_label(recipient, language)
            if recipient.status not in ("confirmed", "seen"):
                label = self.tr("{name} ({status})").format(name=label, status=status_text(recipient.status))
            self.authority_combo.addItem(label, recipient.bin)
        view = self.authority_combo.view()
        view.setTextElideMode(Qt.TextElideMode.ElideNone)
        view.setMinimumWidth(view.sizeHintForColumn(0) + 24)  # the list shows whole names, wider than the field
        if directories is not None and directories.kbk is not None:
            self.kbk_directory_names = {e.code: e.name_in(language) for e in directories.kbk.entries}
            self.kbk_edit.setCompleter(directory_completer(directories.kbk, self.kbk_edit))
        self._show_authority(self._editor.held_order().beneficiary.bin)
        self._show_kbk_name()

    def show_problems(self, problems: dict[str, Message]) -> None:
        self._show_kbk_name()
        self._show_authority(self._editor.beneficiary_bin_edit.text().strip())

    def _party(self, recipient: BudgetRecipient) -> Party:
        # The name the rules require on the order: the authority's official name, not the clerk's-language label.
        return Party(name=recipient.name, bin=recipient.bin, iban=recipient.iik, bic=recipient.bic, code=recipient.kbe)

    def _authority_chosen(self, index: int) -> None:
        bin_ = self.authority_combo.itemData(index)
        recipient = next((r for r in self.recipients if r.bin == bin_), None)
        if recipient is not None:
            self._editor.set_beneficiary(self._party(recipient))

    def _show_authority(self, bin_: str) -> None:
        index = self.authority_combo.findData(bin_) if bin_ else -1
        if index != self.authority_combo.currentIndex() or index < 0:
            self.authority_combo.setCurrentIndex(index)
            if index < 0:
                self.authority_combo.setEditText("")
            line = self.authority_combo.lineEdit()
            if line is not None:
                line.setCursorPosition(0)  # a long label reads from its region, not from its end
        frame = self._editor.frame("taxAuthority")
        warning = self._warnings().get("beneficiary.bin")
        frame.set_hint(warning.render(QCoreApplication.translate) if warning is not None else "")
        frame.hint_label.setStyleSheet(f"color: {UNSURE_COLOUR};" if warning is not None else "")

    def _warnings(self) -> dict[str, Message]:
        if self.facts is None:
            return {}
        editor = self._editor
        return dict(budget_warnings(self.kbk_edit.text().strip(), editor.knp_edit.text().strip(),
                                    editor.beneficiary_bin_edit.text().strip(), self.facts))

    def _show_kbk_name(self) -> None:
        frame = self._editor.frame("kbk")
        code = self.kbk_edit.text().strip()
        name = self.kbk_directory_names.get(code)
        text = name or self._frame_hint
        if name and self.facts is not None and self.facts.kbk.get(code):
            text = self.tr("{name} (KNP {knp})").format(name=name, knp=", ".join(sorted(self.facts.kbk[code])))
        warnings = self._warnings()
        shown = [warnings[path].render(QCoreApplication.translate) for path in ("kbk", "knp") if path in warnings]
        frame.set_hint("\n".join([text, *shown]) if name else "\n".join(shown) or text)
        frame.hint_label.setStyleSheet(f"color: {UNSURE_COLOUR};" if shown else "")
