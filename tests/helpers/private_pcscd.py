"""The test run's own PC/SC service: a pcscd with its own vsmartcard-vpcd readers, so that a virtual card
inserted by this run is seen by this run only (other runs on the machine share the system's pcscd).

pcsc-lite 1.9 puts its socket and pid file in /run/pcscd whatever the environment says, and refuses to
start while another pcscd's pid file is there. So the private pcscd runs in a mount namespace of its own
(`unshare --mount`, root only) where a directory of this run is bound over /run/pcscd: the socket lands
in that directory, and the run's clients find it through PCSCLITE_CSOCK_NAME (libpcsclite reads it once,
at the first context, so it is set before any test runs). Its vpcd listens on two free TCP ports,
exported as BSCLIENT_VPCD_PORT for tests/helpers/virtual_card.py. Where this cannot be done (not root, no
unshare, no vpcd driver), the run uses the system's pcscd as before.
"""

from __future__ import annotations

import os
import random
import shutil
import socket
import subprocess
import time
from pathlib import Path

VPCD_DRIVER = Path("/usr/lib/pcsc/drivers/serial/libifdvpcd.so")
PORT_VARIABLE = "BSCLIENT_VPCD_PORT"


def _pcscd_binary() -> str | None:
    found = shutil.which("pcscd") or "/usr/sbin/pcscd"
    return found if Path(found).exists() else None


def possible() -> bool:
    """Root, unshare that works here, setpriv, pcscd and the vpcd driver."""
    if (os.geteuid() != 0 or _pcscd_binary() is None or not VPCD_DRIVER.exists()
            or not shutil.which("unshare") or not shutil.which("setpriv")):
        return False
    probe = subprocess.run(["unshare", "--mount", "--propagation", "private", "true"], capture_output=True)
    return probe.returncode == 0


def _free_port_pair() -> int:
    """A port p with p and p + 1 both free (vpcd's two readers listen on CHANNELID and CHANNELID + 1).

    Taken below the kernel's ephemeral range: pcscd starts when a test first needs it, long after the port
    is chosen, and meanwhile the run's thousands of connections to test banks take ephemeral ports (and
    keep them in TIME_WAIT), so a port from that range could be taken by then."""
    low = _ephemeral_range_start()
    below = range(max(1024, low - 12000), max(1024, low - 1))
    for _ in range(200):
        port = random.choice(below) if below else _ephemeral_port()
        if port < 65535 and _bindable(port) and _bindable(port + 1):
            return port
    raise RuntimeError("no two free TCP ports in a row for vpcd")


def _ephemeral_range_start() -> int:
    try:
        return int(Path("/proc/sys/net/ipv4/ip_local_port_range").read_text().split()[0])
    except (OSError, ValueError, IndexError):
        return 32768  # Linux's default


def _ephemeral_port() -> int:
    with socket.socket() as probe:
        probe.bind(("0.0.0.0", 0))
        return int(probe.getsockname()[1])


def _bindable(port: int) -> bool:
    with socket.socket() as probe:
        try:
            probe.bind(("0.0.0.0", port))
        except OSError:
            return False
    return True


class PrivatePcscd:
    """Prepared in pytest_configure (environment only); `start()` when a test first needs PC/SC."""

    def __init__(self, directory: Path) -> None:
        self.directory = directory
        self.run_dir = directory / "run"
        self.socket = self.run_dir / "pcscd.comm"
        self.port = _free_port_pair()
        self._process: subprocess.Popen[bytes] | None = None

    def export(self) -> None:
        os.environ["PCSCLITE_CSOCK_NAME"] = str(self.socket)
        os.environ[PORT_VARIABLE] = str(self.port)

    def start(self) -> None:
        if self._process is not None and self._process.poll() is None:
            return
        pcscd = _pcscd_binary()
        assert pcscd is not None
        conf = self.directory / "reader.conf.d"
        conf.mkdir(parents=True, exist_ok=True)
        self.run_dir.mkdir(parents=True, exist_ok=True)
        (conf / "vpcd").write_text(
            f'FRIENDLYNAME "Virtual PCD"\nDEVICENAME   /dev/null:0x{self.port:04X}\n'
            f"LIBPATH      {VPCD_DRIVER}\nCHANNELID    0x{self.port:04X}\n", encoding="utf-8")
        log = (self.directory / "pcscd.log").open("wb")
        command = (f"mount --bind '{self.run_dir}' /run/pcscd && "
                   f"exec '{pcscd}' --foreground --config '{conf}'")
        # setpriv: pcscd ends when the test run ends, however it ends (the parent-death signal)
        self._process = subprocess.Popen(
            ["setpriv", "--pdeathsig", "TERM", "unshare", "--mount", "--propagation", "private", "sh", "-c", command],
            stdout=log, stderr=subprocess.STDOUT)
        deadline = time.monotonic() + 20
        while not (self.socket.exists() and _listening(self.port)):
            if self._process.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError(f"the test run's pcscd did not start: see {self.directory / 'pcscd.log'}")
            time.sleep(0.1)

    def stop(self) -> None:
        process, self._process = self._process, None
        if process is None:
            return
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def _listening(port: int) -> bool:
    """Whether something listens on TCP `port` (read from /proc: connecting would be a card to vpcd)."""
    wanted = f":{port:04X}"
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        try:
            lines = Path(table).read_text().splitlines()[1:]
        except OSError:
            continue
        if any(fields[1].endswith(wanted) and fields[3] == "0A" for fields in (line.split() for line in lines)):
            return True
    return False
