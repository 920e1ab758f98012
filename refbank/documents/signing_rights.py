"""Who may sign a document, and what a document still needs (R3.1-R3.5): pure rules, no database.

Each user has one right: single, first, second or none. A document needs one "single"
signature, or a "first" and then a "second"; never more than two; a user never signs the same
document twice; a user with right "none" never signs.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

RIGHTS = ("single", "first", "second", "none")
MAX_SIGNATURES = 2
COMPLETE_SETS = (("single",), ("first", "second"))


@dataclass(frozen=True)
class Signatory:
    """The user behind one signature, as the bank knows them."""

    user_id: int
    company_id: int
    right: str
    name: str


class SigningRefused(Exception):  # noqa: N818 - the rule's answer, turned into a refusal by its callers
    """A signature the rules do not allow: a stable code, an English sentence, the values it names."""

    def __init__(self, code: str, message: str, params: dict[str, Any] | None = None) -> None:
        super().__init__(message)
        self.code = code
        self.message = message
        self.params = dict(params or {})


def _refuse(code: str, message: str, **params: Any) -> SigningRefused:
    return SigningRefused(code, message.format(**params), params)


def still_needed(signatories: Sequence[Signatory], company_id: int) -> str | None:
    """None when the signatures are complete, "second" when a first awaits its second.

    Raises SigningRefused when these signatures can never make the document payable.
    """
    if not signatories:
        raise _refuse("signature_missing", "The document carries no signature.")
    if len(signatories) > MAX_SIGNATURES:
        raise _refuse("too_many_signatures", "A document carries at most two signatures; this one has {count}.",
                      count=len(signatories))
    for signatory in signatories:
        _check_signatory(signatory, company_id)
    if len({s.user_id for s in signatories}) != len(signatories):
        raise _refuse("signed_twice", "{signer} signed the document twice; a user signs a document once.",
                      signer=signatories[0].name)
    rights = tuple(sorted(s.right for s in signatories))
    if rights in COMPLETE_SETS:
        return None
    if rights == ("first",):
        return "second"
    if rights == ("second",):
        raise _refuse("signature_order", "A second signature is placed after a first one; this document has "
                      "no first signature.", rights=list(rights))
    raise _refuse("signature_order", "A document needs one single signature, or a first and a second; "
                  "these signatures are {rights}.", rights=list(rights))


def check_addition(existing: Sequence[Signatory], new: Signatory, company_id: int) -> str | None:
    """What the document still needs once `new` signs after `existing`; SigningRefused if it may not."""
    if any(s.user_id == new.user_id for s in existing):
        raise _refuse("signed_twice", "{signer} has already signed this document; a user signs a document once.",
                      signer=new.name)
    if existing and still_needed(existing, company_id) is None:
        raise _refuse("signatures_complete", "The document already has all the signatures it needs.",
                      count=len(existing))
    return still_needed([*existing, new], company_id)


def may_add(existing: Sequence[Signatory], new: Signatory, company_id: int) -> bool:
    """Whether `new` may place the next signature (the list of documents awaiting a user's signature)."""
    try:
        check_addition(existing, new, company_id)
    except SigningRefused:
        return False
    return True


def _check_signatory(signatory: Signatory, company_id: int) -> None:
    if signatory.company_id != company_id:
        raise _refuse("signer_not_authorised", "{signer} is not a user of the payer's company.",
                      signer=signatory.name)
    if signatory.right == "none":
        raise _refuse("no_sign_right", "{signer} has no right to sign documents.", signer=signatory.name)
    if signatory.right not in RIGHTS:
        raise _refuse("signer_not_authorised", "{signer} has an unknown signing right.", signer=signatory.name)
