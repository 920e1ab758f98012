"""Batch signing (R9.2): many drafts signed with the carrier session opened at sign-in (the PIN is
entered once) and sent to the bank; one invalid document does not stop the others.

`BatchSigning` runs three named steps. SIGN: the drafts are read, checked and canonicalised first, all
at once (`_prepare`, 0.04 ms a draft); then the signing thread signs one document after another (the
CMS around the carrier's raw signature is cheap: see bsclient.crypto.prepared_cms) and gathers the
signed documents into groups (up to CHUNK, or what GROUP_WAIT brings; the last CHUNK documents in
groups of TAIL_GROUP), each handed to one of two sender threads; a sender takes the groups waiting
for it together, up to CHUNK documents. RECORD: the sender records the group's signatures in the
local store and marks them sent in one transaction (group commit: one disk sync for the group).
POST: the sender sends the group in one request (POST documents:batch, each document checked and
answered alone by the bank) and records the bank's answers, one commit per group. The signing thread
is the carrier's token thread when the caller gives `run_signing=carrier.run_signing` (no hand-over
per signature), else the caller's; it neither waits for the disk nor calls the bank, so the carrier
signs while groups are recorded and sent.
A bank without the batch call gets one PUT per document (workflow.send) from the senders.

Cancelling stops the signing between documents; what is already signed is still recorded and
sent (the document id is the bank's idempotency key, so a document sent again is never paid
twice), what is not stays a draft. Nothing is left half-done.

Run it off the GUI thread; `run` (and `sign_and_send_batch`) blocks until every document has its result.
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

from bsclient.client.carrier import TokenError
from bsclient.client.documents.payment_order import PaymentOrder
from bsclient.client.documents.record import BANK_STATUSES, DocumentRecord, DocumentStatus
from bsclient.client.documents.store import DocumentStore, StoredForm
from bsclient.client.documents.workflow import send
from bsclient.client.models import DocumentState
from bsclient.client.session.bank_api import BankApi
from bsclient.client.session.bank_errors import BankError, BankUnreachableError
from bsclient.crypto import Signer, canonical_bytes
from bsclient.crypto.prepared_cms import PreparedSigner
from bsclient.messages import QT_TRANSLATE_NOOP, ClerkError, Message
from bsclient.rules import ValidationError, validate_payment_order

SEND_THREADS = 2
# Documents in one group (one store transaction, one request) at most: the bank's batch limit.
CHUNK = 50
# How long a sender waits for more signed documents to join a group: each group costs a request and
# two commits, so groups of one (a sender always idle) would cost more than the signing.
GROUP_WAIT = 0.05  # seconds
# Signed documents not yet recorded at most: bounds what a Cancel still has to record and send.
MAX_IN_FLIGHT = 4 * CHUNK
# The last CHUNK documents go in groups of this many: what is left after the last signature is then one
# small group to record, send and answer (a group of 50 takes tens of milliseconds), not a full one.
TAIL_GROUP = 10
_NO_BATCH_CALL = frozenset({404, 405})  # a bank older than POST documents:batch


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


def carrier_lost_reason() -> Message:
    return Message("Batch", QT_TRANSLATE_NOOP(
        "Batch", "Not signed: the key carrier was taken out or stopped answering before this document. It is "
                 "still a draft and nothing of it went to the bank; sign it again once the carrier is back."))


def _error_message(exc: BaseException) -> Message:
    if isinstance(exc, ClerkError):
        return exc.message
    return Message("Batch", QT_TRANSLATE_NOOP(
        "Batch", "An unexpected error stopped this document: {error}. Its status in the list is where it stands."),
        {"error": str(exc) or type(exc).__name__})


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


@dataclass
class _Signed:
    """A document for a sender: signed now (`content`, `signature`), or signed or sent before (None)."""

    index: int
    order: PaymentOrder
    content: bytes | None = None
    signature: bytes | None = None
    recorded: bool = False  # the signature is in the store already


@dataclass(frozen=True)
class _Alone:
    """A sender's job: one document recorded (if signed now) and sent by itself (workflow.send)."""

    item: _Signed


@dataclass(frozen=True)
class _Group:
    """A sender's job: documents recorded together (RECORD), then sent in one request (POST)."""

    items: list[_Signed]


@dataclass(frozen=True)
class _Post:
    """Recorded documents in one request; `records` holds those signed before."""

    items: list[_Signed]
    records: dict[str, DocumentRecord | None]


_Job = _Alone | _Group
_Answers = list[tuple[_Signed, DocumentState]]  # the bank's states a POST brought, for RECORD


@dataclass(frozen=True)
class _Ready:
    """A draft as the store holds it when prepared (as given when not stored), with its canonical bytes
    or what stops it from being signed."""

    order: PaymentOrder
    content: bytes = b""
    failure: Exception | None = None


class _Ledger:
    """Each document's result, in order, and the progress told as they come (from any thread)."""

    def __init__(self, total: int, progress: Progress | None) -> None:
        self.total = total
        self._progress = progress
        self._results: list[BatchResult | None] = [None] * total
        self._done = 0
        self._lock = threading.Lock()

    def report(self, index: int, result: BatchResult) -> None:
        with self._lock:
            self._results[index] = result
            self._done += 1
            event = BatchProgress(self._done, self.total, None, result)
        self._tell(event)

    def signing(self, number: str) -> None:
        with self._lock:
            event = BatchProgress(self._done, self.total, number)
        self._tell(event)

    def finish(self) -> list[BatchResult]:
        with self._lock:
            event = BatchProgress(self._done, self.total, None)
            results = [r for r in self._results if r is not None]
        self._tell(event)
        return results

    def _tell(self, event: BatchProgress) -> None:
        if self._progress is not None:
            self._progress(event)


class _Senders:
    """The sender threads and their two queues. Only the signing thread hands jobs and takes answers."""

    def __init__(self, run_job: Callable[[_Job], None], threads: int) -> None:
        self._run_job = run_job
        self._jobs: queue.SimpleQueue[tuple[_Job, int] | None] = queue.SimpleQueue()
        # One answer per job, always: (documents in the job, what stopped it short if anything did).
        self._answered: queue.SimpleQueue[tuple[int, BaseException | None]] = queue.SimpleQueue()
        self.jobs = 0        # handed over, not done yet
        self.documents = 0   # in those jobs
        self._pool = ThreadPoolExecutor(max_workers=threads, thread_name_prefix="batch-send")
        self._running: list[Future[None]] = [self._pool.submit(self._serve) for _ in range(threads)]

    def hand(self, job: _Job, count: int) -> None:
        self.jobs += 1
        self.documents += count
        self._jobs.put((job, count))

    def take_answers(self, *, block: bool) -> None:
        """Counts the jobs the senders have done (waiting for one when `block`); raises what stopped one."""
        if not block and self._answered.empty():  # between two signatures, mostly: no Empty raised for it
            return
        while self.jobs:
            try:
                count, stopped = self._answered.get() if block else self._answered.get_nowait()
            except queue.Empty:
                return
            self.jobs -= 1
            self.documents -= count
            if stopped is not None:
                raise stopped
            block = False

    def close(self) -> None:
        for _ in self._running:
            self._jobs.put(None)  # one stop per sender, after every job
        for future in self._running:
            future.result()
        self._pool.shutdown(wait=True)

    def _serve(self) -> None:
        carried: tuple[_Job, int] | None = None
        while (handed := carried or self._jobs.get()) is not None:
            taken, carried = self._with_waiting_groups(handed)
            self._run(taken)

    def _with_waiting_groups(self, first: tuple[_Job, int]) -> tuple[list[tuple[_Job, int]], tuple[_Job, int] | None]:
        """`first` and the groups waiting behind it, up to CHUNK documents, for one request (they waited
        while both senders were busy, and the bank takes one request at a time); and the job taken that
        did not fit, to run next."""
        taken, documents = [first], first[1]
        if not isinstance(first[0], _Group):
            return taken, None
        while True:
            try:
                waiting = self._jobs.get_nowait()
            except queue.Empty:
                return taken, None
            if waiting is None:
                self._jobs.put(None)  # a stop, for after these
                return taken, None
            if not isinstance(waiting[0], _Group) or documents + waiting[1] > CHUNK:
                return taken, waiting
            taken.append(waiting)
            documents += waiting[1]

    def _run(self, taken: list[tuple[_Job, int]]) -> None:
        """The jobs taken, as one; one answer each (what stopped them with the first)."""
        stopped: BaseException | None = None
        try:
            self._run_job(taken[0][0] if len(taken) == 1 else
                          _Group([item for job, _ in taken if isinstance(job, _Group) for item in job.items]))
        except BaseException as exc:  # handed to the signing thread, which raises it
            stopped = exc
        for _, count in taken:
            self._answered.put((count, stopped))
            stopped = None


class BatchSigning:
    """One batch: `run()` signs and sends `orders` (drafts; signed or sent ones are only sent again),
    one result each, in order. Its steps are `sign` one document, `record` a group (and the bank's
    answers), `post` a group; see the module's notes for which thread runs which.

    A draft is signed as the store holds it when the batch starts (one not stored yet is saved when
    signed); the bank gets each document's id once, however often the batch is run. `signer` makes
    the raw signatures (the carrier's) and `run_signing(loop)` runs the signing loop where they are
    cheapest (Carrier.run_signing; by default on the caller's thread); `progress` is called from worker
    threads; setting `cancel` stops the signing between documents.
    """

    def __init__(self, store: DocumentStore, api: BankApi, orders: Sequence[PaymentOrder], signer: Signer,
                 signer_name: str, *, progress: Progress | None = None, cancel: threading.Event | None = None,
                 timings: StageTimings | None = None, send_threads: int = SEND_THREADS,
                 run_signing: Callable[[Callable[[], None]], None] | None = None) -> None:
        self._store = store
        self._run_signing = run_signing or _here
        self._api = api
        self._orders = list(orders)
        self._signer_name = signer_name
        self._cancel = cancel or threading.Event()
        self._clock = timings or _NoTimings()
        # The certificate's parts of the CMS are encoded once for the whole batch.
        self._cms = PreparedSigner(_Timed(signer, self._clock))
        self._ledger = _Ledger(len(self._orders), progress)
        self._send_threads = max(1, send_threads)
        self._batch_call = hasattr(api, "submit_documents")  # False once the bank says it has no batch call
        self._stored: dict[str, StoredForm] = {}  # the stored documents as they were when the batch started
        self._group: list[_Signed] = []
        self._group_started = 0.0
        # Why the signing stopped early: the clerk cancelled, or the carrier failed.
        self._stopped: tuple[BatchOutcome, Message] | None = None

    def run(self) -> list[BatchResult]:
        clock = self._clock
        with clock.stage("store: read the drafts"):
            self._stored = self._store.as_stored([order.id for order in self._orders])
        with clock.stage("(wall) prepare the drafts: decode, validate, canonical JSON"):
            ready = self._prepare_all()
        senders = _Senders(self._job, self._send_threads)
        try:
            with clock.stage("(wall) the signing loop, first to last signature"):
                self._run_signing(lambda: self._sign_all(senders, ready))
            with clock.stage("(wall) after the last signature: the last groups"):
                while senders.jobs:
                    senders.take_answers(block=True)
        finally:
            senders.close()
        return self._ledger.finish()

    # --- SIGN, on the signing thread -------------------------------------------------------------

    def _sign_all(self, senders: _Senders, ready: dict[int, _Ready]) -> None:
        self._sign_each(senders, ready)
        self._flush(senders)

    def _prepare_all(self) -> dict[int, _Ready]:
        """Each document to sign (a draft when the batch started, or one not stored yet) prepared, by
        its index; up to a Cancel. All before the first signature: done beside the signing instead, on
        a thread of its own, the same work took three times the processor time and slowed the carrier's
        signatures waiting for the interpreter lock (bench/batch_sign.py)."""
        ready: dict[int, _Ready] = {}
        for index, order in enumerate(self._orders):
            if self._cancel.is_set():
                break
            if self._status_of(order) in (None, DocumentStatus.DRAFT):
                ready[index] = self._prepare(order)
        return ready

    def _sign_each(self, senders: _Senders, ready: dict[int, _Ready]) -> None:
        for index, order in enumerate(self._orders):
            self._between_documents(senders, left=len(self._orders) - index)
            if self._stopped is None and self._cancel.is_set():
                self._stopped = (BatchOutcome.CANCELLED, cancelled_reason())
            if self._stopped is not None:
                outcome, reason = self._stopped
                self._ledger.report(index, BatchResult(order.id, order.number, outcome, self._status_of(order), reason))
                continue
            if self._status_of(order) not in (None, DocumentStatus.DRAFT):
                self._gather(_Signed(index, order))  # signed or sent before: only the send (again, idempotent) is left
                continue
            signed = self.sign(index, ready.pop(index))
            if signed is not None:
                self._gather(signed)

    def _prepare(self, given: PaymentOrder) -> _Ready:
        """A draft as stored when the batch started (an editor may have saved it since the list was
        read), checked, and its canonical bytes: what signing needs besides the carrier."""
        order = given
        try:
            stored = self._stored.get(given.id)
            if stored is not None:
                order = stored.order()
            problems = validate_payment_order(order, None)
            if problems:
                raise ValidationError(invalid_reason(problems), problems)
            return _Ready(order, canonical_bytes(order.to_content()))
        except Exception as exc:  # said when its turn to be signed comes
            return _Ready(order, failure=exc)

    def sign(self, index: int, ready: _Ready) -> _Signed | None:
        """Sign one prepared draft; None when it was not signed, its result reported."""
        order = ready.order
        self._ledger.signing(order.number)
        try:
            if ready.failure is not None:
                raise ready.failure
            content = ready.content
            signature = self._cms.sign(content)
        except ValidationError as exc:
            self._ledger.report(index, BatchResult(order.id, order.number, BatchOutcome.INVALID, self._status_of(order),
                                                   invalid_reason(exc.problems) if exc.problems else exc.message,
                                                   dict(exc.problems)))
            return None
        except Exception as exc:
            reason = _error_message(exc)
            self._ledger.report(index, BatchResult(order.id, order.number, BatchOutcome.FAILED, self._status_of(order),
                                                   reason))
            if isinstance(exc, TokenError):  # the carrier is gone or locked: the others cannot be signed
                self._stopped = (BatchOutcome.FAILED, carrier_lost_reason())
            return None
        return _Signed(index, order, content, signature)

    def _status_of(self, order: PaymentOrder) -> DocumentStatus | None:
        stored = self._stored.get(order.id)
        return stored.status if stored is not None else None

    def _gather(self, item: _Signed) -> None:
        if not self._group:
            self._group_started = time.monotonic()
        self._group.append(item)

    def _between_documents(self, senders: _Senders, *, left: int) -> None:
        """Count the jobs done, hand a full or old group over, and wait while too many documents are
        not done. `left`: the documents not through the signing loop yet."""
        senders.take_answers(block=False)
        group, full = self._group, CHUNK if left > CHUNK else TAIL_GROUP
        if group and (len(group) >= full or time.monotonic() - self._group_started >= GROUP_WAIT):
            self._flush(senders)
        while senders.documents + len(self._group) >= MAX_IN_FLIGHT and senders.jobs:
            senders.take_answers(block=True)

    def _flush(self, senders: _Senders) -> None:
        """Hands the signed documents gathered so far to a sender, which records them first."""
        items, self._group = self._group, []
        if not items:
            return
        if not self._batch_call:
            for item in items:
                senders.hand(_Alone(item), 1)
            return
        senders.hand(_Group(items), len(items))

    # --- RECORD, on a sender ---------------------------------------------------------------------

    def record(self, group: list[_Signed]) -> tuple[_Post | None, list[_Signed]]:
        """The group's new signatures recorded and the group marked sent, in one commit. Answers the
        request for the documents to send together, and those to do alone (`send_alone` says why)."""
        store, clock = self._store, self._clock
        # Only documents the bank has not answered about yet go out (as workflow.send does).
        records = {item.order.id: store.get(item.order.id) for item in group if item.content is None}
        alone: list[_Signed] = []
        to_send: list[_Signed] = []
        for item in group:
            record = records.get(item.order.id)
            if item.content is None and (record is None or record.status in BANK_STATUSES or record.content is None):
                alone.append(item)  # answered before (or never signed): workflow.send returns it as it is
            else:
                to_send.append(item)
        if not to_send:
            return None, alone
        with clock.stage("store: record the signatures, mark sent (group)"):
            after = store.record_batch(signed=[(item.order, item.content, [item.signature], self._signer_name)
                                               for item in to_send
                                               if item.content is not None and item.signature is not None],
                                       sent=[item.order.id for item in to_send])
        posted: list[_Signed] = []
        for item in to_send:
            if after.get(item.order.id) != DocumentStatus.SENT:
                alone.append(item)  # cannot be signed or sent now: send_alone says why
            elif item.content is None:
                posted.append(item)
            else:  # recorded: done alone from here on, it is only sent (not signed again)
                posted.append(_Signed(item.index, item.order, item.content, item.signature, True))
        return (_Post(posted, records) if posted else None), alone

    def _record_answers(self, answers: _Answers) -> None:
        """The states the bank gave in one commit."""
        if not answers:
            return
        store, ledger = self._store, self._ledger
        try:
            with self._clock.stage("store: the bank's answers (group)"):
                applied = store.record_batch(states=[state for _, state in answers])
        except Exception as exc:
            for item, _ in answers:
                ledger.report(item.index, self._failed(item, exc))
            return
        for item, state in answers:
            status = applied.get(item.order.id)
            if status is None:  # the store's rules kept it as it was: say where it stands
                current = store.get(item.order.id)
                ledger.report(item.index, BatchResult(item.order.id, item.order.number, BatchOutcome.SENT,
                                                      current.status if current else None,
                                                      current.reason if current else None))
            else:
                ledger.report(item.index, BatchResult(item.order.id, item.order.number, BatchOutcome.SENT, status,
                                                      state.reason if status == state.status else None))

    # --- POST, on a sender -----------------------------------------------------------------------

    def _job(self, job: _Job) -> None:
        if isinstance(job, _Alone):
            self._ledger.report(job.item.index, self.send_alone(job.item))
            return
        try:
            post, alone = self.record(job.items)
        except Exception:  # the store refused the group: each document alone says why
            post, alone = None, job.items
        for item in alone:
            self._ledger.report(item.index, self.send_alone(item))
        if post is None:
            return
        try:
            answers = self.post(post)
        except Exception as exc:  # unexpected: each document of the request says so
            for item in post.items:
                self._ledger.report(item.index, self._failed(item, exc))
            return
        self._record_answers(answers)

    def post(self, job: _Post) -> _Answers:
        """One request. A document refused alone, or all of them when the whole request fails, is
        reported here; the states the bank gave are answered, for _record_answers."""
        documents = []
        for item in job.items:
            if item.content is not None and item.signature is not None:
                documents.append((item.order.id, item.content, [item.signature]))
            else:
                record = job.records[item.order.id]
                assert record is not None and record.content is not None  # record() sent only these
                documents.append((record.id, record.content, record.signatures))
        try:
            with self._clock.stage("send (HTTPS POST documents:batch + bank)"):
                answers = self._api.submit_documents(documents)
        except BankError as exc:
            self._request_failed(job, exc)
            return []
        states: _Answers = []
        for item, answer in zip(job.items, answers, strict=True):
            if isinstance(answer, BankError):  # refused alone (malformed, id reused): back to signed
                self._not_taken(item, answer)
            else:
                states.append((item, answer))
        return states

    def _request_failed(self, job: _Post, exc: BankError) -> None:
        if exc.http_status in _NO_BATCH_CALL and not isinstance(exc, BankUnreachableError):
            self._batch_call = False  # an older bank: one PUT per document from now on
            for item in job.items:
                self._ledger.report(item.index, self.send_alone(item))
            return
        for item in job.items:  # the whole request went wrong: each document says so
            # A lost answer leaves it sent (sent again, it is paid once); a refusal: definitely not taken.
            self._not_taken(item, exc, taken_maybe=isinstance(exc, BankUnreachableError))

    def _not_taken(self, item: _Signed, exc: BankError, *, taken_maybe: bool = False) -> None:
        """Reports the refusal of `item`, back to signed unless the bank may have taken it."""
        try:
            if not taken_maybe:
                self._store.mark_not_sent(item.order.id)
            self._ledger.report(item.index, self._failed(item, exc))
        except Exception as inner:
            self._ledger.report(item.index, self._failed(item, inner))

    def send_alone(self, item: _Signed) -> BatchResult:
        """One document by itself: record its signature, then send it (workflow.send, one PUT)."""
        order, store = item.order, self._store
        try:
            if item.content is not None and item.signature is not None and not item.recorded:
                with self._clock.stage("store: record the signature"):
                    if order.id not in self._stored and store.get(order.id) is None:
                        store.save_draft(order)
                    store.mark_signed(order.id, item.content, [item.signature], self._signer_name)
            with self._clock.stage("send (store + HTTPS PUT + bank)"):
                record = send(self._api, store, order.id)
            return BatchResult(order.id, order.number, BatchOutcome.SENT, record.status, record.reason)
        except Exception as exc:  # reported for this document; the others go on
            return self._failed(item, exc)

    def _failed(self, item: _Signed, exc: BaseException) -> BatchResult:
        current = self._store.get(item.order.id)
        return BatchResult(item.order.id, item.order.number, BatchOutcome.FAILED,
                           current.status if current else None, _error_message(exc))


def sign_and_send_batch(store: DocumentStore, api: BankApi, orders: Sequence[PaymentOrder], signer: Signer,
                        signer_name: str, *, progress: Progress | None = None, cancel: threading.Event | None = None,
                        timings: StageTimings | None = None, send_threads: int = SEND_THREADS,
                        run_signing: Callable[[Callable[[], None]], None] | None = None) -> list[BatchResult]:
    """`BatchSigning(...).run()`: signs and sends `orders`, one result each, in order."""
    return BatchSigning(store, api, orders, signer, signer_name, progress=progress, cancel=cancel,
                        timings=timings, send_threads=send_threads, run_signing=run_signing).run()


def _here(loop: Callable[[], None]) -> None:
    loop()


__all__ = ["BatchOutcome", "BatchProgress", "BatchResult", "BatchSigning", "StageTimings", "sign_and_send_batch"]
