"""The PyInstaller bundle (build.spec): both its programs start from the bundle alone, the client signs in
through its real windows (offscreen) against a running refbank with a SoftHSM2 carrier, and it ships only
what it uses. Slow (the build): skip locally with -m "not bundle"."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.helpers.bundle import Bundle
from tests.helpers.carriers import clerk_login, enrolled_carrier, write_client_config
from tests.helpers.refbank_server import RunningBank
from tests.helpers.softhsm import USER_PIN

pytestmark = pytest.mark.bundle


def test_both_programs_pass_the_selftest(bundle: Bundle) -> None:
    if os.name != "nt":  # one executable: the doctor is a link to the client's program
        assert bundle.program("bsclient-doctor").readlink() == Path("bsclient")
    assert bundle.run("bsclient-doctor", "--version").stdout.strip().startswith("bsclient ")
    # started by the doctor's name the program is the doctor, by its own the client
    assert bundle.run("bsclient-doctor", "--help").stdout.startswith("usage: bsclient doctor ")
    assert bundle.run("bsclient", "--help").stdout.startswith("usage: bsclient [")
    for program in ("bsclient-doctor", "bsclient"):
        result = bundle.run(program, "--selftest")
        assert result.returncode == 0, result.stdout + result.stderr
        lines = result.stdout.splitlines()
        assert [line.split(":")[0] for line in lines] == ["[ OK ] Qt", "[ OK ] PKCS#11", "[ OK ] crypto", "[ OK ] registry",
                                                          "[ OK ] store"]
        assert "offscreen" in lines[0] and "translations: kk ru" in lines[0]
        assert "HSBKKZKX is" in lines[3]
        # keyring's backends are in the bundle: it finds the suite's Secret Service (tests/plugins/secrets.py)
        assert "SecretService" in lines[4], lines[4]


def test_the_bundled_client_signs_in_to_its_main_window(bundle: Bundle, bank: RunningBank, softhsm_config,
                                                        tmp_path) -> None:
    carrier = enrolled_carrier(bank, softhsm_config)
    config = write_client_config(tmp_path / "client", bank, carrier)
    login = clerk_login(bank)
    # the client's own program, as IT starts it on Linux (on Windows bsclient-doctor.exe, the console one)
    result = bundle.run("bsclient", "doctor", "--config", str(config), "--sign-in",
                        stdin=f"{login}\n{bank.users[login]}\n{USER_PIN}\n",
                        env={"SOFTHSM2_CONF": str(softhsm_config)})
    sign_in = [line for line in result.stdout.splitlines() if "signs in to the main window" in line]
    assert sign_in and sign_in[0].startswith("[ OK ]"), result.stdout + result.stderr
    assert "account(s)" in sign_in[0]


def test_the_bundle_ships_only_what_the_client_uses(bundle: Bundle) -> None:
    internal = bundle.folder / "_internal"
    shipped = {path.relative_to(internal).as_posix() for path in internal.rglob("*")}
    for absent in ("hypothesis", "pydantic", "mypy", "refbank", "fastapi", "uvicorn", "_pytest"):
        assert absent not in {name.split("/")[0] for name in shipped}, absent
    assert not [name for name in shipped if "platformthemes/libqgtk3" in name or "libgtk-3" in name]
    assert not [name for name in shipped if "QtNetwork" in name or "Qt6Network" in name]
    assert not [path for path in internal.rglob("*") if path.is_symlink() and not path.exists()]  # no dangling link
    # CUPS comes from the system, and what it needs with it (GnuTLS, Kerberos, Avahi)
    assert not [name for name in shipped if name.startswith(("libcups", "libgnutls", "libkrb5", "libavahi"))]
    qt_translations = sorted(name.rsplit("/", 1)[-1] for name in shipped if name.startswith("PySide6/Qt/translations/"))
    assert qt_translations == ["qtbase_en.qm", "qtbase_kk.qm", "qtbase_ru.qm"]
    country_locales = sorted({name.split("/")[2] for name in shipped
                              if name.startswith("pycountry/locales/") and name.count("/") >= 2})
    assert country_locales == ["kk", "ru"]
