"""Batch signing: the raw PKCS#11 signing loop against the client's sign-and-send, on one SoftHSM2 token.

    .venv/bin/python bench/batch_sign.py [-n 1000] [--algorithm rsa-2048|ec-p256] [--profile]

In one run: a temporary SoftHSM2 configuration and a new refbank (`refbank serve`, TLS) are made,
a carrier is enrolled at the bank as the demo clerk, and N payment-order drafts are stored locally.
Then, on the same logged-in token session:

  raw     N x C_Sign (PyKCS11, the key's handle found once) over N different inputs of the size
          of a CMS's signed attributes: the least any client must spend on the carrier;
  client  bsclient.client.documents.batch.sign_and_send_batch over the N drafts: validate, canonical JSON,
          CMS, the token's signature, the local store, HTTPS PUT to refbank and its answer.

Prints both times, their ratio (the goal is under 1.3), the CPU seconds the client's and the bank's
processes spent during the batch (on this 2-core machine their sum over 2 is a floor for the wall
time), and where the client's time goes: stage totals summed over threads (stages overlap: sending
runs beside signing; "(wall)" lines are not sums), and with --profile the cProfile of the client's
main thread. --token-process adds an experiment: the same batch with C_Sign in a worker process of
its own (PyKCS11 holds the GIL during C_Sign, so in-process signing never overlaps the client's
Python). The bank executes nothing during the run (execution delay one hour). Asserts nothing.
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
from decimal import Decimal
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-n", type=int, default=1000, help="signatures and orders (default 1000)")
    parser.add_argument("--algorithm", default="rsa-2048", choices=("rsa-2048", "ec-p256"))
    parser.add_argument("--profile", action="store_true", help="print the cProfile of the client's run")
    parser.add_argument("--send-threads", type=int, default=None, help="the batch's sender threads")
    parser.add_argument("--baseline", type=int, default=0, metavar="M",
                        help="also time the one-document path (workflow.sign_and_store on the token thread, "
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
        return run(temp, args.n, args.algorithm, args.profile, args.send_threads, args.baseline, args.token_process)


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


def run(temp: Path, n: int, algorithm: str, profile: bool, send_threads: int | None, baseline: int,
        token_process: bool = False) -> int:
    import PyKCS11

    from bsclient.client.documents.batch import SEND_THREADS, BatchOutcome, StageTimings, sign_and_send_batch
    from bsclient.client.documents.payment_order import Party, PaymentOrder
    from bsclient.client.documents.record import DocumentStatus
    from bsclient.client.documents.store import DocumentStore
    from bsclient.client.models import DocumentState
    from bsclient.client.session.bank_api import BankApi
    from bsclient.crypto import certificate_info
    from bsclient.token import Pin, Pkcs11Module, TokenSession, TokenSigner, TokenThread
    from bsclient.token.mechanisms import signing_mechanism
    from installer.provisioning import enrol_carrier, init_blank_carrier
    from tests.helpers.refbank_server import start_refbank

    print(f"N = {n}, key {algorithm}; setting up a bank and a carrier…", flush=True)
    bank = start_refbank(temp / "bank", execution_delay=3600)
    thread = TokenThread()
    try:
        login = next(u["login"] for u in bank.created["users"] if u["sign_right"] == "single")
        carrier = init_blank_carrier(Path(os.environ["SOFTHSM2_CONF"]), "BENCH", user_pin="246810", so_pin="13572468")
        enrol_carrier(carrier, bank_url=bank.url, ca_file=bank.ca_file, login=login,
                      password=bank.users[login], algorithm=algorithm, bank_data=bank.data_dir)

        def open_session() -> tuple[Pkcs11Module, TokenSession]:
            module = Pkcs11Module(carrier.module, thread=thread)
            return module, TokenSession.open(module, Pin(carrier.user_pin), label=carrier.label, thread=thread)

        module, session = thread.submit(open_session).result()
        key = thread.submit(lambda: next(k for k in session.key_pairs() if k.certificate_der)).result()

        # --- raw: C_Sign in a loop, nothing else --------------------------------------------------
        inputs = [hashlib.sha512(str(i).encode()).digest() * 3 for i in range(n)]  # 192 bytes each

        def raw_loop() -> float:
            lib_session = session._current()
            handle = lib_session.findObjects([(PyKCS11.CKA_CLASS, PyKCS11.CKO_PRIVATE_KEY),
                                              (PyKCS11.CKA_ID, key.key_id)])[0]
            mechanism = signing_mechanism(key.algorithm)
            pk_mechanism = PyKCS11.Mechanism(mechanism.mechanism, None)
            start = time.perf_counter()
            for data in inputs:
                lib_session.sign(handle, mechanism.prepare(data), pk_mechanism)
            return time.perf_counter() - start

        thread.submit(raw_loop).result()  # warm-up run, not counted
        raw = thread.submit(raw_loop).result()
        print(f"raw PKCS#11 signing loop      {raw:8.2f} s  ({raw / n * 1000:6.2f} ms a signature)", flush=True)

        # --- client: the batch over N drafts ------------------------------------------------------
        payer = next(a for a in bank.accounts if a["company"] == bank.created["company"]["name"]
                     and a["currency"] == "KZT" and Decimal(a["balance"]) > 0)
        other = next(a for a in bank.accounts if a["company"] != bank.created["company"]["name"]
                     and a["currency"] == "KZT")
        company = bank.created["company"]

        def drafts(first: int) -> list[PaymentOrder]:
            return [draft(number) for number in range(first, first + n)]

        def draft(number: int) -> PaymentOrder:
            order = PaymentOrder.new(Party(company["name"], company["bin"], payer["iban"], _bic(payer["iban"]), "17"),
                                     str(number))
            order.amount = "1,00"
            order.beneficiary = Party(other["company"], other["company_bin"], other["iban"], _bic(other["iban"]), "17")
            order.knp = "710"
            order.purpose = f"Оплата по счёту № {number} за услуги, без НДС"
            return order

        orders = drafts(1)
        store = DocumentStore(temp / "client" / "documents.sqlite3")
        store.add_drafts(orders)
        api = BankApi(bank.url, bank.ca_file)
        signer = TokenSigner(session, key)
        from tests.helpers.login import log_in, sign_challenge  # R8.2: the carrier's proof at login

        log_in(api, bank, login, key=lambda challenge: thread.submit(sign_challenge, signer, challenge).result())
        name = certificate_info(key.certificate_der).owner_name
        timings = StageTimings()
        profiler = cProfile.Profile() if profile else None

        cpu_before = _cpu_seconds(os.getpid()), _cpu_seconds(bank.process.pid)
        start = time.perf_counter()
        if profiler:
            profiler.enable()
        results = sign_and_send_batch(store, api, orders, signer, name, token_thread=thread, timings=timings,
                                      send_threads=send_threads or SEND_THREADS)
        if profiler:
            profiler.disable()
        client = time.perf_counter() - start
        client_cpu = _cpu_seconds(os.getpid()) - cpu_before[0]
        bank_cpu = _cpu_seconds(bank.process.pid) - cpu_before[1]

        outcomes: dict[str, int] = {}
        for result in results:
            key_text = f"{result.outcome}/{result.status}"
            outcomes[key_text] = outcomes.get(key_text, 0) + 1
        print(f"client sign-and-send batch    {client:8.2f} s  ({client / n * 1000:6.2f} ms a document)")
        print(f"ratio client / raw            {client / raw:8.2f}   (goal: under 1.3)")
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
        # The client alone: the same batch against a bank that answers at once, without the network.
        class InstantBank:
            def submit_document(self, doc_id: str, content: bytes, signatures: list[bytes]) -> DocumentState:
                return DocumentState(doc_id, DocumentStatus.ACCEPTED, None, None, None)

            def submit_documents(self, documents: list[tuple[str, bytes, list[bytes]]]) -> list[DocumentState]:
                return [DocumentState(doc_id, DocumentStatus.ACCEPTED, None, None, None) for doc_id, _, _ in documents]

        local = drafts(n + 1)
        store.add_drafts(local)
        start = time.perf_counter()
        sign_and_send_batch(store, InstantBank(), local, signer, name, token_thread=thread,  # type: ignore[arg-type]
                            send_threads=send_threads or SEND_THREADS)
        alone = time.perf_counter() - start
        print(f"  {'(the client alone: a bank that answers at once)':<45} {alone:8.2f} s  {alone / n * 1000:6.2f} ms/doc wall"
              f"  ratio {alone / raw:5.2f}")
        if token_process:
            import multiprocessing

            context = multiprocessing.get_context("spawn")
            ours, theirs = context.Pipe()
            start = time.perf_counter()
            worker = context.Process(target=_token_worker, args=(theirs,), daemon=True)
            worker.start()
            ours.send((carrier.module, carrier.label, carrier.user_pin, key.key_id, key.algorithm))
            assert ours.recv_bytes() == b"ready"
            started = time.perf_counter() - start
            elsewhere = drafts(3 * n + 1)
            store.add_drafts(elsewhere)
            process_signer = _ProcessSigner(ours, key.certificate_der, key.algorithm)
            start = time.perf_counter()
            results = sign_and_send_batch(store, api, elsewhere, process_signer, name,  # type: ignore[arg-type]
                                          send_threads=send_threads or SEND_THREADS)
            other = time.perf_counter() - start
            ours.send_bytes(b"")
            worker.join(10)
            sent = sum(1 for r in results if r.outcome == BatchOutcome.SENT)
            print(f"  {'(experiment: signing in a worker process)':<45} {other:8.2f} s  {other / n * 1000:6.2f} ms/doc wall"
                  f"  ratio {other / raw:5.2f}  ({sent} sent; the worker started in {started:.2f} s, not counted)")
        if baseline:
            from bsclient.client.documents.workflow import send, sign_and_store
            one_by_one = [draft(number) for number in range(2 * n + 1, 2 * n + 1 + baseline)]
            start = time.perf_counter()
            for order in one_by_one:
                thread.submit(sign_and_store, store, order, signer, name).result()
                send(api, store, order.id)
            single = time.perf_counter() - start
            print(f"  {'(one-document path, M = ' + str(baseline) + ', one after another)':<45} {single:8.2f} s  "
                  f"{single / baseline * 1000:6.2f} ms/doc wall  ratio {single / baseline / (raw / n):5.2f}")
        # The bank alone: the same signed documents PUT again (it parses and verifies each one again
        # before it finds the id, then answers "duplicate"), from as many threads as the batch sends.
        from concurrent.futures import ThreadPoolExecutor

        from bsclient.client.documents.batch import SEND_THREADS
        signed = [store.get(order.id) for order in orders]
        start = time.perf_counter()
        with ThreadPoolExecutor(SEND_THREADS) as pool:
            list(pool.map(lambda r: api.submit_document(r.id, r.content, r.signatures), signed))
        again = time.perf_counter() - start
        print(f"  {'(the same N PUTs again, answered duplicate)':<45} {again:8.2f} s  {again / n * 1000:6.2f} ms/doc wall")
        start = time.perf_counter()
        with ThreadPoolExecutor(SEND_THREADS) as pool:
            list(pool.map(lambda _: api.accounts(), range(n)))
        floor = time.perf_counter() - start
        print(f"  {'(N authorised GET /accounts: HTTPS + session)':<45} {floor:8.2f} s  {floor / n * 1000:6.2f} ms/doc wall")
        from cryptography import x509 as crypto_x509

        from refbank.verify import verify_detached as bank_verify
        bank_ca = crypto_x509.load_pem_x509_certificate(bank.ca_file.read_bytes())
        start = time.perf_counter()
        for record in signed:
            bank_verify(record.content, record.signatures[0], bank_ca)
        verify = time.perf_counter() - start
        print(f"  {'(refbank verify_detached alone, one thread)':<45} {verify:8.2f} s  {verify / n * 1000:6.2f} ms/doc")
        if profiler:
            print()
            pstats.Stats(profiler).sort_stats("tottime").print_stats(25)
        api.logout()
        api.close()
        store.close()

        def close() -> None:
            session.close()
            module.close()

        thread.submit(close).result()
    finally:
        thread.shutdown()
        bank.stop()
    return 0


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
