"""The bank's HTTP API (docs/wire-protocol.md) as a FastAPI application."""

import base64
import binascii
import logging
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated, Any

from fastapi import Depends, FastAPI, Header, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from pydantic import BaseModel
from starlette.exceptions import HTTPException as StarletteHTTPException

from refbank.access import confirm_payment, login_user, refuse_until_password_changed
from refbank.access_api import client_address, install_access_routes
from refbank.batch_documents import install_batch_routes
from refbank.ca import CertificateAuthority
from refbank.certificate_requests import issues_at_once, request_state, submit_request
from refbank.config import BankConfig
from refbank.db import Database, from_tiyn
from refbank.directories import install_directory_routes
from refbank.documents import document_state, receive_document, visible_document
from refbank.errors import BankRefusal
from refbank.execution import Executor
from refbank.login_proof import refuse_until_second_factor, start_second_factor
from refbank.login_proof_api import install_login_proof_routes
from refbank.mail_api import install_mail_routes
from refbank.rates import install_rates_routes
from refbank.recall import install_recall_routes
from refbank.second_signature import install_signature_routes
from refbank.selfservice_api import install_selfservice_routes
from refbank.sessions import close_session, open_session, session_user
from refbank.statements import statement_json, statement_page
from refbank.user_permissions import permissions
from refbank.users import User

# No `from __future__ import annotations` here: FastAPI resolves the local Annotated aliases
# (Conn, CurrentUser) at runtime, which string annotations would hide from it.
PREFIX = "/api/v1"
log = logging.getLogger(__name__)


@dataclass
class Bank:
    """Everything the API needs, handed in (no globals)."""

    database: Database
    config: BankConfig
    authority: CertificateAuthority
    own_bank_code: str
    executor: Executor | None = None


class LoginRequest(BaseModel):
    login: str
    password: str


class CertificateRequestBody(BaseModel):
    csr_pem: str


class DocumentBody(BaseModel):
    content: str
    signatures: list[str]
    code: str | None = None  # R8.5: the one-time code, when the bank's rule asks for one


class StatesRequest(BaseModel):
    ids: list[str]


def create_app(bank: Bank) -> FastAPI:
    app = FastAPI(title="refbank", docs_url=None, redoc_url=None, openapi_url=None)
    _install_error_handlers(app)

    def connection() -> Iterator[sqlite3.Connection]:
        with bank.database.connection() as conn:
            yield conn

    Conn = Annotated[sqlite3.Connection, Depends(connection)]

    def current_user(request: Request, conn: Conn, authorization: Annotated[str | None, Header()] = None) -> User:
        user = session_user(conn, _bearer(authorization), bank.config.session_idle_minutes)
        refuse_until_password_changed(conn, user, request.url.path, bank.config)  # R5.5, expiry
        refuse_until_second_factor(conn, _bearer(authorization), request.url.path)  # R8.2: proof first
        return user

    CurrentUser = Annotated[User, Depends(current_user)]

    @app.post(PREFIX + "/session")
    def login(body: LoginRequest, request: Request, conn: Conn) -> dict[str, Any]:
        user, password_change = login_user(conn, body.login, body.password, config=bank.config,
                                           address=client_address(request))  # R8.4, R8.7
        token = open_session(conn, user)
        second_factor = start_second_factor(conn, user, token, config=bank.config,
                                            bank_bic=bank.config.bank_bic)  # R8.2: carrier or code
        company = conn.execute("SELECT name, bin FROM companies WHERE id = ?", (user.company_id,)).fetchone()
        return {
            "session": token,
            "user": {"login": user.login, "full_name": user.full_name, "sign_right": user.sign_right,
                     **permissions(conn, user)},  # R3.4: may_prepare, may_sign
            "password_change": password_change,  # "first_login" / "expired": change before anything else
            "second_factor": second_factor,  # None, or the carrier's challenge / a code sent (login_proof.py)
            "company": {"name": company["name"], "bin": company["bin"]},
        }

    @app.delete(PREFIX + "/session", status_code=204)
    def logout(conn: Conn, user: CurrentUser,
               authorization: Annotated[str | None, Header()] = None) -> Response:
        close_session(conn, _bearer(authorization) or "")
        return Response(status_code=204)

    @app.get(PREFIX + "/accounts")
    def accounts(conn: Conn, user: CurrentUser) -> dict[str, Any]:
        rows = conn.execute("SELECT * FROM accounts WHERE company_id = ? ORDER BY currency DESC, iban",
                            (user.company_id,)).fetchall()
        return {"accounts": [
            {"iban": row["iban"], "currency": row["currency"], "balance": from_tiyn(row["balance"]),
             "available": from_tiyn(row["available"]), "title": row["title"]}
            for row in rows
        ]}

    @app.post(PREFIX + "/certificate-requests", status_code=201)
    def request_certificate(body: CertificateRequestBody, conn: Conn, user: CurrentUser,
                            authorization: Annotated[str | None, Header()] = None) -> dict[str, Any]:
        # Issued at once only for a session past its second factor (certificate_requests.issues_at_once).
        return submit_request(conn, user, body.csr_pem, authority=bank.authority, auto_issue=issues_at_once(
            conn, _bearer(authorization), auto_issue=bank.config.auto_issue_certificates))

    @app.get(PREFIX + "/certificate-requests/{request_id}")
    def certificate_request(request_id: str, conn: Conn, user: CurrentUser) -> dict[str, Any]:
        return request_state(conn, user, request_id)

    @app.put(PREFIX + "/documents/{doc_id}")
    def put_document(doc_id: str, body: DocumentBody, request: Request, conn: Conn, user: CurrentUser) -> JSONResponse:
        content = _decode_base64(body.content, "content")
        signatures = [_decode_base64(item, "signatures") for item in body.signatures]
        confirm_payment(conn, user, doc_id=doc_id, content=content, code=body.code, config=bank.config,
                        address=client_address(request))  # R8.5: 428 confirmation_required, or the code checked
        receipt = receive_document(
            conn, submitter=user, doc_id=doc_id, content=content, signatures=signatures,
            ca_certificate=bank.authority.certificate, own_bank_code=bank.own_bank_code,
            execution_delay=bank.config.execution_delay,
        )
        if receipt.state["status"] == "accepted" and bank.executor is not None:
            bank.executor.wake()
        return JSONResponse(receipt.state, status_code=receipt.status_code)

    @app.get(PREFIX + "/documents/{doc_id}")
    def get_document(doc_id: str, conn: Conn, user: CurrentUser) -> dict[str, Any]:
        row = visible_document(conn, user, doc_id)
        if row is None:
            raise BankRefusal(404, "document_unknown", "The bank has no document with this id.", id=doc_id)
        return document_state(row)

    @app.post(PREFIX + "/documents/states")
    def document_states(body: StatesRequest, conn: Conn, user: CurrentUser) -> dict[str, Any]:
        rows = (visible_document(conn, user, doc_id) for doc_id in body.ids)
        return {"documents": [document_state(row) for row in rows if row is not None]}

    @app.get(PREFIX + "/accounts/{iban}/statement")
    def statement(iban: str, conn: Conn, user: CurrentUser,
                  date_from: Annotated[str | None, Query(alias="from")] = None,
                  date_to: Annotated[str | None, Query(alias="to")] = None,
                  after: str | None = None, limit: int | None = None) -> Response:
        page = statement_page(conn, user, iban, date_from=date_from, date_to=date_to, after=after, limit=limit)
        return Response(statement_json(page), media_type="application/json")

    install_mail_routes(app, bank, PREFIX, Conn, CurrentUser)
    install_recall_routes(app, bank, PREFIX, Conn, CurrentUser)  # document type 8: recall
    install_signature_routes(app, bank, PREFIX, Conn, CurrentUser)  # R3.2, R3.3: the second signature
    install_directory_routes(app, Path(bank.database.path).parent, PREFIX, CurrentUser)
    install_rates_routes(app, Path(bank.database.path).parent, PREFIX, CurrentUser)  # type 7: GET rates
    install_access_routes(app, bank, PREFIX, Conn, CurrentUser)  # password, self-block, journal (issue 3)
    install_login_proof_routes(app, bank, PREFIX, Conn, CurrentUser)  # R8.2: challenge, proof, login code
    install_batch_routes(app, bank, PREFIX, Conn, CurrentUser)  # POST documents:batch (R9.2 speed)
    install_selfservice_routes(app, bank, PREFIX, Conn, CurrentUser)  # unlock, key compromised (issue 3)
    return app


def _bearer(authorization: str | None) -> str | None:
    if not authorization:
        return None
    scheme, _, token = authorization.partition(" ")
    return token.strip() if scheme.lower() == "bearer" else None


def _decode_base64(text: str, field: str) -> bytes:
    try:
        return base64.b64decode(text, validate=True)
    except (binascii.Error, ValueError) as exc:
        raise BankRefusal(400, "malformed_document", "The {field} is not valid base64.", field=field) from exc


def _error(status: int, code: str, message: str, params: dict[str, Any] | None = None) -> JSONResponse:
    return JSONResponse({"error": {"code": code, "message": message, "params": params or {}}},
                        status_code=status)


def _install_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(BankRefusal)
    async def refusal(request: Request, exc: BankRefusal) -> JSONResponse:
        return _error(exc.status, exc.reason.code, exc.reason.message, exc.reason.params)

    @app.exception_handler(RequestValidationError)
    async def invalid_request(request: Request, exc: RequestValidationError) -> JSONResponse:
        is_document = request.method == "PUT" and request.url.path.startswith(PREFIX + "/documents/")
        fields = [".".join(str(part) for part in error.get("loc", ())[1:]) for error in exc.errors()]
        return _error(400, "malformed_document" if is_document else "malformed_request",
                      "The request body is not what this call expects.", {"fields": fields})

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> JSONResponse:
        code = {404: "not_found", 405: "method_not_allowed"}.get(exc.status_code, "http_error")
        return _error(exc.status_code, code, str(exc.detail))

    @app.exception_handler(Exception)
    async def unexpected(request: Request, exc: Exception) -> JSONResponse:
        log.error("unexpected error in %s %s", request.method, request.url.path, exc_info=exc)
        return _error(500, "internal_error", "The bank could not handle the request.")
