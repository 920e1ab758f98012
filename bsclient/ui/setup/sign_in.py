"""The wizard's sign-in: the login window's own calls (bsclient/client/session/login.py), the second factor
included: the carrier opened on the previous page signs the bank's challenge (R8.2), or the clerk types
the one-time code the bank sent instead."""

from __future__ import annotations

from pathlib import Path

from bsclient.client.carrier import KeyNotFoundError
from bsclient.client.models import UserInfo
from bsclient.client.session.bank_api import BankApi
from bsclient.client.session.login import CarrierProof, CarrierProofNeeded, LoginAnswer, log_in
from bsclient.client.session.proxy import proxy_url
from bsclient.ui.setup.context import SetupContext


def sign_in(api: BankApi | None, server_url: str, ca_file: Path, login: str,
            password: str, *, proxy: str | None = None) -> tuple[BankApi, LoginAnswer]:
    """Open the bank session for the set-up (a new connection unless `api`); runs on a background
    thread, so the caller keeps the connection when the answer is back on the GUI thread."""
    api = api if api is not None else BankApi(server_url, ca_file, proxy=proxy_url(proxy))
    return api, log_in(api, login, password)


def prove_carrier(context: SetupContext, needed: CarrierProofNeeded) -> UserInfo:
    """Sign the bank's login challenge with the carrier's bank key, then send it; runs in the background."""
    if not context.carrier.is_open or context.carrier.key is None or context.api is None:
        raise KeyNotFoundError()
    return CarrierProof(context.api, needed)(context.carrier.signer())
