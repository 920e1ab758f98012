"""The local store at rest: encrypted with SQLCipher under a random key kept in a real Secret Service
(gnome-keyring on a private D-Bus, tests/plugins/secrets.py), so a copy of the file alone shows no
beneficiary, amount or purpose; an older plain store encrypted once; a store whose key is gone, that is
damaged, empty or missing set aside (never deleted) with what happened; daily backups, encrypted too."""

from __future__ import annotations

import shutil
import sqlite3
import stat
import subprocess
from datetime import date, timedelta
from pathlib import Path

import keyring
import keyring.backends.fail
import pytest

from bsclient.client.config import load_config, write_config
from bsclient.client.documents.backups import list_backups, make_daily_backup, restore_backup
from bsclient.client.documents.local_store import SET_ASIDE_DIR, StorePlace, StoreTroubleError, Trouble, open_store
from bsclient.client.documents.store import DocumentStore
from bsclient.client.documents.store_key import SERVICE, StoreKeyError
from bsclient.client.setup.deployment import read_deployment
from bsclient.client.setup.flow import SetupData, final_config
from tests.helpers.drafts import order

SECRETS = ("Zhibek Zholy Logistics", "987654.32", "cement for block 4471")


def secret_order(number: int = 7):
    made = order(number, amount=SECRETS[1], purpose=f"Payment for {SECRETS[2]}")
    made.beneficiary.name = f"TOO {SECRETS[0]}"
    return made


def shows_nothing(path: Path) -> None:
    """Neither `strings` nor the sqlite3 shell finds a word of the documents in the copied file."""
    copy = path.parent.parent / "copies" / path.name
    copy.parent.mkdir(exist_ok=True)
    shutil.copyfile(path, copy)
    text = subprocess.run(["strings", "-n", "4", str(copy)], capture_output=True, text=True, check=True).stdout
    assert not [secret for secret in SECRETS if secret in text]
    assert b"SQLite format 3" not in copy.read_bytes()[:16]
    shell = subprocess.run(["sqlite3", str(copy), ".dump"], capture_output=True, text=True, check=False)
    assert "file is not a database" in shell.stdout + shell.stderr
    assert not [secret for secret in SECRETS if secret in shell.stdout]


def test_a_copy_of_the_store_shows_no_beneficiary_amount_or_purpose(tmp_path: Path) -> None:
    place = StorePlace(tmp_path / "data")
    with open_store(place) as store:
        store.save_draft(secret_order())
        assert store.list()[0].order.beneficiary.name == f"TOO {SECRETS[0]}"
    shows_nothing(place.store_path)
    # The key is in the Secret Service: 32 random bytes, never beside the file.
    key = keyring.get_password(SERVICE, place.keys.entry)
    assert key is not None and len(bytes.fromhex(key)) == 32
    assert key.encode() not in place.store_path.read_bytes()
    assert stat.S_IMODE(place.store_path.stat().st_mode) == 0o600


def test_an_older_plain_store_is_encrypted_once_and_no_plain_copy_stays(tmp_path: Path) -> None:
    place = StorePlace(tmp_path / "data")
    with DocumentStore(place.store_path) as plain:  # as the client before encryption kept it
        plain.save_draft(secret_order())
    assert SECRETS[0].encode() in place.store_path.read_bytes() or place.store_path.with_name(
        place.store_path.name + "-wal").exists()
    with open_store(place) as store:
        assert [r.order.purpose for r in store.list()] == [f"Payment for {SECRETS[2]}"]
    shows_nothing(place.store_path)
    assert sorted(p.name for p in place.data_dir.iterdir()) == ["documents.sqlite3"]
    with open_store(place) as again:  # the second start opens it as it is
        assert len(again.list()) == 1


def _kept(place: StorePlace, number: int = 7) -> None:
    with open_store(place) as store:
        store.save_draft(secret_order(number))


def test_a_store_whose_key_is_gone_is_set_aside_not_deleted(tmp_path: Path) -> None:
    place = StorePlace(tmp_path / "data")
    _kept(place)
    original = place.store_path.read_bytes()
    keyring.delete_password(SERVICE, place.keys.entry)
    with pytest.raises(StoreTroubleError) as caught:
        open_store(place)
    trouble = caught.value
    assert trouble.trouble == Trouble.KEY_MISSING and not place.store_path.exists()
    assert trouble.set_aside is not None and trouble.set_aside.parent.name == SET_ASIDE_DIR
    assert trouble.set_aside.read_bytes() == original
    assert str(trouble.set_aside) in str(trouble) and "credential store" in str(trouble)


def test_a_damaged_store_is_set_aside_with_what_happened(tmp_path: Path) -> None:
    place = StorePlace(tmp_path / "data")
    _kept(place)
    damaged = bytearray(place.store_path.read_bytes())
    damaged[100:4000] = bytes(3900)
    place.store_path.write_bytes(bytes(damaged))
    with pytest.raises(StoreTroubleError) as caught:
        open_store(place)
    assert caught.value.trouble == Trouble.DAMAGED and caught.value.set_aside is not None
    assert caught.value.set_aside.read_bytes() == bytes(damaged)


def test_a_store_suddenly_empty_or_missing_is_said(tmp_path: Path) -> None:
    place = StorePlace(tmp_path / "data")
    _kept(place)
    place.store_path.write_bytes(b"")  # truncated to nothing
    with pytest.raises(StoreTroubleError) as caught:
        open_store(place)
    assert caught.value.trouble == Trouble.EMPTY and caught.value.set_aside is not None
    assert caught.value.set_aside.stat().st_size == 0
    with pytest.raises(StoreTroubleError) as gone:
        open_store(place)  # the file is gone now, its key is still there
    assert gone.value.trouble == Trouble.MISSING and gone.value.set_aside is None


def test_no_credential_store_refuses_and_tells_it_what_to_do(tmp_path: Path) -> None:
    previous = keyring.get_keyring()
    keyring.set_keyring(keyring.backends.fail.Keyring())
    try:
        with pytest.raises(StoreKeyError) as caught:
            open_store(StorePlace(tmp_path / "data"))
    finally:
        keyring.set_keyring(previous)
    assert "key_file" in str(caught.value) and "never kept unencrypted" in str(caught.value)
    assert not (tmp_path / "data" / "documents.sqlite3").exists()


def test_a_key_file_named_by_it_is_the_explicit_fallback(tmp_path: Path) -> None:
    place = StorePlace(tmp_path / "data", key_file=tmp_path / "keys" / "store.key")
    _kept(place)
    assert stat.S_IMODE(place.key_file.stat().st_mode) == 0o600  # type: ignore[union-attr]  # set just above
    assert keyring.get_password(SERVICE, place.keys.entry) is None
    shows_nothing(place.store_path)


def test_daily_backups_rotate_are_encrypted_and_restore(tmp_path: Path) -> None:
    place = StorePlace(tmp_path / "data")
    first = date(2026, 3, 2)
    with open_store(place) as store:
        for day in range(9):
            store.save_draft(secret_order(100 + day))
            made = make_daily_backup(store, first + timedelta(days=day), keep=7)
            assert made is not None and stat.S_IMODE(made.stat().st_mode) == 0o600
        assert make_daily_backup(store, first + timedelta(days=8), keep=7) is None  # one a day
    key = place.keys.read()
    backups = list_backups(place.data_dir, key)
    assert [b.day for b in backups] == [first + timedelta(days=d) for d in range(8, 1, -1)]
    assert [b.documents for b in backups] == list(range(9, 2, -1))
    shows_nothing(backups[0].path)
    place.store_path.unlink()
    with restore_backup(backups[1], place.store_path, key) as restored:
        assert len(restored.list()) == 8
    assert list_backups(place.data_dir, bytes(32))[0].usable is False  # another key opens none


def test_the_plain_sqlite3_module_cannot_read_the_store(tmp_path: Path) -> None:
    place = StorePlace(tmp_path / "data")
    _kept(place)
    with pytest.raises(sqlite3.DatabaseError):
        sqlite3.connect(place.store_path).execute("SELECT * FROM documents").fetchall()


def test_the_deployment_file_may_name_the_key_file_and_the_settings_keep_it(tmp_path: Path) -> None:
    deployment_file = tmp_path / "bsclient-deployment.toml"
    deployment_file.write_text('[bank]\nurl = "https://bank.example"\n\n[carrier]\nmodule = "libsofthsm2.so"\n\n'
                               '[storage]\nkey_file = "/srv/keys/bsclient.key"\n', encoding="utf-8")
    data = SetupData.from_deployment(read_deployment(deployment_file), None)
    config = final_config(data, config_dir=tmp_path, data_dir=tmp_path / "data")
    assert config.store_key_file == Path("/srv/keys/bsclient.key")
    write_config(config, tmp_path / "config.toml")
    assert load_config(tmp_path / "config.toml").store_key_file == Path("/srv/keys/bsclient.key")
