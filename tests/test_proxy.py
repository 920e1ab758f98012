"""The bank through a company's proxy: a real CONNECT proxy (tinyproxy) carries the client's sign-in and
doctor's checks; a proxy that shows its own certificate inside the tunnel is refused like a fake bank."""

from __future__ import annotations

import subprocess
import sys
from dataclasses import replace
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from bsclient.client.config import load_config, write_config
from bsclient.client.session.bank_api import BankApi
from bsclient.client.session.bank_errors import UntrustedServerError
from bsclient.client.session.proxy import ProxyError, proxy_url
from bsclient.client.session.server_identity import fetch_server_identity
from bsclient.client.setup.deployment import read_deployment
from installer.provisioning import ProvisionedCarrier
from tests.helpers.carriers import clerk_login, write_client_config
from tests.helpers.login import log_in
from tests.helpers.proxies import inspecting_proxy, tinyproxy
from tests.helpers.refbank_server import REPO, RunningBank


def test_the_clerk_signs_in_through_a_real_connect_proxy(bank: RunningBank, tmp_path: Path) -> None:
    address = urlsplit(bank.url)
    with tinyproxy(tmp_path) as proxy:
        api = BankApi(bank.url, bank.ca_file, proxy=proxy.url)
        try:
            login = clerk_login(bank)
            user = log_in(api, bank, login)
            assert user.login == login
            assert api.accounts()
            api.logout()
        finally:
            api.close()
        identity = fetch_server_identity(bank.url, proxy=proxy.url)  # the wizard's first look, too
        assert identity.ca is not None
        assert f"{address.hostname}:{address.port}" in proxy.connects()


def test_a_proxy_showing_its_own_certificate_is_refused(bank: RunningBank) -> None:
    with inspecting_proxy() as proxy:
        api = BankApi(bank.url, bank.ca_file, proxy=proxy)
        try:
            with pytest.raises(UntrustedServerError):
                api.login(clerk_login(bank), "not sent")
        finally:
            api.close()


def test_doctor_checks_the_bank_through_the_proxy(bank: RunningBank, tmp_path: Path) -> None:
    with tinyproxy(tmp_path) as proxy:
        result = subprocess.run([sys.executable, "-m", "bsclient", "doctor", "--module", "/nonexistent.so",
                                 "--server", bank.url, "--ca", str(bank.ca_file), "--proxy", proxy.url],
                                capture_output=True, text=True, cwd=REPO, timeout=120)
    assert "[ OK ] proxy lets the bank through:" in result.stdout, result.stdout
    assert "[ OK ] bank API answers: HTTP 401" in result.stdout
    with inspecting_proxy() as proxy:
        refused = subprocess.run([sys.executable, "-m", "bsclient", "doctor", "--module", "/nonexistent.so",
                                  "--server", bank.url, "--ca", str(bank.ca_file), "--proxy", proxy],
                                 capture_output=True, text=True, cwd=REPO, timeout=120)
    assert "[FAIL] certificate chain matches the bank CA:" in refused.stdout, refused.stdout


def test_the_proxy_setting_travels_from_the_deployment_file_to_the_settings(bank: RunningBank, tmp_path: Path) -> None:
    deployment = tmp_path / "bsclient-deployment.toml"
    deployment.write_text('[network]\nproxy = "http://proxy.company.kz:3128"\n', encoding="utf-8")
    assert read_deployment(deployment).proxy == "http://proxy.company.kz:3128"
    carrier = ProvisionedCarrier("/usr/lib/softhsm/libsofthsm2.so", "T", "", "")
    config_file = write_client_config(tmp_path / "client", bank, carrier)
    config = load_config(config_file)
    assert config.proxy is None
    write_config(replace(config, proxy="system"), config_file)
    assert load_config(config_file).proxy == "system"


def test_system_and_malformed_proxy_settings() -> None:
    assert proxy_url(None) is None
    assert proxy_url("system", lambda: {"https": "proxy.corp:8080"}) == "http://proxy.corp:8080"
    assert proxy_url("system", lambda: {}) is None
    with pytest.raises(ProxyError) as wrong:
        proxy_url("socks5://user:secret@proxy:1080")
    assert "secret" not in str(wrong.value)

