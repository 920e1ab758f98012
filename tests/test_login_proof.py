"""R8.2: login needs the password and, for a user with a signing right, the carrier's signature of a fresh
challenge, checked by the bank's own code against that user's valid certificate; others type a one-time
code instead. Against the real refbank with SoftHSM2 carriers."""

from __future__ import annotations

import base64
import datetime as dt
import sqlite3
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes
from cryptography.x509.oid import NameOID

from bsclient.client.models import UserInfo
from bsclient.client.session.bank_api import BankApi
from bsclient.client.session.bank_errors import BankError
from bsclient.client.session.login import (
    CarrierProofNeeded,
    LoginCodeNeeded,
    answer_login_code,
    challenge_signature,
    new_challenge,
    new_login_code,
    prove_carrier,
)
from bsclient.messages import Message
from tests.helpers.carriers import clerk_login, enrolled_carrier
from tests.helpers.login import last_login_code, log_in, sign_challenge
from tests.helpers.refbank_server import bank_now, init_bank, start_refbank
from tests.helpers.software_keys import SoftwareSigner, new_key

pytestmark = pytest.mark.integration  # carriers and the bank; one test starts a bank of its own


def english(message: Message) -> str:
    return message.render(lambda context, source: source)


@pytest.fixture(scope="module")
def carriers(bank, softhsm_config: Path) -> dict:
    """The clerk's carrier and the first signer's: two tokens, two certificates of this bank."""
    return {"clerk": enrolled_carrier(bank, softhsm_config), "first": enrolled_carrier(bank, softhsm_config, login="first")}


@pytest.fixture
def api(bank):
    client = BankApi(bank.url, bank.ca_file)
    yield client
    client.logout()
    client.close()


def journal_outcomes(bank, login: str, action: str) -> list[str]:
    with sqlite3.connect(bank.data_dir / "bank.sqlite3") as conn:
        return [row[0] for row in conn.execute("SELECT outcome FROM journal WHERE login = ? AND action = ? ORDER BY id",
                                               (login, action))]


def refused(call) -> BankError:
    with pytest.raises(BankError) as caught:
        call()
    return caught.value


def test_the_right_carrier_makes_the_session_whole(bank, carriers, api):
    answer = api.login(clerk_login(bank), bank.users[clerk_login(bank)])
    assert isinstance(answer, CarrierProofNeeded)
    assert answer.challenge.startswith(b"bsclient login challenge\n") and answer.user.login == clerk_login(bank)
    user = prove_carrier(api, answer, sign_challenge(carriers["clerk"], answer.challenge))
    assert isinstance(user, UserInfo) and user.sign_right == "single"
    assert api.accounts()  # whole now
    assert journal_outcomes(bank, clerk_login(bank), "login_proof")[-1] == "ok"


def test_without_the_proof_nothing_but_the_proof_is_served(bank, carriers, api):
    answer = api.login(clerk_login(bank), bank.users[clerk_login(bank)])
    assert isinstance(answer, CarrierProofNeeded)
    for call in (api.accounts, lambda: api.document_states(["x"]), lambda: api.request("GET", "/journal"),
                 lambda: api.request("GET", "/mail")):
        assert refused(call).code == "second_factor_required"
    again = new_challenge(api, answer.user)  # the proof itself stays open
    assert again.challenge != answer.challenge
    prove_carrier(api, again, sign_challenge(carriers["clerk"], again.challenge))
    assert api.accounts()


def test_another_users_carrier_is_refused_for_its_own_reason(bank, carriers, api):
    answer = api.login(clerk_login(bank), bank.users[clerk_login(bank)])
    error = refused(lambda: prove_carrier(api, answer, sign_challenge(carriers["first"], answer.challenge)))
    assert error.code == "carrier_not_yours"
    assert "this carrier's key is not the one the bank knows for you" in english(error.message).lower()
    assert refused(api.accounts).code == "second_factor_required"
    assert journal_outcomes(bank, clerk_login(bank), "login_proof")[-1] == "carrier_not_yours"


def test_a_replayed_challenge_is_refused(bank, carriers, api):
    first = api.login(clerk_login(bank), bank.users[clerk_login(bank)])
    signature = sign_challenge(carriers["clerk"], first.challenge)
    prove_carrier(api, first, signature)
    api.logout()
    second = api.login(clerk_login(bank), bank.users[clerk_login(bank)])  # a new session: the old proof again
    error = refused(lambda: prove_carrier(api, first, signature))
    assert error.code == "challenge_used"
    assert "answered already" in english(error.message)
    assert refused(api.accounts).code == "second_factor_required"
    prove_carrier(api, second, sign_challenge(carriers["clerk"], second.challenge))
    assert journal_outcomes(bank, clerk_login(bank), "login_proof")[-2:] == ["challenge_used", "ok"]


def test_an_expired_challenge_is_refused(bank, carriers, api):
    answer = api.login(clerk_login(bank), bank.users[clerk_login(bank)])
    with sqlite3.connect(bank.data_dir / "bank.sqlite3") as conn:
        conn.execute("UPDATE login_challenges SET expires_at = expires_at - 3600 WHERE challenge = ?",
                     (answer.challenge,))
    error = refused(lambda: prove_carrier(api, answer, sign_challenge(carriers["clerk"], answer.challenge)))
    assert error.code == "challenge_expired"
    assert "expired" in english(error.message)
    fresh = new_challenge(api, answer.user)
    prove_carrier(api, fresh, sign_challenge(carriers["clerk"], fresh.challenge))
    assert api.accounts()


def test_a_revoked_certificate_is_refused(bank, carriers, api):
    answer = api.login(clerk_login(bank), bank.users[clerk_login(bank)])
    with sqlite3.connect(bank.data_dir / "bank.sqlite3") as conn:
        conn.execute("UPDATE certificates SET revoked = 1 WHERE user_id = (SELECT id FROM users WHERE login = ?)",
                     (clerk_login(bank),))
    try:
        error = refused(lambda: prove_carrier(api, answer, sign_challenge(carriers["clerk"], answer.challenge)))
    finally:
        with sqlite3.connect(bank.data_dir / "bank.sqlite3") as conn:
            conn.execute("UPDATE certificates SET revoked = 0 WHERE user_id = (SELECT id FROM users WHERE login = ?)",
                         (clerk_login(bank),))
    assert error.code == "carrier_revoked"
    assert "revoked" in english(error.message)


def test_a_key_the_bank_never_certified_is_refused(bank, carriers, api):
    key = new_key("ec")
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Ахметова Айгуль Сериковна")])
    now = dt.datetime.fromtimestamp(bank_now(), dt.UTC)  # valid on the bank's clock
    certificate = (x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(key.public_key())
                   .serial_number(x509.random_serial_number()).not_valid_before(now - dt.timedelta(days=1))
                   .not_valid_after(now + dt.timedelta(days=30)).sign(key, hashes.SHA256()))
    answer = api.login(clerk_login(bank), bank.users[clerk_login(bank)])
    error = refused(lambda: prove_carrier(api, answer, SoftwareSigner(key, certificate).sign(answer.challenge)))
    assert error.code == "carrier_unknown"
    assert "no certificate of this bank" in english(error.message)


def test_a_signature_of_other_bytes_is_refused(bank, carriers, api):
    answer = api.login(clerk_login(bank), bank.users[clerk_login(bank)])
    wrong = sign_challenge(carriers["clerk"], answer.challenge + b"x")
    assert refused(lambda: prove_carrier(api, answer, wrong)).code == "proof_invalid"


def test_the_client_signs_only_a_login_challenge(bank, carriers):
    document = CarrierProofNeeded(user=None, challenge=b'{"amount": "1000000.00"}', expires_at=None)  # type: ignore[arg-type]
    with pytest.raises(BankError) as caught:
        challenge_signature(document, signer=None)  # type: ignore[arg-type]
    assert caught.value.code == "challenge_malformed"


def test_a_user_without_signing_right_types_a_one_time_code(bank, api):
    answer = api.login("viewer", bank.users["viewer"])
    assert isinstance(answer, LoginCodeNeeded)
    assert answer.code.sent_to.endswith(bank_phone_end(bank, "viewer")) and answer.code.expires_at is not None
    assert refused(api.accounts).code == "second_factor_required"
    right = last_login_code(bank, "viewer")
    wrong = "000000" if right != "000000" else "111111"
    error = refused(lambda: answer_login_code(api, answer, wrong))
    assert error.code == "code_wrong" and error.params["tries_left"] == 2
    assert refused(api.accounts).code == "second_factor_required"
    user = answer_login_code(api, answer, right)
    assert user.sign_right == "none" and api.accounts()
    assert journal_outcomes(bank, "viewer", "login_code")[-2:] == ["code_wrong", "ok"]


def test_a_new_login_code_replaces_the_old_one(bank, api):
    answer = api.login("viewer", bank.users["viewer"])
    old = last_login_code(bank, "viewer")
    newer = new_login_code(api, answer)
    assert refused(lambda: answer_login_code(api, newer, old)).code in {"code_replaced", "code_wrong"}
    answer_login_code(api, newer, last_login_code(bank, "viewer"))
    assert api.accounts()


def test_the_helper_logs_in_with_either_factor(bank, carriers, api):
    assert log_in(api, bank, clerk_login(bank)).sign_right == "single"
    api.logout()
    assert log_in(api, bank, "viewer").sign_right == "none"


def test_the_bank_may_turn_the_login_code_off(tmp_path: Path):
    created = init_bank(tmp_path)
    config = tmp_path / "config.toml"
    config.write_text(config.read_text(encoding="utf-8").replace(
        "login_code_without_carrier = true", "login_code_without_carrier = false"), encoding="utf-8")
    running = start_refbank(tmp_path)
    client = BankApi(running.url, running.ca_file)
    try:
        password = next(user["password"] for user in created["users"] if user["login"] == "viewer")
        assert isinstance(client.login("viewer", password), UserInfo)  # the password is enough
        assert client.accounts()
    finally:
        client.logout()
        client.close()
        running.stop()


def bank_phone_end(bank, login: str) -> str:
    with sqlite3.connect(bank.data_dir / "bank.sqlite3") as conn:
        (phone,) = conn.execute("SELECT phone FROM users WHERE login = ?", (login,)).fetchone()
    return "".join(ch for ch in phone if ch.isdigit())[-2:]


def test_the_challenge_is_a_wire_base64_of_text(bank, carriers, api):
    answer = api.login(clerk_login(bank), bank.users[clerk_login(bank)])
    text = answer.challenge.decode("ascii")
    assert f"login: {clerk_login(bank)}" in text and "nonce: " in text
    assert base64.b64encode(answer.challenge)  # what goes back to the bank


def test_after_a_refusal_the_next_carrier_answers_a_fresh_challenge(bank, carriers, api):
    from bsclient.client.carrier import Carrier, Pin, signing_key
    from bsclient.client.session.login import CarrierProof

    answer = api.login(clerk_login(bank), bank.users[clerk_login(bank)])
    proof = CarrierProof(api, answer)
    mine, theirs = carriers["clerk"], carriers["first"]
    # The client's way: the carriers on their one token thread, the bank on this thread.
    wrong = Carrier(mine.module)
    right = wrong.sibling()
    try:
        for carrier, enrolled in ((wrong, theirs), (right, mine)):
            carrier.open(Pin(enrolled.user_pin), label=enrolled.label)
            carrier.use_key(signing_key(carrier.key_pairs()))
        assert refused(lambda: proof(wrong.signer())).code == "carrier_not_yours"
        assert proof(right.signer()).login == clerk_login(bank)  # a new challenge, asked by the proof itself
    finally:
        right.unload()
        wrong.shutdown()
    assert api.accounts()
