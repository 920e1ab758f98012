"""BankApi against small real HTTPS servers: trust only the bank's CA (R2.3), idempotent retries (R9.7)."""

from __future__ import annotations

import base64
import json
import ssl
import threading
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
import trustme

from bsclient.client.documents.record import DocumentStatus
from bsclient.client.session.bank_api import BankApi, BankError, BankUnreachableError, UntrustedServerError, tls_context

LOGIN_ANSWER = {"session": "s-1", "user": {"login": "clerk", "full_name": "Иванов Иван", "sign_right": "single"},
                "company": {"name": "TOO Demo", "bin": "181140004063"}}
STATE = {"id": "0b0e6c0e-2f6e-4d43-9e48-1d4f8f1d2a10", "status": "accepted", "reason": None,
         "received_at": "2026-11-23T09:15:02Z", "executed_at": None, "duplicate": False}


@dataclass
class Received:
    method: str
    path: str
    headers: dict[str, str]
    body: bytes


@dataclass
class FakeBank:
    """A threaded HTTP(S) server that records every connection and request and answers from a script."""

    answer: object  # callable(Received, index) -> (status, body dict)
    context: ssl.SSLContext | None = None
    connections: int = 0
    requests: list[Received] = field(default_factory=list)
    release: threading.Event = field(default_factory=threading.Event)

    def start(self) -> FakeBank:
        bank = self

        class Handler(BaseHTTPRequestHandler):
            def _handle(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                received = Received(self.command, self.path, dict(self.headers), self.rfile.read(length))
                bank.requests.append(received)
                status, body = bank.answer(received, len(bank.requests))
                data = json.dumps(body).encode()
                try:
                    self.send_response(status)
                    self.send_header("Content-Type", "application/json")
                    self.send_header("Content-Length", str(len(data)))
                    self.end_headers()
                    self.wfile.write(data)
                except OSError:
                    pass  # the client gave up waiting

            do_GET = do_POST = do_PUT = do_DELETE = _handle  # noqa: N815 - the names BaseHTTPRequestHandler calls

            def log_message(self, *args: object) -> None:
                pass

        class Server(ThreadingHTTPServer):
            daemon_threads = True
            block_on_close = False

            def get_request(self):
                connection, address = self.socket.accept()
                bank.connections += 1
                if bank.context is not None:  # handshake here, after counting the connection
                    connection = bank.context.wrap_socket(connection, server_side=True)
                return connection, address

        self.server = Server(("127.0.0.1", 0), Handler)
        # shutdown() waits for the loop's next poll: a short one keeps each test's teardown short
        self.thread = threading.Thread(target=self.server.serve_forever, kwargs={"poll_interval": 0.01}, daemon=True)
        self.thread.start()
        return self

    @property
    def url(self) -> str:
        scheme = "https" if self.context is not None else "http"
        return f"{scheme}://127.0.0.1:{self.server.server_address[1]}"

    def stop(self) -> None:
        self.release.set()
        self.server.shutdown()
        self.server.server_close()


def server_context(ca: trustme.CA, *hostnames: str) -> ssl.SSLContext:
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    ca.issue_cert(*(hostnames or ("127.0.0.1",))).configure_cert(context)
    return context


@pytest.fixture
def bank_ca(tmp_path):
    ca = trustme.CA()
    ca.cert_pem.write_to_path(str(tmp_path / "bank-ca.pem"))
    return ca, tmp_path / "bank-ca.pem"


@pytest.fixture
def servers():
    started: list[FakeBank] = []
    yield started
    for server in started:
        server.stop()


def start(servers: list[FakeBank], answer, context=None) -> FakeBank:
    server = FakeBank(answer, context).start()
    servers.append(server)
    return server


def test_server_with_a_certificate_from_another_ca_gets_no_request_and_no_password(bank_ca, servers):
    """R2.3: a fake server (certificate from another CA) learns nothing: not even the login."""
    _, ca_file = bank_ca
    fake = start(servers, lambda r, i: (200, LOGIN_ANSWER), server_context(trustme.CA()))
    api = BankApi(fake.url, ca_file)
    with pytest.raises(UntrustedServerError) as caught:
        api.login("clerk", "secret-password")
    assert fake.connections == 1 and fake.requests == []
    assert "not from the bank's CA" in str(caught.value) and fake.url in str(caught.value)
    assert caught.value.code == "untrusted_server"
    assert not api.logged_in


def test_the_same_server_with_the_banks_ca_is_trusted(bank_ca, servers):
    """The control for the test above: the server works when its certificate is the bank's."""
    ca, ca_file = bank_ca
    bank = start(servers, lambda r, i: (200, LOGIN_ANSWER), server_context(ca))
    user = BankApi(bank.url, ca_file).login("clerk", "secret-password")
    assert user.full_name == "Иванов Иван" and user.company_bin == "181140004063"
    assert json.loads(bank.requests[0].body) == {"login": "clerk", "password": "secret-password"}
    assert bank.requests[0].path == "/api/v1/session"


def test_ca_variables_in_the_environment_do_not_widen_trust(bank_ca, servers, tmp_path, monkeypatch):
    other = trustme.CA()
    other.cert_pem.write_to_path(str(tmp_path / "other.pem"))
    for variable in ("REQUESTS_CA_BUNDLE", "CURL_CA_BUNDLE", "SSL_CERT_FILE"):
        monkeypatch.setenv(variable, str(tmp_path / "other.pem"))
    fake = start(servers, lambda r, i: (200, LOGIN_ANSWER), server_context(other))
    with pytest.raises(UntrustedServerError):
        BankApi(fake.url, bank_ca[1]).login("clerk", "secret-password")
    assert fake.requests == []


def test_certificate_for_another_host_name_is_refused(bank_ca, servers):
    ca, ca_file = bank_ca
    fake = start(servers, lambda r, i: (200, LOGIN_ANSWER), server_context(ca, "bank.example"))
    with pytest.raises(UntrustedServerError) as caught:
        BankApi(fake.url, ca_file).login("clerk", "secret-password")
    assert "another address" in str(caught.value) and fake.requests == []


def test_plain_http_is_refused_before_any_connection(bank_ca, servers):
    plain = start(servers, lambda r, i: (200, LOGIN_ANSWER))
    with pytest.raises(BankError) as caught:
        BankApi(plain.url, bank_ca[1]).login("clerk", "secret-password")
    assert caught.value.code == "insecure_url" and "https://" in str(caught.value)
    assert plain.connections == 0


def test_tls_below_1_2_is_never_offered(bank_ca):
    assert tls_context(bank_ca[1]).minimum_version == ssl.TLSVersion.TLSv1_2
    assert tls_context(bank_ca[1]).check_hostname


def test_nobody_listening_is_unreachable(bank_ca):
    import socket
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    with pytest.raises(BankUnreachableError) as caught:
        BankApi(f"https://127.0.0.1:{port}", bank_ca[1]).login("clerk", "x")
    assert "Cannot reach the bank" in str(caught.value)


def logged_in(servers, ca, ca_file, answer, *, timeout=20.0) -> tuple[BankApi, FakeBank]:
    def script(received: Received, index: int):
        if received.path == "/api/v1/session" and received.method == "POST":
            return 200, LOGIN_ANSWER
        return answer(received, index)
    bank = start(servers, script, server_context(ca))
    api = BankApi(bank.url, ca_file, timeout=timeout, retry_backoff=0.05)
    api.login("clerk", "secret-password")
    return api, bank


def test_timeout_on_the_first_put_is_retried_once_with_the_same_id_and_body(bank_ca, servers):
    """R9.7: the answer to the first PUT is lost; the retry repeats it exactly and the bank dedups."""
    ca, ca_file = bank_ca

    def answer(received: Received, index: int):
        puts = [r for r in bank_holder[0].requests if r.method == "PUT"]
        if len(puts) == 1:
            bank_holder[0].release.wait(10)  # longer than the client waits
            return 201, STATE
        return 200, {**STATE, "duplicate": True}

    bank_holder: list[FakeBank] = []
    api, bank = logged_in(servers, ca, ca_file, answer, timeout=0.5)
    bank_holder.append(bank)
    state = api.submit_document(STATE["id"], b'{"id":"..."}', [b"cms-der"])
    puts = [r for r in bank.requests if r.method == "PUT"]
    assert len(puts) == 2
    assert puts[0].path == puts[1].path == f"/api/v1/documents/{STATE['id']}"
    assert puts[0].body == puts[1].body
    assert json.loads(puts[0].body) == {"content": base64.b64encode(b'{"id":"..."}').decode(),
                                        "signatures": [base64.b64encode(b"cms-der").decode()]}
    assert puts[1].headers["Authorization"] == "Bearer s-1"
    assert state.duplicate and state.status == DocumentStatus.ACCEPTED


def test_definite_refusal_is_not_retried_and_keeps_the_banks_code(bank_ca, servers):
    ca, ca_file = bank_ca
    refusal = {"error": {"code": "document_id_reused", "message": "Other bytes under this id.", "params": {}}}
    api, bank = logged_in(servers, ca, ca_file, lambda r, i: (409, refusal))
    with pytest.raises(BankError) as caught:
        api.submit_document(STATE["id"], b"x", [b"s"])
    assert caught.value.code == "document_id_reused" and caught.value.message.context == "Bank"
    assert len([r for r in bank.requests if r.method == "PUT"]) == 1


def test_three_timeouts_give_up_as_unreachable(bank_ca, servers):
    ca, ca_file = bank_ca
    holder: list[FakeBank] = []

    def never(received, index):
        holder[0].release.wait(10)
        return 201, STATE

    api, bank = logged_in(servers, ca, ca_file, never, timeout=0.3)
    holder.append(bank)
    with pytest.raises(BankUnreachableError) as caught:
        api.submit_document(STATE["id"], b"x", [b"s"])
    assert caught.value.code == "timeout"
    assert len([r for r in bank.requests if r.method == "PUT"]) == 3


def test_known_codes_get_clerk_sentences_unknown_ones_the_banks_message(bank_ca, servers):
    ca, ca_file = bank_ca
    answers = iter([
        (402, {"error": {"code": "insufficient_funds", "message": "No money.", "params": {"available": "10.00"}}}),
        (400, {"error": {"code": "brand_new_rule", "message": "Something new at the bank.", "params": {}}}),
        (502, "<html>bad gateway</html>"),
    ])
    api, _ = logged_in(servers, ca, ca_file, lambda r, i: next(answers))
    with pytest.raises(BankError) as first:
        api.accounts()
    assert str(first.value) == "The amount is more than the available balance of 10.00."
    with pytest.raises(BankError) as second:
        api.accounts()
    assert "Something new at the bank." in str(second.value) and second.value.code == "brand_new_rule"
    with pytest.raises(BankError) as third:
        api.accounts()
    assert third.value.code == "http_502"


def test_expired_session_forgets_the_token(bank_ca, servers):
    ca, ca_file = bank_ca
    expired = {"error": {"code": "session_expired", "message": "Log in.", "params": {}}}
    api, _ = logged_in(servers, ca, ca_file, lambda r, i: (401, expired))
    with pytest.raises(BankError):
        api.accounts()
    assert not api.logged_in
    with pytest.raises(BankError) as caught:
        api.accounts()
    assert caught.value.code == "session_expired"


def test_accounts_and_states_are_parsed(bank_ca, servers):
    ca, ca_file = bank_ca

    def answer(received, index):
        if received.path.endswith("/accounts"):
            return 200, {"accounts": [{"iban": "KZ456010000000000001", "currency": "KZT", "balance": "100.50",
                                       "available": "90.00", "title": "Current"}]}
        rejected = {**STATE, "status": "rejected",
                    "reason": {"code": "signer_not_authorised", "message": "No right.", "params": {}}}
        return 200, {"documents": [rejected]}

    api, _ = logged_in(servers, ca, ca_file, answer)
    [account] = api.accounts()
    assert str(account.available) == "90.00" and account.currency == "KZT"
    [state] = api.document_states([STATE["id"]])
    assert state.status == DocumentStatus.REJECTED and "no right to sign" in state.reason.render()
    assert state.received_at.isoformat() == "2026-11-23T09:15:02+00:00"


def test_a_batch_goes_as_the_json_it_stands_for(bank_ca, servers):
    """POST documents:batch's body is written by hand (bank_api.batch_body): the bank reads the JSON of
    every id, content and signature as given, an id with quotes and Cyrillic included."""
    ca, ca_file = bank_ca
    documents = [(STATE["id"], b"{\"amount\":\"1.00\"}", [b"\x30\x82sig", b"second"]),
                 ('a "quoted" \\ id, ё', bytes(range(256)), [])]

    def answer(received, index):
        if received.path.endswith("/documents:batch"):
            return 200, {"documents": [{**STATE, "id": doc_id} for doc_id, _, _ in documents]}
        return 200, {}

    api, bank = logged_in(servers, ca, ca_file, answer)
    states = api.submit_documents(documents)
    assert [state.id for state in states] == [doc_id for doc_id, _, _ in documents]
    [sent] = [r for r in bank.requests if r.path.endswith("/documents:batch")]
    assert sent.headers["Content-Type"] == "application/json"
    assert json.loads(sent.body) == {"documents": [
        {"id": doc_id, "content": base64.b64encode(content).decode("ascii"),
         "signatures": [base64.b64encode(s).decode("ascii") for s in signatures]}
        for doc_id, content, signatures in documents]}
