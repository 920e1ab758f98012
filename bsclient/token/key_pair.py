"""A signing key on the carrier: its id, label, public key and (once issued) certificate."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class KeyPair:
    """Private key on the token (never read out), its public key and certificate, by CKA_ID."""

    key_id: bytes
    label: str
    algorithm: str  # "rsa" | "ec"
    public_key_der: bytes  # SubjectPublicKeyInfo
    certificate_der: bytes | None = None
