"""The first-run set-up wizard: renders the step bsclient/client/setup/flow.py names, nothing more.

On Finish it writes config.toml and the bank's CA file (off the GUI thread) and keeps the bank session
and the open carrier for the main window; Cancel signs out and closes the carrier.
"""

from __future__ import annotations

import shutil
import tempfile
from functools import partial
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTranslator
from PySide6.QtWidgets import (
    QApplication,
    QButtonGroup,
    QFormLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
    QWizard,
)

from bsclient.client.carrier import Carrier
from bsclient.client.config import ClientConfig, default_data_dir, write_config
from bsclient.client.session.bank_api import BankApi
from bsclient.client.setup.deployment import Deployment
from bsclient.client.setup.flow import CA_FILE, SetupData, Step, final_config, first_step, may_leave, next_step
from bsclient.ui.background import run_in_background
from bsclient.ui.help.topics import setup_topic
from bsclient.ui.language import apply_language
from bsclient.ui.setup.account_pages import LoginPage, PasswordPage
from bsclient.ui.setup.carrier_page import CarrierPage
from bsclient.ui.setup.context import SetupContext, add_rows, date_text, fixed_font, set_texts, two_lines
from bsclient.ui.setup.key_page import KeyPage
from bsclient.ui.setup.page import SetupPage
from bsclient.ui.setup.server_page import ServerPage
from bsclient.ui.widgets.error_dialog import show_error
from bsclient.ui.widgets.help_button import HELP_TEXT, add_help
from bsclient.ui.widgets.mnemonics import make_unique, unique_mnemonics

LANGUAGE_NAMES = (("kk", "Қазақ тілі"), ("ru", "Русский"), ("en", "English"))


def switch_language(language: str) -> None:
    """The windows speak `language` at once: earlier translators go, the new ones come."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    for translator in app.findChildren(QTranslator):
        app.removeTranslator(translator)
        translator.deleteLater()
    apply_language(app, language)


class LanguagePage(SetupPage):
    def __init__(self, context: SetupContext) -> None:
        super().__init__()
        self.setObjectName("languagePage")
        self._context = context
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.choose = QLabel(self)
        self.buttons = QButtonGroup(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addSpacing(12)
        layout.addWidget(self.choose)
        for code, name in LANGUAGE_NAMES:
            button = QRadioButton(name, self)
            button.setObjectName(f"language_{code}")
            self.buttons.addButton(button)
            button.toggled.connect(partial(self._toggled, code))
            layout.addWidget(button)
        layout.addStretch(1)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Welcome to Internet-Client"))
        self.intro.setText(self.tr("This set-up connects the client to your bank and your key carrier. Keep at hand "
                                   "the bank's letter with the server's fingerprint, your PIN envelope and the key "
                                   "carrier."))
        self.choose.setText(self.tr("Choose the language of the windows:"))

    def initializePage(self) -> None:
        language = self._context.data.language or "kk"
        button = self.findChild(QRadioButton, f"language_{language}")
        if button is not None:
            button.setChecked(True)

    def _toggled(self, code: str, on: bool) -> None:
        if on:
            self._choose(code)

    def _choose(self, code: str) -> None:
        self._context.data.language = code
        switch_language(code)


class SummaryPage(SetupPage):
    def __init__(self, context: SetupContext, config_path: Path) -> None:
        super().__init__()
        self.setObjectName("summaryPage")
        self._context = context
        self._config_path = config_path
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.form = QFormLayout()
        self.values: list[QLabel] = []
        for row in range(6):
            value = QLabel(self)
            value.setObjectName(f"summaryValue{row}")
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.values.append(value)
        self.names = add_rows(self.form, self, list(self.values))
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(self.form)
        layout.addStretch(1)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Ready"))
        self.intro.setText(self.tr("Everything is set up. Finish saves these settings and opens the main window."))
        names = (self.tr("Bank server:"), self.tr("Bank CA SHA-256:"), self.tr("Key carrier:"), self.tr("User:"),
                 self.tr("Signing key:"), self.tr("Settings file:"))
        set_texts(self.names, list(names))
        self.initializePage()

    def initializePage(self) -> None:
        context, data = self._context, self._context.data
        user, certificate = context.user, context.carrier.certificate
        texts = (data.server_url, data.ca_fingerprint,
                 f"{data.token_label or ''} — {data.pkcs11_module}",
                 f"{user.full_name}, {user.company_name}" if user else "",
                 self.tr("{owner}, valid {start} to {end}").format(
                     owner=certificate.owner_name, start=date_text(certificate.not_before),
                     end=date_text(certificate.not_after)) if certificate else "",
                 str(self._config_path))
        for label, text in zip(self.values, texts, strict=True):
            label.setText(text)
        self.values[1].setText(two_lines(data.ca_fingerprint))
        self.values[1].setFont(fixed_font())


class SetupWizard(QWizard):
    """Accepted once the settings are written; `config` and `take_carrier()` are then ready.

    `carrier` is the one to set up (the running client gives a sibling of its own, on its token
    thread); without it the wizard makes one, which whoever ran the wizard shuts down at the end.
    """

    def __init__(self, *, config_path: Path, deployment: Deployment | None = None, current: ClientConfig | None = None,
                 data_dir: Path | None = None, carrier: Carrier | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pages: dict[Step, SetupPage] = {}  # filled below; a language change may come first
        self.setObjectName("setupWizard")
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self._config_path = Path(config_path)
        self._current = current
        self._data_dir = data_dir or (current.data_dir if current else default_data_dir())
        self._work_dir = Path(tempfile.mkdtemp(prefix="bsclient-setup-"))
        data = SetupData.from_deployment(deployment or Deployment(), current)
        self.context = SetupContext(
            data=data, carrier=carrier or Carrier(data.pkcs11_module, refuse_main_thread=True),
            work_dir=self._work_dir, data_dir=self._data_dir)
        self.config: ClientConfig | None = None
        self._written = False
        self._handed_over = False
        self._carrier_handed_over = False
        self.pages = {
            Step.LANGUAGE: LanguagePage(self.context), Step.SERVER: ServerPage(self.context),
            Step.CARRIER: CarrierPage(self.context), Step.LOGIN: LoginPage(self.context),
            Step.PASSWORD: PasswordPage(self.context), Step.KEY: KeyPage(self.context),
            Step.SUMMARY: SummaryPage(self.context, self._config_path),
        }
        for step, page in self.pages.items():
            self.setPage(int(step), page)
        # Enter goes on (Next, Finish) wherever the focus is; when a page hides the button the clerk pressed,
        # the focus falls on Cancel or Back, and Enter must not leave the set-up or go back
        for which in (QWizard.WizardButton.CancelButton, QWizard.WizardButton.BackButton):
            button = self.button(which)
            if isinstance(button, QPushButton):
                button.setAutoDefault(False)
        self.setStartId(int(first_step(self.context.data)))
        unique_mnemonics(self)
        self.currentIdChanged.connect(lambda _: make_unique(self))  # each page with the wizard's buttons
        self.setMinimumSize(760, 560)
        add_help(self, lambda: setup_topic(self.currentId()), self)
        self.retranslate()

    # --- the flow is data --------------------------------------------------------------------

    def nextId(self) -> int:
        step = next_step(Step(self.currentId()), self.context.data)
        return int(step) if step is not None else -1

    def validateCurrentPage(self) -> bool:
        return may_leave(Step(self.currentId()), self.context.data) and super().validateCurrentPage()

    @property
    def config_path(self) -> Path:
        return self._config_path

    def step(self) -> Step:
        return Step(self.currentId())

    # --- language ----------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Set-up"))
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("&Next >"))
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("&Next >"))
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("< &Back"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Finish"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("Cancel"))
        self.setButtonText(QWizard.WizardButton.HelpButton, QCoreApplication.translate("Help", HELP_TEXT))
        for page in self.pages.values():
            page.retranslate()

    # --- the end -----------------------------------------------------------------------------

    def accept(self) -> None:
        if self._written:
            super().accept()
            return
        data = self.context.data
        config = final_config(data, config_dir=config_path_dir(self._config_path), data_dir=self._data_dir,
                              current=self._current)
        ca_source, config_path = self.context.ca_file, self._config_path

        def write() -> ClientConfig:
            config.ca_file.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(ca_source, config.ca_file)
            write_config(config, config_path)
            return config

        self.button(QWizard.WizardButton.FinishButton).setEnabled(False)
        run_in_background(self, write, on_success=self._written_ok, on_failure=self._not_written)

    def _written_ok(self, config: ClientConfig) -> None:
        self.config = config
        self._written = True
        self.accept()

    def _not_written(self, exc: Exception) -> None:
        self.button(QWizard.WizardButton.FinishButton).setEnabled(True)
        show_error(self, exc)

    def take_carrier(self) -> Carrier | None:
        """The carrier, open with its bank key, handed to the main window (the wizard lets go); None
        when it is not open with a key certified by the bank."""
        carrier = self.context.carrier
        if not carrier.is_open or carrier.key is None:
            return None
        self._carrier_handed_over = True
        return carrier

    def take_api(self) -> BankApi | None:
        """The signed-in bank session, handed to the main window (the wizard lets go)."""
        api, self.context.api = self.context.api, None
        self._handed_over = api is not None
        return api

    def forget_work_dir(self) -> None:
        """Remove the CA kept during the set-up (once the handed-over bank session is closed)."""
        shutil.rmtree(self._work_dir, ignore_errors=True)

    def reject(self) -> None:
        super().reject()
        self.release()

    def release(self) -> None:
        """Sign out and close what the wizard still holds (after Cancel, or after hand-over); the token
        thread of a carrier the wizard made goes with `context.carrier.shutdown()`, at the very end."""
        context = self.context
        api, context.api = context.api, None
        if api is not None or not self._handed_over:
            # A handed-over bank session still names the CA kept here (requests checks the path).
            shutil.rmtree(self._work_dir, ignore_errors=True)
        if api is not None:
            run_in_background(self, api.logout, on_success=lambda _: api.close(), on_failure=lambda _: api.close())
        if not self._carrier_handed_over:
            carrier = context.carrier
            run_in_background(self, carrier.unload, on_success=lambda _: None, on_failure=lambda _: None)


def config_path_dir(config_path: Path) -> Path:
    return Path(config_path).resolve().parent


__all__ = ["CA_FILE", "SetupWizard", "switch_language"]
