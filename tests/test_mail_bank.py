"""Bank mail (R1.9) between the client and the real reference bank over TLS.

The clerk's letters are signed on a SoftHSM2 carrier; the bank checks them with its own code and
openssl, an independent peer, checks what the bank kept. The bank answers, its operator writes,
and it tells the company of rejected documents by letter.
"""

from __future__ import annotations

import base64
import os
import sqlite3
import subprocess
from collections.abc import Iterator
from dataclasses import replace
from decimal import Decimal
from pathlib import Path

import pytest
import requests

from bsclient.client.carrier import Carrier, Pin, TokenSigner, signing_key
from bsclient.client.documents.payment_order import Party, PaymentOrder
from bsclient.client.documents.store import DocumentStore
from bsclient.client.documents.workflow import send, sign_and_store
from bsclient.client.mail import (
    Attachment,
    LetterDraft,
    MailError,
    MailLimits,
    SignedLetter,
    check_limits,
    fetch_attachment,
    fetch_letter,
    fetch_limits,
    fetch_mailbox,
    fetch_unread_count,
    mark_read,
    read_attachment,
    send_letter,
    sign_letter,
)
from bsclient.client.session.bank_api import BankApi, BankError
from bsclient.crypto import canonical_bytes, sign_detached
from tests.helpers.carriers import clerk_login, enrolled_carrier
from tests.helpers.login import log_in
from tests.helpers.refbank_server import REPO, RunningBank, refbank_command
from tests.helpers.softhsm import USER_PIN

LIMIT = 5 * 1024 * 1024


@pytest.fixture(scope="module")
def carrier(bank: RunningBank, softhsm_config: Path) -> Iterator[Carrier]:
    """The clerk's carrier, enrolled at the bank, open through the client's Carrier."""
    enrolled = enrolled_carrier(bank, softhsm_config)
    opened = Carrier(enrolled.module)
    try:
        opened.open(Pin(USER_PIN), label=enrolled.label)
        opened.use_key(signing_key(opened.key_pairs()))
        yield opened
    finally:
        opened.shutdown()  # unloaded: the next test's carrier must be seen


@pytest.fixture
def api(bank: RunningBank, carrier: Carrier) -> Iterator[BankApi]:
    client = BankApi(bank.url, bank.ca_file)
    log_in(client, bank, clerk_login(bank), key=carrier.signer())  # R8.2: the carrier's proof
    yield client
    client.logout()
    client.close()


def signer(carrier: Carrier) -> TokenSigner:
    return carrier.signer()


def kept_by_bank(bank: RunningBank, letter_id: str) -> sqlite3.Row | None:
    with sqlite3.connect(bank.data_dir / "bank.sqlite3") as db:
        db.row_factory = sqlite3.Row
        return db.execute("SELECT * FROM letters WHERE id = ?", (letter_id,)).fetchone()


def openssl_verifies(bank: RunningBank, content: bytes, signature: bytes, tmp_path: Path) -> subprocess.CompletedProcess:
    (tmp_path / "letter.json").write_bytes(content)
    (tmp_path / "letter.p7s").write_bytes(signature)
    return subprocess.run(
        ["openssl", "cms", "-verify", "-binary", "-inform", "DER", "-content", str(tmp_path / "letter.json"),
         "-in", str(tmp_path / "letter.p7s"), "-CAfile", str(bank.ca_file), "-purpose", "any", "-out", os.devnull],
        capture_output=True, text=True)


def test_a_signed_letter_with_an_attachment_goes_to_the_bank_and_back(bank, carrier, api, tmp_path):
    """R1.9: letter with an attachment, signed on the carrier; the bank keeps what was signed
    (openssl agrees), answers it automatically, and the attachment's bytes are the same both ways."""
    data = os.urandom(300_000) + "конец файла".encode()
    draft = LetterDraft(subject="Акт сверки за октябрь", text="Добрый день!\nНаправляем акт сверки.",
                        attachments=(Attachment.from_bytes("Акт сверки.pdf", data),))
    signed = sign_letter(draft, signer(carrier), fetch_limits(api))

    sent = send_letter(api, signed)
    assert (sent.id, sent.incoming, sent.read) == (draft.id, False, True)
    assert [(a.name, a.size) for a in sent.attachments] == [("Акт сверки.pdf", len(data))]
    again = send_letter(api, signed)  # a double click, or a retry after a lost answer
    assert again.id == sent.id

    kept = kept_by_bank(bank, draft.id)
    assert bytes(kept["content"]) == signed.content == canonical_bytes(draft.to_content())
    checked = openssl_verifies(bank, bytes(kept["content"]), bytes(kept["signature"]), tmp_path)
    assert checked.returncode == 0 and "Verification successful" in checked.stderr, checked.stderr

    assert fetch_attachment(api, sent.id, sent.attachments[0]) == data

    mailbox = fetch_mailbox(api)
    assert [letter.id for letter in mailbox.sent].count(draft.id) == 1  # sent twice, kept once
    replies = [letter for letter in mailbox.inbox if letter.in_reply_to == draft.id]
    assert len(replies) == 1 and replies[0].kind == "auto_reply" and not replies[0].read
    assert replies[0].subject == "Re: Акт сверки за октябрь"
    unread = fetch_unread_count(api)
    assert unread == mailbox.unread >= 1

    reply = fetch_letter(api, replies[0].id)
    assert "Акт сверки за октябрь" in reply.text and "registered" in reply.text
    assert mark_read(api, reply.id) == unread - 1
    assert fetch_letter(api, reply.id).read


def test_a_letter_whose_signature_was_tampered_with_is_refused(bank, carrier, api):
    """R1.9, R2.2: a changed signature, text changed after signing, or another file: not taken."""
    original = LetterDraft(subject="Запрос справки", text="Просим выдать справку об остатке.",
                           attachments=(Attachment.from_bytes("заявление.txt", b"please"),))
    signed = sign_letter(original, signer(carrier), MailLimits())

    broken = bytearray(signed.signature)
    broken[-5] ^= 0x01  # inside the signature value
    with pytest.raises(MailError) as caught:
        send_letter(api, replace(signed, signature=bytes(broken)))
    assert caught.value.code == "signature_invalid"
    assert "could not verify the letter's signature" in str(caught.value)

    changed = replace(original, text="Просим перевести 1 000 000 тенге.")
    with pytest.raises(MailError) as caught:
        send_letter(api, SignedLetter(changed, canonical_bytes(changed.to_content()), signed.signature))
    assert caught.value.code == "signature_invalid"

    other_file = replace(original, attachments=(replace(original.attachments[0], data=b"pleasE"),))
    with pytest.raises(MailError) as caught:
        send_letter(api, replace(signed, draft=other_file))
    assert caught.value.code == "malformed_letter"

    assert kept_by_bank(bank, original.id) is None
    assert original.id not in {letter.id for letter in fetch_mailbox(api).letters}


def test_an_attachment_over_the_limit_is_refused_by_the_client_and_by_the_bank(bank, carrier, api, tmp_path):
    """R1.9: the clerk hears which file is too large and the limit before signing; the bank,
    asked anyway, answers 413 attachment_too_large naming the file and the limit."""
    limits = fetch_limits(api)
    assert limits == MailLimits(attachment_bytes=LIMIT, letter_bytes=2 * LIMIT)
    big = tmp_path / "Выписка 2025.zip"
    big.write_bytes(b"\0" * (LIMIT + 1))

    with pytest.raises(MailError) as caught:
        read_attachment(big, limits)
    sentence = str(caught.value)
    assert caught.value.code == "attachment_too_large"
    assert "Выписка 2025.zip" in sentence and "5 MB" in sentence, sentence
    assert "5,242,881 bytes" in sentence and "5,242,880 bytes" in sentence, sentence  # 5.0 MB would read as 5 MB

    draft = LetterDraft(subject="Большой файл", text="",
                        attachments=(Attachment.from_bytes(big.name, big.read_bytes()),))
    with pytest.raises(MailError):
        sign_letter(draft, signer(carrier), limits)  # the pre-check runs before the carrier signs

    content = canonical_bytes(draft.to_content())
    signature = sign_detached(content, signer(carrier))
    answer = requests.put(
        f"{bank.api}/mail/{draft.id}", verify=str(bank.ca_file), timeout=60,
        headers={"Authorization": "Bearer " + api._token},
        json={"content": base64.b64encode(content).decode(), "signature": base64.b64encode(signature).decode(),
              "attachments": [base64.b64encode(big.read_bytes()).decode()]})
    assert answer.status_code == 413
    assert answer.json()["error"]["code"] == "attachment_too_large"
    assert answer.json()["error"]["params"] == {"name": big.name, "size": LIMIT + 1, "limit": LIMIT}

    with pytest.raises(MailError) as caught:  # the client's words for the bank's refusal
        send_letter(api, SignedLetter(draft, content, signature))
    assert caught.value.code == "attachment_too_large" and big.name in str(caught.value)

    # Each file within its limit, together over the letter's.
    parts = [Attachment(f"part{i}.bin", LIMIT, "0" * 64) for i in range(3)]
    with pytest.raises(MailError) as caught:
        check_limits(parts, limits)
    assert caught.value.code == "letter_too_large" and "10 MB" in str(caught.value)
    assert kept_by_bank(bank, draft.id) is None


def test_an_operators_letter_from_refbank_mail_send_reaches_the_clerk(bank, api, tmp_path):
    """R1.9: `refbank mail send` writes to the company; its attachment arrives byte for byte."""
    attached = tmp_path / "тарифы.pdf"
    attached.write_bytes(b"%PDF-1.4 tariffs " + os.urandom(5000))
    before = fetch_unread_count(api)
    result = subprocess.run(
        refbank_command("mail", "send", "--data", str(bank.data_dir), "--bin", bank.created["company"]["bin"],
                        "--subject", "Новые тарифы с 1 декабря", "--text", "Уважаемый клиент, ...",
                        "--attach", str(attached)),
        capture_output=True, text=True, cwd=REPO, timeout=60)
    assert result.returncode == 0, result.stderr
    assert fetch_unread_count(api) == before + 1
    letter = next(letter for letter in fetch_mailbox(api).inbox if letter.subject == "Новые тарифы с 1 декабря")
    assert (letter.kind, letter.read, letter.sender) == ("letter", False, bank.created["bank_name"])
    assert fetch_attachment(api, letter.id, letter.attachments[0]) == attached.read_bytes()

    unknown = subprocess.run(refbank_command("mail", "send", "--data", str(bank.data_dir), "--bin", "000000000000",
                                             "--subject", "x"), capture_output=True, text=True, cwd=REPO, timeout=60)
    assert unknown.returncode == 1 and "no company with BIN 000000000000" in unknown.stderr


def test_a_rejected_document_brings_a_notice_letter_with_its_reason(bank, carrier, api, tmp_path):
    """R1.9, R9.5: the bank's letters include notices of rejected documents with their reasons."""
    company = bank.created["company"]
    payer = next(a for a in bank.accounts if a["company_bin"] == company["bin"] and a["currency"] == "KZT"
                 and Decimal(a["balance"]) > 0)
    beneficiary = next(a for a in bank.accounts if a["company_bin"] != company["bin"])
    bic = bank.created["bank_bic"]
    order = PaymentOrder.new(Party(payer["company"], company["bin"], payer["iban"], bic, "17"), "4711")
    order.amount = str(Decimal(payer["balance"]) * 10)
    order.beneficiary = Party(beneficiary["company"], beneficiary["company_bin"], beneficiary["iban"], bic, "17")
    order.knp = "710"
    order.purpose = "Оплата по счёту № 12 от 20.11.2026 за услуги"
    with DocumentStore(tmp_path / "documents.sqlite3") as store:
        sign_and_store(store, order, signer(carrier), "clerk")
        record = send(api, store, order.id)
    assert record.reason is not None and "available balance" in record.reason.render()

    notices = [letter for letter in fetch_mailbox(api).inbox
               if letter.notice is not None and letter.notice.document_id == order.id]
    assert len(notices) == 1
    notice = notices[0]
    assert notice.kind == "document_rejected" and not notice.read
    assert notice.notice.number == "4711" and "4711" in notice.subject
    assert notice.notice.reason.render() == record.reason.render()  # in the clerk's words, as in the list
    assert "available balance" in fetch_letter(api, notice.id).text


def test_letters_of_another_company_are_not_shown(bank, api):
    partner = next(c["bin"] for c in bank.created["companies"] if c["bin"] != bank.created["company"]["bin"])
    result = subprocess.run(refbank_command("mail", "send", "--data", str(bank.data_dir), "--bin", partner,
                                            "--subject", "Только для партнёра"),
                            capture_output=True, text=True, cwd=REPO, timeout=60)
    assert result.returncode == 0, result.stderr
    letter_id = result.stdout.split()[1]
    assert letter_id not in {letter.id for letter in fetch_mailbox(api).letters}
    with pytest.raises(BankError) as caught:
        fetch_letter(api, letter_id)
    assert caught.value.code == "letter_unknown" and caught.value.http_status == 404
    with pytest.raises(BankError) as caught:
        mark_read(api, letter_id)
    assert caught.value.code == "letter_unknown"


def test_the_bank_checks_the_letters_limit_and_that_the_files_are_the_signed_ones():
    """The bank's own check, in-process: all files together over the letter's limit; a file that
    is not the one the signed content describes."""
    from refbank.errors import BankRefusal
    from refbank.mail import MailLimits as BankLimits
    from refbank.mail import check_attachments

    limits = BankLimits(attachment_bytes=100, letter_bytes=150)
    described = [Attachment.from_bytes(name, b"x" * 80).description() for name in ("a", "b")]
    with pytest.raises(BankRefusal) as caught:
        check_attachments(described, [b"x" * 80, b"x" * 80], limits)
    assert (caught.value.status, caught.value.reason.code) == (413, "letter_too_large")
    assert caught.value.reason.params == {"size": 160, "limit": 150}
    with pytest.raises(BankRefusal) as caught:
        check_attachments(described[:1], [b"y" * 80], limits)
    assert (caught.value.status, caught.value.reason.code) == (400, "malformed_letter")
    assert caught.value.reason.params == {"name": "a"}
