"""Where the client keeps and looks for things on Windows, on a simulated machine: platformdirs' Windows rules
over known folders (no registry, no shell API), and a simulated C: drive with Program Files and System32 in
a temporary folder for the carriers' drivers. The installer (installer/windows/bsclient.nsi) puts the
deployment file where the client looks for it."""

from __future__ import annotations

from pathlib import Path, PureWindowsPath

import platformdirs
import platformdirs.windows
import pytest

from bsclient.client.config import default_config_path, default_data_dir
from bsclient.client.logs import log_dir
from bsclient.client.setup.deployment import candidate_paths
from bsclient.token.known_modules import carrier_name, find_known_module, installed_known_modules
from tests.helpers.bundle import REPO

FOLDERS = {
    "CSIDL_COMMON_APPDATA": r"C:\ProgramData",
    "CSIDL_LOCAL_APPDATA": r"C:\Users\aigul\AppData\Local",
    "CSIDL_APPDATA": r"C:\Users\aigul\AppData\Roaming",
}
ENVIRONMENT = {"SystemRoot": r"C:\Windows", "ProgramFiles": r"C:\Program Files"}


@pytest.fixture
def on_windows(monkeypatch: pytest.MonkeyPatch) -> None:
    """platformdirs answers as on a Windows machine with FOLDERS."""
    for name in FOLDERS:
        monkeypatch.delenv(f"WIN_PD_OVERRIDE_{name.removeprefix('CSIDL_')}", raising=False)
    monkeypatch.setattr(platformdirs.windows, "_RESOLVE_WIN_FOLDER", FOLDERS.__getitem__)
    monkeypatch.setattr(platformdirs, "PlatformDirs", platformdirs.windows.Windows)


def windows(path: Path | str) -> PureWindowsPath:
    return PureWindowsPath(str(path))


def test_settings_data_and_logs_live_in_the_clerk_s_local_profile(on_windows: None) -> None:
    assert windows(default_config_path()) == PureWindowsPath(r"C:\Users\aigul\AppData\Local\bsclient\config.toml")
    assert windows(default_data_dir()) == PureWindowsPath(r"C:\Users\aigul\AppData\Local\bsclient")
    assert windows(log_dir()) == PureWindowsPath(r"C:\Users\aigul\AppData\Local\bsclient\Logs")


def test_the_deployment_file_is_looked_for_beside_the_program_then_in_programdata(on_windows: None) -> None:
    paths = [windows(path) for path in candidate_paths(
        environ={}, program_dir=Path(r"C:\Program Files\Internet-Client"))]
    assert paths == [PureWindowsPath(p) for p in (
        r"C:\Program Files\Internet-Client\bsclient-deployment.toml",
        r"C:\Program Files\Internet-Client\bsclient-deployment.ini",
        r"C:\ProgramData\bsclient\bsclient-deployment.toml",
        r"C:\ProgramData\bsclient\bsclient-deployment.ini",
        r"C:\Users\aigul\AppData\Local\bsclient\bsclient-deployment.toml",
        r"C:\Users\aigul\AppData\Local\bsclient\bsclient-deployment.ini",
    )]


def test_the_installer_puts_the_deployment_file_where_the_client_looks() -> None:
    script = (REPO / "installer" / "windows" / "bsclient.nsi").read_text(encoding="utf-8")
    # For all users NSIS's $APPDATA is C:\ProgramData: the client's site_config_dir on Windows.
    assert "SetShellVarContext all" in script
    assert '!define DEPLOYMENT_DIR "$APPDATA\\bsclient"' in script
    assert 'CopyFiles /SILENT "$Deployment" "${DEPLOYMENT_DIR}\\bsclient-deployment.$DeploymentExt"' in script


def on_drive(root: Path):
    """is_file for Windows paths on a simulated C: drive under `root`."""
    return lambda path: (root / PureWindowsPath(path).relative_to("C:\\").as_posix()).is_file()


def test_carriers_are_found_in_a_simulated_program_files_tree(tmp_path: Path) -> None:
    drivers = {r"Windows\System32\rtPKCS11ECP.dll", r"Windows\System32\jcPKCS11-2.dll",
               r"Program Files\OpenSC Project\OpenSC\pkcs11\opensc-pkcs11.dll"}
    for driver in drivers:
        file = tmp_path / PureWindowsPath(driver).as_posix()
        file.parent.mkdir(parents=True, exist_ok=True)
        file.write_bytes(b"MZ")
    found = installed_known_modules("win32", ENVIRONMENT, on_drive(tmp_path))
    assert found == [r"C:\Windows\System32\jcPKCS11-2.dll", r"C:\Windows\System32\rtPKCS11ECP.dll",
                     r"C:\Program Files\OpenSC Project\OpenSC\pkcs11\opensc-pkcs11.dll"]
    assert [carrier_name(path) for path in found] == [
        "JaCarta (Aladdin R.D.)", "Rutoken (Aktiv)", "OpenSC (ID cards, JaCarta PKI, Rutoken ECP and other PKCS#15 cards)"]
    assert find_known_module("win32", ENVIRONMENT, on_drive(tmp_path)) == r"C:\Windows\System32\jcPKCS11-2.dll"


def test_a_windows_installed_elsewhere_is_followed(tmp_path: Path) -> None:
    driver = tmp_path / "WINNT" / "System32" / "eTPKCS11.dll"
    driver.parent.mkdir(parents=True)
    driver.write_bytes(b"MZ")
    environment = {"SYSTEMROOT": r"C:\WINNT", "PROGRAMFILES": r"C:\Program Files"}
    assert find_known_module("win32", environment, on_drive(tmp_path)) == r"C:\WINNT\System32\eTPKCS11.dll"
