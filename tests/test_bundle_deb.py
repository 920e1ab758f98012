"""The .deb (installer/deb.py) as IT staff use it: built from the bundle, installed into this machine with
dpkg, its programs run from /usr/bin, its desktop entry and AppStream metainfo checked by their own
validators, the deployment file found in /etc/xdg/bsclient/, and removed and purged without a trace.
Needs root (or sudo without a password) and a Debian system; slow (the bundle): -m "not bundle" skips it."""

from __future__ import annotations

import configparser
import os
import subprocess
from pathlib import Path

import pytest

from installer.deb import APP_ID, build_deb
from tests.helpers.bundle import REPO, Bundle

pytestmark = pytest.mark.bundle

SUDO = [] if os.geteuid() == 0 else ["sudo", "-n"]
OURS = [Path("/opt/bsclient"), Path("/usr/bin/bsclient"), Path("/usr/bin/bsclient-doctor"),
        Path(f"/usr/share/applications/{APP_ID}.desktop"), Path(f"/usr/share/metainfo/{APP_ID}.metainfo.xml"),
        Path(f"/usr/share/icons/hicolor/256x256/apps/{APP_ID}.png"),
        Path(f"/usr/share/icons/hicolor/scalable/apps/{APP_ID}.svg"), Path("/usr/share/doc/bsclient"),
        Path("/etc/xdg/bsclient")]


def as_root(*command: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([*SUDO, *command], capture_output=True, text=True, timeout=300)


def test_the_deb_installs_runs_and_leaves_nothing_when_purged(bundle: Bundle, tmp_path: Path) -> None:
    deb = build_deb(bundle.folder, tmp_path / "out", fast=True)
    fields = subprocess.run(["dpkg-deb", "--field", str(deb), "Package", "Depends"], capture_output=True,
                            text=True, check=True).stdout
    assert "Package: bsclient" in fields and "pcscd" in fields
    as_root("dpkg", "--purge", "bsclient")  # a run stopped half-way may have left it
    installed = as_root("dpkg", "-i", str(deb))
    assert installed.returncode == 0, installed.stdout + installed.stderr
    try:
        listed = as_root("dpkg", "-L", "bsclient").stdout.splitlines()
        for path in OURS:
            assert str(path) in listed and (path.exists() or path.is_symlink()), path
        _check_the_installed_package(bundle, tmp_path)
    finally:
        removed = as_root("dpkg", "-r", "bsclient")
        purged = as_root("dpkg", "--purge", "bsclient")
    assert removed.returncode == 0, removed.stdout + removed.stderr
    assert purged.returncode == 0, purged.stdout + purged.stderr
    assert as_root("dpkg", "-s", "bsclient").returncode != 0
    left = [line for line in listed if line.startswith(("/opt/bsclient", "/etc/xdg/bsclient", "/usr/share/doc/bsclient"))
            or APP_ID in line or line.startswith("/usr/bin/bsclient")]
    assert left and [path for path in left if Path(path).exists() or Path(path).is_symlink()] == []


def _check_the_installed_package(bundle: Bundle, tmp_path: Path) -> None:
    metainfo = subprocess.run(["appstreamcli", "validate", "--no-net", f"/usr/share/metainfo/{APP_ID}.metainfo.xml"],
                              capture_output=True, text=True)
    assert metainfo.returncode == 0, metainfo.stdout + metainfo.stderr
    desktop = subprocess.run(["desktop-file-validate", f"/usr/share/applications/{APP_ID}.desktop"],
                             capture_output=True, text=True)
    assert desktop.returncode == 0 and desktop.stdout.strip() == "", desktop.stdout + desktop.stderr
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # keys keep their case: Name[kk]
    entry.read(f"/usr/share/applications/{APP_ID}.desktop", encoding="utf-8")
    names = entry["Desktop Entry"]
    assert (names["Name"], names["Name[kk]"], names["Name[ru]"]) == ("Internet-Client", "Интернет-Клиент", "Интернет-Клиент")
    assert names["Exec"] == "bsclient" and names["Icon"] == APP_ID

    # The installed programs, from /usr/bin, without the repository or the venv, as a clerk's session has them.
    env = {**bundle.env, "HOME": str(tmp_path / "home"), "PATH": "/usr/bin:/bin"}
    env.pop("XDG_CONFIG_DIRS", None)
    for program in ("bsclient", "bsclient-doctor"):
        selftest = subprocess.run([f"/usr/bin/{program}", "--selftest"], cwd=tmp_path, env=env,
                                  capture_output=True, text=True, timeout=180)
        assert selftest.returncode == 0, selftest.stdout + selftest.stderr
        assert selftest.stdout.count("[ OK ]") == 5  # Qt, PKCS#11, crypto, registry, the encrypted store

    # IT's deployment file in /etc/xdg/bsclient/ is the one the installed client finds.
    deployment = Path("/etc/xdg/bsclient/bsclient-deployment.toml")
    assert as_root("cp", str(REPO / "installer" / "bsclient-deployment.example.toml"), str(deployment)).returncode == 0
    try:
        report = tmp_path / "report.txt"
        subprocess.run(["/usr/bin/bsclient-doctor", "--module", "/nonexistent/pkcs11.so", "--report", str(report)],
                       cwd=tmp_path, env=env, capture_output=True, text=True, timeout=180)
        assert f"deployment file: {deployment}" in report.read_text(encoding="utf-8")
    finally:
        as_root("rm", "-f", str(deployment))  # IT's file, not the package's: dpkg would leave it
