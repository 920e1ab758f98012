"""Receipt of a signed document: its exact bytes and signatures kept, the bank's checks, the hold.

The id is the idempotency key: look-up, checks, hold and insert share one write transaction.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from decimal import Decimal
from typing import Any, NamedTuple

from cryptography import x509

from refbank.access.users import User, user_from_row
from refbank.bank_time import bank_today, utc_text
from refbank.bank_time import now as bank_now
from refbank.currency_documents import CURRENCY_SCHEMAS, executed_rate
from refbank.db import from_tiyn, immediate, to_tiyn
from refbank.documents.signing_rights import Signatory, SigningRefused, still_needed
from refbank.errors import BankRefusal, DocumentRejected, Reason
from refbank.kinds import DOCUMENT_SCHEMAS, check_document_kind
from refbank.mail import notify_rejected_document
from refbank.pki.verify import VerifiedSignature, verify_detached
from refbank.rules import check_payment_order, invalid_field
from refbank.signed_content import parse_canonical

# The longest text a document's field may hold: the purpose's 420 characters with room to spare; longer is
# refused before the document is stored (docs/wire-protocol.md "Limits").
DOCUMENT_TEXT_MAX = 1000


@dataclass(frozen=True)
class Receipt:
    """What the bank answers to a PUT: the HTTP status and the document's state."""

    status_code: int
    state: dict[str, Any]


@dataclass(frozen=True)
class Signer:
    user: User
    serial: str


def parse_content(doc_id: str, content: bytes) -> dict[str, Any]:
    """The document as JSON, if `content` is its canonical form; 400 malformed_document if not, 400
    field_too_long when a text in it is longer than any field of any kind holds."""
    document = parse_canonical(doc_id, content, kind="document", schema=DOCUMENT_SCHEMAS)  # kinds.py: types 1-5
    if _longest_length(document) > DOCUMENT_TEXT_MAX:  # the field's path is only built for the refusal
        field, length = _longest_text(document)
        raise BankRefusal(400, "field_too_long", "The field {field} is {length} characters; at most {limit} are taken.",
                          field=field, length=length, limit=DOCUMENT_TEXT_MAX)
    return document


def _longest_text(value: object, path: str = "") -> tuple[str, int]:
    """The path and length of the longest text in `value` (depth is bounded by the request's limits)."""
    if isinstance(value, str):
        return path, len(value)
    items = value.items() if isinstance(value, dict) else enumerate(value) if isinstance(value, list) else ()
    longest = (path, 0)
    for key, item in items:
        found = _longest_text(item, f"{path}.{key}" if path else str(key))
        longest = max(longest, found, key=lambda pair: pair[1])
    return longest


def _longest_length(value: object) -> int:
    """The length of the longest text in `value` (one loop, not a call per value: each document)."""
    longest, waiting = 0, [value]
    while waiting:
        item = waiting.pop()
        if isinstance(item, str):
            longest = max(longest, len(item))
        elif isinstance(item, dict):
            waiting.extend(item.values())
        elif isinstance(item, list):
            waiting.extend(item)
    return longest


def _malformed(message: str, **params: Any) -> BankRefusal:
    return BankRefusal(400, "malformed_document", message, **params)


def receive_document(conn: sqlite3.Connection, *, submitter: User, doc_id: str, content: bytes,
                     signatures: list[bytes], ca_certificate: x509.Certificate,
                     own_bank_code: str, execution_delay: float, horizon_days: int,
                     document: dict[str, Any] | None = None, checked: SignatureCheck | None = None) -> Receipt:
    """Receive one signed document. `document` (parse_content's reading of `content`) and `checked`
    (check_signatures' of `signatures`) when the caller has them."""
    if document is None:
        document = parse_content(doc_id, content)
    # The slow part, signature arithmetic, runs before the write lock is taken.
    verified, failure = checked if checked is not None else check_signatures(content, signatures, ca_certificate)

    now = bank_now()
    with immediate(conn):
        existing = conn.execute("SELECT * FROM documents WHERE id = ?", (doc_id,)).fetchone()
        if existing is not None:
            # The id is the idempotency key of the company that sent it: another company's document is
            # never answered as a duplicate (its state stays its own), only as an id already taken, the
            # same answer whatever its bytes.
            if bytes(existing["content"]) != content or visible_document(conn, submitter, doc_id) is None:
                raise BankRefusal(409, "document_id_reused",
                                  "Another document was already received with this id.", id=doc_id)
            return Receipt(200, document_state(existing, duplicate=True))
        try:
            if failure:
                raise failure
            account, needs = check_document(conn, document, verified, own_bank_code, horizon_days)
            if needs is None:
                amount = to_tiyn(Decimal(document["amount"]))
                conn.execute("UPDATE accounts SET available = available - ? WHERE iban = ?",
                             (amount, account["iban"]))
            # R3.2: a first signature alone is kept, neither held nor executed, until the second
            # (refbank/documents/second_signature.py).
            status = "accepted" if needs is None else "awaiting_signature"
            reason, company_id = None, account["company_id"]
        except DocumentRejected as rejected:
            status, reason, company_id = "rejected", rejected.reason, submitter.company_id
        _insert_document(conn, doc_id=doc_id, document=document, content=content, submitter=submitter,
                         company_id=company_id, status=status, reason=reason, now=now,
                         execute_after=now + execution_delay if status == "accepted" else None)
        _insert_signatures(conn, doc_id, signatures, verified)
        if reason is not None:  # R1.9: the company hears of the rejection by bank mail too
            notify_rejected_document(conn, company_id=company_id, doc_id=doc_id, document=document,
                                     reason=reason, now=now)
        row = conn.execute("SELECT * FROM documents WHERE id = ?", (doc_id,)).fetchone()
    return Receipt(201, document_state(row))


class SignatureCheck(NamedTuple):
    """The signatures of a document checked: those that verified, or why they are refused."""

    verified: list[VerifiedSignature]
    failure: DocumentRejected | None


def check_signatures(content: bytes, signatures: list[bytes], ca_certificate: x509.Certificate) -> SignatureCheck:
    """Each signature verified over `content` (refbank.pki.verify); none at all is refused too."""
    try:
        if not signatures:
            raise DocumentRejected("signature_missing", "The document carries no signature.")
        return SignatureCheck([verify_detached(content, signature, ca_certificate) for signature in signatures], None)
    except DocumentRejected as rejected:
        return SignatureCheck([], rejected)


def check_document(conn: sqlite3.Connection, document: dict[str, Any], verified: list[VerifiedSignature],
                   own_bank_code: str, horizon_days: int) -> tuple[sqlite3.Row, str | None]:
    """The payer's account and the signature still needed (None: complete), after every check
    the bank makes; DocumentRejected otherwise."""
    signers = [signer_of(conn, signature) for signature in verified]
    amount = check_payment_order(document, today=bank_today(), horizon_days=horizon_days)
    check_document_kind(conn, document)  # budget, pension, social, salary: refbank/kinds.py
    account = conn.execute("SELECT * FROM accounts WHERE iban = ?",
                           (document["payer"]["iban"],)).fetchone()
    if account is None or account["company_id"] not in {s.user.company_id for s in signers}:
        raise DocumentRejected("payer_account_unknown",
                               "The payer's account is not an account of the signer's company.",
                               iban=document["payer"]["iban"])
    needs = _check_signing_rights(signers, account["company_id"])
    company = conn.execute("SELECT * FROM companies WHERE id = ?", (account["company_id"],)).fetchone()
    if document["payer"]["bin"] != company["bin"]:
        raise invalid_field("payer.bin", "it is not the BIN of the account's owner")
    if document["currency"] != account["currency"]:
        raise DocumentRejected("currency_mismatch",
                               "The document's currency is not the currency of the payer's account.",
                               currency=document["currency"], account_currency=account["currency"])
    _check_beneficiary(conn, document, own_bank_code)
    available = Decimal(from_tiyn(account["available"]))
    if amount > available:
        raise DocumentRejected("insufficient_funds",
                               "The amount is more than the available balance of {available}.",
                               available=from_tiyn(account["available"]), amount=document["amount"])
    return account, needs


def signer_of(conn: sqlite3.Connection, signature: VerifiedSignature) -> Signer:
    row = conn.execute(
        "SELECT users.*, certificates.revoked FROM certificates JOIN users ON users.id = certificates.user_id "
        "WHERE certificates.serial = ?", (signature.serial,)).fetchone()
    if row is None:
        raise DocumentRejected("certificate_untrusted",
                               "The signer's certificate is not one this bank issued.",
                               serial=signature.serial)
    if row["revoked"]:
        raise DocumentRejected("certificate_revoked", "The signer's certificate was revoked.",
                               serial=signature.serial)
    return Signer(user_from_row(row), signature.serial)


def _check_signing_rights(signers: list[Signer], company_id: int) -> str | None:
    """What the signatures still need ("second", or None when complete), by the rule in
    refbank/documents/signing_rights.py (R3); DocumentRejected when they can never make the document payable."""
    signatories = [Signatory(s.user.id, s.user.company_id, s.user.sign_right, s.user.full_name) for s in signers]
    try:
        return still_needed(signatories, company_id)
    except SigningRefused as refused:
        rejected = DocumentRejected(refused.code, "")
        rejected.reason = Reason(refused.code, refused.message, refused.params)
        raise rejected from refused


def _check_beneficiary(conn: sqlite3.Connection, document: dict[str, Any], own_bank_code: str) -> None:
    iban = document["beneficiary"]["iban"]
    if document["schema"] in CURRENCY_SCHEMAS:
        return  # abroad, or the company's own account in the other currency: refbank/currency_documents.py
    if iban == document["payer"]["iban"]:
        raise invalid_field("beneficiary.iban", "it is the payer's own account")
    if iban[4:7] != own_bank_code:
        return  # another bank's account: the order goes to interbank clearing
    account = conn.execute("SELECT currency FROM accounts WHERE iban = ?", (iban,)).fetchone()
    if account is None:
        raise DocumentRejected("beneficiary_account_unknown",
                               "The beneficiary's account is at this bank, but no such account exists.",
                               iban=iban)
    if account["currency"] != document["currency"]:
        raise DocumentRejected("currency_mismatch",
                               "The document's currency is not the currency of the beneficiary's account.",
                               currency=document["currency"], account_currency=account["currency"])


def _object(document: dict[str, Any], key: str) -> dict[str, Any]:
    value = document.get(key)
    return value if isinstance(value, dict) else {}


def _insert_document(conn: sqlite3.Connection, *, doc_id: str, document: dict[str, Any], content: bytes,
                     submitter: User, company_id: int, status: str, reason: Reason | None,
                     now: float, execute_after: float | None) -> None:
    payer, beneficiary = _object(document, "payer"), _object(document, "beneficiary")
    conn.execute(
        "INSERT INTO documents (id, company_id, submitted_by, content, schema, status, reason_code, "
        "reason_message, reason_params, amount, currency, payer_iban, beneficiary_iban, received_at, "
        "execute_after) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (doc_id, company_id, submitter.id, content, document["schema"], status,
         reason.code if reason else None, reason.message if reason else None,
         json.dumps(reason.params, ensure_ascii=False) if reason else None,
         to_tiyn(Decimal(document["amount"])) if status == "accepted" else None,
         document.get("currency"), payer.get("iban"), beneficiary.get("iban"),
         utc_text(now), execute_after),
    )


def _insert_signatures(conn: sqlite3.Connection, doc_id: str, signatures: list[bytes],
                       verified: list[VerifiedSignature]) -> None:
    serials = [signature.serial for signature in verified]
    for index, cms_der in enumerate(signatures, start=1):
        serial = serials[index - 1] if index <= len(serials) else None
        conn.execute("INSERT INTO signatures (document_id, idx, cms_der, certificate_serial) "
                     "VALUES (?, ?, ?, ?)", (doc_id, index, cms_der, serial))


def document_state(row: sqlite3.Row, *, duplicate: bool = False) -> dict[str, Any]:
    """The wire form of a document's state."""
    reason = None
    if row["reason_code"]:
        reason = {"code": row["reason_code"], "message": row["reason_message"],
                  "params": json.loads(row["reason_params"] or "{}")}
    return {"id": row["id"], "status": row["status"], "reason": reason,
            "received_at": row["received_at"], "executed_at": row["executed_at"],
            "rate": executed_rate(row), "duplicate": duplicate}


def visible_document(conn: sqlite3.Connection, user: User, doc_id: str) -> sqlite3.Row | None:
    """The document if the user's company sent or pays it."""
    return conn.execute(
        "SELECT documents.* FROM documents JOIN users ON users.id = documents.submitted_by "
        "WHERE documents.id = ? AND (documents.company_id = ? OR users.company_id = ?)",
        (doc_id, user.company_id, user.company_id)).fetchone()
