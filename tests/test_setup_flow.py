"""The set-up's flow, deployment file and server identity, without a screen or a bank."""

from __future__ import annotations

import datetime as dt

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from bsclient.client.config import ConfigError
from bsclient.client.session.server_identity import format_fingerprint, identity_of_chain, normalise_fingerprint
from bsclient.client.setup.deployment import Deployment, candidate_paths, find_deployment, read_deployment
from bsclient.client.setup.flow import SetupData, Step, first_step, may_leave, next_step

FINGERPRINT = ":".join(["AB"] * 32)


def walk(data: SetupData) -> list[Step]:
    steps, step = [], first_step(data)
    while step is not None:
        steps.append(step)
        step = next_step(step, data)
    return steps


def test_a_new_user_with_a_blank_carrier_goes_through_every_step():
    data = SetupData(password_change="first_login", has_bank_certificate=False)
    assert walk(data) == [Step.LANGUAGE, Step.SERVER, Step.CARRIER, Step.LOGIN, Step.PASSWORD, Step.KEY, Step.SUMMARY]


def test_a_certified_carrier_and_a_changed_password_skip_their_steps():
    data = SetupData(password_change=None, has_bank_certificate=True)
    assert walk(data) == [Step.LANGUAGE, Step.SERVER, Step.CARRIER, Step.LOGIN, Step.SUMMARY]


def test_the_deployment_files_language_skips_the_language_step():
    data = SetupData.from_deployment(Deployment(language="ru", server_url="https://bank", ca_fingerprint=FINGERPRINT))
    assert first_step(data) is Step.SERVER and data.language == "ru" and data.server_preset


def test_R6_6_the_server_step_is_left_only_after_the_ca_matched():
    data = SetupData()
    assert not may_leave(Step.SERVER, data)
    data.ca_pem = b"-----BEGIN CERTIFICATE-----"
    assert may_leave(Step.SERVER, data)
    assert not may_leave(Step.PASSWORD, SetupData(password_change="first_login"))
    assert not may_leave(Step.KEY, SetupData())


def test_deployment_file_toml_and_ini(tmp_path):
    toml = tmp_path / "bsclient-deployment.toml"
    toml.write_text(f'[bank]\nurl = "https://bank.example.kz"\nca_fingerprint = "{FINGERPRINT.lower()}"\n'
                    '[carrier]\nmodule = "/usr/lib/vendor/pkcs11.so"\ntoken_label = "JaCarta"\n[ui]\nlanguage = "kk"\n',
                    encoding="utf-8")
    ini = tmp_path / "bsclient-deployment.ini"
    ini.write_text(f"[bank]\nurl = https://bank.example.kz\nca_fingerprint = {FINGERPRINT.replace(':', ' ')}\n"
                   "[carrier]\nmodule = /usr/lib/vendor/pkcs11.so\n", encoding="utf-8")
    from_toml, from_ini = read_deployment(toml), read_deployment(ini)
    assert from_toml == Deployment("https://bank.example.kz", FINGERPRINT, "/usr/lib/vendor/pkcs11.so", "JaCarta",
                                   "kk", toml)
    assert (from_ini.server_url, from_ini.ca_fingerprint, from_ini.token_label) == (
        "https://bank.example.kz", FINGERPRINT, None)


def test_deployment_file_with_a_wrong_fingerprint_says_so(tmp_path):
    path = tmp_path / "d.toml"
    path.write_text('[bank]\nca_fingerprint = "12:34"\n', encoding="utf-8")
    with pytest.raises(ConfigError) as caught:
        read_deployment(path)
    assert "64" in caught.value.message.render(lambda _c, text: text)


def test_deployment_file_is_looked_for_in_order(tmp_path):
    program = tmp_path / "program"
    program.mkdir()
    (program / "bsclient-deployment.ini").write_text("[bank]\nurl = https://from-program\n", encoding="utf-8")
    explicit = tmp_path / "mine.toml"
    explicit.write_text('[bank]\nurl = "https://explicit"\n', encoding="utf-8")
    assert find_deployment(candidate_paths(environ={}, program_dir=program)).server_url == "https://from-program"
    assert find_deployment(candidate_paths(environ={"BSCLIENT_DEPLOYMENT": str(explicit)},
                                           program_dir=program)).server_url == "https://explicit"
    assert find_deployment([tmp_path / "none.toml"]) == Deployment()


def test_fingerprints_are_compared_as_hex_digits():
    assert normalise_fingerprint("ab cd" * 16) == "ABCD" * 16
    assert normalise_fingerprint("AB:CD") is None
    assert format_fingerprint("ab" * 32) == FINGERPRINT


def _certificate(subject: str, issuer_key, key, issuer: str) -> x509.Certificate:
    now = dt.datetime.now(dt.UTC)
    return (x509.CertificateBuilder().subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, subject)]))
            .issuer_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, issuer)])).public_key(key.public_key())
            .serial_number(x509.random_serial_number()).not_valid_before(now).not_valid_after(now + dt.timedelta(days=1))
            .sign(issuer_key, hashes.SHA256()))


def test_R6_6_a_ca_that_did_not_issue_the_server_certificate_is_not_taken():
    ca_key, other_key, server_key = (ec.generate_private_key(ec.SECP256R1()) for _ in range(3))
    ca = _certificate("Bank CA", ca_key, ca_key, "Bank CA")
    impostor = _certificate("Bank CA", other_key, other_key, "Bank CA")
    server = _certificate("localhost", ca_key, server_key, "Bank CA")
    der = serialization.Encoding.DER
    genuine = identity_of_chain("https://x", [server.public_bytes(der), ca.public_bytes(der)])
    printed = genuine.ca.sha256
    assert genuine.ca_matches(printed) and genuine.ca_matches(printed.replace(":", "").lower())
    # A fake chain that names the printed CA but whose server certificate it did not sign.
    fake = identity_of_chain("https://x", [_certificate("localhost", other_key, server_key, "Bank CA")
                                           .public_bytes(der), ca.public_bytes(der)])
    assert fake.ca is None and not fake.ca_matches(printed)
    assert not identity_of_chain("https://x", [server.public_bytes(der), impostor.public_bytes(der)]).ca_matches(printed)


def test_final_config_keeps_what_the_wizard_does_not_ask(tmp_path):
    from dataclasses import replace

    from bsclient.client.config import ClientConfig
    from bsclient.client.setup.flow import final_config

    current = ClientConfig("https://old", tmp_path / "old.pem", "/old.so", None, tmp_path, idle_reminder_minutes=3.0)
    data = SetupData(deployment=Deployment(bank_phone="+7 727 000 00 00"), server_url="https://new",
                     pkcs11_module="/new.so", token_label="T", language="ru")
    config = final_config(data, config_dir=tmp_path / "cfg", data_dir=tmp_path / "data", current=current)
    assert config == replace(current, server_url="https://new", ca_file=tmp_path / "cfg" / "bank-ca.pem",
                             pkcs11_module="/new.so", token_label="T", data_dir=tmp_path / "data", language="ru",
                             bank_phone="+7 727 000 00 00")
