"""Carrier discovery on Windows and Linux, with a simulated Program Files / System32 tree."""

from __future__ import annotations

import ntpath

from bsclient.token.known_modules import KNOWN_MODULES, carrier_name, find_known_module, known_module_paths

WINDOWS = {"SystemRoot": r"D:\WINNT", "ProgramFiles": r"D:\Programs"}


def installed(*paths: str):  # type: ignore[no-untyped-def]  # a stand-in for Path.is_file
    present = {path.lower() for path in paths}
    return lambda path: path.lower() in present


def test_windows_paths_follow_where_windows_and_program_files_are() -> None:
    paths = known_module_paths("win32", WINDOWS)
    assert r"D:\WINNT\System32\jcPKCS11-2.dll" in paths
    assert r"D:\Programs\OpenSC Project\OpenSC\pkcs11\opensc-pkcs11.dll" in paths
    assert not any("%" in path for path in paths)


def test_a_bare_environment_falls_back_to_the_windows_defaults() -> None:
    assert r"C:\Windows\System32\rtPKCS11ECP.dll" in known_module_paths("win32", {})


def test_a_vendor_module_is_found_before_opensc_in_a_simulated_tree() -> None:
    tree = installed(r"D:\Programs\OpenSC Project\OpenSC\pkcs11\opensc-pkcs11.dll", r"D:\WINNT\System32\eTPKCS11.dll")
    found = find_known_module("win32", WINDOWS, tree)
    assert found == r"D:\WINNT\System32\eTPKCS11.dll"
    assert carrier_name(found) == "eToken / SafeNet (Thales)"
    assert find_known_module("win32", WINDOWS, installed()) is None


def test_linux_finds_the_distribution_paths() -> None:
    tree = installed("/usr/lib/librtpkcs11ecp.so", "/usr/lib/x86_64-linux-gnu/opensc-pkcs11.so")
    assert find_known_module("linux", {}, tree) == "/usr/lib/librtpkcs11ecp.so"
    assert carrier_name("/opt/vendor/lib/librtpkcs11ecp.so") == "Rutoken (Aktiv)"
    assert carrier_name(r"C:\Vendor\unknown.dll") is None


def test_every_carrier_says_where_its_paths_come_from() -> None:
    for module in KNOWN_MODULES:
        assert module.source and module.paths
        for platform, paths in module.paths.items():
            assert platform in {"win32", "linux", "darwin"}
            if platform == "win32":
                assert all(ntpath.isabs(path) or path.startswith("%") for path in paths)
