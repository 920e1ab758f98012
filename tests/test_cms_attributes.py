"""The bank checks a signature's signed attributes as RFC 5652 and RFC 5035 say, in the server as it runs
(`refbank serve` in its own process, as production starts it): exactly one content-type (id-data) and
one message-digest, each with one value; signing-certificate-v2 required and naming the signer's own
certificate (by its hash, and by issuer and serial when given). Each defect is a CMS built by hand
(tests/helpers/hand_cms.py) and sent as a document; openssl checks the well-formed one."""

from __future__ import annotations

import hashlib
import os
import subprocess

import pytest
import rfc8785
from asn1crypto import cms, core
from cryptography.hazmat.primitives import serialization

from tests.helpers import hand_cms
from tests.helpers.bank_documents import payment_order, put
from tests.helpers.refbank_server import enrol_software_key


def _digest(content: bytes) -> core.OctetString:
    return core.OctetString(hashlib.sha256(content).digest())


def _replace(attributes: list, name: str, values: list) -> list:
    return [(n, values if n == name else v) for n, v in attributes]


def _without(attributes: list, name: str) -> list:
    return [(n, v) for n, v in attributes if n != name]


def _defects(content: bytes, certificate_der: bytes, other_der: bytes) -> dict[str, list]:
    good = hand_cms.standard_attributes(content, certificate_der)
    wrong_digest = core.OctetString(hashlib.sha256(content + b" ").digest())
    return {
        "no signing-certificate-v2": _without(good, "signing_certificate_v2"),
        "signing-certificate-v2 of another certificate": _replace(
            good, "signing_certificate_v2", [hand_cms.ess_v2(other_der)]),
        "signing-certificate-v2 with another serial": _replace(
            good, "signing_certificate_v2", [hand_cms.ess_v2(certificate_der, serial=12345)]),
        "signing-certificate-v2 by SHA-1": _replace(
            good, "signing_certificate_v2", [hand_cms.ess_v2(certificate_der, hash_name="sha1")]),
        "signing-certificate-v2 with two values": _replace(
            good, "signing_certificate_v2", [hand_cms.ess_v2(certificate_der), hand_cms.ess_v2(other_der)]),
        "two message-digest attributes": [*good, ("message_digest", [wrong_digest])],
        "two equal message-digest attributes": [*good, ("message_digest", [_digest(content)])],
        "a message-digest with two values": _replace(good, "message_digest", [_digest(content), wrong_digest]),
        "no message-digest": _without(good, "message_digest"),
        "two content-type attributes": [*good, ("content_type", [cms.ContentType("data")])],
        "no content-type": _without(good, "content_type"),
        "a content-type that is not id-data": _replace(good, "content_type", [cms.ContentType("signed_data")]),
        "two signing-time attributes": [*good, next(a for a in good if a[0] == "signing_time")],
    }


@pytest.fixture(scope="module")
def other_certificate_der(bank, clerk) -> bytes:
    """Another certificate of the same bank for the same user: the ESS attribute may name only the signer's."""
    return enrol_software_key(bank, clerk).certificate.public_bytes(serialization.Encoding.DER)


def _certificate_der(signer) -> bytes:
    return signer.certificate.public_bytes(serialization.Encoding.DER)


@pytest.mark.parametrize("defect", [
    "no signing-certificate-v2", "signing-certificate-v2 of another certificate",
    "signing-certificate-v2 with another serial", "signing-certificate-v2 by SHA-1",
    "signing-certificate-v2 with two values", "two message-digest attributes",
    "two equal message-digest attributes", "a message-digest with two values", "no message-digest",
    "two content-type attributes", "no content-type", "a content-type that is not id-data",
    "two signing-time attributes"])
def test_each_defect_of_the_signed_attributes_is_rejected_by_the_running_bank(
        bank, clerk, signer, other_certificate_der, defect):
    order = payment_order(bank, "10.00")
    content = rfc8785.dumps(order)
    attributes = _defects(content, _certificate_der(signer), other_certificate_der)[defect]
    answer = put(clerk, bank, order["id"], content, [hand_cms.build(content, signer.key, signer.certificate,
                                                                     attributes)])
    assert answer.status_code == 201, answer.text
    assert answer.json()["status"] == "rejected"
    assert answer.json()["reason"]["code"] == "signature_invalid", answer.json()["reason"]


@pytest.mark.parametrize("hash_name", ["sha256", "sha512"])
def test_a_well_formed_signature_is_accepted_and_verifies_with_openssl(bank, clerk, signer, tmp_path, hash_name):
    order = payment_order(bank, "10.00")
    content = rfc8785.dumps(order)
    attributes = _replace(hand_cms.standard_attributes(content, _certificate_der(signer)), "signing_certificate_v2",
                          [hand_cms.ess_v2(_certificate_der(signer), hash_name=hash_name)])
    signature = hand_cms.build(content, signer.key, signer.certificate, attributes)
    answer = put(clerk, bank, order["id"], content, [signature])
    assert answer.json()["status"] == "accepted", answer.json()
    (tmp_path / "document.json").write_bytes(content)
    (tmp_path / "signature.p7s").write_bytes(signature)
    checked = subprocess.run(
        ["openssl", "cms", "-verify", "-binary", "-inform", "DER", "-content", str(tmp_path / "document.json"),
         "-in", str(tmp_path / "signature.p7s"), "-CAfile", str(bank.ca_file), "-purpose", "any", "-out", os.devnull],
        capture_output=True, text=True, timeout=30)
    assert checked.returncode == 0, checked.stderr


def test_openssl_refuses_what_the_bank_refuses_for_two_message_digests(bank, signer, tmp_path):
    """The independent peer agrees: a signature with two message-digest attributes is not valid evidence."""
    content = b'{"id":"x"}'
    good = hand_cms.standard_attributes(content, _certificate_der(signer))
    signature = hand_cms.build(content, signer.key, signer.certificate,
                               [*good, ("message_digest", [core.OctetString(b"\x00" * 32)])])
    (tmp_path / "document.json").write_bytes(content)
    (tmp_path / "signature.p7s").write_bytes(signature)
    checked = subprocess.run(
        ["openssl", "cms", "-verify", "-binary", "-inform", "DER", "-content", str(tmp_path / "document.json"),
         "-in", str(tmp_path / "signature.p7s"), "-CAfile", str(bank.ca_file), "-purpose", "any", "-out", os.devnull],
        capture_output=True, text=True, timeout=30)
    assert checked.returncode != 0
