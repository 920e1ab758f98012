"""What the bundle leaves out (installer/bundle_contents.py), decided on names and link lists: quick, without a build."""

from __future__ import annotations

import re
import sys
import tomllib
from pathlib import Path

import PySide6
import pytest

from bsclient import __version__
from installer.bundle_contents import (
    keeps,
    linked_libraries,
    reachable_binaries,
    windows_version_file,
    without_dangling_links,
)
from installer.launcher import started_as_doctor
from tests.helpers.bundle import REPO


def test_only_the_desktop_platforms_and_the_client_s_plugins_are_kept() -> None:
    assert keeps("PySide6/Qt/plugins/platforms/libqxcb.so")
    assert keeps("PySide6/Qt/plugins/platforms/libqwayland.so")
    assert keeps("PySide6/Qt/plugins/platforms/libqoffscreen.so")
    assert keeps("PySide6\\plugins\\platforms\\qwindows.dll")
    assert keeps("PySide6/Qt/plugins/platforminputcontexts/libibusplatforminputcontextplugin.so")
    assert keeps("PySide6/Qt/plugins/printsupport/libcupsprintersupport.so")
    assert not keeps("PySide6/Qt/plugins/platformthemes/libqgtk3.so")  # GTK, cairo, pango behind it
    assert not keeps("PySide6/Qt/plugins/platforms/libqvnc.so")
    assert not keeps("PySide6/Qt/plugins/platforms/libqlinuxfb.so")
    assert not keeps("PySide6/Qt/plugins/imageformats/libqtiff.so")
    assert not keeps("PySide6/Qt/plugins/generic/libqevdevtouchplugin.so")
    assert not keeps("PySide6\\plugins\\sqldrivers\\qsqlite.dll")


def test_qt_s_own_texts_only_in_the_interface_s_languages() -> None:
    assert [name for name in ("qtbase_kk.qm", "qtbase_ru.qm", "qtbase_en.qm", "qtbase_de.qm", "qt_ru.qm",
                              "qtdeclarative_ru.qm", "qt_help_kk.qm")
            if keeps(f"PySide6/Qt/translations/{name}")] == ["qtbase_kk.qm", "qtbase_ru.qm", "qtbase_en.qm"]


def test_country_names_only_in_kazakh_and_russian() -> None:
    assert keeps("pycountry/databases/iso3166-1.json")
    assert not keeps("pycountry/databases/iso639-3.json")
    assert keeps("pycountry/locales/kk/LC_MESSAGES/iso3166-1.mo")
    assert keeps("pycountry/locales/ru/LC_MESSAGES/iso3166-1.mo")
    assert not keeps("pycountry/locales/ru/LC_MESSAGES/iso639-3.mo")
    assert not keeps("pycountry/locales/de/LC_MESSAGES/iso3166-1.mo")
    assert keeps("pycountry/__init__.py")


def test_the_printing_service_s_library_comes_from_the_system() -> None:
    assert not keeps("libcups.so.2")
    assert keeps("libssl.so.3")


def test_a_library_only_a_dropped_plugin_needed_is_dropped_too() -> None:
    binaries = [
        ("PySide6/QtWidgets.abi3.so", "/src/QtWidgets.abi3.so", "EXTENSION"),
        ("PySide6/Qt/lib/libQt6Widgets.so.6", "/src/libQt6Widgets.so.6", "BINARY"),
        ("PySide6/Qt/plugins/platforms/libqxcb.so", "/src/libqxcb.so", "BINARY"),
        ("libX11.so.6", "/src/libX11.so.6", "BINARY"),
        ("libgtk-3.so.0", "/src/libgtk-3.so.0", "BINARY"),  # was the GTK theme's
        ("libcairo.so.2", "/src/libcairo.so.2", "BINARY"),
        ("libpython3.11.so.1.0", "/src/libpython3.11.so.1.0", "BINARY"),
    ]
    needs = {"/src/QtWidgets.abi3.so": ["libQt6Widgets.so.6"], "/src/libqxcb.so": ["libX11.so.6"],
             "/src/libgtk-3.so.0": ["libcairo.so.2"]}
    kept = [entry[0] for entry in reachable_binaries(binaries, lambda source: needs.get(source, []))]
    assert kept == ["PySide6/QtWidgets.abi3.so", "PySide6/Qt/lib/libQt6Widgets.so.6",
                    "PySide6/Qt/plugins/platforms/libqxcb.so", "libX11.so.6", "libpython3.11.so.1.0"]


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="an ELF library's own dependencies")
def test_a_library_s_dependencies_are_its_own_not_those_of_the_system_libraries_it_loads() -> None:
    # Qt's CUPS plugin links CUPS, which the bundle takes from the system; CUPS's GnuTLS stays with it.
    plugin = Path(PySide6.__file__).parent / "Qt" / "plugins" / "printsupport" / "libcupsprintersupport.so"
    needed = linked_libraries(str(plugin))
    assert "libcups.so.2" in needed and "libQt6PrintSupport.so.6" in needed
    assert not [name for name in needed if "gnutls" in name or "krb5" in name or "avahi" in name]


def test_the_launcher_is_the_doctor_by_the_doctor_s_name_only() -> None:
    for doctor in ("bsclient-doctor", "/usr/bin/bsclient-doctor", r"C:\Program Files\Internet-Client\bsclient-doctor.exe",
                   "BSCLIENT-DOCTOR.EXE", "./bsclient-doctor"):
        assert started_as_doctor(doctor), doctor
    for client in ("bsclient", "/opt/bsclient/bsclient", r"C:\Program Files\Internet-Client\bsclient.exe", ""):
        assert not started_as_doctor(client), client


def test_links_to_libraries_no_longer_shipped_are_dropped() -> None:
    binaries = [("PySide6/Qt/lib/libQt6Core.so.6", "/src/libQt6Core.so.6", "BINARY")]
    datas = [("libQt6Core.so.6", "PySide6/Qt/lib/libQt6Core.so.6", "SYMLINK"),
             ("libQt6Network.so.6", "PySide6/Qt/lib/libQt6Network.so.6", "SYMLINK"),
             ("bsclient/data/banks.json", "/src/banks.json", "DATA")]
    assert [entry[0] for entry in without_dangling_links(datas, binaries)] == ["libQt6Core.so.6", "bsclient/data/banks.json"]


def test_the_windows_version_resource_carries_the_package_version() -> None:
    text = windows_version_file("0.1.0", description="Internet-Client", internal_name="bsclient")
    assert "filevers=(0, 1, 0, 0)" in text and "prodvers=(0, 1, 0, 0)" in text
    assert re.search(r"StringStruct\('ProductVersion', '0.1.0'\)", text)
    assert re.search(r"StringStruct\('OriginalFilename', 'bsclient.exe'\)", text)
    compile(text, "version.txt", "eval")  # PyInstaller evaluates it on Windows


def test_the_package_and_the_program_say_the_same_version() -> None:
    assert tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"] == __version__
