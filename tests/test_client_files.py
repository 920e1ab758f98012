"""Files written whole or not at all: one `atomic_output` for the statement's PDF and exports and
for saved mail attachments (bsclient/client/files.py)."""

from __future__ import annotations

import base64
import hashlib
import os
from pathlib import Path
from typing import Any

import pytest

from bsclient.client.files import atomic_output
from tests.helpers.statement_samples import BANK_BIC, COMPANY, sample_statement


def test_the_file_replaces_the_old_one_only_when_written_whole(tmp_path: Path):
    path = tmp_path / "out.txt"
    path.write_bytes(b"old")
    with pytest.raises(OSError), atomic_output(path) as file:
        file.write(b"half")
        raise OSError("disk full")
    assert path.read_bytes() == b"old" and sorted(tmp_path.iterdir()) == [path]
    with atomic_output(path) as file:
        file.write(b"new")
    assert path.read_bytes() == b"new" and sorted(tmp_path.iterdir()) == [path]


class _Api:
    def __init__(self, data: bytes) -> None:
        self.data = data

    def request(self, method: str, path: str) -> dict[str, Any]:
        return {"content": base64.b64encode(self.data).decode()}


@pytest.mark.skipif(not Path("/proc/self/fd").is_dir(), reason="names open files through /proc")
def test_the_statement_files_and_mail_attachments_are_synced_to_the_disk_before_they_replace(
        qapp: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """Each writer goes through atomic_output: its data reach the disk (fsync) before the rename."""
    from bsclient.client.mail import Attachment, save_attachment
    from bsclient.client.statements.export import write_1c_statement, write_csv, write_mt940
    from bsclient.ui.statements.pdf import write_statement_pdf

    synced: list[str] = []
    real_fsync = os.fsync

    def fsync(fd: int) -> None:
        synced.append(os.readlink(f"/proc/self/fd/{fd}"))
        real_fsync(fd)

    monkeypatch.setattr(os, "fsync", fsync)
    statement = sample_statement(days=1, per_day=3)
    write_statement_pdf(statement, tmp_path / "s.pdf", bank_name="Bank", **COMPANY)
    write_csv(statement, tmp_path / "s.csv", **COMPANY)
    write_mt940(statement, tmp_path / "s.sta", bank_bic=BANK_BIC, **COMPANY)
    write_1c_statement(statement, tmp_path / "s.txt", bank_bic=BANK_BIC, **COMPANY)
    data = b"%PDF-1.4 an invoice"
    attachment = Attachment("invoice.pdf", len(data), hashlib.sha256(data).hexdigest(), index=0)
    save_attachment(_Api(data), "letter", attachment, tmp_path / "invoice.pdf")  # type: ignore[arg-type]
    names = ["s.pdf", "s.csv", "s.sta", "s.txt", "invoice.pdf"]
    assert [Path(name).name for name in synced] == [f"{name}.part" for name in names]
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(names)
    assert (tmp_path / "s.pdf").read_bytes().startswith(b"%PDF") and (tmp_path / "invoice.pdf").read_bytes() == data


def test_a_failed_pdf_keeps_the_file_that_was_there(qapp: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    import bsclient.ui.statements.pdf as statement_pdf

    path = tmp_path / "s.pdf"
    path.write_bytes(b"the statement saved yesterday")

    def failing(self: Any, device: Any, where: Path) -> None:
        device.write(b"%PDF-1.4 half")
        raise OSError("disk full")

    monkeypatch.setattr(statement_pdf._Document, "write", failing)
    with pytest.raises(OSError):
        statement_pdf.write_statement_pdf(sample_statement(), path, bank_name="Bank", **COMPANY)
    assert path.read_bytes() == b"the statement saved yesterday" and sorted(tmp_path.iterdir()) == [path]
