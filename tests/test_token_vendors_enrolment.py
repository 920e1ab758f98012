"""Enrolment and `doctor` on any vendor's carrier, at a running bank: SoftHSM2 and openCryptoki.

A failed request leaves no key behind, a retry makes exactly one, and doctor names the mechanism the
carrier signs with (the one the bank's signatures are then made with).
"""

from __future__ import annotations

import subprocess
import sys

import pytest

from bsclient.client.carrier import Carrier, MechanismUnsupportedError, Pin
from bsclient.client.session.bank_api import BankApi
from bsclient.client.session.bank_errors import BankError
from bsclient.client.session.key_request import SIGNING_KEY_LABEL, request_key
from bsclient.doctor import check_signing
from installer.provisioning import ProvisionedCarrier, enrol_carrier
from tests.helpers.carriers import clerk_login
from tests.helpers.refbank_server import REPO, RunningBank
from tests.helpers.softhsm import USER_PIN
from tests.helpers.vendor_tokens import VendorToken


def test_a_failed_request_leaves_no_key_and_a_retry_makes_one(bank: RunningBank, vendor_token: VendorToken) -> None:
    carrier = Carrier(vendor_token.module_path)
    api = BankApi(bank.url, bank.ca_file)
    try:
        carrier.open(Pin(USER_PIN), label=vendor_token.label)
        carrier.generate_key(SIGNING_KEY_LABEL)  # the orphan of an enrolment cut short
        with pytest.raises(BankError):  # not signed in: the bank refuses the request
            request_key(api, carrier, common_name="Director")
        assert carrier.key_pairs() == []

        login = clerk_login(bank)
        api.login(login, bank.users[login])
        request = request_key(api, carrier, common_name="Director")
        keys = carrier.key_pairs()
        assert [key.key_id for key in keys] == [request.key.key_id]
        api.logout()
    finally:
        api.close()
        carrier.shutdown()


def test_doctor_names_the_mechanism_an_enrolled_carrier_signs_with(
    bank: RunningBank, vendor_token: VendorToken
) -> None:
    login = clerk_login(bank)
    provisioned = ProvisionedCarrier(vendor_token.module_path, vendor_token.label, USER_PIN, "")
    enrol_carrier(provisioned, bank_url=bank.url, ca_file=bank.ca_file, login=login,
                  password=bank.users[login], bank_data=bank.data_dir)
    result = subprocess.run([sys.executable, "-m", "bsclient", "doctor", "--module", vendor_token.module_path],
                            capture_output=True, text=True, cwd=REPO, timeout=120)
    expected = "CKM_SHA256_RSA_PKCS" if vendor_token.implementation == "softhsm" else "CKM_RSA_PKCS"
    assert f"[ OK ] signs the way the bank needs: '{vendor_token.label}': RSA with {expected}" in result.stdout, \
        result.stdout


class _GostOnlyCarrier:
    def signing_mechanisms(self, token: object) -> dict[str, str]:
        raise MechanismUnsupportedError(offered=("CKM_GOSTR3410",), needed=("CKM_SHA256_RSA_PKCS",), gost_only=True)


def test_doctor_fails_a_gost_only_carrier_with_a_sentence() -> None:
    token = type("Token", (), {"label": "JaCarta GOST"})()
    result = check_signing(_GostOnlyCarrier(), token)  # type: ignore[arg-type]  # a stand-in for both
    assert not result.ok
    assert "only with GOST" in result.detail and "CKM_GOSTR3410" in result.detail
