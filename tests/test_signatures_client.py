"""The client's side of R3: what the second signer checks before signing, the local store following a
document that awaits its second signature, the signatures panel, and what each right may do."""

from __future__ import annotations

import base64
import json
import os
import sqlite3
from dataclasses import replace

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QPushButton

from bsclient.client.documents.cosigning import (
    CosigningError,
    _awaiting,
    check_awaiting,
    fetch_awaiting,
    keep_signed_copy,
    local_signatures,
    typed_amount,
)
from bsclient.client.documents.record import DocumentStatus
from bsclient.client.documents.store import DocumentStore
from bsclient.client.documents.workflow import sign_and_store
from bsclient.client.models import DocumentState, UserInfo
from bsclient.client.session.rights import may_prepare, may_sign_first, signs_second
from bsclient.crypto import canonical_bytes, sign_detached
from bsclient.ui.background import wait_for_background_work
from bsclient.ui.payments.editor import PaymentEditor
from bsclient.ui.payments.main_window import MainWindow
from bsclient.ui.payments.signatures_panel import SignaturesPanel
from tests.helpers.certificates import SoftwareSigner, TestCa
from tests.helpers.drafts import order
from tests.helpers.workplace import StandInBank, make_workplace

FIRST = "Нурланов Данияр Бекович"


def user(right: str, *, may_prepare: bool = True) -> UserInfo:
    return UserInfo("u", "Someone", right, "TOO Demo", "181140004063", may_prepare=may_prepare,
                    may_sign=right != "none")


@pytest.fixture(scope="module")
def ca() -> TestCa:
    return TestCa()


@pytest.fixture
def first_signer(ca: TestCa) -> SoftwareSigner:
    return SoftwareSigner.make(ca, "ec", common_name=FIRST)


def awaiting_item(content: bytes, cms: bytes) -> dict:
    doc_id = json.loads(content)["id"]
    return {"id": doc_id, "status": "awaiting_signature", "reason": None, "received_at": "2026-11-23T09:00:00Z",
            "executed_at": None, "duplicate": False, "needs": "second",
            "content": base64.b64encode(content).decode("ascii"),
            "signatures": [{"index": 1, "signer": FIRST, "login": "first", "right": "first",
                            "certificate_serial": "1a", "signed_at": "2026-11-23T09:00:00Z",
                            "cms": base64.b64encode(cms).decode("ascii")}]}


class AwaitingBank(StandInBank):
    """The stand-in bank with documents awaiting the second signature."""

    def __init__(self, items: list[dict]) -> None:
        super().__init__()
        self.items = items

    def request(self, method: str, path: str, *, json: object = None) -> object:
        assert (method, path) == ("GET", "/awaiting-signature")
        return {"documents": self.items}


def test_the_second_signer_signs_only_the_bytes_shown_and_signed_by_the_first(ca, first_signer):
    content = canonical_bytes(order().to_content())
    document = _awaiting(awaiting_item(content, sign_detached(content, first_signer)))
    assert document.order.amount == "2 500,00"  # as a clerk types it; to_content gives the wire's "2500.00"
    check_awaiting(document, ca.der)

    changed = content.replace(b'"2500.00"', b'"9500.00"')
    with pytest.raises(CosigningError):  # the first signature is not over these bytes
        check_awaiting(_awaiting(awaiting_item(changed, sign_detached(content, first_signer))), ca.der)
    stranger = SoftwareSigner.make(TestCa("Another CA"), "ec", common_name="Чужой")
    with pytest.raises(CosigningError):  # not the bank's certificate
        check_awaiting(_awaiting(awaiting_item(content, sign_detached(content, stranger))), ca.der)


def test_bytes_that_are_not_the_canonical_order_are_never_signed(ca, first_signer):
    content = canonical_bytes(order().to_content())
    spaced = content.replace(b'":"', b'": "', 1)  # the same JSON, not its canonical form
    with pytest.raises(CosigningError):
        check_awaiting(_awaiting(awaiting_item(spaced, sign_detached(spaced, first_signer))), ca.der)


def test_typed_amount_reads_back_as_the_same_amount():
    assert typed_amount("1500000.50") == "1 500 000,50"
    assert typed_amount("7.00") == "7,00"


def test_the_store_follows_a_document_from_awaiting_to_executed_and_never_back(tmp_path, first_signer):
    with DocumentStore(tmp_path / "documents.sqlite3") as store:
        draft = order()
        record = sign_and_store(store, draft, first_signer, FIRST)
        store.mark_sent(record.id)
        waiting = store.apply_state(record.id, DocumentState(record.id, DocumentStatus.AWAITING_SIGNATURE,
                                                             None, None, None))
        assert waiting.status == DocumentStatus.AWAITING_SIGNATURE
        local = local_signatures(waiting)
        assert local.needs == "second" and local.signatures[0].signer == FIRST
        store.apply_state(record.id, DocumentState(record.id, DocumentStatus.ACCEPTED, None, None, None))
        late = store.apply_state(record.id, DocumentState(record.id, DocumentStatus.AWAITING_SIGNATURE,
                                                          None, None, None))
        assert late.status == DocumentStatus.ACCEPTED  # a late answer does not undo "accepted"


def test_the_second_signers_copy_is_kept_with_both_signatures(tmp_path, ca, first_signer):
    content = canonical_bytes(order().to_content())
    document = _awaiting(awaiting_item(content, sign_detached(content, first_signer)))
    second = sign_detached(content, SoftwareSigner.make(ca, "ec", common_name="Жумабекова"))
    with DocumentStore(tmp_path / "documents.sqlite3") as store:
        kept = keep_signed_copy(store, document, [*document.cms, second], f"{FIRST}; Жумабекова",
                                DocumentState(document.id, DocumentStatus.ACCEPTED, None, None, None))
        assert kept.status == DocumentStatus.ACCEPTED and kept.content == content
        assert len(kept.signatures) == 2 and kept.order.amount == "2 500,00"


def test_a_store_made_before_the_second_signature_opens_and_keeps_awaiting_documents(tmp_path):
    path = tmp_path / "documents.sqlite3"
    DocumentStore(path).close()
    with sqlite3.connect(path) as db:  # as an older client left it: version 1, no new column needed
        assert db.execute("SELECT version FROM schema_version").fetchone() == (1,)
    with DocumentStore(path) as store:
        assert store.list(status=DocumentStatus.AWAITING_SIGNATURE) == []


@pytest.mark.parametrize(("right", "prepare", "expected"), [
    ("single", True, (True, True, False)), ("first", True, (True, True, False)),
    ("second", True, (True, False, True)), ("none", True, (True, False, False)), ("none", False, (False, False, False)),
])
def test_what_each_right_may_do(right, prepare, expected):
    someone = user(right, may_prepare=prepare)
    assert (may_prepare(someone), may_sign_first(someone), signs_second(someone)) == expected


@pytest.fixture
def workplace_for(tmp_path):
    made = []

    def make(who: UserInfo, api: StandInBank | None = None):
        workplace = make_workplace(tmp_path / str(len(made)))
        workplace.user = who
        if api is not None:
            workplace.api = api
        made.append(workplace)
        return workplace

    yield make
    wait_for_background_work()
    for workplace in made:
        workplace.store.close()


def test_r3_4_a_user_who_may_only_view_sees_no_new_or_sign_action(qtbot, workplace_for):
    window = MainWindow(workplace_for(user("none", may_prepare=False)))
    qtbot.addWidget(window)
    for name in ("newPaymentAction", "import1cAction", "signSelectedAction", "awaitingSignatureAction"):
        assert not window.findChild(QAction, name).isVisible(), name


def test_r3_4_a_user_without_right_prepares_but_cannot_sign(qtbot, workplace_for):
    workplace = workplace_for(user("none"))
    window = MainWindow(workplace)
    qtbot.addWidget(window)
    assert window.findChild(QAction, "newPaymentAction").isVisible()
    assert not window.findChild(QAction, "signSelectedAction").isVisible()
    editor = PaymentEditor(workplace, parent=window)
    qtbot.addWidget(editor)
    sign = editor.findChild(QPushButton, "signAndSendButton")
    assert not sign.isEnabled() and "first signature right" in sign.toolTip()


def test_r3_3_the_second_signer_sees_how_many_documents_await_them(qtbot, workplace_for, first_signer):
    content = canonical_bytes(order().to_content())
    bank = AwaitingBank([awaiting_item(content, sign_detached(content, first_signer))])
    window = MainWindow(workplace_for(user("second"), bank))
    qtbot.addWidget(window)
    action = window.findChild(QAction, "awaitingSignatureAction")
    assert action.isVisible()
    qtbot.waitUntil(lambda: "(1)" in action.text(), timeout=5000)
    assert [d.order.number for d in fetch_awaiting(bank)] == ["5"]


def test_the_panel_says_who_signed_and_what_the_document_still_needs(qtbot, workplace_for, first_signer, tmp_path):
    workplace = workplace_for(user("first"))
    record = sign_and_store(workplace.store, order(), first_signer, FIRST)
    panel = SignaturesPanel(workplace)
    qtbot.addWidget(panel)
    panel.show_record(record)  # signed here by a first signer, not yet at the bank
    texts = panel.texts()
    assert texts[0].startswith(f"First signature: {FIRST}, ") and texts[1].startswith("Needs the second signature")
    single = workplace_for(user("single"))
    record = sign_and_store(single.store, order(), first_signer, FIRST)
    panel = SignaturesPanel(single)
    qtbot.addWidget(panel)
    panel.show_record(record)
    assert panel.texts()[-1].startswith("Complete")
    panel.show_record(replace(record, status=DocumentStatus.DRAFT))
    assert panel.isHidden()  # a draft has no signatures to show
