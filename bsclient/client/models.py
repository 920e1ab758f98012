"""Plain data the bank answers with: accounts, the logged-in user, document states, key requests."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

from bsclient.client.documents.record import DocumentStatus, ExecutedRate
from bsclient.messages import Message


@dataclass(frozen=True)
class Account:
    """One of the company's accounts: IIK, currency, balance and what can be spent now."""

    iban: str
    currency: str
    balance: Decimal
    available: Decimal
    title: str


@dataclass(frozen=True)
class UserInfo:
    """Who is logged in: `sign_right` is single, first, second or none."""

    login: str
    full_name: str
    sign_right: str
    company_name: str
    company_bin: str
    iin: str = ""  # the user's IIN ("" from a bank that does not say)
    may_prepare: bool = True  # R3.4: the bank's word (a user without signing right may only view)
    may_sign: bool = True
    password_change: str | None = None  # the bank's "first_login" / "expired": change before anything else


@dataclass(frozen=True)
class DocumentState:
    """The bank's word on a document: accepted, executed or rejected (with `reason`)."""

    id: str
    status: DocumentStatus
    reason: Message | None
    received_at: datetime | None
    executed_at: datetime | None
    duplicate: bool = False
    rate: ExecutedRate | None = None  # an executed exchange: the rate the bank used (wire "rate")


@dataclass(frozen=True)
class CertificateRequest:
    """A key certificate request at the bank: `status` issued (with the PEM) or pending; when it was made."""

    id: str
    status: str
    certificate_pem: bytes | None
    created_at: datetime | None = None
