"""A session kept busy still ends after the bank's absolute lifetime (config `session_max_minutes`), and a
document's id is the idempotency key of its own company: another company sending the same id, with the
same bytes or others, learns nothing of the first document (never its state, never "duplicate"), only
that the id is taken, in the same words either way."""

from __future__ import annotations

import hashlib

import rfc8785

from refbank.config import BankConfig
from tests.helpers.access import PASSWORD, add_user, db, error
from tests.helpers.bank_documents import payment_order, put, send_signed
from tests.helpers.refbank_server import login

MAX_MINUTES = BankConfig().session_max_minutes


def _age_session(bank, session, minutes: float) -> None:
    """The session as if it had been opened `minutes` ago, kept busy all along (seen a moment ago)."""
    token = session.headers["Authorization"].removeprefix("Bearer ")
    with db(bank) as conn:
        conn.execute("UPDATE sessions SET created_at = created_at - ? WHERE token_hash = ?",
                     (minutes * 60, hashlib.sha256(token.encode()).hexdigest()))


def test_a_busy_session_ends_after_the_absolute_lifetime(bank):
    with login(bank, "clerk") as session:
        assert session.get(bank.api + "/accounts", timeout=20).status_code == 200
        _age_session(bank, session, MAX_MINUTES - 1)
        assert session.get(bank.api + "/accounts", timeout=20).status_code == 200  # busy and within its life
        _age_session(bank, session, 2)
        answer = session.get(bank.api + "/accounts", timeout=20)
        assert answer.status_code == 401 and error(answer)["code"] == "session_expired"
        again = session.get(bank.api + "/accounts", timeout=20)  # ended for good, not only for one call
        assert again.status_code == 401


def test_the_lifetime_is_the_banks_setting(tmp_path):
    assert MAX_MINUTES == 600 and BankConfig().session_idle_minutes < MAX_MINUTES
    BankConfig(session_max_minutes=90).write(tmp_path)
    assert BankConfig.load(tmp_path).session_max_minutes == 90


def test_another_companys_id_is_refused_without_a_word_of_its_document(bank, clerk, signer):
    order = payment_order(bank, "10.00")
    first = send_signed(clerk, bank, order, signer)
    assert first.status_code == 201
    content = rfc8785.dumps(order)
    with db(bank) as conn:
        (partner_company,) = conn.execute("SELECT id FROM companies WHERE bin = ?",
                                          (bank.created["companies"][1]["bin"],)).fetchone()
    other = add_user(bank, company_id=partner_company, sign_right="single")  # a user of the other company
    bank.users[other] = PASSWORD
    with login(bank, other) as partner:
        same_bytes = put(partner, bank, order["id"], content, [signer.sign(content)])
        other_bytes = put(partner, bank, order["id"], content.replace(b"10.00", b"11.00"), [signer.sign(content)])
        for answer in (same_bytes, other_bytes):
            assert answer.status_code == 409 and error(answer)["code"] == "document_id_reused"
            assert "status" not in answer.json() and "duplicate" not in answer.json()
        assert error(same_bytes) == error(other_bytes)
        assert partner.get(bank.api + f"/documents/{order['id']}", timeout=20).status_code == 404
    again = put(clerk, bank, order["id"], content, [signer.sign(content)])  # the owner's retry: a duplicate
    assert again.status_code == 200 and again.json()["duplicate"] is True
