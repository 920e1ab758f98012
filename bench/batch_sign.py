"""Batch signing: the raw PKCS#11 signing loop against the client's sign-and-send, on one SoftHSM2 token.

    .venv/bin/python bench/batch_sign.py [-n 1000] [--algorithm rsa-2048|ec-p256] [--profile]

In one run: a temporary SoftHSM2 configuration and a new refbank (`refbank serve`, TLS) are made,
a carrier is enrolled at the bank as the demo clerk, and N payment-order drafts are stored locally (in
a store encrypted with SQLCipher under a new key, as the client's own).
Then, on the same carrier:

  raw     N x C_Sign (PyKCS11, the key's handle found once) over N different inputs of the size
          of a CMS's signed attributes: the least any client must spend on the carrier;
  client  bsclient.client.documents.batch.sign_and_send_batch over the N drafts, signing through the
          client's Carrier (as the windows do): validate, canonical JSON, CMS, the token's signature
          (on the carrier's token thread, C_Sign with the interpreter lock let go), the local store,
          HTTPS to refbank and its answer;
  window  the same over N other drafts through the batch window (BatchSignDialog, offscreen Qt), as the
          clerk starts it: building the window, the batch, the progress shown as it comes, the summary;
  held    the same over N other drafts with C_Sign through PyKCS11, which holds the interpreter lock
          (the client before it let go): the before and after of one run.

The raw loop runs before and after the batches (the machine's load changes meanwhile); the ratio is
against their mean.

Prints both times, their ratio (the goal is under 1.3), the CPU seconds the client's and the bank's
processes spent during the batch (on this 2-core machine their sum over 2 is a floor for the wall
time: "the CPU budget" turns it into the least ratio the machine allows, with and without the bank's
share), the ratio without the bank's share as measured (the same batch against a bank that answers at
once, in the process: client and token only; the headline ratio stays the real one), and where the
client's time goes: stage totals summed over threads (stages overlap: sending
runs beside signing; "(wall)" lines are not sums), and with --profile the cProfile of the client's
main thread. --token-process adds an experiment: the same batch with C_Sign in a worker process of
its own. The batches run with the switch interval the batch window sets (interpreter_tuning). The
bank executes nothing during the run (execution delay one hour). Asserts nothing.
"""

from __future__ import annotations

import argparse
import cProfile
import hashlib
import os
import pstats
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-n", type=int, default=1000, help="signatures and orders (default 1000)")
    parser.add_argument("--algorithm", default="rsa-2048", choices=("rsa-2048", "ec-p256"))
    parser.add_argument("--profile", action="store_true", help="print the cProfile of the client's run")
    parser.add_argument("--send-threads", type=int, default=None, help="the batch's sender threads")
    parser.add_argument("--baseline", type=int, default=0, metavar="M",
                        help="also time the one-document path (workflow.sign_and_store through the carrier, "
                             "then workflow.send) over M other orders, one after another")
    parser.add_argument("--token-process", action="store_true",
                        help="experiment: also run the batch with the carrier's signing in a separate worker "
                             "process (its own PKCS#11 session, the PIN through a pipe), N other orders")
    parser.add_argument("--switch-interval", type=float, default=None, metavar="S",
                        help="sys.setswitchinterval for the run (Python's default is 0.005 s)")
    args = parser.parse_args()
    if args.switch_interval is not None:
        sys.setswitchinterval(args.switch_interval)

    with tempfile.TemporaryDirectory(prefix="bench-batch-") as temp_name:
        temp = Path(temp_name)
        from installer.softhsm import write_softhsm_config

        # Before the module is first loaded: SoftHSM2 reads its configuration once.
        os.environ["SOFTHSM2_CONF"] = str(write_softhsm_config(temp / "softhsm"))
        return run(temp, args)


def _token_worker(conn: object) -> None:
    """Experiment (--token-process): a process of its own that holds a PKCS#11 session and signs what
    the pipe brings: C_Sign then runs beside the client's Python instead of holding its GIL."""
    import PyKCS11

    from bsclient.token.mechanisms import signing_mechanism

    module_path, label, pin, key_id, algorithm = conn.recv()  # type: ignore[attr-defined]
    lib = PyKCS11.PyKCS11Lib()
    lib.load(module_path)
    slot = next(s for s in lib.getSlotList(tokenPresent=True) if lib.getTokenInfo(s).label.strip() == label)
    session = lib.openSession(slot, PyKCS11.CKF_SERIAL_SESSION)
    session.login(pin)
    del pin
    handle = session.findObjects([(PyKCS11.CKA_CLASS, PyKCS11.CKO_PRIVATE_KEY), (PyKCS11.CKA_ID, key_id)])[0]
    mechanism = signing_mechanism(algorithm)
    pk_mechanism = PyKCS11.Mechanism(mechanism.mechanism, None)
    conn.send_bytes(b"ready")  # type: ignore[attr-defined]
    while data := conn.recv_bytes():  # type: ignore[attr-defined]
        conn.send_bytes(mechanism.finish(bytes(session.sign(handle, mechanism.prepare(data), pk_mechanism))))  # type: ignore[attr-defined]
    session.logout()
    session.closeSession()


class _ProcessSigner:
    """A Signer whose signatures come from _token_worker; `sign` waits on the pipe (the GIL is free)."""

    def __init__(self, conn: object, certificate_der: bytes, algorithm: str) -> None:
        self._conn, self.certificate_der, self.algorithm = conn, certificate_der, algorithm

    def sign(self, data: bytes) -> bytes:
        self._conn.send_bytes(data)  # type: ignore[attr-defined]
        return self._conn.recv_bytes()  # type: ignore[attr-defined]


@dataclass
class Bench:
    """One run's settings and what the run set up: the bank, the enrolled carrier, the client's side."""

    args: argparse.Namespace
    bank: Any
    carrier: Any  # installer.provisioning.ProvisionedCarrier: the enrolled token's module, label and PIN
    login: str
    key_carrier: Any = None  # the client's Carrier, open, with the signing key
    store: Any = None
    api: Any = None
    raw: float = 0.0
    raw_after: float = 0.0
    raw_cpus: list[float] = field(default_factory=list)  # the raw loops' CPU seconds (their thread's), before and after
    client: float = 0.0
    client_cpu: float = 0.0  # the client process's CPU seconds during the batch, the token's signing included
    bank_cpu: float = 0.0
    held: float = 0.0

    @property
    def n(self) -> int:
        return int(self.args.n)

    @property
    def raw_mean(self) -> float:
        """The raw loop's time, the mean of before and after the batches."""
        return (self.raw + self.raw_after) / 2 if self.raw_after else self.raw

    @property
    def send_threads(self) -> int:
        from bsclient.client.documents.batch import SEND_THREADS

        return int(self.args.send_threads or SEND_THREADS)

    @property
    def signer(self) -> Any:
        return self.key_carrier.signer()

    @property
    def name(self) -> str:
        return str(self.key_carrier.certificate.owner_name)

    def drafts(self, first: int, count: int | None = None) -> list[Any]:
        from bsclient.client.documents.payment_order import Party, PaymentOrder

        company = self.bank.created["company"]
        payer = next(a for a in self.bank.accounts if a["company"] == company["name"]
                     and a["currency"] == "KZT" and Decimal(a["balance"]) > 0)
        other = next(a for a in self.bank.accounts if a["company"] != company["name"] and a["currency"] == "KZT")
        orders = []
        for number in range(first, first + (self.n if count is None else count)):
            order = PaymentOrder.new(Party(company["name"], company["bin"], payer["iban"], _bic(payer["iban"]), "17"),
                                     str(number))
            order.amount = "1,00"
            order.beneficiary = Party(other["company"], other["company_bin"], other["iban"], _bic(other["iban"]), "17")
            order.knp = "710"
            order.purpose = f"Оплата по счёту № {number} за услуги, без НДС"
            orders.append(order)
        return orders

    def wall(self, label: str, seconds: float, extra: str = "") -> None:
        print(f"  {label:<45} {seconds:8.2f} s  {seconds / self.n * 1000:6.2f} ms/doc wall{extra}")


def run(temp: Path, args: argparse.Namespace) -> int:
    from bsclient.client.carrier import Carrier, Pin, signing_key
    from bsclient.client.documents.store import DocumentStore
    from bsclient.client.documents.store_key import KEY_BYTES
    from bsclient.client.session.bank_api import BankApi
    from bsclient.client.session.login import CarrierProofNeeded, challenge_signature
    from installer.provisioning import enrol_carrier, init_blank_carrier
    from tests.helpers.login import log_in  # R8.2: the carrier's proof at login
    from tests.helpers.refbank_server import start_refbank

    print(f"N = {args.n}, key {args.algorithm}; setting up a bank and a carrier…", flush=True)
    bank = start_refbank(temp / "bank", execution_delay=3600)
    login = next(u["login"] for u in bank.created["users"] if u["sign_right"] == "single")
    carrier = init_blank_carrier(Path(os.environ["SOFTHSM2_CONF"]), "BENCH", user_pin="246810", so_pin="13572468")
    bench = Bench(args, bank, carrier, login)
    try:
        enrol_carrier(carrier, bank_url=bank.url, ca_file=bank.ca_file, login=login,
                      password=bank.users[login], algorithm=args.algorithm, bank_data=bank.data_dir)
        bench.raw = measure_raw(bench)
        # The client's carrier, as the windows hold it after sign-in.
        bench.key_carrier = Carrier(carrier.module)
        bench.key_carrier.open(Pin(carrier.user_pin), label=carrier.label)
        bench.key_carrier.use_key(signing_key(bench.key_carrier.key_pairs()))
        bench.store = DocumentStore(temp / "client" / "documents.sqlite3", key=os.urandom(KEY_BYTES))  # as open_store
        bench.api = BankApi(bank.url, bank.ca_file)
        signer = bench.signer
        log_in(bench.api, bank, login, key=lambda challenge: challenge_signature(
            CarrierProofNeeded(user=None, challenge=challenge, expires_at=None), signer))  # type: ignore[arg-type]

        from bsclient.interpreter_tuning import signing_a_batch  # no Qt: what the batch window sets

        with signing_a_batch():
            orders, profiler = client_batch(bench)
            held_batch(bench)
        bench.raw_after = measure_raw_on_the_carrier(bench)
        print(f"ratio client / raw (mean of {bench.raw:.2f} s before and {bench.raw_after:.2f} s after) "
              f"{bench.client / bench.raw_mean:5.2f}   (goal: under 1.3)")
        print(f"ratio held / raw (the same)        {bench.held / bench.raw_mean:5.2f}")
        cpu_budget(bench)
        client_alone(bench)
        through_the_window(bench)
        if args.token_process:
            token_process_experiment(bench)
        if args.baseline:
            one_document_path(bench)
        bank_alone(bench, orders)
        if profiler:
            print()
            pstats.Stats(profiler).sort_stats("tottime").print_stats(25)
        bench.api.logout()
        bench.api.close()
        bench.store.close()
    finally:
        if bench.key_carrier is not None:
            bench.key_carrier.shutdown()
        bank.stop()
    return 0


def measure_raw(bench: Bench) -> float:
    """raw: C_Sign in a loop, nothing else (the token layer itself, its own session)."""

    from bsclient.token import Pin, Pkcs11Module, TokenSession

    inputs = [hashlib.sha512(str(i).encode()).digest() * 3 for i in range(bench.n)]  # 192 bytes each
    carrier = bench.carrier

    def raw_loop(session: TokenSession) -> float:
        key = next(k for k in session.key_pairs() if k.certificate_der)
        return timed_sign_loop(bench, session._current(), key, inputs)

    def measure() -> float:
        with Pkcs11Module(carrier.module) as module, \
                TokenSession.open(module, Pin(carrier.user_pin), label=carrier.label) as raw_session:
            raw_loop(raw_session)  # warm-up run, not counted
            bench.raw_cpus.clear()
            return raw_loop(raw_session)

    # On a thread of its own, as the client's token thread: PKCS#11 leaves OpenSSL's error queue of
    # its thread dirty, and the main thread talks to the bank later.
    with ThreadPoolExecutor(max_workers=1) as raw_thread:
        raw = raw_thread.submit(measure).result()
    print(f"raw PKCS#11 signing loop      {raw:8.2f} s  ({raw / bench.n * 1000:6.2f} ms a signature)", flush=True)
    return raw


def timed_sign_loop(bench: Bench, lib_session: Any, key: Any, inputs: list[bytes]) -> float:
    """C_Sign of every input through PyKCS11 on `lib_session` with `key`: the wall time; its CPU time is
    added to bench.raw_cpus."""
    import PyKCS11

    from bsclient.token.mechanisms import signing_mechanism

    handle = lib_session.findObjects([(PyKCS11.CKA_CLASS, PyKCS11.CKO_PRIVATE_KEY),
                                      (PyKCS11.CKA_ID, key.key_id)])[0]
    mechanism = signing_mechanism(key.algorithm)
    pk_mechanism = PyKCS11.Mechanism(mechanism.mechanism, None)
    start, cpu = time.perf_counter(), time.thread_time()
    for data in inputs:
        lib_session.sign(handle, mechanism.prepare(data), pk_mechanism)
    bench.raw_cpus.append(time.thread_time() - cpu)
    return time.perf_counter() - start


def measure_raw_on_the_carrier(bench: Bench) -> float:
    """raw again, after the batches: the same loop on the client's own session and token thread (a
    module of its own, closed after, would finalise the carrier's session with it)."""


    inputs = [hashlib.sha512(str(i).encode()).digest() * 3 for i in range(bench.n)]
    key = bench.signer.key
    took: list[float] = []

    def loop() -> None:
        took.append(timed_sign_loop(bench, bench.key_carrier._session._current(), key, inputs))

    bench.key_carrier.run_signing(loop)
    print(f"raw PKCS#11 signing loop, after {took[0]:8.2f} s  ({took[0] / bench.n * 1000:6.2f} ms a signature)")
    return took[0]


def client_batch(bench: Bench) -> tuple[list[Any], cProfile.Profile | None]:
    """client: the batch over N drafts, signing through the client's Carrier."""
    from bsclient.client.documents.batch import BatchOutcome, StageTimings, sign_and_send_batch

    n, bank = bench.n, bench.bank
    orders = bench.drafts(1)
    bench.store.add_drafts(orders)
    timings = StageTimings()
    profiler = cProfile.Profile() if bench.args.profile else None
    cpu_before = _cpu_seconds(os.getpid()), _cpu_seconds(bank.process.pid)
    start = time.perf_counter()
    if profiler:
        profiler.enable()
    results = sign_and_send_batch(bench.store, bench.api, orders, bench.signer, bench.name, timings=timings,
                                  send_threads=bench.send_threads, run_signing=bench.key_carrier.run_signing)
    if profiler:
        profiler.disable()
    client = bench.client = time.perf_counter() - start
    client_cpu = bench.client_cpu = _cpu_seconds(os.getpid()) - cpu_before[0]
    bank_cpu = bench.bank_cpu = _cpu_seconds(bank.process.pid) - cpu_before[1]

    outcomes: dict[str, int] = {}
    for result in results:
        key_text = f"{result.outcome}/{result.status}"
        outcomes[key_text] = outcomes.get(key_text, 0) + 1
    print(f"client sign-and-send batch    {client:8.2f} s  ({client / n * 1000:6.2f} ms a document)")
    print(f"ratio client / raw            {client / bench.raw:8.2f}   (goal: under 1.3)")
    print(f"CPU during the batch: client process {client_cpu:6.2f} s ({client_cpu / n * 1000:5.2f} ms/doc, "
          f"incl. the token's signing), bank process {bank_cpu:6.2f} s ({bank_cpu / n * 1000:5.2f} ms/doc); "
          f"2 cores give {2 * client:6.2f} s")
    print(f"outcomes: {outcomes}")
    sent = sum(1 for r in results if r.outcome == BatchOutcome.SENT)
    if sent != n:
        print(f"WARNING: {n - sent} documents were not sent; the figures are not comparable")
    print("\nwhere the client's time goes (seconds summed per stage; sending overlaps signing):")
    for stage, seconds in sorted(timings.seconds.items(), key=lambda item: -item[1]):
        print(f"  {stage:<45} {seconds:8.2f} s  {seconds / n * 1000:6.2f} ms/doc")
    return orders, profiler


def held_batch(bench: Bench) -> None:
    """held: the batch with C_Sign through PyKCS11 (the interpreter lock held while the token signs)."""
    from bsclient.client.documents.batch import BatchOutcome, sign_and_send_batch

    module = bench.key_carrier._module
    others = bench.drafts(4 * bench.n + 1)
    bench.store.add_drafts(others)
    module._unlocked = None  # as if the module exported no C_Sign: PyKCS11 signs
    try:
        start = time.perf_counter()
        results = sign_and_send_batch(bench.store, bench.api, others, bench.signer, bench.name,
                                      send_threads=bench.send_threads, run_signing=bench.key_carrier.run_signing)
        bench.held = time.perf_counter() - start
    finally:
        module._unlocked = False  # looked for again at the next signature
    sent = sum(1 for r in results if r.outcome == BatchOutcome.SENT)
    bench.wall("(held: C_Sign through PyKCS11, lock held)", bench.held, f"  ratio {bench.held / bench.raw:5.2f}"
               f"  ({sent} sent)")


def cpu_budget(bench: Bench) -> None:
    """What 2 free cores allow, from CPU seconds (which the machine's other load changes less than wall
    time): the batch (client with the token's signing, and bank) cannot take less wall time than its CPU
    over 2, nor than the token's own signing (the raw loop's CPU)."""
    n, token = bench.n, sum(bench.raw_cpus) / len(bench.raw_cpus)
    own = max(bench.client_cpu - token, 0.0)  # the client's CPU besides C_Sign (SoftHSM2 runs in the process)
    with_bank = max(token, (bench.client_cpu + bench.bank_cpu) / 2)
    without_bank = max(token, bench.client_cpu / 2)
    print(f"CPU a document during the batch: token {token / n * 1000:.2f} ms (the raw loop's), client besides "
          f"it {own / n * 1000:.2f} ms, bank {bench.bank_cpu / n * 1000:.2f} ms")
    print(f"  least ratio 2 free cores allow, the bank on them   {with_bank / token:5.2f}")
    print(f"  least ratio 2 free cores allow, without the bank   {without_bank / token:5.2f}   "
          f"(the bank's share {(with_bank - without_bank) / token:4.2f})")
    print(f"  the bank's CPU alone over the token's (one process, most of it under one interpreter lock) "
          f"{bench.bank_cpu / token:5.2f}")


def through_the_window(bench: Bench) -> None:
    """window: the batch as the clerk runs it, in the batch window (offscreen), from its opening to its summary."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from types import SimpleNamespace

    from PySide6.QtCore import QEventLoop
    from PySide6.QtWidgets import QApplication

    from bsclient.client.documents.batch import BatchOutcome
    from bsclient.ui.payments.batch_sign_dialog import BatchSignDialog

    app = QApplication.instance() or QApplication([])
    orders = bench.drafts(5 * bench.n + 1)
    bench.store.add_drafts(orders)
    records = [bench.store.get(order.id) for order in orders]  # as the payment list holds them
    workplace = SimpleNamespace(store=bench.store, api=bench.api, carrier=bench.key_carrier, signer_name=bench.name)
    finished = QEventLoop()
    start = time.perf_counter()
    dialog = BatchSignDialog(workplace, records)  # type: ignore[arg-type]
    built = time.perf_counter() - start
    dialog.finishedBatch.connect(lambda _results: finished.quit())
    dialog.show()
    finished.exec()
    took = time.perf_counter() - start
    sent = sum(1 for result in dialog.results if result.outcome == BatchOutcome.SENT)
    dialog.close()
    app.processEvents()
    print(f"ratio through the batch window (offscreen; building it {built:.2f} s, the progress shown as it comes) "
          f"{took / bench.raw_mean:5.2f}   ({took:.2f} s, {sent} sent)")


def client_alone(bench: Bench) -> None:
    """The client alone: the same batch against a bank that answers at once, without the network."""
    from bsclient.client.documents.batch import sign_and_send_batch
    from bsclient.client.documents.record import DocumentStatus
    from bsclient.client.models import DocumentState

    class InstantBank:
        def submit_document(self, doc_id: str, content: bytes, signatures: list[bytes]) -> DocumentState:
            return DocumentState(doc_id, DocumentStatus.ACCEPTED, None, None, None)

        def submit_documents(self, documents: list[tuple[str, bytes, list[bytes]]]) -> list[DocumentState]:
            return [DocumentState(doc_id, DocumentStatus.ACCEPTED, None, None, None) for doc_id, _, _ in documents]

    local = bench.drafts(bench.n + 1)
    bench.store.add_drafts(local)
    start = time.perf_counter()
    sign_and_send_batch(bench.store, InstantBank(), local, bench.signer, bench.name,  # type: ignore[arg-type]
                        send_threads=bench.send_threads, run_signing=bench.key_carrier.run_signing)
    alone = time.perf_counter() - start
    print(f"ratio without the bank's share (client + token only: a bank in the process that answers at once, "
          f"no network) {alone / bench.raw_mean:5.2f}   ({alone:.2f} s; not the headline)")


def token_process_experiment(bench: Bench) -> None:
    """--token-process: the same batch with C_Sign in a worker process of its own."""
    import multiprocessing

    from bsclient.client.documents.batch import BatchOutcome, sign_and_send_batch

    carrier, n = bench.carrier, bench.n
    context = multiprocessing.get_context("spawn")
    ours, theirs = context.Pipe()
    start = time.perf_counter()
    worker = context.Process(target=_token_worker, args=(theirs,), daemon=True)
    worker.start()
    key = bench.signer.key
    ours.send((carrier.module, carrier.label, carrier.user_pin, key.key_id, key.algorithm))
    assert ours.recv_bytes() == b"ready"
    started = time.perf_counter() - start
    elsewhere = bench.drafts(3 * n + 1)
    bench.store.add_drafts(elsewhere)
    process_signer = _ProcessSigner(ours, key.certificate_der, key.algorithm)
    start = time.perf_counter()
    results = sign_and_send_batch(bench.store, bench.api, elsewhere, process_signer, bench.name,  # type: ignore[arg-type]
                                  send_threads=bench.send_threads)
    other = time.perf_counter() - start
    ours.send_bytes(b"")
    worker.join(10)
    sent = sum(1 for r in results if r.outcome == BatchOutcome.SENT)
    bench.wall("(experiment: signing in a worker process)", other,
               f"  ratio {other / bench.raw:5.2f}  ({sent} sent; the worker started in {started:.2f} s, not counted)")


def one_document_path(bench: Bench) -> None:
    """--baseline M: workflow.sign_and_store through the carrier, then workflow.send, one after another."""
    from bsclient.client.documents.workflow import send, sign_and_store

    n, baseline = bench.n, bench.args.baseline
    one_by_one = bench.drafts(2 * n + 1, baseline)
    signer = bench.signer
    start = time.perf_counter()
    for order in one_by_one:
        sign_and_store(bench.store, order, signer, bench.name)
        send(bench.api, bench.store, order.id)
    single = time.perf_counter() - start
    print(f"  {'(one-document path, M = ' + str(baseline) + ', one after another)':<45} {single:8.2f} s  "
          f"{single / baseline * 1000:6.2f} ms/doc wall  ratio {single / baseline / (bench.raw / n):5.2f}")


def bank_alone(bench: Bench, orders: list[Any]) -> None:
    """The bank alone: the same signed documents PUT again (it parses and verifies each one again
    before it finds the id, then answers "duplicate"), from as many threads as the batch sends."""
    from cryptography import x509 as crypto_x509

    from bsclient.client.documents.batch import SEND_THREADS
    from refbank.pki.verify import verify_detached as bank_verify

    api, n = bench.api, bench.n
    signed = [bench.store.get(order.id) for order in orders]
    start = time.perf_counter()
    with ThreadPoolExecutor(SEND_THREADS) as pool:
        list(pool.map(lambda r: api.submit_document(r.id, r.content, r.signatures), signed))
    bench.wall("(the same N PUTs again, answered duplicate)", time.perf_counter() - start)
    start = time.perf_counter()
    with ThreadPoolExecutor(SEND_THREADS) as pool:
        list(pool.map(lambda _: api.accounts(), range(n)))
    bench.wall("(N authorised GET /accounts: HTTPS + session)", time.perf_counter() - start)
    bank_ca = crypto_x509.load_pem_x509_certificate(bench.bank.ca_file.read_bytes())
    start = time.perf_counter()
    for record in signed:
        bank_verify(record.content, record.signatures[0], bank_ca)
    verify = time.perf_counter() - start
    print(f"  {'(refbank verify_detached alone, one thread)':<45} {verify:8.2f} s  {verify / n * 1000:6.2f} ms/doc")


def _cpu_seconds(pid: int) -> float:
    """User + system CPU seconds of a process so far, all its threads (Linux /proc)."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _bic(iban: str) -> str:
    from bsclient.rules.bic import bank_for_iban

    bank = bank_for_iban(iban)
    return bank.bic if bank else ""


if __name__ == "__main__":
    raise SystemExit(main())
