"""A kind's part of the payment editor, and what the editor lets it read and set.

The editor (editor.py) builds the fields every order has, then the section of the order's kind
(registry.py); the section adds its own fields to the editor's forms, fills them from the order,
completes the order from them (its details), and shows what the rules say about them. It reaches
the editor only through `KindEditor`, and as its Qt parent (no Python reference: a reference
cycle would keep the window alive until the collector runs, on whatever thread that is).
"""

from __future__ import annotations

from typing import Protocol, cast

from PySide6.QtCore import QObject
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from bsclient.client.documents.payment_order import Party, PaymentOrder
from bsclient.client.documents.record import DocumentStatus
from bsclient.client.models import Account
from bsclient.messages import Message
from bsclient.rules.exchange import Rates
from bsclient.rules.kinds.facts import KindFacts
from bsclient.rules.kinds.kind import DocumentKind
from bsclient.ui.widgets.field_frame import FieldFrame
from bsclient.ui.workplace import Workplace


class KindEditor(Protocol):
    """What a kind's section may read and set in the payment editor."""

    # The forms of the editor's groups, where a section adds, hides or relabels rows.
    payer_form: QFormLayout
    beneficiary_form: QFormLayout
    payment_form: QFormLayout
    # The fields every order has.
    payer_account_combo: QComboBox
    beneficiary_name_edit: QLineEdit
    beneficiary_iban_edit: QLineEdit
    beneficiary_bic_edit: QLineEdit
    beneficiary_code_edit: QLineEdit
    amount_edit: QLineEdit
    knp_edit: QLineEdit
    purpose_edit: QPlainTextEdit
    status_label: QLabel
    sign_button: QPushButton

    @property
    def workplace(self) -> Workplace: ...

    def widget(self) -> QWidget:
        """The editor as the Qt parent of the section's widgets and background work."""
        ...

    def add_line(self, name: str, path: str, *, max_length: int = 0, width: int = 0) -> QLineEdit:
        """A line edit for the field at `path`: each edit is checked and the draft kept."""
        ...

    def add_frame(self, path: str, widget: QWidget) -> FieldFrame:
        """`widget` framed with its hint and error sentence, as the field at `path`."""
        ...

    def frame(self, path: str) -> FieldFrame: ...

    def field_edited(self, path: str, *, by_clerk: bool = True) -> None:
        """The field at `path` changed as if the clerk typed: checked, and the draft kept."""
        ...

    def validate(self) -> None:
        """Check the form again (the section learnt something its rules need)."""
        ...

    def status(self) -> DocumentStatus: ...

    def is_loading(self) -> bool:
        """True while the editor fills its form from the order."""
        ...

    def was_touched(self, path: str) -> bool: ...

    def held_order(self) -> PaymentOrder:
        """The order as last stored or signed (a signed one is shown as it was signed)."""
        ...

    def set_beneficiary(self, party: Party, *, by_clerk: bool = True) -> None: ...

    def account_text(self, account: Account) -> str:
        """An account as the editor's account lists show it."""
        ...


class KindSection(QObject):
    """The section of a kind: the base adds nothing (a plain payment's section). `facts` and `rates`
    are what the kind's rules need from the directories and the bank, once read."""

    size: tuple[int, int] | None = None  # the editor's size when the kind needs more room than the plain form

    def __init__(self, kind: DocumentKind, editor: KindEditor) -> None:
        super().__init__(editor.widget())
        self.kind = kind
        self.facts: KindFacts | None = None
        self.rates: Rates | None = None

    @property
    def _editor(self) -> KindEditor:
        return cast("KindEditor", self.parent())

    def add_below(self, layout: QVBoxLayout) -> None:
        """Add the section's own group under the editor's groups, if it has one."""

    def arrange(self) -> None:
        """Once the editor laid its form out: the section's place in the Tab order."""

    def fill(self, order: PaymentOrder) -> None:
        """Show the order's details."""

    def complete(self, order: PaymentOrder) -> PaymentOrder:
        """`order` (the editor's fields) with the kind's details as the form shows them."""
        order.details = self.kind.new_details()
        return order

    def show_problems(self, problems: dict[str, Message]) -> None:
        """Show what the rules say beyond the editor's fields (the editor shows its own)."""

    def set_read_only(self, read_only: bool) -> None:
        """A signed document, or a user who may not prepare: the section's fields do not change."""

    def status_shown(self) -> None:
        """The editor showed the document's status (again)."""
