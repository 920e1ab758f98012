"""A real Secret Service for the whole session: gnome-keyring-daemon on a private D-Bus session bus,
its keyrings in a temporary folder, unlocked with a test password. Every test runs with it (the client
keeps its store's key there), so no test touches the credential store of the person running them."""

from __future__ import annotations

import os
import shutil
import subprocess
import time
from collections.abc import Iterator

import keyring
import keyring.backends.SecretService
import pytest

TEST_KEYRING_PASSWORD = "test-keyring-password"


@pytest.fixture(scope="session", autouse=True)
def secret_service(tmp_path_factory: pytest.TempPathFactory) -> Iterator[keyring.backends.SecretService.Keyring]:
    for program in ("dbus-daemon", "gnome-keyring-daemon"):
        if shutil.which(program) is None:
            pytest.fail(f"{program} is missing: run bash installer/setup.sh")
    home = tmp_path_factory.mktemp("secret-service")
    runtime = home / "run"
    runtime.mkdir(mode=0o700)
    env = {**os.environ, "HOME": str(home), "XDG_DATA_HOME": str(home / "data"), "XDG_RUNTIME_DIR": str(runtime)}
    bus = subprocess.Popen(["dbus-daemon", "--session", "--nofork", "--nopidfile", "--print-address=1"],
                           stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=env)
    assert bus.stdout is not None
    address = bus.stdout.readline().strip()
    env["DBUS_SESSION_BUS_ADDRESS"] = address
    daemon = subprocess.Popen(["gnome-keyring-daemon", "--foreground", "--unlock", "--components=secrets"],
                              stdin=subprocess.PIPE, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
    assert daemon.stdin is not None
    daemon.stdin.write(TEST_KEYRING_PASSWORD.encode())
    daemon.stdin.close()
    saved = {name: os.environ.get(name) for name in ("DBUS_SESSION_BUS_ADDRESS", "XDG_RUNTIME_DIR")}
    os.environ["DBUS_SESSION_BUS_ADDRESS"], os.environ["XDG_RUNTIME_DIR"] = address, str(runtime)
    backend = keyring.backends.SecretService.Keyring()
    previous = keyring.get_keyring()
    keyring.set_keyring(backend)
    try:
        _wait_until_ready(backend)
        yield backend
    finally:
        keyring.set_keyring(previous)
        for name, value in saved.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value
        for process in (daemon, bus):
            process.terminate()
            process.wait(timeout=10)


def _wait_until_ready(backend: keyring.backends.SecretService.Keyring) -> None:
    """The daemon answers on the bus shortly after it starts: the first write waits for it (bounded)."""
    for _ in range(200):
        try:
            backend.set_password("bsclient-tests", "ready", "yes")
            return
        except keyring.errors.KeyringError:
            time.sleep(0.05)  # polling, bounded: the daemon is reachable within moments
    pytest.fail("the test Secret Service did not start")

