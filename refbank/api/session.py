"""Logging in and out, and the login's second factor (R8.2): a new challenge, the carrier's proof, the
one-time code instead of the carrier."""

# No `from __future__ import annotations`: FastAPI reads the dependency aliases at run time.
from typing import Any

from fastapi import APIRouter, Request, Response
from pydantic import BaseModel, Field

from refbank.access.login import login_user
from refbank.access.login_proof import answer_code, challenge_again, code_again, prove_carrier, start_second_factor
from refbank.access.permissions import permissions
from refbank.access.sessions import close_session, open_session
from refbank.api.dependencies import Authorization, Conn, CurrentUser, TheBank, bearer_token, client_address
from refbank.api.fields import Challenge, Signature
from refbank.limits import CODE_MAX_LENGTH, LOGIN_MAX_LENGTH, PASSWORD_MAX_LENGTH
from refbank.signed_content import decode_base64, not_base64

router = APIRouter()


class LoginRequest(BaseModel):
    login: str = Field(max_length=LOGIN_MAX_LENGTH)
    password: str = Field(max_length=PASSWORD_MAX_LENGTH)


class ProofBody(BaseModel):
    challenge: Challenge  # base64 of the challenge's bytes, exactly as the bank gave them
    signature: Signature  # base64 of a detached CMS SignedData over those bytes (docs/wire-protocol.md)


class CodeBody(BaseModel):
    code: str = Field(max_length=CODE_MAX_LENGTH)


@router.post("/session")
def login(body: LoginRequest, request: Request, conn: Conn, bank: TheBank) -> dict[str, Any]:
    user, password_change = login_user(conn, body.login, body.password, config=bank.config,
                                       address=client_address(request), limits=bank.login_limits)  # R8.4, R8.7
    token = open_session(conn, user)
    second_factor = start_second_factor(conn, user, token, config=bank.config,
                                        bank_bic=bank.config.bank_bic)  # R8.2: carrier or code
    company = conn.execute("SELECT name, bin FROM companies WHERE id = ?", (user.company_id,)).fetchone()
    return {
        "session": token,
        "user": {"login": user.login, "full_name": user.full_name, "iin": user.iin, "sign_right": user.sign_right,
                 **permissions(conn, user)},  # R3.4: may_prepare, may_sign
        "password_change": password_change,  # "first_login" / "expired": change before anything else
        "second_factor": second_factor,  # None, or the carrier's challenge / a code sent (login_proof.py)
        "company": {"name": company["name"], "bin": company["bin"]},
    }


@router.delete("/session", status_code=204)
def logout(conn: Conn, user: CurrentUser, authorization: Authorization = None) -> Response:
    close_session(conn, bearer_token(authorization) or "")
    return Response(status_code=204)


@router.post("/session/challenge")
def challenge(conn: Conn, user: CurrentUser, bank: TheBank, authorization: Authorization = None) -> dict[str, Any]:
    return challenge_again(conn, user, bearer_token(authorization) or "", config=bank.config,
                           bank_bic=bank.config.bank_bic)


@router.post("/session/proof")
def proof(body: ProofBody, *, request: Request, conn: Conn, user: CurrentUser, bank: TheBank,
          authorization: Authorization = None) -> dict[str, Any]:
    prove_carrier(conn, user, bearer_token(authorization) or "",
                  challenge=decode_base64(body.challenge, not_base64("malformed_request", "challenge")),
                  signature=decode_base64(body.signature, not_base64("malformed_request", "signature")),
                  ca_certificate=bank.authority.certificate, address=client_address(request))
    return {"second_factor": None}


@router.post("/session/code")
def code(body: CodeBody, request: Request, *, conn: Conn, user: CurrentUser, bank: TheBank,
         authorization: Authorization = None) -> dict[str, Any]:
    answer_code(conn, user, bearer_token(authorization) or "", code=body.code, address=client_address(request),
                config=bank.config)
    return {"second_factor": None}


@router.post("/session/code:new")
def new_code(conn: Conn, user: CurrentUser, bank: TheBank, authorization: Authorization = None) -> dict[str, Any]:
    return code_again(conn, user, bearer_token(authorization) or "", config=bank.config)
