"""The PyInstaller bundle (build.spec), built once per run for every test that asks for `bundle`, and the
clean environment its programs run in (nothing of the venv or the repository)."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from tests.helpers.bundle import REPO, Bundle


@pytest.fixture(scope="session")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> Bundle:
    work = tmp_path_factory.mktemp("bundle")
    build = subprocess.run(
        [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
         "--distpath", str(work / "dist"), "--workpath", str(work / "build"), "build.spec"],
        cwd=REPO, capture_output=True, text=True, timeout=1500,
    )
    assert build.returncode == 0, build.stderr[-4000:]
    folder = work / "dist" / "bsclient"
    env = {key: value for key, value in os.environ.items() if not key.startswith(("PYTHON", "VIRTUAL_ENV"))}
    env["QT_QPA_PLATFORM"] = "offscreen"
    return Bundle(folder, env)
