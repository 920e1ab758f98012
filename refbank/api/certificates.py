"""Users' certificates: a key's request and its state, and "my key is compromised" (R7.2): revoke now,
then a new key's request that waits for the bank's approval."""

# No `from __future__ import annotations`: FastAPI reads the dependency aliases at run time.
from typing import Any

from fastapi import APIRouter, Request
from pydantic import BaseModel

from refbank.api.dependencies import Authorization, Conn, CurrentUser, TheBank, bearer_token, client_address
from refbank.api.fields import Id, Pem, Serial
from refbank.pki.requests import issues_at_once, request_state, submit_request
from refbank.pki.revocation import request_replacement, revoke_own_certificate

router = APIRouter()


class CertificateRequestBody(BaseModel):
    csr_pem: Pem


class RevokeBody(BaseModel):
    serial: Serial


class ReplacementBody(BaseModel):
    csr_pem: Pem


@router.post("/certificate-requests", status_code=201)
def request_certificate(body: CertificateRequestBody, conn: Conn, user: CurrentUser, bank: TheBank,
                        authorization: Authorization = None) -> dict[str, Any]:
    # Issued at once only for a session past its second factor (refbank/pki/requests.py, issues_at_once).
    return submit_request(conn, user, body.csr_pem, authority=bank.authority, auto_issue=issues_at_once(
        conn, bearer_token(authorization), auto_issue=bank.config.auto_issue_certificates))


@router.get("/certificate-requests/{request_id}")
def certificate_request(request_id: Id, conn: Conn, user: CurrentUser) -> dict[str, Any]:
    return request_state(conn, user, request_id)


@router.post("/certificates/revoke")
def revoke(body: RevokeBody, request: Request, conn: Conn, user: CurrentUser) -> dict[str, Any]:
    done = revoke_own_certificate(conn, user, body.serial, address=client_address(request))
    return {"serial": done.serial, "revoked_at": done.revoked_at, "already": done.already}


@router.post("/certificates/replacement", status_code=201)
def replacement(body: ReplacementBody, request: Request, conn: Conn, user: CurrentUser,
                bank: TheBank) -> dict[str, Any]:
    return request_replacement(conn, user, body.csr_pem, authority=bank.authority, address=client_address(request))
