"""Opening the carrier for signing, at sign-in and again after the carrier lock: the PIN, a new key that
still waits for the bank collected, the signing key chosen and, at sign-in, the bank's login challenge
signed (R8.2). Each step on the token goes through the Carrier; each call to the bank runs on the
caller's thread (a background worker), never on the token thread."""

from __future__ import annotations

from collections.abc import Callable

from bsclient.client.carrier import Carrier, Pin, signing_key
from bsclient.client.session.key_request import KeyRequest

# The remembered key request whose key is on the opened carrier, asked about again (key_request.collect_waiting).
CollectWaiting = Callable[[Carrier], KeyRequest | None]
# The login's proof: signs the bank's challenge with the carrier's signing key and sends it.
Prove = Callable[[Carrier], object]


def open_for_signing(carrier: Carrier, pin: Pin, *, serial: str, label: str | None = None, collect_waiting: CollectWaiting | None = None,
                     prove: Prove | None = None) -> None:
    """Log in to the carrier `serial` and choose the key to sign with; the session is closed again when a
    step fails, so the clerk may try again. A clerk whose only key waits for the bank comes in unable to
    sign (`carrier.key_waiting`), unless the bank wants the carrier's proof, which that key cannot give."""
    carrier.open(pin, label=label, serial=serial)  # both: some vendors give every token one serial
    try:
        waiting = collect_waiting(carrier) if collect_waiting is not None else None
        keys = carrier.key_pairs()
        if (waiting is not None and not waiting.installed and prove is None
                and not any(key.certificate_der for key in keys)):
            carrier.await_key(waiting.request_id)
            return
        carrier.use_key(signing_key(keys))
        if prove is not None:
            prove(carrier)
    except BaseException:
        carrier.close_session()
        raise
