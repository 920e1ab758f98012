"""What the editor adds for a pension, social or salary order: the registry of employees under the
form, with its running total against the order's amount; a salary registry imported from CSV fills
an empty amount with its total; contributions start with the fund's details from the directory.
Rules: bsclient/rules/kinds/contributions.py, salary.py, registry_lines.py."""

from __future__ import annotations

from PySide6.QtWidgets import QGroupBox, QVBoxLayout, QWidget

from bsclient.client.documents.payment_order import Party, PaymentOrder
from bsclient.formatting import as_typed
from bsclient.messages import Message
from bsclient.rules.kinds.kind import DocumentKind, details_of
from bsclient.rules.kinds.registry_lines import RegistryDetails
from bsclient.ui.payments.kinds.directory_section import Directories, DirectorySection
from bsclient.ui.payments.kinds.registry_table import RegistryTable
from bsclient.ui.payments.kinds.section import KindEditor


class RegistrySection(DirectorySection):
    size = (1000, 980)  # room for the registry's lines
    csv_import = False  # the registry may be imported from a CSV file

    def __init__(self, kind: DocumentKind, editor: KindEditor) -> None:
        super().__init__(kind, editor)
        self._carried = ""  # the amount last carried from the registry's total
        self.registry = RegistryTable(kind.registry_columns, editor.widget(), csv_import=self.csv_import)
        self.registry.changed.connect(self._registry_changed)
        self.registry.imported.connect(self._imported)
        editor.amount_edit.textChanged.connect(lambda _: self._show_total())
        self.registry_box = QGroupBox(self.tr("Registry of employees"), editor.widget())
        self.registry_box.setObjectName("registryBox")
        QVBoxLayout(self.registry_box).addWidget(editor.add_frame("registry", self.registry))
        self.read_directories()

    def add_below(self, layout: QVBoxLayout) -> None:
        layout.addWidget(self.registry_box, 1)

    def arrange(self) -> None:
        editor, registry = self._editor, self.registry  # Tab: purpose, the registry and its buttons, then Sign
        QWidget.setTabOrder(editor.purpose_edit, registry.table)
        QWidget.setTabOrder(registry.table, registry.add_button)
        QWidget.setTabOrder(registry.add_button, registry.remove_button)
        QWidget.setTabOrder(registry.remove_button, registry.import_button)
        QWidget.setTabOrder(registry.import_button, editor.sign_button)

    def fill(self, order: PaymentOrder) -> None:
        self.registry.set_lines(details_of(order, RegistryDetails).lines)
        self._show_total()

    def complete(self, order: PaymentOrder) -> PaymentOrder:
        order.details = RegistryDetails(self.registry.lines())
        return order

    def show_problems(self, problems: dict[str, Message]) -> None:
        self.registry.show_problems(problems, show_all=self._editor.was_touched("registry"))

    def set_read_only(self, read_only: bool) -> None:
        self.registry.set_read_only(read_only)
        self.registry.setEnabled(True)  # the editor disables widgets it does not know; a registry stays readable

    def prefill(self, directories: Directories) -> tuple[Party | None, str]:
        """The fund's details and usual KNP, when the funds directory has a fund of this kind's name."""
        fund = next((f for f in directories.funds if f.code == self.kind.key), None)
        if fund is None:
            return None, ""
        return Party(name=fund.beneficiary, bin=fund.bin, iban=fund.iik, bic=fund.bic, code=fund.kbe), fund.knp

    def _registry_changed(self) -> None:
        self._carry_total()
        self._show_total()
        self._editor.field_edited("registry")

    def _imported(self, count: int) -> None:
        self._carry_total()

    def _carry_total(self) -> None:
        """The registry's total becomes the order's amount while the clerk has not typed one of her own:
        the amount is empty, or still the total carried before (lines typed by hand or imported)."""
        total = self.registry.total()
        editor = self._editor
        if editor.is_loading() or total is None:
            return
        shown = editor.amount_edit.text().strip()
        if shown and shown != self._carried:
            return
        self._carried = as_typed(total)
        if shown != self._carried:
            editor.amount_edit.setText(self._carried)
            editor.field_edited("amount")

    def _show_total(self) -> None:
        self.registry.show_total(self._editor.amount_edit.text())


# The KNP the directory names "Salary" (its meaning unconfirmed, see docs/kazakh-facts.md).
SALARY_KNP = "311"


class SalarySection(RegistrySection):
    """A salary registry: its lines often come from the accounting system's CSV file; a new order
    starts with the salary KNP (and the editor pays it from the salary account)."""

    csv_import = True

    def prefill(self, directories: Directories) -> tuple[Party | None, str]:
        return None, SALARY_KNP
