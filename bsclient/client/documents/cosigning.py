"""Signatures a document has and still needs, and the second signer's part (R3.2, R3.3).

The second signer fetches the documents awaiting their signature from the bank with the exact
bytes the first signer signed, checks those bytes (they are the canonical form of the order shown,
and every signature on them verifies against the bank's CA), signs the same bytes on the carrier
and sends the signature. The bank checks it again with its own code.

sign_awaiting signs through the carrier's Signer (the token's part runs on its thread); the rest calls the
network or the disk. Run them in the background.
"""

from __future__ import annotations

import base64
import binascii
import json
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from cryptography import x509
from cryptography.hazmat.primitives.serialization import Encoding

from bsclient.client.documents.payment_order import PaymentOrder
from bsclient.client.documents.record import DocumentRecord, DocumentStatus
from bsclient.client.documents.signature_marks import signature_marks
from bsclient.client.documents.store import DocumentStore, StoreError
from bsclient.client.models import DocumentState
from bsclient.client.session.bank_api import BankApi, document_state
from bsclient.client.session.bank_errors import BankError
from bsclient.crypto import CryptoError, Signer, canonical_bytes, sign_detached, verify_detached
from bsclient.formatting import as_typed
from bsclient.messages import QT_TRANSLATE_NOOP, ClerkError, Message
from bsclient.rules import ValidationError, parse_amount

SECOND = "second"


class CosigningError(ClerkError):
    """A document awaiting a signature that must not be signed: its bytes are not what is shown."""


@dataclass(frozen=True)
class SignatureEntry:
    """One signature as the clerk reads it: who, with which right, and when."""

    signer: str
    right: str = ""  # single, first or second; "" when only the local copy is known
    signed_at: datetime | None = None
    login: str = ""


@dataclass(frozen=True)
class DocumentSignatures:
    """The document's signatures and what it still needs ("second", or None: nothing)."""

    doc_id: str
    status: str
    needs: str | None
    signatures: list[SignatureEntry] = field(default_factory=list)
    may_sign: bool = False
    from_bank: bool = False

    @property
    def complete(self) -> bool:
        return bool(self.signatures) and self.needs is None


@dataclass(frozen=True)
class AwaitingDocument:
    """A document at the bank that awaits this user's signature, with its exact signed bytes."""

    order: PaymentOrder
    content: bytes
    cms: list[bytes]
    signatures: DocumentSignatures
    state: DocumentState

    @property
    def id(self) -> str:
        return self.order.id

    def as_record(self) -> DocumentRecord:
        """The document as the read-only editor shows it."""
        return DocumentRecord(id=self.id, order=self.order, status=DocumentStatus.AWAITING_SIGNATURE,
                              reason=None, content=self.content, signatures=list(self.cms),
                              signer_name="; ".join(s.signer for s in self.signatures.signatures))


def _unreadable() -> BankError:
    return BankError(Message("Cosigning", QT_TRANSLATE_NOOP(
        "Cosigning", "The bank's list of documents awaiting your signature could not be read. Try again; if this repeats, call the bank.")),
        "unreadable_answer")


def _time(value: object) -> datetime | None:
    try:
        return datetime.fromisoformat(value) if isinstance(value, str) and value else None
    except ValueError:
        return None


def _entries(items: list[dict[str, Any]]) -> list[SignatureEntry]:
    return [SignatureEntry(signer=str(item.get("signer") or ""), right=str(item.get("right") or ""),
                           signed_at=_time(item.get("signed_at")), login=str(item.get("login") or ""))
            for item in items]


def fetch_signatures(api: BankApi, doc_id: str) -> DocumentSignatures:
    """Who signed a document at the bank and what it still needs."""
    answer = api.request("GET", f"/documents/{doc_id}/signatures")
    try:
        return DocumentSignatures(doc_id=doc_id, status=str(answer["status"]), needs=answer.get("needs"),
                                  signatures=_entries(answer["signatures"]), may_sign=bool(answer.get("may_sign")),
                                  from_bank=True)
    except (KeyError, TypeError, AttributeError) as exc:
        raise _unreadable() from exc


def local_signatures(record: DocumentRecord) -> DocumentSignatures:
    """What the local copy tells: its signatures (owner and signing time from each CMS) and, from
    its status, whether it awaits a second signature."""
    marks = signature_marks(record)
    needs = SECOND if record.status == DocumentStatus.AWAITING_SIGNATURE else None
    return DocumentSignatures(doc_id=record.id, status=record.status.value, needs=needs,
                              signatures=[SignatureEntry(m.name, signed_at=m.signed_at) for m in marks])


def fetch_awaiting(api: BankApi) -> list[AwaitingDocument]:
    """The documents awaiting this user's signature at the bank, oldest first."""
    answer = api.request("GET", "/awaiting-signature")
    try:
        return [_awaiting(item) for item in answer["documents"]]
    except (KeyError, TypeError, ValueError, AttributeError, binascii.Error) as exc:
        raise _unreadable() from exc


def _awaiting(item: dict[str, Any]) -> AwaitingDocument:
    content = base64.b64decode(item["content"], validate=True)
    order = PaymentOrder.from_dict(json.loads(content.decode("utf-8")))
    order.amount = typed_amount(order.amount)
    state = document_state(item)
    signatures = DocumentSignatures(doc_id=order.id, status=str(item["status"]), needs=item.get("needs"),
                                    signatures=_entries(item["signatures"]), may_sign=True, from_bank=True)
    cms = [base64.b64decode(s["cms"], validate=True) for s in item["signatures"]]
    return AwaitingDocument(order=order, content=content, cms=cms, signatures=signatures, state=state)


def typed_amount(wire_amount: str) -> str:
    """The wire's "48250.75" as a clerk types it here, "48 250,75" (it parses back to the same amount)."""
    try:
        return as_typed(parse_amount(wire_amount))
    except ValidationError:
        return wire_amount


def bank_ca_der(api: BankApi) -> bytes:
    return x509.load_pem_x509_certificate(api.ca_file.read_bytes()).public_bytes(Encoding.DER)


def check_awaiting(document: AwaitingDocument, ca_der: bytes) -> None:
    """The bytes to sign are exactly the order shown, and every signature on them verifies against
    the bank's CA (the client's own check; the bank checks again). CosigningError otherwise."""
    try:
        shown = canonical_bytes(document.order.to_content())
    except ValidationError:
        shown = b""
    if shown != document.content:
        raise CosigningError(Message("Cosigning", QT_TRANSLATE_NOOP(
            "Cosigning", "Document {number} cannot be signed: the bytes the bank holds are not the order shown. Do not sign it; call the bank."),
            {"number": document.order.number}))
    for cms in document.cms:
        try:
            verify_detached(document.content, cms, ca_der)
        except CryptoError as exc:
            raise CosigningError(Message("Cosigning", QT_TRANSLATE_NOOP(
                "Cosigning", "Document {number} cannot be signed: its first signature does not verify. Do not sign it; call the bank."),
                {"number": document.order.number})) from exc


def sign_awaiting(document: AwaitingDocument, signer: Signer, ca_der: bytes) -> bytes:
    """Checks the document, then signs its exact bytes."""
    check_awaiting(document, ca_der)
    return sign_detached(document.content, signer)


def submit_signature(api: BankApi, store: DocumentStore, document: AwaitingDocument, signature: bytes,
                     signer_name: str) -> DocumentRecord:
    """Sends the signature; the document then lives in the local store too, so its status is followed
    (accepted → executed) like any other."""
    answer = api.request("POST", f"/documents/{document.id}/signatures",
                         json={"signature": base64.b64encode(signature).decode("ascii")})
    try:
        state = document_state(answer)
    except (KeyError, TypeError, ValueError) as exc:
        raise _unreadable() from exc
    names = [s.signer for s in document.signatures.signatures if s.signer]
    return keep_signed_copy(store, document, [*document.cms, signature], "; ".join([*names, signer_name]), state)


def keep_signed_copy(store: DocumentStore, document: AwaitingDocument, signatures: list[bytes],
                     signer_name: str, state: DocumentState) -> DocumentRecord:
    """The document as this user signed it, in the local store with the bank's state.

    A copy already here (the first signer worked on this computer) gets the signatures and state.
    """
    encoded = json.dumps([base64.b64encode(s).decode("ascii") for s in signatures])
    body = json.dumps(document.order.to_dict(), ensure_ascii=False)
    now = datetime.now(UTC).replace(microsecond=0).isoformat()
    with store.transaction() as db:
        row = db.execute("SELECT content FROM documents WHERE id = ?", (document.id,)).fetchone()
        if row is not None and row["content"] is not None and bytes(row["content"]) != document.content:
            raise StoreError(Message("Store", QT_TRANSLATE_NOOP(
                "Store", "Document {number} here differs from the one the bank holds; the bank's copy was signed. Refresh the list."),
                {"number": document.order.number}))
        if row is None:
            db.execute("INSERT INTO documents (id, kind, body, status, content, signatures, signer_name, created_at, "
                       "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                       (document.id, document.order.schema, body, DocumentStatus.SENT.value, document.content,
                        encoded, signer_name, now, now))
        else:
            db.execute("UPDATE documents SET signatures = ?, signer_name = ?, updated_at = ? WHERE id = ?",
                       (encoded, signer_name, now, document.id))
    return store.apply_state(document.id, state)
