"""Start-up: the login window's modules load nothing of the bank connection, the rules, the store, the
token or the main window; those load on a worker once the window shows (bench/startup.py times it)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
LATER = ("requests", "cryptography", "PyKCS11", "schwifty", "pycountry", "bsclient.rules", "bsclient.crypto",
         "bsclient.client.session.bank_api", "bsclient.client.session.login", "bsclient.client.documents",
         "bsclient.client.carrier", "bsclient.ui.payments")


def test_the_login_window_loads_only_what_it_needs():
    code = ("import sys\n"
            "import bsclient.ui.app, bsclient.ui.login.login_dialog, bsclient.client.config\n"
            f"print(sorted(m for m in sys.modules if m.split('.')[0] in {{'requests', 'cryptography', 'PyKCS11', "
            f"'schwifty', 'pycountry', 'bsclient'}} and m.startswith({LATER!r})))\n")
    result = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True,
                            env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"})
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"
