"""A small read-only panel of a document's signatures: who signed, with which right, when, and
what the document still needs (R3.1-R3.3)."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QGroupBox, QLabel, QVBoxLayout, QWidget

from bsclient.client.documents.cosigning import DocumentSignatures, SignatureEntry, fetch_signatures, local_signatures
from bsclient.client.documents.record import BANK_STATUSES, DocumentRecord, DocumentStatus
from bsclient.formatting import minute
from bsclient.messages import QT_TRANSLATE_NOOP
from bsclient.ui.background import run_in_background
from bsclient.ui.workplace import Workplace

_RIGHTS = {
    "single": QT_TRANSLATE_NOOP("SignaturesPanel", "Single signature"),
    "first": QT_TRANSLATE_NOOP("SignaturesPanel", "First signature"),
    "second": QT_TRANSLATE_NOOP("SignaturesPanel", "Second signature"),
    "": QT_TRANSLATE_NOOP("SignaturesPanel", "Signature"),
}
NEEDS_COLOUR = "#8a5a00"
COMPLETE_COLOUR = "#1d7a32"


def signed_at_text(when: datetime | None) -> str:
    """The signing time in the computer's local time, as dates are written here."""
    return minute(when) if when is not None else "—"


def _tr(text: str) -> str:
    return QCoreApplication.translate("SignaturesPanel", text)


class SignaturesPanel(QGroupBox):
    """Shows the local copy's signatures at once, then the bank's word once it answers."""

    def __init__(self, workplace: Workplace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("signaturesPanel")
        self.setTitle(self.tr("Signatures"))
        self._workplace = workplace
        self._doc_id: str | None = None
        self._bank_shown_for: str | None = None
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(8, 4, 8, 6)
        self._layout.setSpacing(2)
        self._lines: list[QLabel] = []
        self.needs_label = QLabel(self)
        self.needs_label.setObjectName("signaturesNeedsLabel")
        self.needs_label.setWordWrap(True)
        self._layout.addWidget(self.needs_label)
        self.hide()

    def show_record(self, record: DocumentRecord | None) -> None:
        """The document's signatures; a draft has none, so the panel stays hidden."""
        if record is None or record.status == DocumentStatus.DRAFT:
            self._doc_id = None
            self.hide()
            return
        if record.id != self._bank_shown_for:  # the bank's fuller word is not replaced by the local copy's
            self._doc_id = record.id
            self.show_signatures(self._local(record))
        if record.status in BANK_STATUSES:  # the bank knows every signature and each signer's right
            api, doc_id = self._workplace.api, record.id
            run_in_background(self, lambda: fetch_signatures(api, doc_id), on_success=self._from_bank,
                              on_failure=lambda _exc: None)  # the local copy stays shown

    def _local(self, record: DocumentRecord) -> DocumentSignatures:
        local = local_signatures(record)
        if (record.status in (DocumentStatus.SIGNED, DocumentStatus.SENT) and len(local.signatures) == 1
                and self._workplace.user.sign_right == "first"):
            local = replace(local, needs="second")  # the bank will keep it for the second signer
        if local.needs == "second" and len(local.signatures) == 1:  # one signature awaiting its second: a first
            local = replace(local, signatures=[replace(local.signatures[0], right="first")])
        if len(local.signatures) == 2:  # two signatures are only ever a first and a second (R3.5)
            local = replace(local, signatures=[replace(s, right=right)
                                               for s, right in zip(local.signatures, ("first", "second"), strict=True)])
        return local

    def _from_bank(self, signatures: DocumentSignatures) -> None:
        if signatures.doc_id == self._doc_id:
            self._bank_shown_for = signatures.doc_id
            self.show_signatures(signatures)

    def show_signatures(self, signatures: DocumentSignatures) -> None:
        # Labels are reused, not replaced: a replaced label lingers until the event loop deletes it.
        while len(self._lines) < len(signatures.signatures):
            line = QLabel(self)
            line.setObjectName(f"signatureLine{len(self._lines) + 1}")
            self._layout.insertWidget(len(self._lines), line)
            self._lines.append(line)
        for index, line in enumerate(self._lines):
            shown = index < len(signatures.signatures)
            line.setText(self._line_text(signatures.signatures[index]) if shown else "")
            line.setVisible(shown)
        if signatures.needs == "second":
            text, colour = self.tr("Needs the second signature: a user with the second signature right signs it "
                                   "under Awaiting my signature."), NEEDS_COLOUR
        elif signatures.complete:
            text, colour = self.tr("Complete: the document has all the signatures it needs"), COMPLETE_COLOUR
        else:
            text, colour = self.tr("Not signed yet"), NEEDS_COLOUR
        self.needs_label.setText(text)
        self.needs_label.setStyleSheet(f"color: {colour}; font-weight: bold;")
        self.show()

    def _line_text(self, entry: SignatureEntry) -> str:
        return self.tr("{right}: {signer}, {time}").format(
            right=_tr(_RIGHTS.get(entry.right, _RIGHTS[""])), signer=entry.signer or "—",
            time=signed_at_text(entry.signed_at))

    def texts(self) -> list[str]:
        """What the panel says, line by line (for tests and screen readers' checks)."""
        return [line.text() for line in self._lines if not line.isHidden()] + [self.needs_label.text()]
