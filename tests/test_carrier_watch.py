"""The carrier watch: PC/SC on the real stack (pcscd, vsmartcard-vpcd, a virtual card connected and
disconnected), the PKCS#11 slot state (SoftHSM2 cannot be pulled out, so there a small fake library
reports the token's presence; the real SoftHSM2 slot is asked once to show the call itself works)."""

from __future__ import annotations

import os
import queue
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from types import SimpleNamespace

import PyKCS11
import pytest

from bsclient.token import Pkcs11Module, TokenThread
from bsclient.token.carrier_watch import INSERTED, REMOVED, CarrierWatch, PcscWatch, carrier_in_slot, reader_family
from installer.softhsm import SOFTHSM_MODULE
from tests.helpers.fake_pkcs11 import FakeLibrary
from tests.helpers.softhsm import SO_PIN, USER_PIN
from tests.helpers.virtual_card import VPCD_READER, VirtualCard, vpcd_reader, wait_until_pcsc_sees

REPO = Path(__file__).resolve().parents[1]
WAIT = 20.0


@pytest.fixture
def card(pcscd: None) -> Iterator[VirtualCard]:
    """The virtual card, not yet inserted; vpcd's reader is held for this test only."""
    with vpcd_reader():
        virtual = VirtualCard()
        try:
            yield virtual
        finally:
            virtual.remove()


def wait_for_state(reports: queue.Queue, wanted: object) -> None:
    while True:
        got = reports.get(timeout=WAIT)
        if got == wanted:
            return


def test_reader_family_drops_pcsc_lites_numbers() -> None:
    assert reader_family("Virtual PCD 00 01") == "Virtual PCD"
    assert reader_family("Aladdin JaCarta [CCID] (0A1B2C) 01 00") == "Aladdin JaCarta [CCID] (0A1B2C)"
    assert reader_family("Odd reader") == "Odd reader"


def test_pcsc_sees_the_virtual_card_pulled_out_and_put_back(card: VirtualCard) -> None:
    card.insert()
    wait_until_pcsc_sees(present=True)
    reports: queue.Queue = queue.Queue()
    watch = PcscWatch(reports.put, timeout_ms=300)
    watch.start()
    try:
        wait_for_state(reports, True)
        assert watch.readers == [VPCD_READER]  # the reader whose card was in when the watch began
        card.remove()
        wait_for_state(reports, False)
        card.insert()
        wait_for_state(reports, True)
    finally:
        watch.stop(wait=True)


def test_without_a_card_at_the_start_pcsc_stays_silent(card: VirtualCard) -> None:
    wait_until_pcsc_sees(present=False)
    reports: queue.Queue = queue.Queue()
    watch = PcscWatch(reports.put, timeout_ms=300)
    watch.start()
    assert watch.available.wait(WAIT)
    card.insert()  # a card that was not there at sign-in is not the carrier
    wait_until_pcsc_sees(present=True)
    watch.stop(wait=True)
    assert watch.readers == []
    assert reports.empty()


def test_the_combined_watch_reports_removal_and_return_through_pcsc(card: VirtualCard) -> None:
    card.insert()
    wait_until_pcsc_sees(present=True)
    events: queue.Queue = queue.Queue()
    fake = FakeLibrary()
    with TokenThread("test-token") as thread:
        watch = CarrierWatch(lambda event, source: events.put((event, source)), token_thread=thread,
                             module=SimpleNamespace(lib=fake), slot_id=3, serial="A1", pkcs11_interval=0.2,
                             pcsc_timeout_ms=300)
        watch.start()
        try:
            assert watch.pcsc is not None and watch.pcsc.available.wait(WAIT)
            card.remove()
            assert events.get(timeout=WAIT) == (REMOVED, "pcsc")
            assert not watch.present
            card.insert()
            assert events.get(timeout=WAIT) == (INSERTED, "pcsc")
            assert watch.present
        finally:
            watch.stop(wait=True)


@pytest.mark.integration  # the real libpcsclite, in a process of its own
def test_without_pcscd_the_watch_runs_on_pkcs11_alone(tmp_path: Path) -> None:
    """Real pyscard and libpcsclite, pointed at a socket where no pcscd listens."""
    script = (
        "import queue\n"
        "from types import SimpleNamespace\n"
        "from bsclient.token import TokenThread\n"
        "from bsclient.token.carrier_watch import CarrierWatch\n"
        "from tests.helpers.fake_pkcs11 import FakeLibrary\n"
        "events = queue.Queue()\n"
        "fake = FakeLibrary()\n"
        "with TokenThread() as thread:\n"
        "    watch = CarrierWatch(lambda e, s: events.put((e, s)), token_thread=thread,\n"
        "                         module=SimpleNamespace(lib=fake), slot_id=3, serial='A1', pkcs11_interval=0.1)\n"
        "    watch.start()\n"
        "    assert watch.pcsc.available.wait(20)\n"
        "    print('pcsc', watch.pcsc.readers, watch.pcsc_source.present)\n"
        "    fake.present = False\n"
        "    print(*events.get(timeout=20))\n"
        "    watch.stop(wait=True)\n"
    )
    env = dict(os.environ, PCSCLITE_CSOCK_NAME=str(tmp_path / "no-pcscd.comm"))
    result = subprocess.run([sys.executable, "-c", script], cwd=REPO, env=env, capture_output=True,
                            text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == ["pcsc [] None", "removed pkcs11"]


@pytest.mark.parametrize("pull_out", ["flag", "other serial", "device removed", "slot gone"])
def test_pkcs11_slot_state_reports_removal_and_return(pull_out: str) -> None:
    """Only the token's presence is faked here; the watch, its thread and the token thread are real."""
    events: queue.Queue = queue.Queue()
    fake = FakeLibrary()
    with TokenThread("test-token") as thread:
        watch = CarrierWatch(lambda event, source: events.put((event, source)), token_thread=thread,
                             module=SimpleNamespace(lib=fake), slot_id=3, serial="A1", pcsc=False,
                             pkcs11_interval=0.05)
        watch.start()
        try:
            if pull_out == "flag":
                fake.present = False
            elif pull_out == "other serial":
                fake.serial = "B2"
            elif pull_out == "device removed":
                fake.error = PyKCS11.CKR_DEVICE_REMOVED
            else:
                fake.error = PyKCS11.CKR_SLOT_ID_INVALID
            assert events.get(timeout=WAIT) == (REMOVED, "pkcs11")
            fake.present, fake.serial, fake.error = True, "A1", None
            assert events.get(timeout=WAIT) == (INSERTED, "pkcs11")
        finally:
            watch.stop(wait=True)


def test_an_unexpected_pkcs11_error_is_not_taken_for_a_removal() -> None:
    fake = FakeLibrary()
    fake.error = PyKCS11.CKR_GENERAL_ERROR
    with pytest.raises(PyKCS11.PyKCS11Error):
        carrier_in_slot(fake, 3, "A1")


def test_the_real_softhsm_slot_says_its_token_is_present(softhsm_config: Path) -> None:
    from installer.softhsm import init_token

    label = "WATCH-1"
    init_token(softhsm_config, label, user_pin=USER_PIN, so_pin=SO_PIN)
    with TokenThread("test-token") as thread:
        module = thread.submit(Pkcs11Module, SOFTHSM_MODULE, thread=thread).result()
        try:
            token = thread.submit(lambda: next(t for t in module.tokens() if t.label == label)).result()
            assert thread.submit(carrier_in_slot, module.lib, token.slot_id, token.serial).result()
            assert not thread.submit(carrier_in_slot, module.lib, token.slot_id, "not-this-one").result()
        finally:
            thread.submit(module.close).result()
            # A token without keys would fail `bsclient doctor`'s check of every carrier in this run.
            subprocess.run(["softhsm2-util", "--delete-token", "--token", label], check=True, capture_output=True,
                           env=dict(os.environ, SOFTHSM2_CONF=str(softhsm_config)))

