"""The Carrier: the one owner of the token. Its PKCS#11 work runs on its one token thread whoever calls,
the windows' carrier never makes the GUI thread wait, closing drops the key at once, what it signs
verifies with openssl, and nothing else in bsclient imports the token layer."""

from __future__ import annotations

import os
import subprocess
import threading
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from bsclient.client.carrier import Carrier, KeyNotFoundError, KeyPair, Pin, TokenError
from bsclient.crypto import build_csr, canonical_bytes, sign_detached, verify_detached
from bsclient.token.session import TokenSession
from tests.helpers.certificates import TestCa, openssl_cms_verify
from tests.helpers.softhsm import SoftHsm

REPO = Path(__file__).resolve().parent.parent


@pytest.fixture
def carrier(softhsm: SoftHsm, pin: Pin) -> Iterator[Carrier]:
    """A new token opened through a Carrier; removed after the test (a token without a bank certificate
    would fail later checks of every carrier, such as bsclient doctor's)."""
    label = softhsm.new_token("carrier")
    opened = Carrier(softhsm.module_path)
    try:
        opened.open(pin, label=label)
        yield opened
    finally:
        opened.shutdown()  # unloaded: later tests' tokens must be seen
        subprocess.run(["softhsm2-util", "--delete-token", "--token", label], capture_output=True, timeout=60,
                       env={**os.environ, "SOFTHSM2_CONF": str(softhsm.config)})


def certified_key(carrier: Carrier, ca: TestCa, algorithm: str = "rsa-2048") -> None:
    key = carrier.generate_key("Director", algorithm)
    csr = build_csr(key.public_key_der, carrier.signer(key).sign, key.algorithm, common_name="Director")
    carrier.use_key(carrier.store_certificate(key, ca.issue_for_csr(csr, common_name="Сейткали Айгерим")))


def test_work_asked_from_any_thread_runs_on_the_one_token_thread(carrier: Carrier, monkeypatch) -> None:
    certified_key(carrier, TestCa())
    signed_on: list[str] = []
    sign = TokenSession.sign

    def recording(session: TokenSession, key: KeyPair, data: bytes) -> bytes:
        signed_on.append(threading.current_thread().name)
        return sign(session, key, data)

    monkeypatch.setattr(TokenSession, "sign", recording)
    signer = carrier.signer()
    with ThreadPoolExecutor(max_workers=3, thread_name_prefix="worker") as workers:
        signatures = list(workers.map(signer.sign, [b"one", b"two", b"three", b"four"]))
    signer.sign(b"five")  # a command-line carrier may make its caller wait, on the main thread too
    assert all(len(signature) == 256 for signature in signatures)
    assert len(signed_on) == 5 and len(set(signed_on)) == 1
    assert signed_on[0].startswith("pkcs11") and signed_on[0] != threading.current_thread().name


def test_work_asked_on_the_token_thread_runs_at_once(carrier: Carrier) -> None:
    """A carrier call made from the token thread itself (the presence watch's probe, a signer used
    inside token work) runs there directly instead of waiting for itself."""
    token_thread = carrier._thread
    keys = token_thread.submit(carrier.key_pairs).result(timeout=10)
    assert keys == []


def test_a_run_of_signatures_runs_on_the_token_thread_without_a_hand_over_each(carrier: Carrier) -> None:
    certified_key(carrier, TestCa())
    signer = carrier.signer()
    ran_on: list[str] = []
    signatures: list[bytes] = []

    def loop() -> None:
        ran_on.append(threading.current_thread().name)
        signatures.extend(signer.sign(bytes([n])) for n in range(5))  # direct: already on the token thread

    carrier.run_signing(loop)
    assert ran_on[0].startswith("pkcs11") and len(signatures) == 5


def test_the_windows_carrier_never_makes_the_gui_thread_wait(softhsm: SoftHsm) -> None:
    carrier = Carrier(softhsm.module_path, refuse_main_thread=True)
    try:
        with pytest.raises(AssertionError, match="GUI thread"):
            carrier.tokens()
        with pytest.raises(AssertionError, match="GUI thread"):
            carrier.run_signing(lambda: None)
        with ThreadPoolExecutor(max_workers=1) as worker:  # the windows' background worker
            assert isinstance(worker.submit(carrier.tokens).result(), list)
    finally:
        carrier.shutdown()


def test_closing_without_waiting_signs_nothing_from_that_moment(carrier: Carrier) -> None:
    certified_key(carrier, TestCa(), "ec-p256")
    key = carrier.key
    assert carrier.is_open and key is not None and carrier.certificate is not None
    carrier.close_session(wait=False)  # the carrier lock, on the GUI thread: it must not block
    assert not carrier.is_open and carrier.key is None and carrier.certificate is None and carrier.token is None
    with pytest.raises(TokenError):
        carrier.sign(key, b"after the close")
    with pytest.raises(KeyNotFoundError):
        carrier.signer()


def test_a_document_signed_through_the_carrier_verifies_with_openssl(carrier: Carrier, tmp_path: Path) -> None:
    ca = TestCa()
    certified_key(carrier, ca)
    content = canonical_bytes({"schema": "kz.payment-order/1", "amount": "150000.00"})
    signature = sign_detached(content, carrier.signer())
    checked = openssl_cms_verify(tmp_path, content, signature, ca.pem)
    assert checked.returncode == 0, checked.stderr
    assert verify_detached(content, signature, ca.der).owner_name == carrier.certificate.owner_name


def test_a_sibling_shares_the_token_thread_and_leaves_it_running(carrier: Carrier, softhsm: SoftHsm) -> None:
    sibling = carrier.sibling()
    assert sibling._thread is carrier._thread
    assert sibling.tokens()  # its own module, on the same thread
    sibling.shutdown()
    assert carrier.key_pairs() == []  # the carrier's thread still serves it

