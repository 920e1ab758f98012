"""Who signed a stored document and when, read back from its CMS signatures (for the paper form).

The store keeps every signature (CMS DER) and one `signer_name` text ("First; Second" after two
signers, see workflow.sign_and_store). The signing time is the CMS signing-time attribute the
signer's client put in; the owner is the certificate's subject CN, and the stored name when a
signature carries no readable certificate. Nothing here checks a signature: the bank does that.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from asn1crypto import cms

from bsclient.client.documents.record import DocumentRecord


@dataclass(frozen=True)
class SignatureMark:
    """One signature as the paper form shows it."""

    name: str
    signed_at: datetime | None  # aware (UTC), None when the signature carries no signing time
    iin: str | None = None      # from the certificate's serialNumber "IIN…", when there


def signature_marks(record: DocumentRecord) -> list[SignatureMark]:
    """The document's signatures in signing order; empty for a draft."""
    stored_names = [n.strip() for n in (record.signer_name or "").split(";") if n.strip()]
    marks = []
    for index, der in enumerate(record.signatures):
        fallback = stored_names[index] if index < len(stored_names) else (stored_names[-1] if stored_names else "")
        marks.append(read_signature(der, fallback))
    return marks


def read_signature(cms_der: bytes, fallback_name: str = "") -> SignatureMark:
    """Owner and signing time of a detached CMS signature; `fallback_name` when unreadable."""
    try:
        signed_data = cms.ContentInfo.load(cms_der)["content"]
        signer_info = signed_data["signer_infos"][0]
        when = None
        for attribute in signer_info["signed_attrs"] or []:
            if attribute["type"].native == "signing_time":
                when = attribute["values"][0].native
        name, iin = _owner(signed_data, signer_info)
    except (ValueError, TypeError, KeyError, IndexError):
        return SignatureMark(fallback_name, None)
    if isinstance(when, datetime) and when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return SignatureMark(name or fallback_name, when if isinstance(when, datetime) else None, iin)


def _owner(signed_data: cms.SignedData, signer_info: cms.SignerInfo) -> tuple[str, str | None]:
    sid = signer_info["sid"]
    if sid.name != "issuer_and_serial_number":
        return "", None
    serial = sid.chosen["serial_number"].native
    for choice in signed_data["certificates"] or []:
        if choice.name != "certificate":
            continue
        certificate = choice.chosen
        if certificate.serial_number == serial and certificate.issuer == sid.chosen["issuer"]:
            subject = certificate.subject.native
            number = str(subject.get("serial_number") or "")
            return str(subject.get("common_name") or ""), number[3:] if number.startswith("IIN") else None
    return "", None
