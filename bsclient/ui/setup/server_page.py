"""Set-up step 2: the bank server's address and the CA fingerprint the bank printed; the client looks at
the certificates the server presents and goes on only when the CA's fingerprint matches (R6.6)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout

from bsclient.client.session.proxy import proxy_url
from bsclient.client.session.server_identity import (
    ServerIdentity,
    fetch_server_identity,
    format_fingerprint,
    normalise_fingerprint,
    server_address,
)
from bsclient.ui.background import run_in_background
from bsclient.ui.setup.context import (
    ERROR_COLOUR,
    GOOD_COLOUR,
    SetupContext,
    add_rows,
    date_text,
    error_label,
    fixed_font,
    set_texts,
    show_text,
    two_lines,
)
from bsclient.ui.setup.page import SetupPage
from bsclient.ui.widgets.busy_indicator import BusyIndicator
from bsclient.ui.widgets.error_dialog import error_text


class ServerPage(SetupPage):
    def __init__(self, context: SetupContext) -> None:
        super().__init__()
        self.setObjectName("serverPage")
        self._context = context
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.url_edit = QLineEdit(self)
        self.url_edit.setObjectName("serverUrlEdit")
        self.url_edit.setPlaceholderText("https://")
        self.printed_edit = QLineEdit(self)
        self.printed_edit.setObjectName("printedFingerprintEdit")
        self.printed_edit.setFont(fixed_font())
        self.check_button = QPushButton(self)
        self.check_button.setObjectName("checkServerButton")
        self.check_button.clicked.connect(self.check)
        self.error_label = error_label(self, "serverErrorLabel")
        self.busy = BusyIndicator(self)

        self.server_subject = self._value("serverSubjectLabel")
        self.server_validity = self._value("serverValidityLabel")
        self.server_fingerprint = self._value("serverFingerprintLabel", fixed=True)
        self.ca_subject = self._value("caSubjectLabel")
        self.ca_fingerprint = self._value("caFingerprintLabel", fixed=True)
        self.printed_fingerprint = self._value("printedFingerprintLabel", fixed=True)
        self.verdict = QLabel(self)
        self.verdict.setObjectName("serverVerdictLabel")
        self.verdict.setWordWrap(True)
        self.verdict.hide()

        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form_labels = add_rows(self.form, self, [self.url_edit, self.printed_edit])
        self.result = QFormLayout()
        self.result_labels = add_rows(self.result, self, [
            self.server_subject, self.server_validity, self.server_fingerprint, self.ca_subject, self.ca_fingerprint,
            self.printed_fingerprint])
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(self.form)
        layout.addWidget(self.check_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.error_label)
        layout.addWidget(self.busy)
        layout.addLayout(self.result)
        layout.addWidget(self.verdict)
        layout.addStretch(1)
        self._show_result(None)
        # Enter in the address goes on to the fingerprint; in the fingerprint it connects and compares
        self.url_edit.returnPressed.connect(self.printed_edit.setFocus)
        self.printed_edit.returnPressed.connect(lambda: None if self.isComplete() else self.check())
        self.url_edit.textEdited.connect(self._forget)
        self.printed_edit.textEdited.connect(self._forget)
        self.retranslate()

    def _value(self, name: str, *, fixed: bool = False) -> QLabel:
        label = QLabel(self)
        label.setObjectName(name)
        label.setWordWrap(not fixed)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        if fixed:
            label.setFont(fixed_font())
        return label

    def retranslate(self) -> None:
        self.setTitle(self.tr("The bank's server"))
        preset = self._context.data.server_preset
        self.intro.setText(self.tr("Your IT staff have set the bank's server and its fingerprint. Check that the "
                                   "fingerprints below match, then go on.") if preset else
                           self.tr("Type the server's address and the CA fingerprint from the bank's letter. "
                                   "The client connects and compares the fingerprint the server shows with the "
                                   "printed one."))
        set_texts(self.form_labels, [self.tr("Server &address:"), self.tr("&Fingerprint in the bank's letter:")])
        set_texts(self.result_labels, [
            self.tr("Server certificate:"), self.tr("Valid:"), self.tr("Server SHA-256:"), self.tr("Bank CA:"),
            self.tr("CA SHA-256 from the server:"), self.tr("CA SHA-256 in the letter:")])
        self.check_button.setText(self.tr("&Connect and compare"))

    def initializePage(self) -> None:
        data = self._context.data
        self.url_edit.setText(data.server_url)
        self.printed_edit.setText(data.ca_fingerprint)
        preset = data.server_preset
        self.url_edit.setReadOnly(preset)
        self.printed_edit.setReadOnly(preset)
        if preset and data.ca_pem is None:
            self.check()

    def isComplete(self) -> bool:
        return self._context.data.ca_pem is not None and not self.busy.busy

    def _forget(self) -> None:
        self._context.data.ca_pem = None
        self._show_result(None)
        self.completeChanged.emit()

    def check(self) -> None:
        url = self.url_edit.text().strip()
        printed = normalise_fingerprint(self.printed_edit.text())
        try:
            server_address(url)
        except ValueError:
            show_text(self.error_label, self.tr("Type the server's address as the bank's letter gives it, "
                                                "beginning with https://"))
            self.url_edit.setFocus()
            return
        if printed is None:
            show_text(self.error_label, self.tr("Type the fingerprint from the bank's letter: 64 characters, "
                                                "digits and the letters A to F (colons and spaces may be left out)."))
            self.printed_edit.setFocus()
            return
        self.error_label.hide()
        self._forget()
        self.busy.start(self.tr("Connecting to the bank's server…"))
        self.check_button.setEnabled(False)
        proxy = self._context.data.deployment.proxy
        run_in_background(self, lambda: fetch_server_identity(url, proxy=proxy_url(proxy)), on_success=self._presented,
                          on_failure=self._unreachable)

    def _unreachable(self, exc: Exception) -> None:
        self.busy.stop()
        self.check_button.setEnabled(True)
        show_text(self.error_label, error_text(exc))

    def _presented(self, identity: ServerIdentity) -> None:
        self.busy.stop()
        self.check_button.setEnabled(True)
        data = self._context.data
        printed = format_fingerprint(self.printed_edit.text())
        self._show_result(identity, printed)
        if identity.ca is None or identity.ca_pem is None:
            self._verdict(False, self.tr("The server did not show the certificate of the bank's CA, so it cannot be "
                                         "checked. This may be a fake server: stop here, type no password, and call "
                                         "the bank on its official number."))
            return
        if not identity.ca_matches(printed):
            self._verdict(False, self.tr("The fingerprints do NOT match. This may be a fake server pretending to be "
                                         "the bank: stop here, type no password, and call the bank on its official "
                                         "number. Check the address too."))
            return
        ca_file = self._context.ca_file
        ca_pem = identity.ca_pem

        def keep() -> None:
            ca_file.parent.mkdir(parents=True, exist_ok=True)
            ca_file.write_bytes(ca_pem)

        def kept(_: None) -> None:
            data.server_url, data.ca_fingerprint, data.ca_pem = identity.url, printed, ca_pem
            self._verdict(True, self.tr("The fingerprints match: this is the bank's server. From now on the client "
                                        "trusts only this bank's CA."))
            self.completeChanged.emit()

        run_in_background(self, keep, on_success=kept)

    def _verdict(self, good: bool, text: str) -> None:
        self.verdict.setText(("✔  " if good else "✘  ") + text)
        self.verdict.setStyleSheet(f"color: {GOOD_COLOUR if good else ERROR_COLOUR}; font-weight: bold;")
        self.verdict.show()

    def _show_result(self, identity: ServerIdentity | None, printed: str = "") -> None:
        rows = (self.server_subject, self.server_validity, self.server_fingerprint, self.ca_subject,
                self.ca_fingerprint, self.printed_fingerprint)
        for row in range(len(rows)):
            self.result.setRowVisible(row, identity is not None)
        self.verdict.setVisible(False)
        if identity is None:
            return
        server = identity.server
        self.server_subject.setText(server.subject)
        self.server_validity.setText(self.tr("{start} to {end}").format(start=date_text(server.not_before),
                                                                        end=date_text(server.not_after)))
        self.server_fingerprint.setText(two_lines(server.sha256))
        self.ca_subject.setText(identity.ca.subject if identity.ca else self.tr("not shown by the server"))
        self.ca_fingerprint.setText(two_lines(identity.ca.sha256) if identity.ca else "—")
        self.printed_fingerprint.setText(two_lines(printed))
