"""Batch signing (R9.2): many drafts signed with the carrier session opened at sign-in (the PIN is
entered once) and sent to the bank; one invalid document does not stop the others.

The pipeline: the token thread checks and signs one document after another (the CMS around the
carrier's signature is cheap: see bsclient.crypto.prepared_cms) and gathers the signed documents
into groups (up to CHUNK, or what GROUP_WAIT brings). Between two signatures it records a group's
signatures in the local store in one transaction (group commit: one disk sync for the group), then
marks them sent (one more), and hands the group to one of two sender threads, which sends it in one
request (POST documents:batch, each document checked and answered alone by the bank); the bank's
answers are recorded by the token thread again, one commit per group. The store work stays on the
thread that holds the GIL anyway (PyKCS11 keeps it during C_Sign), so no thread waits for the GIL
for every row; the senders only wait for the bank. A bank without the batch call gets one PUT per
document (workflow.send) from the senders.

Cancelling stops the signing between documents; what is already signed is still recorded and
sent (the document id is the bank's idempotency key, so a document sent again is never paid
twice), what is not stays a draft. Nothing is left half-done.

Run `sign_and_send_batch` off the GUI thread; it blocks until every document has its result.
"""

from __future__ import annotations

import queue
import threading
import time
from collections import defaultdict
from collections.abc import Callable, Iterator, Mapping, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field
from enum import StrEnum

from bsclient.client.documents.payment_order import PaymentOrder
from bsclient.client.documents.record import BANK_STATUSES, DocumentRecord, DocumentStatus
from bsclient.client.documents.store import DocumentStore
from bsclient.client.documents.workflow import send
from bsclient.client.models import DocumentState
from bsclient.client.session.bank_api import BankApi
from bsclient.client.session.bank_errors import BankError, BankUnreachableError
from bsclient.crypto import Signer, canonical_bytes
from bsclient.crypto.prepared_cms import PreparedSigner
from bsclient.messages import QT_TRANSLATE_NOOP, ClerkError, Message
from bsclient.rules import ValidationError, validate_payment_order
from bsclient.token.errors import TokenError
from bsclient.token.thread import TokenThread

SEND_THREADS = 2
# Documents in one group (one store transaction, one request) at most: the bank's batch limit.
CHUNK = 50
# How long a sender waits for more signed documents to join a group: each group costs a request and
# three commits, so groups of one (a sender always idle) would cost more than the signing.
GROUP_WAIT = 0.05  # seconds
# Signed documents not yet recorded at most: bounds what a Cancel still has to record and send.
MAX_IN_FLIGHT = 4 * CHUNK


class BatchOutcome(StrEnum):
    """What happened to one document of the batch."""

    SENT = "sent"            # signed and sent; the bank's state is in `status` (accepted, executed, rejected)
    INVALID = "invalid"      # not signed: it has mistakes (`problems`); still a draft
    FAILED = "failed"        # a step failed (`reason`); `status` says where it stands
    CANCELLED = "cancelled"  # not signed because the clerk cancelled; still a draft


@dataclass(frozen=True)
class BatchResult:
    """One document's result. `status` is its status in the local store after the batch."""

    doc_id: str
    number: str
    outcome: BatchOutcome
    status: DocumentStatus | None
    reason: Message | None = None
    problems: Mapping[str, Message] = field(default_factory=dict)


@dataclass(frozen=True)
class BatchProgress:
    """Reported after each step: `done` of `total` documents have their result; `signing` is the
    number of the document being signed now (None when signing is over)."""

    done: int
    total: int
    signing: str | None
    result: BatchResult | None = None


Progress = Callable[[BatchProgress], None]


class StageTimings:
    """Seconds spent per stage (summed over documents and threads), for bench/batch_sign.py."""

    def __init__(self) -> None:
        self.seconds: dict[str, float] = defaultdict(float)
        self._lock = threading.Lock()

    @contextmanager
    def stage(self, name: str) -> Iterator[None]:
        start = time.perf_counter()
        try:
            yield
        finally:
            elapsed = time.perf_counter() - start
            with self._lock:
                self.seconds[name] += elapsed


class _NoTimings(StageTimings):
    @contextmanager
    def stage(self, name: str) -> Iterator[None]:
        yield


def invalid_reason(problems: Mapping[str, Message]) -> Message:
    """Why a document was not signed; `problems` (field -> sentence) say what is wrong where."""
    return Message("Batch", QT_TRANSLATE_NOOP(
        "Batch", "Not signed because of mistakes: open the document, correct the marked fields and sign it again."))


def cancelled_reason() -> Message:
    return Message("Batch", QT_TRANSLATE_NOOP(
        "Batch", "Not signed: the batch was cancelled before this document. It is still a draft; sign it again when ready."))


class _Timed:
    """The signer, with the time of its raw signatures kept."""

    def __init__(self, signer: Signer, clock: StageTimings) -> None:
        self._signer = signer
        self._clock = clock
        self.certificate_der = signer.certificate_der
        self.algorithm = signer.algorithm

    def sign(self, data: bytes) -> bytes:
        with self._clock.stage("token: raw signature"):
            return self._signer.sign(data)


def _error_message(exc: BaseException) -> Message:
    if isinstance(exc, ClerkError):
        return exc.message
    return Message("Batch", QT_TRANSLATE_NOOP(
        "Batch", "An unexpected error stopped this document: {error}. Its status in the list is where it stands."),
        {"error": str(exc) or type(exc).__name__})


@dataclass
class _Signed:
    """A document for a sender: signed now (`content`, `signature`), or signed or sent before (None)."""

    index: int
    order: PaymentOrder
    content: bytes | None = None
    signature: bytes | None = None
    recorded: bool = False  # the signature is in the store already


_NO_BATCH_CALL = frozenset({404, 405})  # a bank older than POST documents:batch


def sign_and_send_batch(store: DocumentStore, api: BankApi, orders: Sequence[PaymentOrder], signer: Signer,
                        signer_name: str, *, token_thread: TokenThread | None = None,
                        progress: Progress | None = None, cancel: threading.Event | None = None,
                        timings: StageTimings | None = None, send_threads: int = SEND_THREADS) -> list[BatchResult]:
    """Signs and sends `orders` (drafts; signed or sent ones are only sent again); one result each, in order.

    A draft is signed as the store holds it when the batch starts (one not stored yet is saved when
    signed); the bank gets each document's id once, however often the batch is run.
    `signer` makes raw signatures on `token_thread` (the TokenSigner of the open carrier session);
    `progress` is called from worker threads; setting `cancel` stops the signing between documents.
    """
    cancel = cancel or threading.Event()
    clock = timings or _NoTimings()
    # The certificate's parts of the CMS are encoded once for the whole batch.
    cms_signer = PreparedSigner(_Timed(signer, clock))
    with clock.stage("store: read the drafts"):
        stored = {order.id: store.get(order.id) for order in orders}
    total = len(orders)
    results: list[BatchResult | None] = [None] * total
    lock = threading.Lock()
    done = 0
    batch_call = [hasattr(api, "submit_documents")]  # False once the bank says it has no batch call

    def report(index: int | None, result: BatchResult | None, signing: str | None) -> None:
        nonlocal done
        with lock:
            if index is not None:
                results[index] = result
                done += 1
            event = BatchProgress(done, total, signing, result)
        if progress is not None:
            progress(event)

    def failed(item: _Signed, exc: BaseException) -> BatchResult:
        current = store.get(item.order.id)
        return BatchResult(item.order.id, item.order.number, BatchOutcome.FAILED,
                           current.status if current else None, _error_message(exc))

    def one_by_one(item: _Signed) -> BatchResult:
        """One document alone: record its signature, then send it (workflow.send, one PUT)."""
        order = item.order
        try:
            if item.content is not None and item.signature is not None and not item.recorded:
                with clock.stage("store: record the signature"):
                    if stored[order.id] is None and store.get(order.id) is None:
                        store.save_draft(order)
                    store.mark_signed(order.id, item.content, [item.signature], signer_name)
            with clock.stage("send (store + HTTPS PUT + bank)"):
                record = send(api, store, order.id)
            return BatchResult(order.id, order.number, BatchOutcome.SENT, record.status, record.reason)
        except Exception as exc:  # reported for this document; the others go on
            return failed(item, exc)

    def record_group(group: list[_Signed]) -> tuple[list[_Signed], list[_Signed], dict[str, DocumentRecord | None]]:
        """Step 1, on the signing thread (which holds the GIL anyway, so no thread waits for it): the
        group's signatures in one commit, then "sent" in one more. Answers the documents to send in one
        request, those to do alone (one_by_one says why), and the records of those signed before."""
        alone: list[_Signed] = []
        with clock.stage("store: record the signatures (group)"):
            after = store.record_batch(signed=[(item.order, item.content, [item.signature], signer_name)
                                               for item in group if item.content is not None])
        for item in group:
            if item.content is not None and after.get(item.order.id) is None:
                alone.append(item)  # cannot be signed now: one_by_one says why
        # From here on a document is recorded: done alone, it is only sent (not signed again).
        to_send = [item if item.content is None else _Signed(item.index, item.order, item.content, item.signature, True)
                   for item in group if item not in alone]
        # Only documents the bank has not answered about yet go out (as workflow.send does).
        records = {item.order.id: store.get(item.order.id) for item in to_send if item.content is None}
        for item in list(to_send):
            if item.order.id not in records:
                continue
            record = records[item.order.id]
            if record is None or record.status in BANK_STATUSES or record.content is None:
                to_send.remove(item)
                alone.append(item)  # answered before (or never signed): workflow.send returns it as it is
        if to_send:
            with clock.stage("store: mark sent (group)"):
                moved = store.record_batch(sent=[item.order.id for item in to_send])
            for item in list(to_send):
                if moved.get(item.order.id) is None:
                    to_send.remove(item)
                    alone.append(item)
        return to_send, alone, records

    def post_group(to_send: list[_Signed], records: dict[str, DocumentRecord | None]) -> list[tuple[_Signed, DocumentState]]:
        """Step 2, on a sender: one request. A document refused alone, or all of them when the whole
        request fails, is reported here; the states the bank gave are recorded by step 3."""
        documents = []
        for item in to_send:
            if item.content is not None:
                documents.append((item.order.id, item.content, [item.signature]))
            else:
                record = records[item.order.id]
                documents.append((record.id, record.content, record.signatures))  # type: ignore[union-attr]
        try:
            with clock.stage("send (HTTPS POST documents:batch + bank)"):
                answers = api.submit_documents(documents)  # type: ignore[attr-defined]
        except BankError as exc:
            if exc.http_status in _NO_BATCH_CALL and not isinstance(exc, BankUnreachableError):
                batch_call[0] = False  # an older bank: one PUT per document from now on
                for item in to_send:
                    report(item.index, one_by_one(item), None)
                return []
            for item in to_send:  # the whole request went wrong: each document says so
                try:
                    if not isinstance(exc, BankUnreachableError):
                        store.mark_not_sent(item.order.id)  # definitely not taken: back to signed
                    report(item.index, failed(item, exc), None)
                except Exception as inner:
                    report(item.index, failed(item, inner), None)
            return []
        states: list[tuple[_Signed, DocumentState]] = []
        for item, answer in zip(to_send, answers, strict=True):
            if isinstance(answer, BankError):  # refused alone (malformed, id reused): back to signed
                try:
                    store.mark_not_sent(item.order.id)
                    report(item.index, failed(item, answer), None)
                except Exception as exc:
                    report(item.index, failed(item, exc), None)
            else:
                states.append((item, answer))
        return states

    def record_answers(pairs: list[tuple[_Signed, DocumentState]]) -> None:
        """Step 3, on the signing thread (after the signing, on the caller's): the states in one commit."""
        if not pairs:
            return
        try:
            with clock.stage("store: the bank's answers (group)"):
                applied = store.record_batch(states=[state for _, state in pairs])
        except Exception as exc:
            for item, _ in pairs:
                report(item.index, failed(item, exc), None)
            return
        for item, state in pairs:
            status = applied.get(item.order.id)
            if status is None:  # the store's rules kept it as it was: say where it stands
                current = store.get(item.order.id)
                report(item.index, BatchResult(item.order.id, item.order.number, BatchOutcome.SENT,
                                               current.status if current else None,
                                               current.reason if current else None), None)
            else:
                report(item.index, BatchResult(item.order.id, item.order.number, BatchOutcome.SENT, status,
                                               state.reason if status == state.status else None), None)

    # Jobs for the senders: ("alone", item) or ("group", (to_send, records)); None stops one sender.
    jobs: queue.SimpleQueue[tuple[str, object] | None] = queue.SimpleQueue()
    # One answer per job, always: (documents in the job, states to record).
    answered: queue.SimpleQueue[tuple[int, list[tuple[_Signed, DocumentState]]]] = queue.SimpleQueue()
    outstanding = {"jobs": 0, "documents": 0}  # handed to the senders, answers not recorded yet

    def sender() -> None:
        while (job := jobs.get()) is not None:
            kind, payload = job
            pairs: list[tuple[_Signed, DocumentState]] = []
            count = 1
            try:
                if kind == "alone":
                    report(payload.index, one_by_one(payload), None)  # type: ignore[attr-defined]
                else:
                    to_send, records = payload  # type: ignore[misc]
                    count = len(to_send)
                    pairs = post_group(to_send, records)
            except Exception as exc:  # unexpected: each document of the job says so
                items = [payload] if kind == "alone" else payload[0]  # type: ignore[index]
                for item in items:
                    report(item.index, failed(item, exc), None)
            answered.put((count, pairs))

    def hand(kind: str, payload: object, count: int) -> None:
        outstanding["jobs"] += 1
        outstanding["documents"] += count
        jobs.put((kind, payload))

    def take_answers(block: bool) -> None:
        """Records the answers the senders have (waiting for one when `block`)."""
        while outstanding["jobs"]:
            try:
                count, pairs = answered.get() if block else answered.get_nowait()
            except queue.Empty:
                return
            outstanding["jobs"] -= 1
            outstanding["documents"] -= count
            record_answers(pairs)
            block = False

    group: list[_Signed] = []
    group_started = [0.0]

    def flush() -> None:
        """Hands the signed documents gathered so far to the senders, recorded first (one commit)."""
        if not group:
            return
        items = list(group)
        group.clear()
        if not batch_call[0]:
            for item in items:
                hand("alone", item, 1)
            return
        try:
            to_send, alone, records = record_group(items)
        except Exception:  # the store refused the group: each document alone says why
            to_send, alone, records = [], items, {}
        for item in alone:
            hand("alone", item, 1)
        if to_send:
            hand("group", (to_send, records), len(to_send))

    def gather(item: _Signed) -> None:
        if not group:
            group_started[0] = time.monotonic()
        group.append(item)

    def between_documents() -> None:
        """On the signing thread between two documents: record answers that came, hand a full or old
        group over, and wait while too many documents are unanswered."""
        take_answers(block=False)
        if group and (len(group) >= CHUNK or time.monotonic() - group_started[0] >= GROUP_WAIT):
            flush()
        while outstanding["documents"] + len(group) >= MAX_IN_FLIGHT and outstanding["jobs"]:
            take_answers(block=True)

    workers = max(1, send_threads)
    senders = ThreadPoolExecutor(max_workers=workers, thread_name_prefix="batch-send")
    pending: list[Future[None]] = [senders.submit(sender) for _ in range(workers)]

    def status_of(order: PaymentOrder) -> DocumentStatus | None:
        record = stored[order.id]
        return record.status if record is not None else None

    def sign_all() -> None:
        """On the token thread: check, canonicalise, sign, and record each group (steps 1 and 3);
        the senders only talk to the bank."""
        # Why the signing stopped early: the clerk cancelled, or the carrier failed.
        stopped: tuple[BatchOutcome, Message] | None = None
        for index, order in enumerate(orders):
            between_documents()
            if stopped is None and cancel.is_set():
                stopped = (BatchOutcome.CANCELLED, cancelled_reason())
            if stopped is not None:
                report(index, BatchResult(order.id, order.number, stopped[0], status_of(order), stopped[1]), None)
                continue
            record = stored[order.id]
            if record is not None and record.status != DocumentStatus.DRAFT:
                gather(_Signed(index, order))  # signed or sent before: only the send (again, idempotent) is left
                continue
            if record is not None:
                order = record.order  # as stored: an editor may have saved it since the list was read
            report(None, None, order.number)
            try:
                with clock.stage("validate"):
                    problems = validate_payment_order(order, None)
                if problems:
                    raise ValidationError(invalid_reason(problems), problems)
                with clock.stage("canonical JSON"):
                    content = canonical_bytes(order.to_content())
                with clock.stage("CMS (incl. the token's signature)"):
                    signature = cms_signer.sign(content)
            except ValidationError as exc:
                report(index, BatchResult(order.id, order.number, BatchOutcome.INVALID, status_of(order),
                                          invalid_reason(exc.problems) if exc.problems else exc.message,
                                          dict(exc.problems)), None)
                continue
            except Exception as exc:
                reason = _error_message(exc)
                report(index, BatchResult(order.id, order.number, BatchOutcome.FAILED, status_of(order), reason),
                       None)
                if isinstance(exc, TokenError):  # the carrier is gone or locked: the others cannot be signed
                    stopped = (BatchOutcome.FAILED, reason)
                continue
            gather(_Signed(index, order, content, signature))
        flush()

    try:
        # The whole signing loop runs on the token thread: no hand-over per signature.
        with clock.stage("(wall) the signing loop, first to last signature"):
            if token_thread is None or token_thread.is_current():
                sign_all()
            else:
                token_thread.submit(sign_all).result()
        with clock.stage("(wall) after the last signature: the last groups"):
            while outstanding["jobs"]:
                take_answers(block=True)
    finally:
        for _ in pending:
            jobs.put(None)  # one stop per sender, after every job
        for future in pending:
            future.result()
        senders.shutdown(wait=True)
    if progress is not None:
        progress(BatchProgress(done, total, None))
    return [r for r in results if r is not None]


__all__ = ["BatchOutcome", "BatchProgress", "BatchResult", "StageTimings", "sign_and_send_batch"]
