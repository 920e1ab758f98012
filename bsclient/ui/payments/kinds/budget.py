"""What the editor adds for a payment to the budget: the KBK field with the directory's name of
the code under it (and the KNPs it is paid with), the tax authority prefilled when the directory
has only one. Rules: bsclient/rules/kinds/budget.py."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from bsclient.client.documents.payment_order import Party, PaymentOrder
from bsclient.rules.kinds.budget import KBK_LENGTH, BudgetDetails
from bsclient.rules.kinds.kind import DocumentKind, details_of
from bsclient.ui.directories.window import UNSURE_COLOUR
from bsclient.ui.payments.kinds.directory_section import Directories, DirectorySection
from bsclient.ui.payments.kinds.section import KindEditor


class BudgetSection(DirectorySection):
    def __init__(self, kind: DocumentKind, editor: KindEditor) -> None:
        super().__init__(kind, editor)
        self.kbk_edit = editor.add_line("kbkEdit", "kbk", max_length=KBK_LENGTH, width=100)
        editor.payment_form.insertRow(1, self.tr("K&BK:"), editor.add_frame("kbk", self.kbk_edit))
        self.kbk_edit.textChanged.connect(lambda _: self._show_kbk_name())
        self._frame_hint = self.tr("Budget classification code, e.g. 101201 for individual income tax")
        frame = editor.frame("kbk")
        frame.set_hint(self._frame_hint)
        frame.hint_label.setObjectName("kbkNameLabel")
        self.read_directories()

    def arrange(self) -> None:
        editor = self._editor  # Tab: amount, KBK, KNP, as the form reads
        QWidget.setTabOrder(editor.amount_edit, self.kbk_edit)
        QWidget.setTabOrder(self.kbk_edit, editor.knp_edit)

    def fill(self, order: PaymentOrder) -> None:
        self.kbk_edit.setText(details_of(order, BudgetDetails).kbk)

    def complete(self, order: PaymentOrder) -> PaymentOrder:
        order.details = BudgetDetails(kbk=self.kbk_edit.text().strip())
        return order

    def prefill(self, directories: Directories) -> tuple[Party | None, str]:
        """The tax authority, when the directory has only one."""
        if len(directories.recipients) == 1:
            r = directories.recipients[0]
            return Party(name=r.name, bin=r.bin, iban=r.iik, bic=r.bic, code=r.kbe), ""
        return None, ""

    def directories_read(self) -> None:
        self._show_kbk_name()

    def _show_kbk_name(self) -> None:
        frame = self._editor.frame("kbk")
        code = self.kbk_edit.text().strip()
        name = self.facts.kbk_names.get(code) if self.facts is not None else None
        frame.set_hint(name or self._frame_hint)
        frame.hint_label.setStyleSheet("")
        if name and self.facts is not None and self.facts.kbk.get(code):
            frame.set_hint(self.tr("{name} (KNP {knp})").format(name=name, knp=", ".join(sorted(self.facts.kbk[code]))))
        if code and len(code) == KBK_LENGTH and name is None and self.facts is not None:
            frame.hint_label.setStyleSheet(f"color: {UNSURE_COLOUR};")
