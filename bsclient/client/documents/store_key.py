"""The local store's key: 32 random bytes kept in the system's credential store through `keyring`
(Windows Credential Manager; the Secret Service, e.g. GNOME Keyring, on Linux), one entry per store
file. Where a computer has no credential store, IT staff may name a key file in the deployment file
([storage] key_file); without either the client refuses to keep documents rather than keep them plain."""

from __future__ import annotations

import logging
import os
import secrets
from dataclasses import dataclass
from pathlib import Path

import keyring
import keyring.errors

from bsclient.messages import QT_TRANSLATE_NOOP, ClerkError, Message

log = logging.getLogger(__name__)

SERVICE = "bsclient"
KEY_BYTES = 32


class StoreKeyError(ClerkError):
    """The key cannot be read or kept: no credential store, a locked one, or an unreadable key file."""


@dataclass(frozen=True)
class StoreKeys:
    """Where the key of the store at `store_path` lives: the credential store, or IT's `key_file`."""

    store_path: Path
    key_file: Path | None = None

    @property
    def entry(self) -> str:
        """The credential store's entry name: the store file's full path (each data folder has its key)."""
        return f"local store {self.store_path.resolve()}"

    def where(self) -> str:
        """Where the key is, in words for IT staff (the about-data window, the log)."""
        return str(self.key_file) if self.key_file is not None else f"{keyring_name()}: {SERVICE} / {self.entry}"

    def read(self) -> bytes | None:
        """The key, or None when none was ever made (or it is gone)."""
        text = self._read_file() if self.key_file is not None else self._read_keyring()
        if text is None:
            return None
        try:
            key = bytes.fromhex(text.strip())
        except ValueError:
            key = b""
        if len(key) != KEY_BYTES:
            raise StoreKeyError(Message("StoreKey", QT_TRANSLATE_NOOP(
                "StoreKey", "The key of the local document store, kept in {where}, is not a key this client made. "
                "Ask IT staff to check it; until then documents cannot be opened."), {"where": self.where()}))
        return key

    def make(self) -> bytes:
        """A new random key, kept before it is used (a store is never written under a key not kept)."""
        key = secrets.token_bytes(KEY_BYTES)
        if self.key_file is not None:
            self._write_file(key.hex())
        else:
            try:
                keyring.set_password(SERVICE, self.entry, key.hex())
            except Exception as exc:  # any backend's own error: see _keyring_trouble
                raise _keyring_trouble(exc) from exc
        if self.read() != key:
            raise StoreKeyError(Message("StoreKey", QT_TRANSLATE_NOOP(
                "StoreKey", "The system's credential store did not keep the key of the local document store. "
                "Ask IT staff to check the credential store (on Linux the Secret Service, on Windows the "
                "Credential Manager).")))
        return key

    def _read_keyring(self) -> str | None:
        try:
            return keyring.get_password(SERVICE, self.entry)
        except Exception as exc:  # any backend's own error: see _keyring_trouble
            raise _keyring_trouble(exc) from exc

    def _read_file(self) -> str | None:
        assert self.key_file is not None
        try:
            return self.key_file.read_text(encoding="ascii")
        except FileNotFoundError:
            return None
        except (OSError, UnicodeDecodeError) as exc:
            raise StoreKeyError(Message("StoreKey", QT_TRANSLATE_NOOP(
                "StoreKey", "The key file {path} named in the settings cannot be read. Ask IT staff to check it "
                "and its permissions."), {"path": str(self.key_file)})) from exc

    def _write_file(self, text: str) -> None:
        assert self.key_file is not None
        try:
            self.key_file.parent.mkdir(parents=True, exist_ok=True)
            descriptor = os.open(self.key_file, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
            with os.fdopen(descriptor, "w", encoding="ascii") as file:
                file.write(text)
        except OSError as exc:
            raise StoreKeyError(Message("StoreKey", QT_TRANSLATE_NOOP(
                "StoreKey", "The key file {path} named in the settings cannot be written. Ask IT staff to check "
                "the folder and its permissions."), {"path": str(self.key_file)})) from exc


def keyring_name() -> str:
    """The credential store in use, as keyring names it (for IT staff)."""
    backend = keyring.get_keyring()
    return f"{type(backend).__module__}.{type(backend).__name__}"


def _keyring_trouble(exc: Exception) -> StoreKeyError:
    """The clerk's sentence for a credential store that failed. Backends let their own errors through
    (Windows: pywintypes.error when the Credential Manager fails other than "not found", e.g. without a
    logon session; Linux: D-Bus errors), so any error of theirs is taken, not only keyring's."""
    log.warning("the credential store refused: %s: %s", type(exc).__name__, exc)
    if isinstance(exc, keyring.errors.KeyringLocked):
        return StoreKeyError(Message("StoreKey", QT_TRANSLATE_NOOP(
            "StoreKey", "The system's credential store is locked, so the key of the local document store cannot "
            "be read. Unlock it (sign in to the computer again, or open the keyring) and start the client again.")))
    return StoreKeyError(Message("StoreKey", QT_TRANSLATE_NOOP(
        "StoreKey", "This computer has no credential store the client can keep its key in, and documents are never "
        "kept unencrypted. IT staff: run a Secret Service (for example GNOME Keyring) in the user's session, or "
        "name a key file for the client in the settings ([storage] key_file) on a disk only this user can read.")))
