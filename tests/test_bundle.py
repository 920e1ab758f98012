"""The PyInstaller bundle (build.spec) starts and finds everything it ships: Qt, PyKCS11, the
crypto layer and the bank registry's data files. Slow: skip locally with -m "not bundle"."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent


@pytest.mark.bundle
def test_the_bundle_builds_and_passes_its_selftest(tmp_path: Path) -> None:
    build = subprocess.run(
        [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
         "--distpath", str(tmp_path / "dist"), "--workpath", str(tmp_path / "build"), "build.spec"],
        cwd=REPO, capture_output=True, text=True, timeout=1500,
    )
    assert build.returncode == 0, build.stderr[-4000:]
    program = tmp_path / "dist" / "bsclient" / ("bsclient.exe" if os.name == "nt" else "bsclient")
    assert program.is_file()

    # A clean environment: the bundle must not lean on the venv or the repository.
    env = {key: value for key, value in os.environ.items() if not key.startswith(("PYTHON", "VIRTUAL_ENV"))}
    env["QT_QPA_PLATFORM"] = "offscreen"
    result = subprocess.run([str(program), "--selftest"], cwd=tmp_path, env=env,
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr
    lines = result.stdout.splitlines()
    assert [line.split(":")[0] for line in lines] == ["[ OK ] Qt", "[ OK ] PKCS#11", "[ OK ] crypto", "[ OK ] registry",
                                                          "[ OK ] store"]
    assert "offscreen" in lines[0] and "translations: kk ru" in lines[0]
    assert "HSBKKZKX is" in lines[3]
    # keyring's backends are in the bundle: it finds the suite's Secret Service (tests/plugins/secrets.py)
    assert "SecretService" in lines[4], lines[4]
