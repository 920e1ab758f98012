"""Signing on the token, end to end: key on the carrier, CSR, certificate, detached CMS.

Every signature made here is verified by an independent peer (openssl) and by verify_detached.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from bsclient.crypto import CryptoError, build_csr, canonical_bytes, sign_detached, verify_detached
from bsclient.token import Pin, Pkcs11Module, TokenSession, TokenSigner, TokenThread
from tests.helpers.certificates import TestCa, openssl_cms_verify, require_tool
from tests.helpers.softhsm import USER_PIN, SoftHsm

ORDER = {
    "schema": "kz.payment-order/1",
    "id": "0b0e6c0e-2f6e-4d43-9e48-1d4f8f1d2a10",
    "amount": "150000.00",
    "currency": "KZT",
    "purpose": "Оплата по счёту №17 за услуги связи",
}


@pytest.mark.parametrize("algorithm", ["rsa-2048", "ec-p256"])
def test_a_document_signed_on_the_token_verifies_with_openssl(
    softhsm: SoftHsm, pin: Pin, algorithm: str, tmp_path: Path
) -> None:
    """Signing: CSR from the token, certificate stored on it, detached CMS checked by openssl."""
    label = softhsm.new_token("sign")
    ca = TestCa()
    content = canonical_bytes(ORDER)
    with Pkcs11Module(softhsm.module_path) as module, TokenSession.open(
        module, pin, label=label
    ) as session:
        key = session.generate_key_pair("Director", algorithm)
        csr_pem = build_csr(
            key.public_key_der,
            lambda data: session.sign(key, data),
            key.algorithm,
            common_name="Director",
        )
        _assert_openssl_accepts_csr(csr_pem, tmp_path)
        certificate_der = ca.issue_for_csr(
            csr_pem, common_name="Сейткали Айгерим", iin="880101400123"
        )
        key = session.store_certificate(key, certificate_der)
        signature = sign_detached(content, TokenSigner(session, key))

    good = openssl_cms_verify(tmp_path, content, signature, ca.pem)
    assert good.returncode == 0, good.stderr
    assert "Verification successful" in good.stderr

    changed = content.replace(b"150000.00", b"150001.00")
    bad = openssl_cms_verify(tmp_path, changed, signature, ca.pem)
    assert bad.returncode != 0
    assert "Verification failure" in bad.stderr

    info = verify_detached(content, signature, ca.der)
    assert info.owner_name == "Сейткали Айгерим"
    assert info.iin == "880101400123"
    with pytest.raises(CryptoError):
        verify_detached(changed, signature, ca.der)


def test_signing_runs_on_the_token_thread_as_the_ui_will_use_it(
    softhsm: SoftHsm, tmp_path: Path
) -> None:
    """The UI submits token work to the one TokenThread and gets the CMS back from a Future."""
    label = softhsm.new_token("thread")
    ca = TestCa()
    content = canonical_bytes(ORDER)

    def enrol_and_sign() -> bytes:
        module = Pkcs11Module(softhsm.module_path, thread=thread)
        with TokenSession.open(module, Pin(USER_PIN), label=label) as session:
            key = session.generate_key_pair("Accountant", "ec-p256")
            key = session.store_certificate(
                key, ca.issue(key.public_key_der, common_name="Accountant")
            )
            (found,) = session.key_pairs()
            signature = sign_detached(content, TokenSigner(session, found))
        module.close()
        return signature

    with TokenThread() as thread:
        signature = thread.submit(enrol_and_sign).result()
    result = openssl_cms_verify(tmp_path, content, signature, ca.pem)
    assert result.returncode == 0, result.stderr
    assert verify_detached(content, signature, ca.der).owner_name == "Accountant"


def _assert_openssl_accepts_csr(csr_pem: bytes, directory: Path) -> None:
    (directory / "csr.pem").write_bytes(csr_pem)
    result = subprocess.run(
        [require_tool("openssl"), "req", "-verify", "-noout", "-in", str(directory / "csr.pem")],
        capture_output=True, text=True, check=False,
    )
    # openssl 3.0 exits 0 even when the self-signature fails: read what it says.
    assert result.returncode == 0, result.stderr
    assert "verify OK" in result.stdout + result.stderr, result.stdout + result.stderr


def test_a_key_handle_kept_from_an_earlier_signature_is_looked_up_again_when_stale(
    softhsm: SoftHsm, pin: Pin
) -> None:
    """The session keeps the key's handle between signatures (no search per signature); a handle
    that no longer names the key (the key was replaced) is found again, and the signature still verifies."""
    import PyKCS11

    label = softhsm.new_token("stale")
    ca = TestCa()
    with Pkcs11Module(softhsm.module_path) as module, TokenSession.open(module, pin, label=label) as session:
        key = session.generate_key_pair("Director", "rsa-2048")
        key = session.store_certificate(key, ca.issue(key.public_key_der, common_name="Director"))
        stale = PyKCS11.CK_OBJECT_HANDLE(session._current())
        stale.assign(0x7FFF_FFF0)
        session._key_handles[key.key_id] = stale
        signature = sign_detached(b"content", TokenSigner(session, key))
        assert session._key_handles[key.key_id].value() != 0x7FFF_FFF0
    assert verify_detached(b"content", signature, ca.der).owner_name == "Director"
