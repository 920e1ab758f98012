"""The login's second factor in the windows (R8.2): the carrier's proof signed on the carrier right after
the PIN and sent from the same background worker, or the one-time code typed instead of it. The flow
itself is in bsclient/client/session/login.py."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QWidget

from bsclient.client.carrier import Carrier
from bsclient.client.models import UserInfo
from bsclient.client.session.bank_api import BankApi
from bsclient.client.session.key_request import KeyRequest, collect_waiting
from bsclient.client.session.login import (
    CarrierProof,
    CarrierProofNeeded,
    LoginCodeNeeded,
    answer_login_code,
    new_login_code,
)
from bsclient.ui.background import run_in_background
from bsclient.ui.login.one_time_code_dialog import OneTimeCodeDialog
from bsclient.ui.widgets.error_dialog import error_text


def carrier_prover(api: BankApi, needed: CarrierProofNeeded) -> Callable[[Carrier], UserInfo]:
    """For PinDialog(prove=…): signs the bank's challenge with the opened carrier's key, then sends it."""
    proof = CarrierProof(api, needed)
    return lambda carrier: proof(carrier.signer())


def waiting_key_collector(api: BankApi, data_dir: Path) -> Callable[[Carrier], KeyRequest | None]:
    """For PinDialog(collect_waiting=…), before the proof: the key request remembered in `data_dir` whose
    key is on the opened carrier, its certificate installed if the bank has issued it (the bank serves
    this to a session still owing its second factor). The clerk is never locked out by a key waiting for
    the bank: issued, it proves the carrier; not yet, the clerk comes in unable to sign."""
    return lambda carrier: collect_waiting(api, carrier, data_dir)


def ask_login_code(api: object, needed: LoginCodeNeeded, *, on_done: Callable[[UserInfo], None],
                   on_cancel: Callable[[], None], parent: QWidget | None = None) -> OneTimeCodeDialog:
    """Shows the code dialog; the bank checks each code in the background; `on_done` with the whole user."""
    dialog = OneTimeCodeDialog(needed.code, parent)
    dialog.setObjectName("loginCodeDialog")
    current = [needed]

    def accepted(user: UserInfo) -> None:
        dialog.rejected.disconnect(on_cancel)
        dialog.accept()
        on_done(user)

    def resent(again: LoginCodeNeeded) -> None:
        current[0] = again
        dialog.sent(again.code)

    dialog.codeEntered.connect(lambda code: run_in_background(
        dialog, lambda: answer_login_code(api, current[0], code), on_success=accepted,
        on_failure=lambda exc: dialog.refused(error_text(exc))))
    dialog.newCodeRequested.connect(lambda: run_in_background(
        dialog, lambda: new_login_code(api, current[0]), on_success=resent,
        on_failure=lambda exc: dialog.refused(error_text(exc))))
    dialog.rejected.connect(on_cancel)
    dialog.show()
    return dialog
