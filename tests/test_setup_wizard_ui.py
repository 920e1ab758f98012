"""The first-run set-up wizard driven end to end against a real refbank and SoftHSM2 carriers:
fingerprint check (R6.6), carrier and PIN, first sign-in and forced password change (R5.3, R5.5),
a key made on the carrier, approved by `refbank certificates approve` and installed, the settings
written and the main window opened with them; and the deployment file that presets the rest."""

from __future__ import annotations

import itertools
import os
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QMenu, QPushButton, QWidget, QWizard

from bsclient.client.carrier import Carrier, Pin
from bsclient.client.config import load_config
from bsclient.client.setup.deployment import Deployment, candidate_paths, find_deployment
from bsclient.client.setup.flow import Step
from bsclient.ui.setup.start import hand_over
from bsclient.ui.setup.wizard import SetupWizard
from installer.provisioning import init_blank_carrier
from tests.helpers.access import approve_key, cli, db, last_code
from tests.helpers.clerk_driver import WAIT_MS, click, top_level, type_into
from tests.helpers.key_act import act_fingerprint, act_text, approve_from_act
from tests.helpers.refbank_server import RunningBank, init_bank, start_refbank
from tests.helpers.softhsm import SO_PIN, USER_PIN

SHOTS = Path(os.environ.get("BSCLIENT_SHOTS", "/tmp/bsclient-shots")) / "setup"
NEW_PASSWORD = "Saryarqa-Zhel-9"
_numbers = itertools.count(1)


@pytest.fixture(scope="module")
def bank(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RunningBank]:
    """A bank that issues certificates only when an operator approves them (the paper act)."""
    data_dir = tmp_path_factory.mktemp("setup-bank")
    created = init_bank(data_dir)
    config = data_dir / "config.toml"
    config.write_text(config.read_text(encoding="utf-8").replace(
        "auto_issue_certificates = true", "auto_issue_certificates = false"), encoding="utf-8")
    running = start_refbank(data_dir, execution_delay=0.3)
    running.created = created
    running.users = {user["login"]: user["password"] for user in created["users"]}
    running.accounts = created["accounts"]
    yield running
    running.stop()


@pytest.fixture
def language(request: pytest.FixtureRequest) -> str:
    return getattr(request, "param", "en")


def new_user(bank: RunningBank) -> tuple[str, str]:
    """`refbank users add`: a user whose envelope password must be changed at the first login."""
    login = f"newclerk{next(_numbers)}"
    out = cli(bank, "users", "add", login, "--company-bin", bank.created["company"]["bin"],
              "--full-name", "Бекова Алия Маратовна", "--sign-right", "single")
    return login, out.split(" password ")[1].split()[0]


_made_carriers: list[tuple[Path, str]] = []


def blank_carrier(softhsm_config: Path):
    carrier = init_blank_carrier(softhsm_config, f"SETUP-{os.getpid()}-{next(_numbers)}", user_pin=USER_PIN,
                                 so_pin=SO_PIN)
    _made_carriers.append((softhsm_config, carrier.label))
    return carrier


@pytest.fixture(autouse=True, scope="module")
def carriers_removed() -> Iterator[None]:
    """This module's carriers go when it ends: half-enrolled ones would fail later checks of every carrier
    (bsclient doctor). Their modules are unloaded by then (make_wizard, hand_over's shutdown)."""
    yield
    for config, label in _made_carriers:
        subprocess.run(["softhsm2-util", "--delete-token", "--token", label], capture_output=True,
                       env={**os.environ, "SOFTHSM2_CONF": str(config)}, timeout=60)
    _made_carriers.clear()


def certified_carrier(bank: RunningBank, softhsm_config: Path, login: str):
    """A carrier whose key the bank certified after `refbank certificates approve`."""
    from bsclient.client.session.bank_api import BankApi
    from bsclient.client.session.key_request import collect_key, request_key

    carrier = blank_carrier(softhsm_config)
    api = BankApi(bank.url, bank.ca_file)
    from bsclient.client.session.login import LoginCodeNeeded, answer_login_code, user_of

    answer = api.login(login, bank.users[login])
    if isinstance(answer, LoginCodeNeeded):  # R8.2: no key of the bank yet, a code instead
        answer_login_code(api, answer, last_code(bank, login))
    user = user_of(answer)
    key_carrier = Carrier(carrier.module)
    try:
        key_carrier.open(Pin(USER_PIN), label=carrier.label)
        request = request_key(api, key_carrier, common_name=user.full_name)
        approve_key(bank, request.request_id)
        assert collect_key(api, key_carrier, request).installed
    finally:
        key_carrier.shutdown()
    api.logout()
    api.close()
    return carrier


def shot(widget, name: str) -> Path:
    SHOTS.mkdir(parents=True, exist_ok=True)
    path = SHOTS / f"{name}.png"
    widget.grab().save(str(path))
    return path


@pytest.fixture
def make_wizard(qtbot, tmp_path) -> Iterator:
    made: list[SetupWizard] = []

    def make(deployment: Deployment | None = None) -> SetupWizard:
        wizard = SetupWizard(config_path=tmp_path / "settings" / "config.toml", deployment=deployment or Deployment(),
                             data_dir=tmp_path / "data")
        qtbot.addWidget(wizard)
        wizard.show()
        made.append(wizard)
        return wizard

    yield make
    for wizard in made:  # every carrier module unloaded: later tests' carriers stay visible
        if shiboken6.isValid(wizard):
            wizard.release()
            wizard.context.carrier.shutdown()


def go_next(qtbot, wizard: SetupWizard) -> None:
    button = wizard.button(QWizard.WizardButton.NextButton)
    qtbot.waitUntil(button.isEnabled, timeout=WAIT_MS)
    before = wizard.currentId()
    button.click()
    qtbot.waitUntil(lambda: wizard.currentId() != before, timeout=WAIT_MS)


def go_on(qtbot, wizard: SetupWizard, by_keyboard: bool) -> None:
    """Next by a click, or by Enter where the clerk's cursor is."""
    if not by_keyboard:
        go_next(qtbot, wizard)
        return
    button = wizard.button(QWizard.WizardButton.CommitButton if wizard.currentPage().isCommitPage()
                           else QWizard.WizardButton.NextButton)
    qtbot.waitUntil(button.isEnabled, timeout=WAIT_MS)
    before = wizard.currentId()
    enter(qtbot, wizard.focusWidget() or wizard.currentPage())
    qtbot.waitUntil(lambda: wizard.currentId() != before, timeout=WAIT_MS)


def enter(qtbot, widget: QWidget) -> None:
    qtbot.keyClick(widget, Qt.Key.Key_Return)


def confirm(qtbot, parent: QWidget, edit: str, button: str, by_keyboard: bool) -> None:
    """What was typed in `edit` sent on: Enter there, or a click on `button`."""
    if by_keyboard:
        enter(qtbot, parent.findChild(QLineEdit, edit))
    else:
        click(qtbot, parent, button)


def press(qtbot, parent: QWidget, name: str, by_keyboard: bool) -> None:
    """A button pressed with the mouse, or with Space once it has the focus."""
    if not by_keyboard:
        click(qtbot, parent, name)
        return
    button = parent.findChild(QPushButton, name)
    qtbot.waitUntil(button.isEnabled, timeout=WAIT_MS)
    button.setFocus()
    qtbot.keyClick(button, Qt.Key.Key_Space)


def wait_step(qtbot, wizard: SetupWizard, step: Step) -> None:
    qtbot.waitUntil(lambda: wizard.currentId() == int(step), timeout=WAIT_MS)


def check_server(qtbot, wizard: SetupWizard, url: str, printed: str, by_keyboard: bool = False) -> QLabel:
    page = wizard.currentPage()
    type_into(qtbot, page, "serverUrlEdit", url)
    if by_keyboard:  # Enter goes on to the fingerprint, and there connects and compares
        enter(qtbot, page.findChild(QLineEdit, "serverUrlEdit"))
        assert page.findChild(QLineEdit, "printedFingerprintEdit").hasFocus()
    type_into(qtbot, page, "printedFingerprintEdit", printed)
    confirm(qtbot, page, "printedFingerprintEdit", "checkServerButton", by_keyboard)
    verdict = page.findChild(QLabel, "serverVerdictLabel")
    qtbot.waitUntil(verdict.isVisible, timeout=WAIT_MS)
    return verdict


def open_carrier(qtbot, wizard: SetupWizard, pin: str = USER_PIN, by_keyboard: bool = False) -> None:
    page = wizard.currentPage()
    qtbot.waitUntil(page.findChild(QLineEdit, "setupPinEdit").isEnabled, timeout=WAIT_MS)
    type_into(qtbot, page, "setupPinEdit", pin)
    confirm(qtbot, page, "setupPinEdit", "openCarrierButton", by_keyboard)


# --- the whole way, in English with the mouse and in Kazakh with the keyboard -----------------------------------

@pytest.mark.parametrize("language", ["en", "kk"], indirect=True)
def test_a_new_user_sets_up_from_scratch_and_reaches_the_main_window(qtbot, bank, softhsm_config, make_wizard,
                                                                     tmp_path, language):
    login, envelope = new_user(bank)
    blank_carrier(softhsm_config)  # a colleague's carrier is inserted too
    carrier = blank_carrier(softhsm_config)
    wizard = make_wizard()
    english = language == "en"
    by_keyboard = not english  # Enter and Space only, where the clerk's cursor is

    # 1. Language, applied at once.
    assert wizard.currentId() == int(Step.LANGUAGE)
    wizard.currentPage().findChild(type(wizard.currentPage().buttons.buttons()[0]),
                                   f"language_{language}").setChecked(True)
    assert wizard.context.data.language == language
    # The windows hear of the new language on the event loop's next turn.
    qtbot.waitUntil(lambda: (wizard.button(QWizard.WizardButton.CancelButton).text() == "Cancel") == english,
                    timeout=WAIT_MS)
    shot(wizard, f"1-language-{language}")
    go_on(qtbot, wizard, by_keyboard)

    # 2. The server: nothing goes on until the CA's fingerprint matches the printed one (R6.6).
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    verdict = check_server(qtbot, wizard, bank.url, bank.ca_fingerprint.replace(":", " ").lower(), by_keyboard)
    qtbot.waitUntil(wizard.currentPage().isComplete, timeout=WAIT_MS)
    if english:
        assert "match" in verdict.text()
    page = wizard.currentPage()
    assert page.findChild(QLabel, "caFingerprintLabel").text().replace("\n", ":") == bank.ca_fingerprint
    assert "localhost" in page.findChild(QLabel, "serverSubjectLabel").text()
    shot(wizard, f"2-server-{language}")
    go_on(qtbot, wizard, by_keyboard)

    # 3. The carrier: found by its known module, the PIN opens it; it holds no bank key yet.
    page = wizard.currentPage()
    assert page.findChild(QComboBox, "moduleCombo").currentText() == carrier.module
    tokens = page.findChild(QComboBox, "tokenCombo")
    qtbot.waitUntil(lambda: tokens.count() > 0, timeout=WAIT_MS)
    assert tokens.count() >= 2 and tokens.isVisible()  # two carriers inserted: the clerk picks theirs
    tokens.setCurrentIndex(next(i for i in range(tokens.count()) if carrier.label in tokens.itemText(i)))
    open_carrier(qtbot, wizard, by_keyboard=by_keyboard)
    qtbot.waitUntil(page.isComplete, timeout=WAIT_MS)
    assert carrier.label in page.findChild(QLabel, "tokenLabel").text()
    assert wizard.context.data.has_bank_certificate is False
    shot(wizard, f"3-carrier-{language}")
    go_on(qtbot, wizard, by_keyboard)

    # 4. First sign-in with the envelope; the warning is on the page (R6.3, R7.4).
    page = wizard.currentPage()
    if english:
        assert "never asks for your password" in page.findChild(QLabel, "setupSecurityNotice").text()
    shot(wizard, f"4-login-{language}")
    type_into(qtbot, page, "setupLoginEdit", login)
    type_into(qtbot, page, "setupPasswordEdit", envelope)
    confirm(qtbot, page, "setupPasswordEdit", "setupSignInButton", by_keyboard)
    # R8.2: no bank key on the carrier yet, so the bank sends a one-time code instead of its challenge.
    code_dialog = top_level(qtbot, "loginCodeDialog")
    type_into(qtbot, code_dialog, "oneTimeCodeEdit", last_code(bank, login))
    confirm(qtbot, code_dialog, "oneTimeCodeEdit", "codeOkButton", by_keyboard)
    wait_step(qtbot, wizard, Step.PASSWORD)

    # 5. The forced change: the bank refuses the envelope password again for its own reason.
    form = wizard.currentPage().form
    qtbot.waitUntil(lambda: not form.busy.busy, timeout=WAIT_MS)
    type_into(qtbot, form, "currentPasswordEdit", envelope)
    type_into(qtbot, form, "newPasswordEdit", envelope)
    type_into(qtbot, form, "againPasswordEdit", envelope)
    click(qtbot, form, "changePasswordButton")
    error = form.findChild(QLabel, "changePasswordErrorLabel")
    qtbot.waitUntil(error.isVisible, timeout=WAIT_MS)
    if english:
        assert "last 5 passwords" in error.text()
    shot(wizard, f"5-password-refused-{language}")
    for name in ("newPasswordEdit", "againPasswordEdit"):
        form.findChild(QLineEdit, name).clear()
        type_into(qtbot, form, name, NEW_PASSWORD)
    confirm(qtbot, form, "againPasswordEdit", "changePasswordButton", by_keyboard)
    code_dialog = top_level(qtbot, "oneTimeCodeDialog")
    type_into(qtbot, code_dialog, "oneTimeCodeEdit", last_code(bank, login))
    confirm(qtbot, code_dialog, "oneTimeCodeEdit", "codeOkButton", by_keyboard)
    wait_step(qtbot, wizard, Step.KEY)
    # The password is changed at the bank: no way back to its page from here.
    assert not wizard.button(QWizard.WizardButton.BackButton).isEnabled()

    # 6. A key made on the carrier waits for the bank; approved, it is installed.
    page = wizard.currentPage()
    shot(wizard, f"6-key-{language}")
    press(qtbot, page, "makeKeyButton", by_keyboard)
    status = page.findChild(QLabel, "keyStatusLabel")
    qtbot.waitUntil(status.isVisible, timeout=WAIT_MS)
    assert not page.isComplete()
    request_id = page._request.request_id
    listing = cli(bank, "certificates", "list")
    assert request_id in status.text() and request_id in listing
    shot(wizard, f"6-key-waiting-{language}")
    # The act for the branch: the key's fingerprint as the bank lists it, the company, the owner's IIN.
    assert page.findChild(QPushButton, "saveKeyActButton").isVisible()
    act = tmp_path / "key-act.pdf"
    page.act_offer.write_pdf(act)
    qtbot.waitUntil(act.exists, timeout=WAIT_MS)
    fingerprint = act_fingerprint(act)
    assert fingerprint in listing.replace(" ", "")
    with db(bank) as conn:
        iin = conn.execute("SELECT iin FROM users WHERE login = ?", (login,)).fetchone()[0]
    text = act_text(act)
    missing = [value for value in (iin, request_id, bank.created["company"]["bin"], "ЖСН / ИИН", "БСН / БИН")
               if value not in text]
    assert not missing, text
    approve_from_act(bank, request_id, act)
    press(qtbot, page, "checkCertificateButton", by_keyboard)
    qtbot.waitUntil(page.isComplete, timeout=WAIT_MS)
    assert "Бекова" in status.text()
    shot(wizard, f"6-key-installed-{language}")
    go_on(qtbot, wizard, by_keyboard)

    # 7. Summary, the page after the key's (never the password's again); Finish writes the settings and
    # the CA, and the main window opens with them.
    assert wizard.currentId() == int(Step.SUMMARY)
    shot(wizard, f"7-summary-{language}")
    if by_keyboard:
        enter(qtbot, wizard.focusWidget() or wizard.currentPage())
    else:
        wizard.button(QWizard.WizardButton.FinishButton).click()
    qtbot.waitUntil(lambda: wizard.config is not None, timeout=WAIT_MS)
    config = load_config(tmp_path / "settings" / "config.toml")
    assert (config.server_url, config.pkcs11_module, config.token_label, config.language) == (
        bank.url, carrier.module, carrier.label, language)
    assert config.ca_file.read_bytes() == bank.ca_file.read_bytes()
    quit_requested: list[bool] = []
    client = hand_over(wizard, on_quit=lambda: quit_requested.append(True))
    try:
        window = top_level(qtbot, "mainWindow")
        qtbot.waitUntil(lambda: window.accounts_table.accounts_model.rowCount() >= 2, timeout=WAIT_MS)
        assert client.config == config and client.workplace.carrier.certificate.owner_name == "Бекова Алия Маратовна"
        shot(window, f"8-main-window-{language}")
        # On demand: Session > Set up again… opens the wizard with the settings in use.
        again = window.findChild(QAction, "setupAgainAction")
        assert again in window.findChild(QMenu, "sessionMenu").actions()
        again.trigger()
        second = again.wizard
        qtbot.waitUntil(second.isVisible, timeout=WAIT_MS)
        assert second.context.data.server_url == bank.url and second.context.data.language == language
        second.reject()
        window.close()
        qtbot.waitUntil(lambda: bool(quit_requested), timeout=WAIT_MS)
    finally:
        client.shutdown()
        wizard.forget_work_dir()
    # The bank took the new password, not the envelope's.
    from tests.helpers.access import sign_in
    assert sign_in(bank, login, NEW_PASSWORD).status_code == 200


# --- what stops, and what the clerk is told --------------------------------------------------------------------

def test_R6_6_a_fingerprint_that_does_not_match_stops_the_set_up(qtbot, bank, make_wizard):
    wizard = make_wizard(Deployment(language="en"))
    assert wizard.currentId() == int(Step.SERVER)  # the deployment file chose the language
    verdict = check_server(qtbot, wizard, bank.url, "00" * 32)
    assert "do NOT match" in verdict.text() and "fake server" in verdict.text()
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    assert not wizard.validateCurrentPage()
    assert not wizard.context.ca_file.exists()  # nothing of the impostor is kept
    shot(wizard, "2-server-mismatch-en")


def test_no_carrier_then_a_wrong_pin_each_say_what_to_do(qtbot, bank, softhsm_config, make_wizard):
    carrier = blank_carrier(softhsm_config)
    wizard = make_wizard(Deployment(server_url=bank.url, ca_fingerprint=bank.ca_fingerprint,
                                    pkcs11_module=carrier.module, token_label="NO-SUCH-CARRIER", language="en"))
    qtbot.waitUntil(wizard.currentPage().isComplete, timeout=WAIT_MS)  # preset server checked at once
    go_next(qtbot, wizard)
    page = wizard.currentPage()
    error = page.findChild(QLabel, "carrierErrorLabel")
    qtbot.waitUntil(error.isVisible, timeout=WAIT_MS)
    assert "NO-SUCH-CARRIER" in error.text() and "Insert it and try again" in error.text()
    assert not page.findChild(QLineEdit, "setupPinEdit").isEnabled()
    shot(wizard, "3-carrier-missing-en")

    wizard.context.data.token_label = carrier.label  # the clerk inserts the right one and looks again
    click(qtbot, page, "lookForCarrierButton")
    open_carrier(qtbot, wizard, pin="999999")
    qtbot.waitUntil(lambda: "PIN is wrong" in error.text() and error.isVisible(), timeout=WAIT_MS)
    assert "Caps Lock" in error.text() and not page.isComplete()
    shot(wizard, "3-carrier-wrong-pin-en")
    open_carrier(qtbot, wizard)
    qtbot.waitUntil(page.isComplete, timeout=WAIT_MS)


# --- the deployment file: only what is personal is asked ---------------------------------------------------------

def test_the_deployment_file_presets_server_and_carrier(qtbot, bank, softhsm_config, make_wizard, tmp_path, language):
    carrier = certified_carrier(bank, softhsm_config, "clerk")
    path = tmp_path / "bsclient-deployment.ini"
    path.write_text(f"[bank]\nurl = {bank.url}\nca_fingerprint = {bank.ca_fingerprint}\n\n"
                    f"[carrier]\nmodule = {carrier.module}\ntoken_label = {carrier.label}\n\n[ui]\nlanguage = en\n",
                    encoding="utf-8")
    deployment = find_deployment(candidate_paths(path))
    wizard = make_wizard(deployment)
    assert wizard.currentId() == int(Step.SERVER)  # no language question
    page = wizard.currentPage()
    assert page.findChild(QLineEdit, "serverUrlEdit").isReadOnly()
    qtbot.waitUntil(page.isComplete, timeout=WAIT_MS)  # checked without a click
    shot(wizard, "2-server-preset-en")
    go_next(qtbot, wizard)
    page = wizard.currentPage()
    assert not page.findChild(QComboBox, "moduleCombo").isEnabled()
    assert not page.findChild(QPushButton, "browseModuleButton").isVisible()
    open_carrier(qtbot, wizard)
    qtbot.waitUntil(page.isComplete, timeout=WAIT_MS)
    assert wizard.context.data.has_bank_certificate
    keys = page.findChild(type(page.keys_tree), "keysTree")
    assert keys.topLevelItemCount() == 1 and keys.topLevelItem(0).text(2) == "refbank Root CA"
    shot(wizard, "3-carrier-certified-en")
    go_next(qtbot, wizard)
    page = wizard.currentPage()
    type_into(qtbot, page, "setupLoginEdit", "clerk")
    type_into(qtbot, page, "setupPasswordEdit", bank.users["clerk"])
    click(qtbot, page, "setupSignInButton")
    wait_step(qtbot, wizard, Step.SUMMARY)  # no password change, no key request: straight to the end
    shot(wizard, "7-summary-preset-en")
    wizard.button(QWizard.WizardButton.FinishButton).click()
    qtbot.waitUntil(lambda: wizard.config is not None, timeout=WAIT_MS)
    config = load_config(tmp_path / "settings" / "config.toml")
    assert (config.server_url, config.pkcs11_module, config.token_label) == (bank.url, carrier.module, carrier.label)


# --- a key request survives closing the set-up ------------------------------------------------------------------

def sign_in_with_code(qtbot, wizard: SetupWizard, bank: RunningBank, login: str, password: str) -> None:
    page = wizard.currentPage()
    type_into(qtbot, page, "setupLoginEdit", login)
    type_into(qtbot, page, "setupPasswordEdit", password)
    click(qtbot, page, "setupSignInButton")
    code_dialog = top_level(qtbot, "loginCodeDialog")  # R8.2: no bank key yet, a code instead
    type_into(qtbot, code_dialog, "oneTimeCodeEdit", last_code(bank, login))
    click(qtbot, code_dialog, "codeOkButton")


def test_a_key_request_still_waiting_is_picked_up_by_a_later_set_up(qtbot, bank, softhsm_config, make_wizard):
    login, envelope = new_user(bank)
    carrier = blank_carrier(softhsm_config)
    deployment = Deployment(server_url=bank.url, ca_fingerprint=bank.ca_fingerprint, pkcs11_module=carrier.module,
                            token_label=carrier.label, language="en")

    def up_to_the_key_page(password: str) -> SetupWizard:
        wizard = make_wizard(deployment)
        qtbot.waitUntil(wizard.currentPage().isComplete, timeout=WAIT_MS)
        go_next(qtbot, wizard)
        open_carrier(qtbot, wizard)
        qtbot.waitUntil(wizard.currentPage().isComplete, timeout=WAIT_MS)
        go_next(qtbot, wizard)
        sign_in_with_code(qtbot, wizard, bank, login, password)
        return wizard

    first = up_to_the_key_page(envelope)
    wait_step(qtbot, first, Step.PASSWORD)
    form = first.currentPage().form
    qtbot.waitUntil(lambda: not form.busy.busy, timeout=WAIT_MS)
    type_into(qtbot, form, "currentPasswordEdit", envelope)
    type_into(qtbot, form, "newPasswordEdit", NEW_PASSWORD)
    type_into(qtbot, form, "againPasswordEdit", NEW_PASSWORD)
    click(qtbot, form, "changePasswordButton")
    code_dialog = top_level(qtbot, "oneTimeCodeDialog")
    type_into(qtbot, code_dialog, "oneTimeCodeEdit", last_code(bank, login))
    click(qtbot, code_dialog, "codeOkButton")
    wait_step(qtbot, first, Step.KEY)
    page = first.currentPage()
    click(qtbot, page, "makeKeyButton")
    qtbot.waitUntil(lambda: page._request is not None, timeout=WAIT_MS)
    request_id = page._request.request_id
    qtbot.waitUntil(first.context.pending_file.exists, timeout=WAIT_MS)
    first.reject()  # the clerk closes the set-up while the bank has not approved yet
    first.context.carrier.shutdown()

    second = up_to_the_key_page(NEW_PASSWORD)
    wait_step(qtbot, second, Step.KEY)  # the password is changed already: no password step
    page = second.currentPage()
    status = page.findChild(QLabel, "keyStatusLabel")
    qtbot.waitUntil(lambda: request_id in status.text() and not page.busy.busy, timeout=WAIT_MS)
    assert not page.findChild(QPushButton, "makeKeyButton").isVisible()  # the same request, no new key
    shot(second, "6-key-earlier-request-en")
    approve_key(bank, request_id)
    click(qtbot, page, "checkCertificateButton")
    qtbot.waitUntil(page.isComplete, timeout=WAIT_MS)
    assert page._request.request_id == request_id
    qtbot.waitUntil(lambda: not second.context.pending_file.exists(), timeout=WAIT_MS)
