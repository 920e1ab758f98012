"""Who the bank server is, before the client trusts it (R6.6).

What is pinned: the bank prints (in the PIN envelope, or IT staff put in the deployment file) the
SHA-256 fingerprint of its CA certificate. At set-up the client fetches the chain the server
presents without trusting anything, shows the server certificate, and accepts the server only when
the chain's CA certificate has the printed fingerprint and really issued the server certificate.
That CA is then saved as the client's `ca_file`: the only CA it trusts afterwards (bank_api.py).
"""

from __future__ import annotations

import hmac
import re
import socket
import ssl
from dataclasses import dataclass
from datetime import datetime
from urllib.parse import urlsplit

from cryptography import x509
from cryptography.hazmat.primitives import serialization

from bsclient.client.session.bank_errors import BankError, BankUnreachableError
from bsclient.client.session.proxy import open_tunnel
from bsclient.crypto.certificate import fingerprint
from bsclient.messages import QT_TRANSLATE_NOOP, Message

CONNECT_TIMEOUT = 10.0
_HEX_PAIRS = re.compile(r"[0-9A-F]{64}")


@dataclass(frozen=True)
class CertificateSummary:
    """What the clerk compares: subject, issuer, validity, SHA-256 fingerprint."""

    subject: str
    issuer: str
    not_before: datetime
    not_after: datetime
    sha256: str  # "AB:CD:..."


@dataclass(frozen=True)
class ServerIdentity:
    """The chain a server presented: its own certificate and the CA that issued it, if sent."""

    url: str
    server: CertificateSummary
    ca: CertificateSummary | None
    ca_pem: bytes | None

    def ca_matches(self, printed: str) -> bool:
        """The presented CA has the printed fingerprint (compared in constant time)."""
        wanted = normalise_fingerprint(printed)
        return (self.ca is not None and wanted is not None
                and hmac.compare_digest(normalise_fingerprint(self.ca.sha256) or "", wanted))


class ServerIdentityError(BankError):
    """The server's certificates cannot be read or do not form a chain from a CA."""


def normalise_fingerprint(text: str) -> str | None:
    """"ab:cd…", "AB CD …" or "abcd…" as 64 upper-case hex digits; None when it is not a SHA-256."""
    digits = re.sub(r"[\s:\-]", "", text or "").upper()
    return digits if _HEX_PAIRS.fullmatch(digits) else None


def format_fingerprint(text: str) -> str:
    """64 hex digits as "AB:CD:..." (what the bank prints)."""
    digits = normalise_fingerprint(text) or text
    return ":".join(digits[i:i + 2] for i in range(0, len(digits), 2))


def server_address(url: str) -> tuple[str, int]:
    """Host and port of an https:// address; ValueError for anything else."""
    parts = urlsplit(url.strip())
    if parts.scheme != "https" or not parts.hostname:
        raise ValueError(url)
    return parts.hostname, parts.port or 443


def summary(certificate: x509.Certificate) -> CertificateSummary:
    return CertificateSummary(subject=certificate.subject.rfc4514_string(),
                              issuer=certificate.issuer.rfc4514_string(),
                              not_before=certificate.not_valid_before_utc,
                              not_after=certificate.not_valid_after_utc, sha256=fingerprint(certificate))


def fetch_server_identity(url: str, *, timeout: float = CONNECT_TIMEOUT, proxy: str | None = None) -> ServerIdentity:
    """Connect to `url` trusting nothing (nothing is sent), and read the chain it presents; through
    `proxy` (an http:// address) when given."""
    host, port = server_address(url)
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    context.minimum_version = ssl.TLSVersion.TLSv1_2
    context.check_hostname = False
    context.verify_mode = ssl.CERT_NONE  # only to look: trust is decided by the fingerprint below
    try:
        with (open_tunnel(proxy, host, port, timeout=timeout) if proxy else
              socket.create_connection((host, port), timeout=timeout)) as raw, \
                context.wrap_socket(raw, server_hostname=host) as tls:
            chain_der = _presented_chain(tls)
    except (OSError, ssl.SSLError) as exc:
        raise BankUnreachableError(Message("Bank", QT_TRANSLATE_NOOP(
            "Bank", "No bank server answers at {url}. Check the address in the bank's letter and the internet "
            "connection, then try again."), {"url": url}), "unreachable") from exc
    return identity_of_chain(url, chain_der)


def _presented_chain(tls: ssl.SSLSocket) -> list[bytes]:
    # Python 3.13 names it; before, the same call sits on the underlying _ssl socket.
    getter = (getattr(tls, "get_unverified_chain", None)
              or tls._sslobj.get_unverified_chain)  # type: ignore[attr-defined]  # noqa: SLF001 - before 3.13 only the _ssl socket has it; typeshed does not say
    chain = getter() or []
    encoding = ssl._ssl.ENCODING_DER  # type: ignore[attr-defined]  # noqa: SLF001 - what get_unverified_chain's items encode with; not public before 3.13
    return [item if isinstance(item, bytes) else item.public_bytes(encoding) for item in chain]


def identity_of_chain(url: str, chain_der: list[bytes]) -> ServerIdentity:
    """The server certificate (first) and, among the others, the CA that issued it."""
    try:
        certificates = [x509.load_der_x509_certificate(der) for der in chain_der]
    except ValueError as exc:
        raise _unreadable() from exc
    if not certificates:
        raise _unreadable()
    server, others = certificates[0], certificates[1:]
    ca = next((candidate for candidate in others if _issued(server, candidate)), None)
    return ServerIdentity(url=url, server=summary(server), ca=summary(ca) if ca is not None else None,
                          ca_pem=ca.public_bytes(serialization.Encoding.PEM) if ca is not None else None)


def _issued(certificate: x509.Certificate, issuer: x509.Certificate) -> bool:
    try:
        certificate.verify_directly_issued_by(issuer)
    except Exception:  # InvalidSignature, a different key type: not this issuer
        return False
    return True


def _unreadable() -> ServerIdentityError:
    return ServerIdentityError(Message("Bank", QT_TRANSLATE_NOOP(
        "Bank", "The server's certificate cannot be read. This may not be the bank's server: do not go on, "
        "and call the bank on its official number.")), "server_certificate_unreadable")
