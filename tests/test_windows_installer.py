"""The Windows installer's script (installer/windows/bsclient.nsi) compiles with makensis, warnings as errors,
around a stand-in payload shaped like the Windows bundle, and the installer carries the bundle's files where
the script says (read back with 7-Zip, which opens NSIS installers). The real bundle and installer are built
and installed on a Windows runner (.github/workflows/windows.yml)."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from installer.nsis import SCRIPT, build_installer, package_version

pytestmark = pytest.mark.unit


def stand_in_payload(folder: Path) -> Path:
    """bsclient.exe, bsclient-doctor.exe and _internal/ as PyInstaller lays out the Windows bundle."""
    (folder / "_internal" / "PySide6" / "plugins" / "platforms").mkdir(parents=True)
    for name in ("bsclient.exe", "bsclient-doctor.exe", "_internal/python311.dll",
                 "_internal/PySide6/plugins/platforms/qwindows.dll"):
        (folder / name).write_bytes(b"MZ stand-in")
    return folder


def listing(installer: Path) -> list[str]:
    out = subprocess.run(["7z", "l", "-slt", str(installer)], capture_output=True, text=True, check=True).stdout
    return [line.removeprefix("Path = ") for line in out.splitlines() if line.startswith("Path = ")]


def test_the_installer_compiles_around_the_bundle_and_carries_its_files(tmp_path: Path) -> None:
    installer = build_installer(stand_in_payload(tmp_path / "bsclient"), tmp_path / "out")
    assert installer.name == f"bsclient-{package_version()}-setup.exe"
    assert installer.read_bytes()[:2] == b"MZ"
    files = listing(installer)
    for name in ("bsclient.exe", "bsclient-doctor.exe", "uninstall.exe", "_internal/python311.dll",
                 "_internal/PySide6/plugins/platforms/qwindows.dll"):
        assert name in files, files


def test_a_bundle_without_its_console_program_does_not_compile(tmp_path: Path) -> None:
    payload = stand_in_payload(tmp_path / "bsclient")
    (payload / "bsclient-doctor.exe").unlink()
    with pytest.raises(subprocess.CalledProcessError):
        build_installer(payload, tmp_path / "out")


def test_shortcuts_are_named_in_kazakh_russian_and_english_and_the_install_is_silent_capable() -> None:
    script = SCRIPT.read_text(encoding="utf-8")
    for name in ("Интернет-Клиент", "Жұмыс орнын тексеру", "Интернет-Клиентті жою",
                 "Проверка рабочего места", "Удалить Интернет-Клиент",
                 "Internet-Client", "Workplace check", "Uninstall Internet-Client"):
        assert f'"{name}"' in script
    assert 'InstallDir "$PROGRAMFILES64\\${APP}"' in script and "RequestExecutionLevel admin" in script
    assert '${GetOptions} $R0 "/DEPLOYMENT=" $Deployment' in script
    assert 'WriteRegStr HKLM "${UNINSTALL_KEY}" "QuietUninstallString"' in script
