"""A small virtual smart card for the vsmartcard-vpcd reader driver of pcscd: connected, it is a card
in the reader ("Virtual PCD 00 00" listens on TCP 35963, "00 01" on 35964); closed, the card is pulled out.

The vpcd protocol (the vsmartcard "vicc" is not packaged for Python here, so it is written out): every
message either way is a 2-byte big-endian length and that many bytes. From vpcd, a one-byte message is a
command (0x00 power off, 0x01 power on, 0x02 reset, 0x04 "send your ATR", answered with the ATR); a
longer one is a command APDU, answered with a response APDU (here always 90 00, "done").
"""

from __future__ import annotations

import contextlib
import fcntl
import os
import socket
import struct
import threading
import time
from collections.abc import Iterator
from pathlib import Path

from smartcard import scard

VPCD_HOST = "127.0.0.1"
# vpcd's first reader, "Virtual PCD 00 00": the test run's own pcscd's (tests/helpers/private_pcscd.py), else the
# system's (/etc/reader.conf.d/vpcd: CHANNELID 0x8C7B).
VPCD_PORT = int(os.environ.get("BSCLIENT_VPCD_PORT", "35963"))
VPCD_READER = "Virtual PCD 00 00"
# T=0 then T=1 offered, no historical bytes, check byte: a minimal well-formed ATR.
ATR = bytes.fromhex("3B80800101")

POWER_OFF, POWER_ON, RESET, GET_ATR = 0x00, 0x01, 0x02, 0x04


class VirtualCard:
    """`insert()` connects to vpcd, `remove()` closes the connection; answers vpcd on its own thread."""

    def __init__(self, host: str = VPCD_HOST, port: int = VPCD_PORT, atr: bytes = ATR) -> None:
        self.host, self.port, self.atr = host, port, atr
        self.apdus: list[bytes] = []  # command APDUs received, for tests that want to see them
        self.powered = False
        self._socket: socket.socket | None = None
        self._thread: threading.Thread | None = None

    @property
    def inserted(self) -> bool:
        return self._socket is not None

    def insert(self, timeout: float = 10.0) -> None:
        if self._socket is not None:
            return
        deadline = time.monotonic() + timeout
        while True:
            try:
                sock = socket.create_connection((self.host, self.port), timeout=2)
                break
            except OSError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.2)  # vpcd opens its port again shortly after a card left
        sock.settimeout(None)
        self._socket = sock
        self._thread = threading.Thread(target=self._serve, args=(sock,), name="virtual-card", daemon=True)
        self._thread.start()

    def remove(self) -> None:
        sock, self._socket = self._socket, None
        if sock is None:
            return
        with contextlib.suppress(OSError):
            sock.shutdown(socket.SHUT_RDWR)
        sock.close()
        if self._thread is not None:
            self._thread.join(timeout=5)
        self.powered = False

    def _serve(self, sock: socket.socket) -> None:
        try:
            while True:
                message = _receive(sock)
                if message is None:
                    return
                if len(message) == 1:
                    command = message[0]
                    if command == GET_ATR:
                        _send(sock, self.atr)
                    elif command in (POWER_ON, RESET):
                        self.powered = True
                    elif command == POWER_OFF:
                        self.powered = False
                else:
                    self.apdus.append(message)
                    _send(sock, b"\x90\x00")
        except OSError:
            return  # removed while vpcd was talking to it

    def __enter__(self) -> VirtualCard:
        self.insert()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.remove()


def _receive(sock: socket.socket) -> bytes | None:
    header = _exactly(sock, 2)
    if header is None:
        return None
    (length,) = struct.unpack(">H", header)
    return _exactly(sock, length)


def _exactly(sock: socket.socket, count: int) -> bytes | None:
    data = b""
    while len(data) < count:
        chunk = sock.recv(count - len(data))
        if not chunk:
            return None
        data += chunk
    return data


def _send(sock: socket.socket, payload: bytes) -> None:
    sock.sendall(struct.pack(">H", len(payload)) + payload)


@contextlib.contextmanager
def vpcd_reader(port: int = VPCD_PORT) -> Iterator[None]:
    """Hold vpcd's reader for this process (runs that use the system's pcscd share its readers)."""
    lock = Path(f"/tmp/bsclient-vpcd-{port}.lock")
    with lock.open("w") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def wait_until_pcsc_sees(*, present: bool) -> None:
    """pcscd polls vpcd: wait until it has noticed the card come or go."""
    hresult, context = scard.SCardEstablishContext(scard.SCARD_SCOPE_USER)
    assert hresult == scard.SCARD_S_SUCCESS
    try:
        state = scard.SCARD_STATE_UNAWARE
        for _ in range(100):
            hresult, result = scard.SCardGetStatusChange(context, 200, [(VPCD_READER, state)])
            assert hresult in (scard.SCARD_S_SUCCESS, scard.SCARD_E_TIMEOUT), scard.SCardGetErrorMessage(hresult)
            state = result[0][1] & ~scard.SCARD_STATE_CHANGED
            if bool(state & scard.SCARD_STATE_PRESENT) == present:
                return
        raise AssertionError(f"pcscd never saw the virtual card {'in' if present else 'out'}")
    finally:
        scard.SCardReleaseContext(context)
