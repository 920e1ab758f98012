"""Batch signing (R9.2): many drafts signed with the carrier session opened at sign-in (the PIN is
entered once) and sent to the bank; one invalid document does not stop the others.

The pipeline: the token thread checks and signs one document after another (the CMS around the
carrier's signature is cheap: see bsclient.crypto.prepared_cms) and hands each signature to a few
sender threads, which record it in the local store and only then send the document, so that
signing the next document overlaps storing and sending the previous ones.

Cancelling stops the signing between documents; what is already signed is still recorded and
sent (the document id is the bank's idempotency key, so a document sent again is never paid
twice), what is not stays a draft. Nothing is left half-done.

Run `sign_and_send_batch` off the GUI thread; it blocks until every document has its result.
"""

from __future__ import annotations

import threading
import time
from collections import defaultdict
from collections.abc import Callable, Iterator, Mapping, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field
from enum import StrEnum

from bsclient.crypto import Signer, canonical_bytes
from bsclient.crypto.prepared_cms import PreparedSigner
from bsclient.messages import QT_TRANSLATE_NOOP, ClerkError, Message
from bsclient.token.errors import TokenError
from bsclient.token.thread import TokenThread

from .bank_api import BankApi
from .documents import DocumentStatus
from .payment_order import PaymentOrder
from .store import DocumentStore
from .validation import ValidationError, validate_payment_order
from .workflow import send

SEND_THREADS = 4
# Signed documents waiting for their send at most: bounds what a Cancel still has to send.
MAX_IN_FLIGHT = 8


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
    in_flight = threading.BoundedSemaphore(MAX_IN_FLIGHT)

    def report(index: int | None, result: BatchResult | None, signing: str | None) -> None:
        nonlocal done
        with lock:
            if index is not None:
                results[index] = result
                done += 1
            event = BatchProgress(done, total, signing, result)
        if progress is not None:
            progress(event)

    def record_and_send(index: int, order: PaymentOrder, signed: tuple[bytes, bytes] | None) -> None:
        """Records the signature (before anything goes out), then sends: on a sender thread."""
        try:
            if signed is not None:
                with clock.stage("store: record the signature"):
                    if stored[order.id] is None:
                        store.save_draft(order)
                    store.mark_signed(order.id, signed[0], [signed[1]], signer_name)
            with clock.stage("send (store + HTTPS PUT + bank)"):
                record = send(api, store, order.id)
            result = BatchResult(order.id, order.number, BatchOutcome.SENT, record.status, record.reason)
        except Exception as exc:  # reported for this document; the others go on
            current = store.get(order.id)
            result = BatchResult(order.id, order.number, BatchOutcome.FAILED,
                                 current.status if current else None, _error_message(exc))
        finally:
            in_flight.release()
        report(index, result, None)

    senders = ThreadPoolExecutor(max_workers=max(1, send_threads), thread_name_prefix="batch-send")
    pending: list[Future[None]] = []

    def status_of(order: PaymentOrder) -> DocumentStatus | None:
        record = stored[order.id]
        return record.status if record is not None else None

    def sign_all() -> None:
        """On the token thread: check, canonicalise and sign; the store and the bank are the senders' part."""
        # Why the signing stopped early: the clerk cancelled, or the carrier failed.
        stopped: tuple[BatchOutcome, Message] | None = None
        for index, order in enumerate(orders):
            if stopped is None and cancel.is_set():
                stopped = (BatchOutcome.CANCELLED, cancelled_reason())
            if stopped is not None:
                report(index, BatchResult(order.id, order.number, stopped[0], status_of(order), stopped[1]), None)
                continue
            record = stored[order.id]
            if record is not None and record.status != DocumentStatus.DRAFT:
                in_flight.acquire()  # signed or sent before: only the send (again, idempotent) is left
                pending.append(senders.submit(record_and_send, index, order, None))
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
                in_flight.acquire()
                try:
                    with clock.stage("CMS (incl. the token's signature)"):
                        signature = cms_signer.sign(content)
                except BaseException:
                    in_flight.release()
                    raise
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
            pending.append(senders.submit(record_and_send, index, order, (content, signature)))

    try:
        # The whole signing loop runs on the token thread: no hand-over per signature.
        if token_thread is None or token_thread.is_current():
            sign_all()
        else:
            token_thread.submit(sign_all).result()
    finally:
        for future in list(pending):
            future.exception()  # record_and_send reports its own failures
        senders.shutdown(wait=True)
    if progress is not None:
        progress(BatchProgress(done, total, None))
    return [r for r in results if r is not None]


__all__ = ["BatchOutcome", "BatchProgress", "BatchResult", "StageTimings", "sign_and_send_batch"]
