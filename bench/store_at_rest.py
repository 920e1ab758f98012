"""What encryption at rest costs the local store: N documents in a plain and in an encrypted
(SQLCipher) store; the time to open, to read the document list's rows, to save one draft, and to make
the day's backup, with the file sizes.

    .venv/bin/python bench/store_at_rest.py [--documents N]
"""

from __future__ import annotations

import argparse
import secrets
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from bench.document_list import fill  # noqa: E402
from bsclient.client.documents.local_store import encrypt_plain_store  # noqa: E402
from bsclient.client.documents.store import DocumentStore  # noqa: E402
from tests.helpers.drafts import order  # noqa: E402


def measure(path: Path, key: bytes | None, count: int) -> dict[str, float]:
    with DocumentStore(path) as store:
        fill(store, count)  # writes a plain store; encrypted as an older client's store is at its first start
    if key is not None:
        encrypt_plain_store(path, key)  # a compact copy, as SQLCipher's export writes it
    else:  # made as compact, so both sides read alike
        db = sqlite3.connect(path, isolation_level=None)
        db.execute("VACUUM")
        db.close()
    started = time.perf_counter()
    store = DocumentStore(path, key)
    opened = time.perf_counter() - started
    started = time.perf_counter()
    rows = store.list_rows()
    listed = time.perf_counter() - started
    assert len(rows) == count
    started = time.perf_counter()
    store.save_draft(order(count + 1))
    saved = time.perf_counter() - started
    backup = path.with_name("backup-" + path.name)
    started = time.perf_counter()
    store.copy_to(backup)
    backed_up = time.perf_counter() - started
    store.close()
    return {"open ms": opened * 1000, "list rows ms": listed * 1000, "save draft ms": saved * 1000,
            "backup ms": backed_up * 1000, "store MB": path.stat().st_size / 2**20,
            "backup MB": backup.stat().st_size / 2**20}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--documents", type=int, default=20_000)
    count = parser.parse_args().documents
    with tempfile.TemporaryDirectory() as folder:
        plain = measure(Path(folder) / "plain.sqlite3", None, count)
        encrypted = measure(Path(folder) / "encrypted.sqlite3", secrets.token_bytes(32), count)
    print(f"{count} documents        plain   encrypted")
    for name in plain:
        print(f"{name:<18} {plain[name]:>8.1f} {encrypted[name]:>10.1f}")


if __name__ == "__main__":
    main()
