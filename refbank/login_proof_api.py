"""The second-factor routes of a login (R8.2): a new challenge, the carrier's proof, the one-time code."""

import base64
import binascii
from typing import Any

from fastapi import FastAPI, Header, Request
from pydantic import BaseModel

from refbank.access_api import client_address
from refbank.errors import BankRefusal
from refbank.login_proof import answer_code, challenge_again, code_again, prove_carrier

# No `from __future__ import annotations`: FastAPI reads the Conn and CurrentUser aliases at run time.


class ProofBody(BaseModel):
    challenge: str  # base64 of the challenge's bytes, exactly as the bank gave them
    signature: str  # base64 of a detached CMS SignedData over those bytes (docs/wire-protocol.md)


class CodeBody(BaseModel):
    code: str


def _token(authorization: str | None) -> str:
    scheme, _, token = (authorization or "").partition(" ")
    return token.strip() if scheme.lower() == "bearer" else ""


def _base64(text: str, field: str) -> bytes:
    try:
        return base64.b64decode(text, validate=True)
    except (binascii.Error, ValueError) as exc:
        raise BankRefusal(400, "malformed_request", "The {field} is not valid base64.", field=field) from exc


def install_login_proof_routes(app: FastAPI, bank: Any, prefix: str, Conn: Any, CurrentUser: Any) -> None:  # noqa: N803
    @app.post(prefix + "/session/challenge")
    def challenge(conn: Conn, user: CurrentUser, authorization: str | None = Header(None)) -> dict[str, Any]:
        return challenge_again(conn, user, _token(authorization), config=bank.config, bank_bic=bank.config.bank_bic)

    @app.post(prefix + "/session/proof")
    def proof(body: ProofBody, request: Request, conn: Conn, user: CurrentUser,
              authorization: str | None = Header(None)) -> dict[str, Any]:
        prove_carrier(conn, user, _token(authorization), challenge=_base64(body.challenge, "challenge"),
                      signature=_base64(body.signature, "signature"), ca_certificate=bank.authority.certificate,
                      address=client_address(request))
        return {"second_factor": None}

    @app.post(prefix + "/session/code")
    def code(body: CodeBody, request: Request, conn: Conn, user: CurrentUser,
             authorization: str | None = Header(None)) -> dict[str, Any]:
        answer_code(conn, user, _token(authorization), code=body.code, address=client_address(request))
        return {"second_factor": None}

    @app.post(prefix + "/session/code:new")
    def new_code(conn: Conn, user: CurrentUser, authorization: str | None = Header(None)) -> dict[str, Any]:
        return code_again(conn, user, _token(authorization), config=bank.config)
