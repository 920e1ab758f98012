"""`bsclient doctor`: checks for IT staff, one line per check, non-zero exit when one fails.

It checks what a clerk's workplace needs: the key carrier's PKCS#11 module, its tokens and keys,
the PC/SC service and its readers, and the bank server with the certificate chain of its CA.
"""

from __future__ import annotations

import argparse
import getpass
import hashlib
import os
import socket
import ssl
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

import requests

from bsclient.client.carrier import (
    Carrier,
    MechanismUnsupportedError,
    Pin,
    TokenError,
    TokenInfo,
    carrier_name,
    find_known_module,
    list_readers,
)
from bsclient.client.config import ClientConfig, ConfigError, default_config_path, load_config
from bsclient.client.session.proxy import ProxyError, open_tunnel, proxy_url, without_password


@dataclass(frozen=True)
class CheckResult:
    name: str
    ok: bool
    detail: str


Check = Callable[[], list[CheckResult]]


def check_carrier(module_path: str) -> list[CheckResult]:
    """The module loads; tokens are present; each token's certificates (public objects, no PIN)."""
    carrier = Carrier(module_path)
    try:
        return _carrier_results(carrier)
    finally:
        carrier.shutdown()


def _carrier_results(carrier: Carrier) -> list[CheckResult]:
    module_path = carrier.module_path
    try:
        carrier.load_module()
    except TokenError as exc:
        return [CheckResult("PKCS#11 module loads", False, f"{module_path}: {exc}")]
    carrier_kind = carrier_name(module_path)
    results = [CheckResult("PKCS#11 module loads", True,
                           module_path if carrier_kind is None else f"{module_path} ({carrier_kind})")]
    try:
        tokens = carrier.tokens()
    except TokenError as exc:
        return [*results, CheckResult("key carriers found", False, str(exc))]
    if not tokens:
        return [*results, CheckResult("key carriers found", False, "no token in any slot: insert the key carrier")]
    for token in tokens:
        state = "PIN locked" if token.pin_locked else "PIN final try" if token.pin_final_try else "ready"
        results.append(CheckResult("key carrier", not token.pin_locked,
                                   f"'{token.label}' serial {token.serial} ({token.model}), {state}"))
        try:
            certificates = carrier.certificate_subjects(token)
        except TokenError as exc:
            results.append(CheckResult("keys on the carrier", False, str(exc)))
            continue
        results.append(CheckResult(
            "keys on the carrier", bool(certificates),
            ", ".join(certificates) if certificates else f"'{token.label}' holds no certificate yet",
        ))
        results.append(check_signing(carrier, token))
    return results


def check_signing(carrier: Carrier, token: TokenInfo) -> CheckResult:
    """The token offers a mechanism the bank accepts for its keys (asked without a PIN)."""
    try:
        mechanisms = carrier.signing_mechanisms(token)
    except MechanismUnsupportedError as exc:
        return CheckResult("signs the way the bank needs", False, f"'{token.label}': {exc}")
    except TokenError as exc:
        return CheckResult("signs the way the bank needs", False, str(exc))
    return CheckResult("signs the way the bank needs", True, f"'{token.label}': " + ", ".join(
        f"{algorithm.upper()} with {mechanism}" for algorithm, mechanism in mechanisms.items()))


def check_pcsc() -> list[CheckResult]:
    try:
        readers = list_readers()
    except TokenError as exc:
        return [CheckResult("PC/SC service", False, str(exc))]
    return [
        CheckResult("PC/SC service", True, "running"),
        CheckResult("smart-card readers", bool(readers), ", ".join(readers) or "none connected"),
    ]


def check_server(url: str, ca_file: Path, proxy: str | None = None) -> list[CheckResult]:
    """TLS 1.2+ to the server (through `proxy` when given), its chain verified against the given CA only,
    and its API answers."""
    parts = urlsplit(url)
    if parts.scheme != "https" or not parts.hostname:
        return [CheckResult("bank server address", False, f"{url}: must be an https:// address")]
    try:
        context = ssl.create_default_context(cafile=str(ca_file))
    except (OSError, ssl.SSLError) as exc:
        return [CheckResult("bank CA certificate", False, f"{ca_file}: cannot be read ({exc})")]
    context.minimum_version = ssl.TLSVersion.TLSv1_2
    host, port = parts.hostname, parts.port or 443
    through: list[CheckResult] = []
    if proxy is not None:
        try:
            open_tunnel(proxy, host, port, timeout=10).close()
        except (OSError, ProxyError) as exc:
            return [CheckResult("proxy lets the bank through", False, f"{without_password(proxy)}: {exc}")]
        through = [CheckResult("proxy lets the bank through", True, f"{without_password(proxy)} to {host}:{port}")]
    try:
        with (open_tunnel(proxy, host, port, timeout=10) if proxy else
              socket.create_connection((host, port), timeout=10)) as raw, \
                context.wrap_socket(raw, server_hostname=host) as tls:
            der = tls.getpeercert(binary_form=True) or b""
            version = tls.version()
    except ssl.SSLCertVerificationError as exc:
        return [
            *through,
            CheckResult("bank server reachable", True, f"{host}:{port}"),
            CheckResult("certificate chain matches the bank CA", False,
                        f"{exc.verify_message}: this server's certificate is not from {ca_file}"),
        ]
    except (OSError, ssl.SSLError, ProxyError) as exc:
        return [*through, CheckResult("bank server reachable", False, f"{host}:{port}: {exc}")]
    fingerprint = hashlib.sha256(der).hexdigest().upper()
    return [
        *through,
        CheckResult("bank server reachable", True, f"{host}:{port} over {version}"),
        CheckResult("certificate chain matches the bank CA", True,
                    f"server certificate SHA-256 {':'.join(fingerprint[i:i + 2] for i in range(0, 64, 2))}"),
        check_api(url, ca_file, proxy),
    ]


def check_api(url: str, ca_file: Path, proxy: str | None = None) -> CheckResult:
    try:
        with requests.Session() as http:
            http.trust_env = False  # only the given proxy and CA, as the client
            response = http.get(url.rstrip("/") + "/api/v1/accounts", verify=str(ca_file), timeout=10,
                                proxies={"https": proxy} if proxy else None)
        body = response.json()
    except (requests.RequestException, ValueError) as exc:
        return CheckResult("bank API answers", False, str(exc))
    # Unauthenticated, the bank must refuse with its own error format.
    ok = response.status_code == 401 and "error" in body
    return CheckResult("bank API answers", ok, f"HTTP {response.status_code}")


def run_checks(checks: list[Check]) -> list[CheckResult]:
    return [result for check in checks for result in check()]


def result_line(result: CheckResult) -> str:
    return f"[{' OK ' if result.ok else 'FAIL'}] {result.name}: {result.detail}"


def print_results(results: list[CheckResult]) -> None:
    for result in results:
        print(result_line(result), flush=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="bsclient doctor", description=__doc__)
    parser.add_argument("--config", type=Path, help="a client configuration (config.toml) to take the rest from "
                        "(default: the user's, when there is one)")
    parser.add_argument("--module", help="the key carrier's PKCS#11 library")
    parser.add_argument("--server", help="the bank server, https://host:port")
    parser.add_argument("--ca", type=Path, help="the bank's CA certificate (PEM)")
    parser.add_argument("--proxy", help='the proxy to the bank: http://host:port, or "system"')
    parser.add_argument("--sign-in", action="store_true",
                        help="also sign in through the client's windows, without a display, with the login, password "
                             "and PIN typed at the terminal (read from standard input when it is not a terminal); "
                             "nothing typed is kept")
    parser.add_argument("--report", type=Path, metavar="FILE",
                        help="also write a support report for the bank's help desk to FILE (.zip, or text): versions, "
                             "settings, checks, carrier module, recent log lines; no PIN, password or document")
    args = parser.parse_args(argv)

    config_path = args.config or _users_config()
    config = None
    checks: list[Check] = []
    if config_path is not None:
        try:
            config = load_config(config_path)
        except ConfigError as exc:  # a check that fails, so that the report still tells it
            problem = CheckResult("settings file", False, exc.message.render())
            checks.append(lambda: [problem])
    module, server, ca, proxy_setting = args.module, args.server, args.ca, args.proxy
    if config is not None:
        module = module or config.pkcs11_module
        server = server or config.server_url
        ca = ca or config.ca_file
        proxy_setting = proxy_setting or config.proxy
    module = module or find_known_module()

    if module:
        checks.append(lambda: check_carrier(module))
    else:
        checks.append(lambda: [CheckResult("PKCS#11 module loads", False,
                                           "no known module found: give one with --module")])
    checks.append(check_pcsc)
    if server:
        if not ca:
            parser.error("--server needs --ca, the bank's CA certificate")
        try:
            proxy = proxy_url(proxy_setting)
        except ProxyError as exc:
            parser.error(str(exc))
        checks.append(lambda: check_server(server, ca, proxy))
    if args.sign_in:
        if config is None:
            parser.error("--sign-in needs --config, the settings the client signs in with")
        checks.append(lambda: check_sign_in(config))
    results = run_checks(checks)
    print_results(results)
    if args.report is not None:
        from bsclient.support_report import write_report  # noqa: PLC0415 - start-up: only for a report

        write_report(args.report, [result_line(result) for result in results], config_path=config_path, config=config, module=module)
        print(f"The support report is in {args.report}: send it to the bank's help desk.", flush=True)
    return 0 if all(result.ok for result in results) else 1


def _users_config() -> Path | None:
    path = default_config_path()
    return path if path.is_file() else None


def _ask(prompt: str, *, secret: bool) -> str:
    """One answer from the person at the terminal (hidden for a secret), or a line of standard input."""
    if sys.stdin is not None and sys.stdin.isatty():
        return getpass.getpass(prompt) if secret else input(prompt)
    print(prompt, file=sys.stderr, flush=True)
    return sys.stdin.readline().rstrip("\r\n") if sys.stdin is not None else ""


def check_sign_in(config: ClientConfig) -> list[CheckResult]:
    """Signs in through the client's windows, offscreen unless a display is asked for (QT_QPA_PLATFORM)."""
    login = _ask("Login: ", secret=False)
    password = _ask("Password: ", secret=True)
    pin = Pin(_ask("Carrier PIN: ", secret=True))
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from bsclient.ui.sign_in_check import check_sign_in as sign_in  # noqa: PLC0415 - Qt only for this check

    result = sign_in(config, login=login, password=password, pin=pin)
    return [CheckResult("signs in to the main window", result.ok, result.detail)]


if __name__ == "__main__":
    sys.exit(main())
