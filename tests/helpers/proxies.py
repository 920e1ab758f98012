"""Proxies between the client and the test bank: Debian's tinyproxy (a real CONNECT proxy), and an
inspecting proxy that answers the tunnel's TLS itself with a certificate of another CA."""

from __future__ import annotations

import shutil
import socket
import ssl
import subprocess
import threading
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from pathlib import Path

import pytest
import trustme


@dataclass
class RunningProxy:
    url: str
    log: Path

    def connects(self) -> list[str]:
        """The CONNECT requests the proxy has logged ("host:port")."""
        return [line.split("CONNECT ", 2)[-1].split(" ")[0] for line in self.log.read_text().splitlines()
                if "Request" in line and "CONNECT " in line]


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _wait_listening(port: int, process: subprocess.Popen[bytes]) -> None:
    for _ in range(500):
        if process.poll() is not None:
            raise RuntimeError("tinyproxy stopped at start")
        with suppress(OSError), socket.create_connection(("127.0.0.1", port), timeout=0.1):
            return
        threading.Event().wait(0.01)
    raise RuntimeError("tinyproxy did not start listening")


@contextmanager
def tinyproxy(directory: Path) -> Iterator[RunningProxy]:
    """tinyproxy on a free local port, logging every connection to directory/tinyproxy.log."""
    binary = shutil.which("tinyproxy") or shutil.which("tinyproxy", path="/usr/bin:/usr/sbin")
    if binary is None:
        pytest.fail("tinyproxy was not found: install it (apt-get install tinyproxy; installer/setup.sh does)")
    port = _free_port()
    config = directory / "tinyproxy.conf"
    # No ConnectPort line: every port may be tunnelled to (the test bank listens on a free port, not 443).
    config.write_text(f"Port {port}\nListen 127.0.0.1\nTimeout 60\nLogLevel Connect\nMaxClients 20\n"
                      "Allow 127.0.0.1\n", encoding="utf-8")
    log = directory / "tinyproxy.log"
    with log.open("wb") as output:
        process = subprocess.Popen([binary, "-d", "-c", str(config)], stdout=output, stderr=subprocess.STDOUT)
    try:
        _wait_listening(port, process)
        yield RunningProxy(f"http://127.0.0.1:{port}", log)
    finally:
        process.terminate()
        process.wait(timeout=10)


@contextmanager
def inspecting_proxy() -> Iterator[str]:
    """A proxy that accepts CONNECT and then shows its own certificate (another CA's) inside the tunnel,
    as a company's TLS-inspecting proxy does. Yields its http:// address."""
    certificate = trustme.CA().issue_cert("localhost", "127.0.0.1")
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    certificate.configure_cert(context)
    listener = socket.create_server(("127.0.0.1", 0))
    listener.settimeout(0.2)
    stop = threading.Event()

    def serve() -> None:
        while not stop.is_set():
            try:
                client, _ = listener.accept()
            except TimeoutError:
                continue
            with client, suppress(OSError, ssl.SSLError):
                client.settimeout(5)
                head = b""
                while not head.endswith(b"\r\n\r\n"):
                    chunk = client.recv(1)
                    if not chunk:
                        break
                    head += chunk
                client.sendall(b"HTTP/1.1 200 Connection established\r\n\r\n")
                with context.wrap_socket(client, server_side=True) as tls:
                    tls.recv(1)

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{listener.getsockname()[1]}"
    finally:
        stop.set()
        thread.join(timeout=5)
        listener.close()
