"""The local store's own backups: one copy a day, the last KEEP days kept, in the data folder's backups/,
encrypted under the store's key as the store is (a copy alone shows nothing). When the store cannot be
opened, the clerk may restore the newest one that opens and then bring it up to date from the bank."""

from __future__ import annotations

import logging
import os
import re
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from sqlcipher3 import dbapi2 as sqlcipher

from bsclient.client.documents.store import DocumentStore

log = logging.getLogger(__name__)

BACKUP_DIR = "backups"
KEEP = 7
_NAME = re.compile(r"^documents-(\d{4}-\d{2}-\d{2})\.sqlite3$")


@dataclass(frozen=True)
class Backup:
    path: Path
    day: date
    documents: int | None = None  # None: the store's present key does not open it

    @property
    def usable(self) -> bool:
        return self.documents is not None


def backup_folder(data_dir: Path) -> Path:
    return data_dir / BACKUP_DIR


def make_daily_backup(store: DocumentStore, today: date, *, keep: int = KEEP) -> Path | None:
    """Today's copy of `store` unless there is one; the oldest beyond `keep` removed. The new copy's path."""
    folder = backup_folder(store.path.parent)
    folder.mkdir(mode=0o700, exist_ok=True)
    target = folder / f"documents-{today.isoformat()}.sqlite3"
    made = None
    if not target.exists():
        partial = target.with_name(target.name + ".part")
        partial.unlink(missing_ok=True)
        store.copy_to(partial)
        os.chmod(partial, 0o600)
        os.replace(partial, target)
        made = target
        log.info("backed up the local store to %s", target)
    for old in sorted(_dated(folder), key=lambda item: item[1], reverse=True)[keep:]:
        old[0].unlink(missing_ok=True)
    return made


def list_backups(data_dir: Path, key: bytes | None) -> list[Backup]:
    """The backups, newest first, each with its number of documents when `key` opens it."""
    found = []
    for path, day in sorted(_dated(backup_folder(data_dir)), key=lambda item: item[1], reverse=True):
        found.append(Backup(path, day, _documents(path, key)))
    return found


def restore_backup(backup: Backup, store_path: Path, key: bytes | None) -> DocumentStore:
    """The store made from a copy of `backup` (the backup itself stays as it is)."""
    partial = store_path.with_name(store_path.name + ".restoring")
    partial.unlink(missing_ok=True)
    descriptor = os.open(partial, os.O_CREAT | os.O_WRONLY | os.O_TRUNC, 0o600)
    with os.fdopen(descriptor, "wb") as target, open(backup.path, "rb") as source:
        while chunk := source.read(1 << 20):
            target.write(chunk)
        target.flush()
        os.fsync(target.fileno())
    os.replace(partial, store_path)
    return DocumentStore(store_path, key)


def _documents(path: Path, key: bytes | None) -> int | None:
    if key is None:
        return None
    try:  # read-only: looking at a backup never changes it
        db = sqlcipher.connect(f"{path.as_uri()}?mode=ro", uri=True)
        try:
            db.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
            return int(db.execute("SELECT count(*) FROM documents").fetchone()[0])
        finally:
            db.close()
    except sqlcipher.DatabaseError:
        return None


def _dated(folder: Path) -> list[tuple[Path, date]]:
    if not folder.is_dir():
        return []
    dated = []
    for path in folder.iterdir():
        match = _NAME.match(path.name)
        if match:
            try:
                dated.append((path, datetime.strptime(match.group(1), "%Y-%m-%d").date()))
            except ValueError:
                continue
    return dated
