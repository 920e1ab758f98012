"""Opening the local store as the client does: its key from the credential store, a plain store of an
older client encrypted once, and a store that cannot be opened (its key gone, the file damaged, or
suddenly empty or missing) set aside, never deleted, with a StoreTroubleError the client shows and offers
to restore from (its own backups, backups.py; the bank, bank_restore.py)."""

from __future__ import annotations

import enum
import logging
import os
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from sqlcipher3 import dbapi2 as sqlcipher

from bsclient.client.documents.backups import Backup, list_backups, make_daily_backup, restore_backup
from bsclient.client.documents.store import DocumentStore, StoreDamagedError
from bsclient.client.documents.store_key import StoreKeys
from bsclient.client.private_folder import make_private
from bsclient.messages import QT_TRANSLATE_NOOP, ClerkError, Message

log = logging.getLogger(__name__)

STORE_FILE = "documents.sqlite3"
SET_ASIDE_DIR = "set-aside"
_PLAIN_HEADER = b"SQLite format 3\x00"
_COMPANIONS = ("-wal", "-shm", "-journal")


class Trouble(enum.StrEnum):
    KEY_MISSING = "key_missing"  # the file is there, its key is not
    DAMAGED = "damaged"  # the key does not open the file: damaged, or another key's
    EMPTY = "empty"  # the key is there, the file is empty (0 bytes)
    MISSING = "missing"  # the key is there, the file is not


class StoreTroubleError(ClerkError):
    """The store could not be opened; what was found and where the file was set aside."""

    def __init__(self, trouble: Trouble, store_path: Path, set_aside: Path | None) -> None:
        self.trouble, self.store_path, self.set_aside = trouble, store_path, set_aside
        super().__init__(_trouble_message(trouble, store_path, set_aside))


_TROUBLE_TEXT = {
    Trouble.KEY_MISSING: QT_TRANSLATE_NOOP(
        "LocalStore", "The key of the local document store is no longer in this computer's credential store, so "
        "the documents kept on this computer cannot be read. The unreadable file was moved to {set_aside}."),
    Trouble.DAMAGED: QT_TRANSLATE_NOOP(
        "LocalStore", "The local document store {path} is damaged (or was encrypted with another key) and cannot "
        "be read. The damaged file was moved to {set_aside}; nothing was deleted."),
    Trouble.EMPTY: QT_TRANSLATE_NOOP(
        "LocalStore", "The local document store {path} is suddenly empty: the file has no data at all, though "
        "documents were kept in it. The empty file was moved to {set_aside}."),
    Trouble.MISSING: QT_TRANSLATE_NOOP(
        "LocalStore", "The local document store {path} is gone: documents were kept in it, but the file is no "
        "longer there."),
}


def _trouble_message(trouble: Trouble, path: Path, set_aside: Path | None) -> Message:
    return Message("LocalStore", _TROUBLE_TEXT[trouble], {"path": str(path), "set_aside": str(set_aside or "")})


@dataclass(frozen=True)
class StorePlace:
    """Where one client's store lives: its data folder and where its key is kept."""

    data_dir: Path
    key_file: Path | None = None  # IT's explicit fallback where there is no credential store

    @property
    def store_path(self) -> Path:
        return self.data_dir / STORE_FILE

    @property
    def keys(self) -> StoreKeys:
        return StoreKeys(self.store_path, self.key_file)


def open_store(place: StorePlace) -> DocumentStore:
    """The store, encrypted; StoreTroubleError when it cannot be opened (the file then set aside),
    StoreKeyError when the key cannot be read or kept at all."""
    path, keys = place.store_path, place.keys
    key = keys.read()
    size = path.stat().st_size if path.exists() else None
    if size:
        with open(path, "rb") as file:
            plain = file.read(len(_PLAIN_HEADER)) == _PLAIN_HEADER
        if plain:
            encrypt_plain_store(path, key or keys.make())
            return DocumentStore(path, keys.read())
        if key is None:
            raise StoreTroubleError(Trouble.KEY_MISSING, path, set_aside(path))
        try:
            return DocumentStore(path, key)
        except StoreDamagedError as exc:
            raise StoreTroubleError(Trouble.DAMAGED, path, set_aside(path)) from exc
    if key is not None:
        trouble = Trouble.MISSING if size is None else Trouble.EMPTY
        raise StoreTroubleError(trouble, path, set_aside(path) if size is not None else None)
    return DocumentStore(path, keys.make())  # the first start: a new store under a new key


def start_anew(place: StorePlace) -> DocumentStore:
    """An empty store, after the clerk chose to restore from the bank (the old file, if any, was set aside
    by open_store): under the key kept, so the backups stay readable, or a new key when it is gone."""
    if place.store_path.exists():
        set_aside(place.store_path)
    return DocumentStore(place.store_path, place.keys.read() or place.keys.make())


def set_aside(path: Path) -> Path:
    """Moves the store file (and SQLite's companions) into the data folder's set-aside/ under a name with
    the moment; never deletes. Returns the new path of the main file."""
    folder = path.parent / SET_ASIDE_DIR
    folder.mkdir(mode=0o700, exist_ok=True)
    stamp = datetime.now().strftime("%Y%m%dT%H%M%S")
    target = folder / f"{path.stem}-{stamp}{path.suffix}"
    number = 1
    while target.exists():
        number += 1
        target = folder / f"{path.stem}-{stamp}-{number}{path.suffix}"
    for suffix in _COMPANIONS:
        companion = path.with_name(path.name + suffix)
        if companion.exists():
            os.replace(companion, target.with_name(target.name + suffix))
    os.replace(path, target)
    log.warning("the local store %s was set aside as %s", path, target)
    return target


def encrypt_plain_store(path: Path, key: bytes) -> None:
    """An older client's plain store becomes an encrypted one, once: SQLCipher's export into a new file,
    which then takes the plain file's place (its companions go too: no plain copy is left)."""
    encrypted = path.with_name(path.name + ".encrypting")
    encrypted.unlink(missing_ok=True)
    os.close(os.open(encrypted, os.O_CREAT | os.O_WRONLY, 0o600))
    db = sqlcipher.connect(path, isolation_level=None)
    try:
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        db.execute("ATTACH DATABASE ? AS encrypted KEY ?", (str(encrypted), f"x'{key.hex()}'"))
        db.execute("SELECT sqlcipher_export('encrypted')")
        db.execute("DETACH DATABASE encrypted")
    except sqlcipher.DatabaseError as exc:
        encrypted.unlink(missing_ok=True)
        raise StoreTroubleError(Trouble.DAMAGED, path, set_aside(path)) from exc
    finally:
        db.close()
    with open(encrypted, "rb") as file:
        os.fsync(file.fileno())
    for suffix in _COMPANIONS:
        path.with_name(path.name + suffix).unlink(missing_ok=True)
    os.replace(encrypted, path)
    log.info("the local store %s is now encrypted", path)


@dataclass(frozen=True)
class OpenedStore:
    """The store at start: open, or the trouble that kept it closed; and what makes the data folder not
    private that could not be fixed (for the clerk)."""

    store: DocumentStore | None
    trouble: StoreTroubleError | None
    not_private: list[Message]
    backups: list[Backup]  # when in trouble: the backups, newest first, each readable or not with the key


def open_at_start(place: StorePlace, today: date) -> OpenedStore:
    """The data folder made private, the store opened, and today's backup made (backups.py)."""
    not_private = make_private(place.data_dir)
    try:
        store = open_store(place)
    except StoreTroubleError as trouble:
        return OpenedStore(None, trouble, not_private, list_backups(place.data_dir, place.keys.read()))
    make_daily_backup(store, today)
    return OpenedStore(store, None, not_private, [])


def restore_at_start(place: StorePlace, backup: Backup | None) -> DocumentStore:
    """The store the clerk chose to restore: from `backup` (under the key kept), or empty for the bank to fill."""
    if backup is None:
        return start_anew(place)
    return restore_backup(backup, place.store_path, place.keys.read())
