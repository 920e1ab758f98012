"""The bank over HTTPS (docs/wire-protocol.md): trusts only the bank's CA, TLS 1.2+, idempotent sends."""

from __future__ import annotations

import base64
import json as json_text
import logging
import ssl
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlencode, urlsplit

import requests
from requests.adapters import HTTPAdapter

from bsclient.client.documents.record import DocumentStatus, ExecutedRate
from bsclient.client.models import Account, CertificateRequest, DocumentState, UserInfo
from bsclient.client.session.bank_errors import (
    BankError,
    BankUnreachableError,
    UntrustedServerError,
    bank_message,
    refusal,
)
from bsclient.client.session.login import LoginAnswer, second_factor
from bsclient.messages import QT_TRANSLATE_NOOP, Message

__all__ = ["BankApi", "BankError", "BankUnreachableError", "CertificateRequest", "UntrustedServerError"]

log = logging.getLogger(__name__)

API_PREFIX = "/api/v1"
CONNECT_TIMEOUT = 5.0
SUBMIT_ATTEMPTS = 3
RETRY_BACKOFF = 0.5  # seconds before the 2nd attempt; doubled before the 3rd
# Answers that say "not now", not "no": the same PUT may be repeated.
RETRYABLE_HTTP = frozenset({502, 503, 504})
_NAME_MISMATCH = frozenset({62, 64})  # X509_V_ERR_HOSTNAME_MISMATCH, X509_V_ERR_IP_ADDRESS_MISMATCH
_CERT_EXPIRED = 10  # X509_V_ERR_CERT_HAS_EXPIRED


def tls_context(ca_file: Path) -> ssl.SSLContext:
    """A client context that trusts only `ca_file`, checks the host name and speaks TLS 1.2 or newer."""
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    context.minimum_version = ssl.TLSVersion.TLSv1_2
    context.check_hostname = True
    context.verify_mode = ssl.CERT_REQUIRED
    context.load_verify_locations(cafile=str(ca_file))
    return context


class _BankCaAdapter(HTTPAdapter):
    """Gives every connection pool our TLS context, so the system's CA store is never consulted."""

    def __init__(self, context: ssl.SSLContext) -> None:
        self._context = context
        super().__init__()

    def init_poolmanager(self, connections: int, maxsize: int, block: bool = False, **pool_kwargs: Any) -> None:
        pool_kwargs["ssl_context"] = self._context
        super().init_poolmanager(connections, maxsize, block, **pool_kwargs)

    def proxy_manager_for(self, proxy: str, **proxy_kwargs: Any) -> Any:
        # The tunnel's TLS is the bank's: the same context, trusting only the bank's CA.
        proxy_kwargs["ssl_context"] = self._context
        return super().proxy_manager_for(proxy, **proxy_kwargs)


def _chain(exc: BaseException) -> Iterator[BaseException]:
    """`exc` and every exception it wraps (requests and urllib3 nest them in args and .reason)."""
    seen: set[int] = set()
    pending: list[object] = [exc]
    while pending:
        current = pending.pop()
        if not isinstance(current, BaseException) or id(current) in seen:
            continue
        seen.add(id(current))
        yield current
        pending.extend([current.__cause__, current.__context__, getattr(current, "reason", None), *current.args])


def _untrusted(exc: BaseException, url: str) -> UntrustedServerError:
    verification = next((e for e in _chain(exc) if isinstance(e, ssl.SSLCertVerificationError)), None)
    if verification is None:
        source = QT_TRANSLATE_NOOP("Bank", "The connection to {url} could not be secured: the server does not offer TLS 1.2 or newer, or broke off. Nothing was sent; call the bank.")
    elif verification.verify_code in _NAME_MISMATCH:
        source = QT_TRANSLATE_NOOP("Bank", "The server at {url} did not prove it is the bank: its certificate is for another address. This may be a fake server; nothing was sent. Check the address and call the bank.")
    elif verification.verify_code == _CERT_EXPIRED:
        source = QT_TRANSLATE_NOOP("Bank", "The server at {url} did not prove it is the bank: its certificate has expired. Nothing was sent; call the bank.")
    else:
        source = QT_TRANSLATE_NOOP("Bank", "The server at {url} did not prove it is the bank: its certificate is not from the bank's CA. This may be a fake server; nothing was sent. Check the address and call the bank.")
    return UntrustedServerError(Message("Bank", source, {"url": url}), "untrusted_server")


def _unreadable(http_status: int | None = None) -> BankError:
    return BankError(Message("Bank", QT_TRANSLATE_NOOP(
        "Bank", "The bank's answer could not be read. Try again; if this repeats, call the bank.")),
        "unreadable_answer", http_status=http_status)


@contextmanager
def _reading_answer() -> Iterator[None]:
    """Turns an answer missing a field or holding a wrong value into a BankError."""
    try:
        yield
    except (KeyError, TypeError, ValueError, ArithmeticError) as exc:
        raise _unreadable() from exc


def _time(value: object) -> datetime | None:
    return datetime.fromisoformat(value) if isinstance(value, str) and value else None


def _reason(value: object) -> Message | None:
    if not isinstance(value, dict):
        return None
    params = value.get("params") if isinstance(value.get("params"), dict) else {}
    return bank_message(str(value.get("code") or ""), str(value.get("message") or ""), params)


def document_state(data: dict[str, Any]) -> DocumentState:
    """A DocumentState from the wire's state object."""
    return DocumentState(id=data["id"], status=DocumentStatus(data["status"]), reason=_reason(data.get("reason")),
                         received_at=_time(data.get("received_at")), executed_at=_time(data.get("executed_at")),
                         duplicate=bool(data.get("duplicate", False)), rate=_rate(data.get("rate")))


def _rate(value: object) -> ExecutedRate | None:
    """The wire's optional "rate" of an executed exchange: {"base", "quote", "value"}."""
    if not isinstance(value, dict) or not all(isinstance(value.get(k), str) for k in ("base", "quote", "value")):
        return None
    return ExecutedRate(value["base"], value["quote"], value["value"])


def _server_root(base_url: str) -> str:
    parts = urlsplit(base_url)
    return f"{parts.scheme}://{parts.netloc}"


class BankApi:
    """One clerk's conversation with the bank. The session token lives in this object's memory only."""

    def __init__(self, base_url: str, ca_file: Path, *, timeout: float = 20.0,
                 retry_backoff: float = RETRY_BACKOFF, proxy: str | None = None) -> None:
        if urlsplit(base_url).scheme.lower() != "https" or not urlsplit(base_url).netloc:
            raise BankError(Message("Bank", QT_TRANSLATE_NOOP(
                "Bank", "The bank's address {url} does not start with https://. The client talks to the bank only over an encrypted connection; check the address in the settings."),
                {"url": base_url}), "insecure_url")
        root = base_url.rstrip("/")
        self._api = root if root.endswith(API_PREFIX) else root + API_PREFIX
        self._server = _server_root(base_url)
        self._ca_file = Path(ca_file)
        self._timeout = timeout
        self._retry_backoff = retry_backoff
        self._token: str | None = None
        try:
            context = tls_context(self._ca_file)
        except (OSError, ssl.SSLError) as exc:
            raise BankError(Message("Bank", QT_TRANSLATE_NOOP(
                "Bank", "The bank's CA certificate {path} cannot be read. Without it the client cannot tell the bank from a fake server; set it up again from the bank's file."),
                {"path": str(self._ca_file)}), "ca_file_unreadable") from exc
        self._http = requests.Session()
        # Environment variables could widen trust (REQUESTS_CA_BUNDLE) or add netrc credentials.
        self._http.trust_env = False
        self._http.verify = str(self._ca_file)
        adapter = _BankCaAdapter(context)
        self._http.mount("https://", adapter)
        self._http.mount("http://", adapter)
        # `proxy` is an http:// address (see session/proxy.py): requests tunnels through it with CONNECT.
        self._proxy = proxy
        if proxy is not None:
            self._http.proxies = {"https": proxy}

    @property
    def proxy(self) -> str | None:
        return self._proxy

    @property
    def server_url(self) -> str:
        return self._server

    @property
    def logged_in(self) -> bool:
        return self._token is not None

    @property
    def ca_file(self) -> Path:
        """The bank's CA certificate, the one trust anchor (signatures of others are checked against it)."""
        return self._ca_file

    def close(self) -> None:
        self._http.close()

    def login(self, login: str, password: str) -> LoginAnswer:
        """Opens a session; BankError wrong_credentials or user_blocked when the bank refuses. Until the
        second factor is answered (bsclient/client/session/login.py) the session serves nothing else (R8.2)."""
        answer = self._call("POST", "/session", json={"login": login, "password": password}, authorised=False)
        with _reading_answer():
            user, company = answer["user"], answer["company"]
            info = UserInfo(login=user["login"], full_name=user["full_name"], sign_right=user["sign_right"],
                            company_name=company["name"], company_bin=company["bin"],
                            iin=str(user.get("iin") or ""),  # an older bank does not say
                            # an older bank says neither: everyone with a right signs, everyone prepares
                            may_prepare=bool(user.get("may_prepare", True)),
                            may_sign=bool(user.get("may_sign", user["sign_right"] != "none")),
                            password_change=answer.get("password_change") or None)
            self._token = str(answer["session"])
            return second_factor(info, answer.get("second_factor"))

    def logout(self) -> None:
        """Ends the session at the bank if it can be reached; the token is forgotten either way."""
        if self._token is None:
            return
        try:
            self._call("DELETE", "/session")
        except BankError as exc:
            log.info("logout not confirmed by the bank: %s", exc.code)
        finally:
            self._token = None

    def accounts(self) -> list[Account]:
        answer = self._call("GET", "/accounts")
        with _reading_answer():
            return [Account(iban=a["iban"], currency=a["currency"], balance=Decimal(a["balance"]),
                            available=Decimal(a["available"]), title=a.get("title") or "")
                    for a in answer["accounts"]]

    def submit_document(self, doc_id: str, content: bytes, signatures: list[bytes]) -> DocumentState:
        """PUT the signed bytes; repeated with the same id and body on timeouts (the bank pays once)."""
        body = {"content": base64.b64encode(content).decode("ascii"),
                "signatures": [base64.b64encode(s).decode("ascii") for s in signatures]}
        for attempt in range(1, SUBMIT_ATTEMPTS + 1):
            try:
                answer = self._call("PUT", f"/documents/{doc_id}", json=body)
            except BankError as exc:
                retryable = isinstance(exc, BankUnreachableError) or exc.http_status in RETRYABLE_HTTP
                if not retryable or attempt == SUBMIT_ATTEMPTS:
                    raise
                log.info("sending document %s again after %s (attempt %d)", doc_id, exc.code, attempt)
                time.sleep(self._retry_backoff * 2 ** (attempt - 1))
            else:
                with _reading_answer():
                    return document_state(answer)
        raise AssertionError("the last attempt returns or raises")

    def submit_documents(self, documents: list[tuple[str, bytes, list[bytes]]]) -> list[DocumentState | BankError]:
        """POST documents:batch (at most 50: refbank/documents/batch.py): each document's state, or the
        BankError refusing it alone, in the order given; repeated on timeouts like submit_document (each
        id is its own idempotency key). A bank without the call answers BankError not_found."""
        body = batch_body(documents)
        for attempt in range(1, SUBMIT_ATTEMPTS + 1):
            try:
                answer = self._call("POST", "/documents:batch", body=body)
                break
            except BankError as exc:
                retryable = isinstance(exc, BankUnreachableError) or exc.http_status in RETRYABLE_HTTP
                if not retryable or attempt == SUBMIT_ATTEMPTS:
                    raise
                time.sleep(self._retry_backoff * 2 ** (attempt - 1))
        with _reading_answer():
            items = answer["documents"]
            if len(items) != len(documents):
                raise ValueError("one answer per document")
            return [refusal(item, int(item.get("http_status") or 400)) if item.get("error") else document_state(item)
                    for item in items]

    def document_state(self, doc_id: str) -> DocumentState:
        answer = self._call("GET", f"/documents/{doc_id}")
        with _reading_answer():
            return document_state(answer)

    def document_states(self, ids: list[str]) -> list[DocumentState]:
        """The bank's states of these documents; ids the bank does not know are left out."""
        if not ids:
            return []
        answer = self._call("POST", "/documents/states", json={"ids": list(ids)})
        with _reading_answer():
            return [document_state(d) for d in answer["documents"]]

    def request_certificate(self, csr_pem: bytes) -> CertificateRequest:
        """Sends a key's certificate request; the demo bank issues at once, a real one may say pending."""
        answer = self._call("POST", "/certificate-requests", json={"csr_pem": csr_pem.decode("ascii")})
        with _reading_answer():
            return _certificate_request(answer)

    def request_replacement_certificate(self, csr_pem: bytes) -> CertificateRequest:
        """Sends the request of a key replacing a revoked one ("my key is compromised"); the bank issues it
        only after approval."""
        answer = self._call("POST", "/certificates/replacement", json={"csr_pem": csr_pem.decode("ascii")})
        with _reading_answer():
            return _certificate_request(answer)

    def certificate_request(self, request_id: str) -> CertificateRequest:
        answer = self._call("GET", f"/certificate-requests/{request_id}")
        with _reading_answer():
            return _certificate_request(answer)

    def statement_page(self, iban: str, date_from: date, date_to: date, *, after: str | None = None,
                       limit: int = 5000) -> dict[str, Any]:
        """One page of an account's statement as the wire has it (bsclient.client.statements.statement reads it)."""
        query = urlencode({"from": date_from.isoformat(), "to": date_to.isoformat(), "limit": limit,
                           **({"after": after} if after else {})})
        answer = self._call("GET", f"/accounts/{quote(iban, safe='')}/statement?{query}")
        if not isinstance(answer, dict):
            raise _unreadable()
        return answer

    def request(self, method: str, path: str, *, json: object = None) -> Any:
        """An authorised call under /api/v1 (e.g. "GET", "/mail"): the answer's JSON, or BankError.

        For services kept in their own modules (bank mail) so this class stays the transport.
        """
        return self._call(method, path, json=json)

    def _call(self, method: str, path: str, *, json: Any = None, body: bytes | None = None,
              authorised: bool = True) -> Any:
        """`json`: any JSON value to send; or `body`, JSON already written as bytes."""
        headers = {"Accept": "application/json"}
        if body is not None:
            headers["Content-Type"] = "application/json"
        if authorised:
            if self._token is None:
                raise BankError(bank_message("session_expired", ""), "session_expired")
            headers["Authorization"] = f"Bearer {self._token}"
        try:
            # Never on the carrier's token thread (the Carrier keeps PKCS#11 there): PKCS#11 modules built
            # on OpenSSL (SoftHSM2) leave stale errors in that thread's OpenSSL error queue, which
            # Python's ssl would take for a failure of the next TLS read or write.
            response = self._http.request(
                method, self._api + path, json=json, data=body, headers=headers,
                timeout=(CONNECT_TIMEOUT, self._timeout), verify=str(self._ca_file), allow_redirects=False,
            )
        except requests.exceptions.SSLError as exc:
            raise _untrusted(exc, self._server) from exc
        except requests.exceptions.ReadTimeout as exc:
            raise BankUnreachableError(Message("Bank", QT_TRANSLATE_NOOP(
                "Bank", "The bank at {url} did not answer within {seconds} seconds. Try again later: a document sent again is never paid twice."),
                {"url": self._server, "seconds": f"{self._timeout:g}"}), "timeout") from exc
        except requests.exceptions.RequestException as exc:
            raise BankUnreachableError(Message("Bank", QT_TRANSLATE_NOOP(
                "Bank", "Cannot reach the bank at {url}. Check the internet connection; if it works, the bank's server may be down: try again later."),
                {"url": self._server}), "unreachable") from exc
        return self._answer(response)

    def _answer(self, response: requests.Response) -> Any:
        try:
            body = response.json() if response.content else None
        except ValueError:
            body = None
        if response.status_code >= 300:
            error = refusal(body, response.status_code)
            if error.code == "session_expired":
                self._token = None
            raise error
        if body is None and response.status_code != 204:
            raise _unreadable(response.status_code)
        return body


def batch_body(documents: list[tuple[str, bytes, list[bytes]]]) -> bytes:
    """POST documents:batch's JSON, {"documents": [{"id", "content", "signatures"}, ...]}, written a document
    at a time: base64 needs no escaping, and json.dumps of the whole (190 KB for 50 documents) holds the
    interpreter lock for 0.4 ms at a stretch, which the carrier's thread waits out after a signature."""
    parts = [b'{"documents":[']
    for doc_id, content, signatures in documents:
        parts += (b'{"id":', json_text.dumps(doc_id).encode("utf-8"), b',"content":"', base64.b64encode(content),
                  b'","signatures":[', b",".join(b'"%s"' % base64.b64encode(signature) for signature in signatures),
                  b"]},")
    if documents:
        parts[-1] = b"]}"  # the last document's, without its comma
    parts.append(b"]}")
    return b"".join(parts)


def _certificate_request(answer: dict[str, Any]) -> CertificateRequest:
    pem = answer.get("certificate_pem")
    return CertificateRequest(id=str(answer["id"]), status=str(answer["status"]),
                              certificate_pem=pem.encode("ascii") if pem else None,
                              created_at=_time(answer.get("created_at")))
