"""The pure parts of the self-service: the settings ([session] lock_after_minutes, [bank] phone),
the notices' rotation kept in the data directory, the remembered key request, the bank's serial naming."""

from __future__ import annotations

from pathlib import Path

import pytest

from bsclient.client.carrier import KeyPair
from bsclient.client.config import ConfigError, load_config, write_config
from bsclient.client.session.key_compromise import bank_serial
from bsclient.client.session.key_request import (
    PENDING_FILE,
    KeyRequest,
    forget_pending,
    pending_request,
    remembered_request_id,
    save_pending,
)
from bsclient.client.session.security_notices import NOTICES, STATE_FILE, next_notice

BASE = '[bank]\nurl = "https://bank.example"\nca_file = "ca.pem"\n{bank}\n[carrier]\nmodule = "softhsm.so"\n{rest}'


def _config(tmp_path: Path, bank: str = "", rest: str = "") -> Path:
    path = tmp_path / "config.toml"
    path.write_text(BASE.format(bank=bank, rest=rest), encoding="utf-8")
    return path


def test_lock_minutes_and_bank_phone_are_read_and_written_back(tmp_path: Path) -> None:
    default = load_config(_config(tmp_path))
    assert default.lock_after_minutes == 15 and default.bank_phone is None
    config = load_config(_config(tmp_path, 'phone = "+7 727 244 00 00"', "\n[session]\nlock_after_minutes = 0.5\n"))
    assert config.lock_after_minutes == 0.5 and config.bank_phone == "+7 727 244 00 00"
    write_config(config, tmp_path / "again.toml")
    assert load_config(tmp_path / "again.toml") == config


@pytest.mark.parametrize("value", ['"ten"', "-1", "true"])
def test_a_wrong_lock_setting_is_named(tmp_path: Path, value: str) -> None:
    with pytest.raises(ConfigError) as caught:
        load_config(_config(tmp_path, rest=f"\n[session]\nlock_after_minutes = {value}\n"))
    assert "lock_after_minutes" in str(caught.value.message.render(lambda _c, text: text))


def test_notices_rotate_and_wrap_around(tmp_path: Path) -> None:
    shown = [next_notice(tmp_path) for _ in range(len(NOTICES) + 2)]
    assert shown == [*range(len(NOTICES)), 0, 1]
    (tmp_path / STATE_FILE).write_text("not json", encoding="utf-8")
    assert next_notice(tmp_path) == 0  # a damaged file starts again, it does not stop the sign-in
    assert 5 <= len(NOTICES) <= 8


def _key(key_id: bytes, certificate: bytes | None = None) -> KeyPair:
    return KeyPair(label="Internet-Client signing key", key_id=key_id, algorithm="rsa", public_key_der=b"",
                   certificate_der=certificate)


def test_the_pending_key_request_is_remembered_in_the_data_dir_until_installed(tmp_path: Path) -> None:
    new, other = _key(b"\xab\x01"), _key(b"\xcd\x02")
    assert pending_request(tmp_path, [new]) is None and remembered_request_id(tmp_path) is None
    save_pending(tmp_path, KeyRequest(new, "req-1", installed=False))
    assert (tmp_path / PENDING_FILE).exists()  # one record, in the client's data dir
    assert remembered_request_id(tmp_path) == "req-1"
    assert pending_request(tmp_path, [other, new]) == KeyRequest(new, "req-1", installed=False)
    assert pending_request(tmp_path, [other]) is None  # another carrier: not this request's key
    assert pending_request(tmp_path, [_key(b"\xab\x01", b"cert")]) is None  # installed meanwhile
    forget_pending(tmp_path)
    assert remembered_request_id(tmp_path) is None


def test_bank_serial_is_lower_case_hex_without_leading_zeros() -> None:
    assert bank_serial("0A:1B:FF") == "a1bff"
    assert bank_serial("00FF") == "ff"
