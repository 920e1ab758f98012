"""`bsclient-doctor --report FILE`: what the bank's help desk needs to help a workplace, and nothing secret.

Versions of the program and its parts, the system, the settings and the deployment file (a proxy's password
masked), where data and logs live, the doctor's checks, the carrier's module file, and the log's recent
lines (record heads and code locations only: bsclient/client/logs.py). It never holds a PIN, a password,
a key or what a document says: the doctor asks for none of them and reads neither the store nor the carrier's
private objects. FILE ending in .zip gets report.txt inside a zip; any other name, the text itself.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import importlib
import platform
import sys
import zipfile
from collections.abc import Iterable
from pathlib import Path

from bsclient import __version__
from bsclient.client.carrier import carrier_name
from bsclient.client.config import ClientConfig, ConfigError
from bsclient.client.logs import log_dir, recent_lines
from bsclient.client.session.proxy import without_password

# (the name shown and its distribution, the module whose __version__ it is)
PARTS = (("PySide6", "PySide6"), ("PyKCS11", "PyKCS11"), ("pyscard", "smartcard"),
         ("cryptography", "cryptography"), ("requests", "requests"), ("schwifty", "schwifty"))


def _version(distribution: str, module_name: str) -> str:
    try:
        module = importlib.import_module(module_name)
    except ImportError:
        return "missing"
    version = getattr(module, "__version__", None)
    if version is None:
        try:
            from importlib.metadata import version as installed  # noqa: PLC0415 - only when the module has none

            version = installed(distribution)
        except Exception:
            version = "unknown"
    return str(version)


def _file_line(label: str, path: Path | str | None) -> str:
    if path is None:
        return f"{label}: none"
    file = Path(path)
    if not file.is_file():
        return f"{label}: {file} (not found)"
    data = file.read_bytes()
    modified = dt.datetime.fromtimestamp(file.stat().st_mtime, dt.UTC).strftime("%Y-%m-%d %H:%M UTC")
    return f"{label}: {file}, {len(data)} bytes, modified {modified}, SHA-256 {hashlib.sha256(data).hexdigest()}"


def _settings(config_path: Path | None, config: ClientConfig | None) -> list[str]:
    if config is None:
        return [f"settings file: {config_path or 'none'} (not read)"]
    return [
        f"settings file: {config_path}",
        f"  bank: {config.server_url}",
        f"  carrier module: {config.pkcs11_module}" + (f", token {config.token_label}" if config.token_label else ""),
        f"  proxy: {without_password(config.proxy) if config.proxy else 'none (direct)'}",
        f"  language: {config.language or 'the system one'}",
        f"  data folder: {config.data_dir}",
        f"  lock after {config.lock_after_minutes:g} min, carrier reminder after {config.idle_reminder_minutes:g} min",
        _file_line("  bank CA", config.ca_file),
    ]


def _deployment() -> list[str]:
    from bsclient.client.setup.deployment import candidate_paths, find_deployment  # noqa: PLC0415 - only here

    try:
        found = find_deployment(candidate_paths())
    except ConfigError as exc:
        return [f"deployment file: {exc.message.render()}"]
    if found.source is None:
        return ["deployment file: none found"]
    return [f"deployment file: {found.source}",
            f"  bank: {found.server_url or '-'}, CA fingerprint {found.ca_fingerprint or '-'}",
            f"  carrier module: {found.pkcs11_module or '-'}, token {found.token_label or '-'}",
            f"  proxy: {without_password(found.proxy) if found.proxy else '-'}, language {found.language or '-'}"]


def report_text(checks: Iterable[str], *, config_path: Path | None, config: ClientConfig | None,
                module: str | None, log_folder: Path | None = None) -> str:
    frozen = getattr(sys, "frozen", False)
    lines = [
        "Internet-Client support report",
        f"made: {dt.datetime.now(dt.UTC).strftime('%Y-%m-%d %H:%M:%S UTC')}",
        f"program: bsclient {__version__} ({'installed bundle' if frozen else 'Python package'}) at {sys.executable}",
        f"system: {platform.platform()} ({platform.machine()})",
        f"Python: {platform.python_version()}",
        *(f"{name}: {_version(name, module_name)}" for name, module_name in PARTS),
        "",
        *_settings(config_path, config),
        *_deployment(),
        f"log folder: {log_folder or log_dir()}",
        "",
        _file_line("carrier module", module) + (f" ({carrier_name(module)})" if module and carrier_name(module) else ""),
        "",
        "checks:",
        *(f"  {line}" for line in checks),
        "",
        "recent log lines:",
        *(f"  {line}" for line in recent_lines(log_folder)),
    ]
    return "\n".join(lines) + "\n"


def write_report(path: Path, checks: Iterable[str], *, config_path: Path | None,
                 config: ClientConfig | None, module: str | None, log_folder: Path | None = None) -> None:
    """`checks`: the doctor's lines, as it printed them."""
    text = report_text(checks, config_path=config_path, config=config, module=module, log_folder=log_folder)
    path.parent.mkdir(parents=True, exist_ok=True)
    if path.suffix.lower() == ".zip":
        with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
            archive.writestr("report.txt", text)
    else:
        path.write_text(text, encoding="utf-8")
