"""The client's side of bank mail without a network (R1.9): the signed content, the limits and
the sentences the clerk reads, and how the bank's answers are read."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest
import rfc8785

from bsclient.client.mail import (
    LETTER_SCHEMA,
    Attachment,
    LetterDraft,
    MailError,
    MailLimits,
    SignedLetter,
    check_draft,
    letter_from_wire,
    read_attachment,
    send_letter,
    size_text,
)
from bsclient.client.session.bank_errors import refusal


def test_the_signed_content_is_the_canonical_json_of_subject_text_and_the_files_digests():
    draft = LetterDraft(subject="Сверка", text="Текст\nписьма",
                        attachments=(Attachment.from_bytes("акт.pdf", b"%PDF"),))
    content = rfc8785.dumps(draft.to_content())
    assert json.loads(content) == {
        "schema": LETTER_SCHEMA, "id": draft.id, "subject": "Сверка", "text": "Текст\nписьма",
        "attachments": [{"name": "акт.pdf", "size": 4, "sha256": hashlib.sha256(b"%PDF").hexdigest()}]}


def test_a_repeat_of_the_same_words_and_files_is_the_same_letter():
    first = LetterDraft(subject="A", text="B", attachments=(Attachment.from_bytes("f", b"1"),))
    again = LetterDraft(subject="A", text="B", attachments=(Attachment.from_bytes("f", b"1"),))
    changed = LetterDraft(subject="A", text="B!", attachments=first.attachments)
    assert first.id != again.id and first.same_letter(again) and not first.same_letter(changed)


@pytest.mark.parametrize(("size", "text"), [(812, "812 bytes"), (40 * 1024, "40 KB"), (5 * 1024 ** 2, "5 MB"),
                                            (int(5.3 * 1024 ** 2), "5.3 MB"), (150 * 1024 ** 2, "150 MB")])
def test_sizes_read_as_people_write_them(size, text):
    assert size_text(size) == text


def test_a_file_over_the_limit_is_refused_before_it_is_read(tmp_path: Path):
    huge = tmp_path / "видео.mp4"
    with huge.open("wb") as file:
        file.truncate(3 * 1024 ** 3)  # sparse: 3 GB that nobody should read into memory
    with pytest.raises(MailError) as caught:
        read_attachment(huge, MailLimits())
    assert caught.value.code == "attachment_too_large"
    assert str(caught.value).startswith("The file видео.mp4 is 3 GB; the bank accepts attachments of up to 5 MB")


def test_files_together_over_the_letters_limit_are_refused(tmp_path: Path):
    limits = MailLimits(attachment_bytes=100, letter_bytes=150)
    first = read_attachment(_file(tmp_path / "a.txt", 90), limits)
    with pytest.raises(MailError) as caught:
        read_attachment(_file(tmp_path / "b.txt", 90), limits, (first,))
    assert caught.value.code == "letter_too_large"
    assert "together are 180 bytes; the bank accepts up to 150 bytes in one letter" in str(caught.value)


def test_a_missing_file_is_named(tmp_path: Path):
    with pytest.raises(MailError) as caught:
        read_attachment(tmp_path / "нет.pdf", MailLimits())
    assert caught.value.code == "file_unreadable" and "нет.pdf" in str(caught.value)


def test_a_letter_needs_a_subject():
    with pytest.raises(MailError) as caught:
        check_draft(LetterDraft(subject="  ", text="text"), MailLimits())
    assert caught.value.code == "subject_missing"


def _file(path: Path, size: int) -> Path:
    path.write_bytes(b"x" * size)
    return path


class RefusingBank:
    def __init__(self, status: int, body: dict) -> None:
        self.status, self.body = status, body

    def request(self, method: str, path: str, *, json: object = None) -> object:
        raise refusal(self.body, self.status)


def test_the_banks_413_is_told_with_the_file_and_the_limit():
    draft = LetterDraft(subject="s", text="t", attachments=(Attachment.from_bytes("big.zip", b"x"),))
    bank = RefusingBank(413, {"error": {"code": "attachment_too_large", "message": "…",
                                        "params": {"name": "big.zip", "size": 6 * 1024 ** 2, "limit": 5 * 1024 ** 2}}})
    with pytest.raises(MailError) as caught:
        send_letter(bank, SignedLetter(draft, b"{}", b"sig"))  # type: ignore[arg-type]
    assert str(caught.value).startswith("The file big.zip is 6 MB; the bank accepts attachments of up to 5 MB each.")


def test_a_notice_of_rejection_carries_the_reason_in_the_clerks_words():
    letter = letter_from_wire({
        "id": "l1", "direction": "in", "kind": "document_rejected", "from": "Bank", "subject": "Payment order No. 7 rejected",
        "sent_at": "2026-11-23T09:15:02Z", "read": False, "in_reply_to": None, "attachments": [],
        "notice": {"document_id": "d1", "number": "7",
                   "reason": {"code": "insufficient_funds", "message": "…", "params": {"available": "10.00"}}}})
    assert letter.incoming and not letter.read and letter.notice.number == "7"
    assert letter.notice.reason.render() == "The amount is more than the available balance of 10.00."
    assert letter.sent_at.tzinfo is not None


def test_an_unreadable_letter_is_a_clerk_error():
    with pytest.raises(MailError) as caught:
        letter_from_wire({"id": "x"})
    assert caught.value.code == "unreadable_answer"


@pytest.mark.parametrize(("from_bank", "offered"), [
    ("акт сверки.pdf", "акт сверки.pdf"),
    ("..\\..\\AppData\\start.bat", "start.bat"),
    ("/etc/passwd", "passwd"),
    ("C:\\Windows\\evil.exe", "evil.exe"),
    ("report: 2026?.xlsx", "report_ 2026_.xlsx"),
    ("..", "attachment"),
    ("", "attachment"),
    ("CON.txt", "_CON.txt"),
    ("line\x0cfeed.txt", "line_feed.txt"),
])
def test_a_name_from_the_bank_never_chooses_the_folder(from_bank: str, offered: str) -> None:
    from bsclient.client.mail import safe_file_name

    assert safe_file_name(from_bank) == offered


def test_a_size_in_a_refusal_speaks_the_clerks_language():
    """The unit inside a mail refusal is translated with the sentence, not left in English."""
    from bsclient.client.mail import check_limits
    units = {"{value} MB": "{value} МБ", "{value} KB": "{value} КБ"}

    def russian(context: str, source: str) -> str:
        return units.get(source, source.replace("The file", "Файл"))

    big = Attachment.from_bytes("акт.pdf", b"x" * (6 * 1024 ** 2))
    with pytest.raises(MailError) as caught:
        check_limits([big], MailLimits(attachment_bytes=5 * 1024 ** 2))
    text = caught.value.message.render(russian)
    assert "6 МБ" in text and "5 МБ" in text and "MB" not in text
