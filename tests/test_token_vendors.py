"""Any vendor's carrier: the same key work on SoftHSM2 and on openCryptoki's software token.

openCryptoki has no CKM_SHA256_RSA_PKCS (only CKM_RSA_PKCS, fed a DigestInfo) and no EC at all; SoftHSM2
has both: the mechanism is chosen from what the token offers, and every signature is checked by openssl.
"""

from __future__ import annotations

from pathlib import Path

import PyKCS11
import pytest

from bsclient.crypto import build_csr, canonical_bytes, sign_detached
from bsclient.token import MechanismUnsupportedError, Pin, Pkcs11Module, TokenSession, TokenSigner
from bsclient.token.mechanisms import signing_mechanism
from tests.helpers.certificates import TestCa, openssl_cms_verify
from tests.helpers.vendor_tokens import VendorToken

CONTENT = canonical_bytes({"schema": "kz.payment-order/1", "amount": "150000.00", "purpose": "Оплата"})


@pytest.mark.parametrize("algorithm", ["rsa-2048", "ec-p256"])
def test_a_key_made_on_any_carrier_signs_what_openssl_verifies(
    vendor_token: VendorToken, pin: Pin, algorithm: str, tmp_path: Path
) -> None:
    """The key signs with whichever mechanism the token has; a token without EC says so in words."""
    ca = TestCa()
    with Pkcs11Module(vendor_token.module_path) as module, TokenSession.open(
        module, pin, label=vendor_token.label
    ) as session:
        if algorithm == "ec-p256" and PyKCS11.CKM_EC_KEY_PAIR_GEN not in session.mechanisms():
            with pytest.raises(MechanismUnsupportedError) as refused:
                session.generate_key_pair("Director", algorithm)
            assert "KEY_PAIR_GEN" in str(refused.value)  # PyKCS11 names it CKM_ECDSA_KEY_PAIR_GEN
            assert session.key_pairs() == []
            return
        key = session.generate_key_pair("Director", algorithm)
        csr_pem = build_csr(key.public_key_der, lambda data: session.sign(key, data), key.algorithm,
                            common_name="Director")
        key = session.store_certificate(key, ca.issue_for_csr(csr_pem, common_name="Director",
                                                              iin="880101400123"))
        signature = sign_detached(CONTENT, TokenSigner(session, key))
        chosen = session.signing_mechanism(key).name

    good = openssl_cms_verify(tmp_path, CONTENT, signature, ca.pem)
    assert good.returncode == 0, good.stderr
    expected = {("softhsm", "rsa-2048"): "CKM_SHA256_RSA_PKCS", ("opencryptoki", "rsa-2048"): "CKM_RSA_PKCS",
                ("softhsm", "ec-p256"): "CKM_ECDSA"}
    assert chosen == expected.get((vendor_token.implementation, algorithm), chosen)


def test_tokens_are_told_apart_by_label_as_well_as_serial(vendor_token: VendorToken, pin: Pin) -> None:
    with Pkcs11Module(vendor_token.module_path) as module:
        token = next(token for token in module.tokens() if token.label == vendor_token.label)
        with TokenSession.open(module, pin, label=token.label, serial=token.serial) as session:
            assert session.token == token


def test_the_module_is_loaded_once_per_process_unless_it_needs_reloads(vendor_token: VendorToken) -> None:
    first = Pkcs11Module(vendor_token.module_path)
    lib = first.lib
    first.close()
    second = Pkcs11Module(vendor_token.module_path)
    try:
        assert (second.lib is lib) == (vendor_token.implementation != "softhsm")
    finally:
        second.close()


def test_the_mechanism_is_the_first_the_token_offers() -> None:
    assert signing_mechanism("rsa", {PyKCS11.CKM_RSA_PKCS}).name == "CKM_RSA_PKCS"
    both = {PyKCS11.CKM_RSA_PKCS, PyKCS11.CKM_SHA256_RSA_PKCS}
    assert signing_mechanism("rsa", both).name == "CKM_SHA256_RSA_PKCS"
    assert signing_mechanism("ec", {PyKCS11.CKM_ECDSA_SHA256}).name == "CKM_ECDSA_SHA256"
    prepared = signing_mechanism("rsa", {PyKCS11.CKM_RSA_PKCS}).prepare(b"x")
    assert prepared.hex().startswith("3031300d060960864801650304020105000420") and len(prepared) == 51


def test_a_gost_only_carrier_gets_a_sentence_naming_both_sides() -> None:
    gost_sign = PyKCS11.CKM_VENDOR_DEFINED | 0x4E4F1101  # where GOST vendors put theirs
    with pytest.raises(MechanismUnsupportedError) as refused:
        signing_mechanism("rsa", {PyKCS11.CKM_GOSTR3410, gost_sign, PyKCS11.CKM_SHA256})
    error = refused.value
    assert error.gost_only
    assert "GOST" in str(error) and "CKM_SHA256_RSA_PKCS" in str(error) and "CKM_GOSTR3410" in str(error)
    with pytest.raises(MechanismUnsupportedError) as other:
        signing_mechanism("ec", {PyKCS11.CKM_RSA_PKCS})
    assert not other.value.gost_only
