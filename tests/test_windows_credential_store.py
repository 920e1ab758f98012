"""The local store's key in the Windows Credential Manager, on a simulated one: keyring's own Windows backend
(keyring.backends.Windows) over a stand-in for the Credential Manager's calls (CredRead, CredWrite, CredDelete,
as pywin32-ctypes gives them), so the key's way through keyring is the one it takes on a clerk's computer."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import keyring
import keyring.backends.Windows
import pytest

from bsclient.client.documents.local_store import StorePlace, open_store
from bsclient.client.documents.store_key import KEY_BYTES, SERVICE, StoreKeyError
from tests.helpers.drafts import order

NOT_FOUND = 1168  # ERROR_NOT_FOUND


class CredentialError(Exception):
    """pywintypes.error: the failing call's name and Windows' error number."""

    def __init__(self, winerror: int, funcname: str, strerror: str) -> None:
        super().__init__(winerror, funcname, strerror)
        self.winerror, self.funcname, self.strerror = winerror, funcname, strerror


class CredentialManager:
    """The generic credentials of one Windows user, as win32cred's calls see them: the secret is kept as
    UTF-16 bytes (what the Credential Manager holds for a text written through pywin32-ctypes)."""

    CRED_TYPE_GENERIC = 1
    CRED_PERSIST_ENTERPRISE = 3

    def __init__(self) -> None:
        self.credentials: dict[str, dict[str, Any]] = {}

    def CredRead(self, Type: int, TargetName: str) -> dict[str, Any]:  # noqa: N803 - win32cred's names
        if (Type, TargetName) not in {(self.CRED_TYPE_GENERIC, name) for name in self.credentials}:
            raise CredentialError(NOT_FOUND, "CredRead", "Element not found.")
        return dict(self.credentials[TargetName])

    def CredWrite(self, Credential: dict[str, Any], Flags: int) -> None:  # noqa: N803 - win32cred's names
        self.credentials[Credential["TargetName"]] = {
            **Credential, "CredentialBlob": Credential["CredentialBlob"].encode("utf-16-le")}

    def CredDelete(self, Type: int, TargetName: str) -> None:  # noqa: N803 - win32cred's names
        if self.credentials.pop(TargetName, None) is None:
            raise CredentialError(NOT_FOUND, "CredDelete", "Element not found.")


@pytest.fixture
def vault(monkeypatch: pytest.MonkeyPatch) -> Iterator[CredentialManager]:
    """keyring answers through its Windows backend from a simulated Credential Manager."""
    manager = CredentialManager()
    monkeypatch.setattr(keyring.backends.Windows, "win32cred", manager, raising=False)
    monkeypatch.setattr(keyring.backends.Windows, "pywintypes", SimpleNamespace(error=CredentialError), raising=False)
    previous = keyring.get_keyring()
    keyring.set_keyring(keyring.backends.Windows.WinVaultKeyring())
    try:
        yield manager
    finally:
        keyring.set_keyring(previous)


def profile_place(root: Path, user: str = "aigul") -> StorePlace:
    """The store's place in a simulated profile (C:\\Users\\<user>\\AppData\\Local\\bsclient under `root`)."""
    return StorePlace(root / "Users" / user / "AppData" / "Local" / "bsclient")


def test_the_key_is_kept_as_a_generic_credential_of_the_clerk(vault: CredentialManager, tmp_path: Path) -> None:
    keys = profile_place(tmp_path).keys
    assert keys.read() is None
    key = keys.make()
    assert len(key) == KEY_BYTES
    assert keys.read() == key
    (credential,) = vault.credentials.values()
    assert credential["TargetName"] == SERVICE and credential["UserName"] == keys.entry
    assert credential["CredentialBlob"].decode("utf-16-le") == key.hex()
    assert keys.where() == f"keyring.backends.Windows.WinVaultKeyring: {SERVICE} / {keys.entry}"


def test_each_data_folder_keeps_its_own_key(vault: CredentialManager, tmp_path: Path) -> None:
    # The Credential Manager has one credential per name: keyring moves the first under "<entry>@bsclient".
    first, second = profile_place(tmp_path, "aigul").keys, profile_place(tmp_path, "marat").keys
    first_key, second_key = first.make(), second.make()
    assert first_key != second_key
    assert (first.read(), second.read()) == (first_key, second_key)
    assert sorted(vault.credentials) == sorted([SERVICE, f"{first.entry}@{SERVICE}"])


def test_a_credential_the_client_did_not_make_is_refused(vault: CredentialManager, tmp_path: Path) -> None:
    keys = profile_place(tmp_path).keys
    keyring.set_password(SERVICE, keys.entry, "not a key")
    with pytest.raises(StoreKeyError) as refused:
        keys.read()
    assert "is not a key this client made" in refused.value.message.render()


def test_the_store_opens_again_with_the_key_from_the_credential_manager(vault: CredentialManager,
                                                                        tmp_path: Path) -> None:
    place = profile_place(tmp_path)
    with open_store(place) as store:
        store.save_draft(order(7))
    assert len(vault.credentials) == 1
    with open_store(place) as store:
        assert [record.order.number for record in store.list()] == [order(7).number]


def test_a_failing_credential_manager_is_said_in_the_clerks_words(vault: CredentialManager, tmp_path: Path,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    """Any failure but "not found" comes out of keyring as Windows' own error (here: no logon session)."""
    def refuse(Type: int, TargetName: str) -> dict[str, Any]:  # noqa: N803 - win32cred's names
        raise CredentialError(1312, "CredRead", "A specified logon session does not exist.")

    monkeypatch.setattr(vault, "CredRead", refuse)
    with pytest.raises(StoreKeyError) as raised:
        profile_place(tmp_path).keys.read()
    assert "no credential store the client can keep its key in" in str(raised.value)
