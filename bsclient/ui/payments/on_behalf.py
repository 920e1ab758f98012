"""The editor's collapsible "on behalf of" part: the actual payer and the actual beneficiary of a
tenge order (bsclient/rules/actual_parties.py), each a name, an IIN/BIN and a country of residence.
Folded while empty; unfolded when the order names one, or when the clerk opens it."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFormLayout, QGroupBox, QHBoxLayout, QLineEdit, QToolButton, QVBoxLayout, QWidget

from bsclient.client.documents.payment_order import ActualParty, PaymentOrder
from bsclient.rules.actual_parties import ROLES
from bsclient.rules.payment_order import MAX_NAME_LENGTH
from bsclient.ui.widgets.field_frame import FieldFrame

_OBJECT_NAMES = {"actual_payer": "actualPayer", "actual_beneficiary": "actualBeneficiary"}


class OnBehalfPart(QWidget):
    """`edited(path)` when the clerk changes one of its fields ("actual_payer.bin", ...)."""

    edited = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("onBehalfPart")
        self.frames: dict[str, FieldFrame] = {}
        self.edits: dict[str, QLineEdit] = {}
        self.toggle = QToolButton(self)
        self.toggle.setObjectName("onBehalfToggle")
        self.toggle.setText(self.tr("On behalf of another person: the actual payer or beneficiary"))
        self.toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toggle.setCheckable(True)
        self.toggle.setAutoRaise(True)
        self.toggle.toggled.connect(self._unfold)
        self.body = QWidget(self)
        row = QHBoxLayout(self.body)
        row.setContentsMargins(0, 0, 0, 0)
        titles = {"actual_payer": self.tr("Actual payer (if not your company)"),
                  "actual_beneficiary": self.tr("Actual beneficiary (if not the beneficiary)")}
        for role in ROLES:
            box = QGroupBox(titles[role], self.body)
            form = QFormLayout(box)
            form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
            form.addRow(self.tr("Name:"), self._line(role, "name", "Name", MAX_NAME_LENGTH, 0))
            form.addRow(self.tr("IIN/BIN:"), self._line(role, "bin", "Bin", 12, 160))
            form.addRow(self.tr("Country:"), self._line(role, "country", "Country", 2, 60))
            self.frames[f"{role}.country"].set_hint(self.tr("For a non-resident: 2 letters, e.g. RU; empty for Kazakhstan"))
            row.addWidget(box)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.toggle, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.body)
        self._unfold(False)

    def _line(self, role: str, field: str, suffix: str, max_length: int, width: int) -> FieldFrame:
        edit = QLineEdit(self.body)
        edit.setObjectName(f"{_OBJECT_NAMES[role]}{suffix}Edit")
        edit.setMaxLength(max_length)
        if width:
            edit.setMaximumWidth(width)
        path = f"{role}.{field}"
        edit.textEdited.connect(lambda _: self.edited.emit(path))
        self.edits[path] = edit
        frame = self.frames[path] = FieldFrame(edit, f"{_OBJECT_NAMES[role]}{suffix}Error", self.body)
        return frame

    def _unfold(self, unfolded: bool) -> None:
        self.toggle.setArrowType(Qt.ArrowType.DownArrow if unfolded else Qt.ArrowType.RightArrow)
        self.body.setVisible(unfolded)

    def unfold(self) -> None:
        self.toggle.setChecked(True)

    def fill(self, order: PaymentOrder) -> None:
        for role, party in zip(ROLES, (order.actual_payer, order.actual_beneficiary), strict=True):
            for field in ("name", "bin", "country"):
                self.edits[f"{role}.{field}"].setText(getattr(party, field))
        if not (order.actual_payer.is_empty() and order.actual_beneficiary.is_empty()):
            self.unfold()

    def parties(self) -> tuple[ActualParty, ActualParty]:
        """The actual payer and the actual beneficiary as typed."""
        payer, beneficiary = (ActualParty(name=self.edits[f"{role}.name"].text(),
                                          bin=self.edits[f"{role}.bin"].text().strip(),
                                          country=self.edits[f"{role}.country"].text().strip().upper())
                              for role in ROLES)
        return payer, beneficiary

    def tab_chain(self) -> list[QWidget]:
        return [self.toggle, *self.edits.values()]
