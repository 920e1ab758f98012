"""The login's second factor in the windows (R8.2): the carrier's proof signed on the token thread right
after the PIN, or the one-time code typed instead of it. The flow itself is in bsclient/client/session/login.py."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from bsclient.client.models import UserInfo
from bsclient.client.session.login import (
    CarrierProof,
    CarrierProofNeeded,
    LoginCodeNeeded,
    answer_login_code,
    new_login_code,
)
from bsclient.token.signer import TokenSigner
from bsclient.ui.background import run_in_background
from bsclient.ui.login.one_time_code_dialog import OneTimeCodeDialog
from bsclient.ui.login.pin_dialog import OpenCarrier
from bsclient.ui.widgets.error_dialog import error_text

if TYPE_CHECKING:
    from bsclient.client.session.key_request import KeyRequest
    from bsclient.token import TokenSession


def carrier_prover(api: object, needed: CarrierProofNeeded) -> Callable[[OpenCarrier], UserInfo]:
    """For PinDialog(after_open=…): signs the bank's challenge with the opened carrier's key and sends it."""
    proof = CarrierProof(api, needed)
    return lambda carrier: proof(TokenSigner(carrier.session, carrier.key))


def waiting_key_collector(api: object, data_dir: Path) -> Callable[[TokenSession], KeyRequest | None]:
    """For PinDialog(collect_waiting=…), on the token thread before the proof: the key request remembered in
    `data_dir` whose key is on the opened carrier, its certificate installed if the bank has issued it (the
    bank serves this to a session still owing its second factor). The clerk is never locked out by a key
    waiting for the bank: issued, it proves the carrier; not yet, the clerk comes in unable to sign."""
    from bsclient.client.session.key_request import collect_waiting

    return lambda session: collect_waiting(api, session, data_dir)  # type: ignore[arg-type]


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
