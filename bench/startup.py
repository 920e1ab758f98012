"""Start-up time: process start to a usable login window, against a bare PySide6 window.

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/startup.py [--runs N]

Each measurement is a new Python process; the clock runs from just before the process is created
until it prints "ready" from inside the running event loop (the window is shown and the loop
handles events, so a clerk could type). The two run in turn; prints the median of N runs of each and
their ratio.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent

BARE_WINDOW = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv)
window = QMainWindow()
window.show()
QTimer.singleShot(0, lambda: (print("ready", flush=True), app.quit()))
app.exec()
"""

# The client as `bsclient --config` starts it, stopped as soon as its login window is usable.
LOGIN_WINDOW = """
import sys
from pathlib import Path
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from bsclient.client.config import load_config
from bsclient.ui.app import ClientApp
app = QApplication(sys.argv)
client = ClientApp(load_config(Path(sys.argv[1])), on_quit=app.quit)

def report_when_usable():
    if any(w.objectName() == "loginDialog" and w.isVisible() for w in app.topLevelWidgets()):
        print("ready", flush=True)
        app.quit()
    else:
        QTimer.singleShot(1, report_when_usable)

client.start()
QTimer.singleShot(0, report_when_usable)
app.exec()
client.shutdown()
"""


def time_until_ready(code: str, *args: str) -> float:
    env = dict(os.environ, PYTHONPATH=str(REPO))
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    started = time.perf_counter()
    process = subprocess.Popen([sys.executable, "-c", code, *args], stdout=subprocess.PIPE,
                               text=True, env=env, cwd=REPO)
    assert process.stdout is not None
    for line in process.stdout:
        if line.strip() == "ready":
            elapsed = time.perf_counter() - started
            process.wait(timeout=30)
            return elapsed
    raise SystemExit(f"the child exited ({process.wait()}) without becoming ready")


def write_bench_config(directory: Path) -> Path:
    """A client configuration whose bank is never contacted: the login window needs no network."""
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "bench CA")])
    now = dt.datetime.now(dt.UTC)
    ca = (x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(key.public_key())
          .serial_number(1).not_valid_before(now).not_valid_after(now + dt.timedelta(days=1))
          .sign(key, hashes.SHA256()))
    (directory / "ca.pem").write_bytes(ca.public_bytes(serialization.Encoding.PEM))
    config = directory / "config.toml"
    config.write_text(
        '[bank]\nurl = "https://127.0.0.1:9"\nca_file = "ca.pem"\n\n'
        '[carrier]\nmodule = "/usr/lib/softhsm/libsofthsm2.so"\n\n[storage]\ndata_dir = "."\n',
        encoding="utf-8",
    )
    return config


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as directory:
        config = write_bench_config(Path(directory))
        time_until_ready(LOGIN_WINDOW, str(config))  # warm the file cache once, not measured
        bare, login = [], []
        for _ in range(args.runs):  # in turn, so that the machine's changing speed touches both alike
            bare.append(time_until_ready(BARE_WINDOW))
            login.append(time_until_ready(LOGIN_WINDOW, str(config)))
    bare_median, login_median = statistics.median(bare), statistics.median(login)
    print(f"runs each: {args.runs} (platform {os.environ.get('QT_QPA_PLATFORM', 'offscreen')})")
    print(f"bare PySide6 window:  median {bare_median * 1000:7.0f} ms  (min {min(bare) * 1000:.0f}, max {max(bare) * 1000:.0f})")
    print(f"usable login window:  median {login_median * 1000:7.0f} ms  (min {min(login) * 1000:.0f}, max {max(login) * 1000:.0f})")
    print(f"ratio login / bare:   {login_median / bare_median:.2f}  (goal <= 1.5)")


if __name__ == "__main__":
    main()
