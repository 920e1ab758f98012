"""Pulling the carrier out in the middle of a batch, through the real path: a virtual card in vpcd seen
by the real pcscd, the client's presence watch reporting the removal over PC/SC, the session closed as
the carrier lock closes it, and the SoftHSM2 key that signs (SoftHSM2 itself cannot be pulled out).
What was signed before is sent once; what was not stays a draft, unsigned, with a sentence that says
so; signing the batch again once the carrier is back sends each document exactly once."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from bsclient.client.carrier import REMOVED, Carrier, Pin, signing_key
from bsclient.client.documents.batch import BatchOutcome, carrier_lost_reason, sign_and_send_batch
from bsclient.client.documents.record import DocumentStatus
from bsclient.client.documents.store import DocumentStore
from bsclient.client.session.bank_api import BankApi
from tests.helpers.bank_documents import at_bank
from tests.helpers.carriers import clerk_login, enrolled_carrier
from tests.helpers.drafts import draft
from tests.helpers.login import log_in
from tests.helpers.softhsm import USER_PIN
from tests.helpers.virtual_card import VirtualCard, vpcd_reader, wait_until_pcsc_sees

WAIT = 30.0
SIGNED_BEFORE_THE_PULL = 2


@pytest.fixture
def card(pcscd: None) -> Iterator[VirtualCard]:
    with vpcd_reader():
        virtual = VirtualCard()
        virtual.insert()
        try:
            wait_until_pcsc_sees(present=True)
            yield virtual
        finally:
            virtual.remove()


@pytest.fixture
def carrier(bank, softhsm_config: Path) -> Iterator[tuple[Carrier, str]]:
    enrolled = enrolled_carrier(bank, softhsm_config)
    opened = Carrier(enrolled.module)
    try:
        opened.open(Pin(USER_PIN), label=enrolled.label)
        opened.use_key(signing_key(opened.key_pairs()))
        yield opened, enrolled.label
    finally:
        opened.shutdown()


class PulledOutAfter:
    """The carrier's signer; after `count` signatures the clerk pulls the card out, and the signing goes on
    only once the presence watch has reported it (as the clerk's hand is slower than one signature)."""

    def __init__(self, signer, count: int, card: VirtualCard, removal_seen: threading.Event) -> None:
        self._signer, self._left, self._card, self._seen = signer, count, card, removal_seen
        self.certificate_der, self.algorithm = signer.certificate_der, signer.algorithm

    def sign(self, data: bytes) -> bytes:
        if self._left == 0 and self._card.inserted:
            self._card.remove()
            assert self._seen.wait(WAIT), "the presence watch did not report the removal"
        self._left -= 1
        return self._signer.sign(data)


def test_what_was_signed_is_sent_once_and_the_rest_stays_unsigned(bank, card, carrier, tmp_path):
    opened, label = carrier
    api = BankApi(bank.url, bank.ca_file)
    log_in(api, bank, clerk_login(bank), key=opened.signer())
    removal_seen = threading.Event()

    def on_event(event: str, source: str) -> None:
        if event == REMOVED:  # what the carrier lock does (bsclient/ui/security/carrier_lock.py)
            opened.close_session(wait=False)
            removal_seen.set()

    watch = opened.watch(on_event, pkcs11_interval=3600)  # PC/SC only: SoftHSM2's slot never empties
    watch.start()
    try:
        assert watch.pcsc is not None and watch.pcsc.available.wait(WAIT)
        orders = [draft(bank, number) for number in range(1, 7)]
        with DocumentStore(tmp_path / "documents.sqlite3") as store:
            store.add_drafts(orders)
            signer = PulledOutAfter(opened.signer(), SIGNED_BEFORE_THE_PULL, card, removal_seen)
            results = sign_and_send_batch(store, api, orders, signer, "clerk", run_signing=opened.run_signing)

            signed, unsigned = orders[:SIGNED_BEFORE_THE_PULL], orders[SIGNED_BEFORE_THE_PULL:]
            assert [r.outcome for r in results] == \
                [BatchOutcome.SENT] * len(signed) + [BatchOutcome.FAILED] * len(unsigned)
            assert results[SIGNED_BEFORE_THE_PULL].reason is not None  # the one whose signature failed
            assert all(r.reason == carrier_lost_reason() for r in results[SIGNED_BEFORE_THE_PULL + 1:])
            assert "Not signed" in carrier_lost_reason().render()
            for order in unsigned:
                record = store.get(order.id)
                assert record.status == DocumentStatus.DRAFT and record.content is None and not record.signatures
            kept = at_bank(bank, [o.id for o in orders])
            assert sorted(kept) == sorted(o.id for o in signed)  # nothing unsigned reached the bank
            assert all(signatures == 1 for _status, signatures in kept.values())

            # The carrier back and the PIN typed: the same batch again sends each document exactly once.
            card.insert()
            wait_until_pcsc_sees(present=True)
            opened.open(Pin(USER_PIN), label=label)
            opened.use_key(signing_key(opened.key_pairs()))
            again = sign_and_send_batch(store, api, orders, opened.signer(), "clerk", run_signing=opened.run_signing)
            assert [r.outcome for r in again] == [BatchOutcome.SENT] * len(orders)
            kept = at_bank(bank, [o.id for o in orders])
            assert sorted(kept) == sorted(o.id for o in orders)
            assert all(signatures == 1 for _status, signatures in kept.values())
    finally:
        watch.stop(wait=True)
        api.logout()
        api.close()
