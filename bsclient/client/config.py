"""The client's settings file (TOML): the bank's address and CA, the key carrier, where data lives."""

from __future__ import annotations

import json
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import platformdirs

from bsclient.messages import QT_TRANSLATE_NOOP, ClerkError, Message

APP_NAME = "bsclient"
CONFIG_FILE = "config.toml"
LANGUAGES = ("kk", "ru", "en")
DEFAULT_IDLE_REMINDER_MINUTES = 10.0
DEFAULT_LOCK_AFTER_MINUTES = 15.0


class ConfigError(ClerkError):
    """The settings file is missing, unreadable or lacks a setting."""


@dataclass(frozen=True)
class ClientConfig:
    server_url: str
    ca_file: Path
    pkcs11_module: str
    token_label: str | None
    data_dir: Path
    language: str | None = None  # "kk", "ru" or "en"; None: the system's language
    # Minutes without keyboard or mouse, the carrier plugged in, before the client reminds the clerk to
    # take it out (R6.7); 0 turns the reminder off. [carrier] idle_reminder_minutes.
    idle_reminder_minutes: float = DEFAULT_IDLE_REMINDER_MINUTES
    # Minutes without keyboard or mouse before the client covers its windows and asks for the password
    # again; 0 turns the idle lock off. [session] lock_after_minutes.
    lock_after_minutes: float = DEFAULT_LOCK_AFTER_MINUTES
    # The bank's official phone number as IT staff or the deployment file give it ([bank] phone); shown on
    # the "told someone a code" page. None: the page says to use the number in the bank's contract.
    bank_phone: str | None = None
    # The proxy to the bank ([network] proxy): an http://host:port address, "system" for the computer's own
    # proxy settings, None for a direct connection (bsclient/client/session/proxy.py resolves it).
    proxy: str | None = None
    # Where the local store's key is kept when the computer has no credential store ([storage] key_file):
    # IT's explicit choice; None (the default) keeps it in the credential store (store_key.py).
    store_key_file: Path | None = None


def default_config_path() -> Path:
    """config.toml in the user's configuration folder (platformdirs)."""
    return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False)) / CONFIG_FILE


def default_data_dir() -> Path:
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def _resolve(base: Path, value: str) -> Path:
    path = Path(value).expanduser()
    return path if path.is_absolute() else (base / path).resolve()


def _module(base: Path, value: str) -> str:
    # A bare library name ("libsofthsm2.so") is left to the system's loader to find.
    return str(_resolve(base, value)) if ("/" in value or "\\" in value) else value


def _setting(data: dict[str, Any], path: Path, section: str, key: str) -> str:
    value = data.get(section, {}).get(key) if isinstance(data.get(section), dict) else None
    if not isinstance(value, str) or value.strip() == "":
        raise ConfigError(Message("Config", QT_TRANSLATE_NOOP(
            "Config", "The settings file {path} lacks \"{key}\" in section [{section}]. Ask IT staff for a complete file."),
            {"path": str(path), "key": key, "section": section}))
    return value


def load_config(path: Path) -> ClientConfig:
    """Reads [bank] url, ca_file; [carrier] module, token_label; [storage] data_dir, key_file (optional)."""
    path = Path(path)
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(Message("Config", QT_TRANSLATE_NOOP(
            "Config", "The settings file {path} cannot be read."), {"path": str(path)})) from exc
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(Message("Config", QT_TRANSLATE_NOOP(
            "Config", "The settings file {path} has a mistake: {problem}"), {"path": str(path), "problem": str(exc)})) from exc
    base = path.resolve().parent
    carrier, storage = _table(data, "carrier"), _table(data, "storage")
    label = carrier.get("token_label")
    data_dir = storage.get("data_dir")
    key_file = storage.get("key_file")
    ui = _table(data, "ui")
    return ClientConfig(
        server_url=_setting(data, path, "bank", "url"),
        ca_file=_resolve(base, _setting(data, path, "bank", "ca_file")),
        pkcs11_module=_module(base, _setting(data, path, "carrier", "module")),
        token_label=label if isinstance(label, str) and label else None,
        data_dir=_resolve(base, data_dir) if isinstance(data_dir, str) and data_dir else default_data_dir(),
        language=_language(path, ui.get("language")),
        idle_reminder_minutes=_idle_minutes(path, carrier.get("idle_reminder_minutes")),
        proxy=_proxy(_table(data, "network").get("proxy")),
        store_key_file=_resolve(base, key_file) if isinstance(key_file, str) and key_file.strip() else None,
        **_selfservice_settings(path, data),  # [session] lock_after_minutes, [bank] phone
    )


def _proxy(value: object) -> str | None:
    return value.strip() if isinstance(value, str) and value.strip() else None


def _table(data: dict[str, Any], name: str) -> dict[str, Any]:
    """A [name] table of the settings; empty when it is missing or not a table."""
    value = data.get(name)
    return value if isinstance(value, dict) else {}


def _idle_minutes(path: Path, value: object) -> float:
    if value is None:
        return DEFAULT_IDLE_REMINDER_MINUTES
    if isinstance(value, bool) or not isinstance(value, (int, float)) or value < 0:
        raise ConfigError(Message("Config", QT_TRANSLATE_NOOP(
            "Config", "The settings file {path} gives idle_reminder_minutes as \"{value}\"; use a number of "
            "minutes (0 turns the reminder off)."), {"path": str(path), "value": str(value)}))
    return float(value)


def _selfservice_settings(path: Path, data: dict[str, Any]) -> dict[str, Any]:
    session, bank = _table(data, "session"), _table(data, "bank")
    minutes = session.get("lock_after_minutes")
    if minutes is None:
        minutes = DEFAULT_LOCK_AFTER_MINUTES
    elif isinstance(minutes, bool) or not isinstance(minutes, (int, float)) or minutes < 0:
        raise ConfigError(Message("Config", QT_TRANSLATE_NOOP(
            "Config", "The settings file {path} gives lock_after_minutes as \"{value}\"; use a number of "
            "minutes (0 turns the idle lock off)."), {"path": str(path), "value": str(minutes)}))
    phone = bank.get("phone")
    return {"lock_after_minutes": float(minutes),
            "bank_phone": phone.strip() if isinstance(phone, str) and phone.strip() else None}


def _language(path: Path, value: object) -> str | None:
    if value is None or value == "":
        return None
    if value not in LANGUAGES:
        raise ConfigError(Message("Config", QT_TRANSLATE_NOOP(
            "Config", "The settings file {path} names the language \"{value}\"; use one of: {languages}."),
            {"path": str(path), "value": str(value), "languages": ", ".join(LANGUAGES)}))
    return str(value)


def _toml_string(value: str) -> str:
    # JSON's string escapes are valid TOML basic-string escapes.
    return json.dumps(value, ensure_ascii=False)


def write_config(config: ClientConfig, path: Path) -> None:
    """Writes `config` to `path` in the format load_config reads (absolute paths)."""
    lines = ["[bank]", f"url = {_toml_string(config.server_url)}", f"ca_file = {_toml_string(str(config.ca_file))}",
             "", "[carrier]", f"module = {_toml_string(config.pkcs11_module)}"]
    if config.token_label:
        lines.append(f"token_label = {_toml_string(config.token_label)}")
    if config.idle_reminder_minutes != DEFAULT_IDLE_REMINDER_MINUTES:
        lines.append(f"idle_reminder_minutes = {config.idle_reminder_minutes!r}")
    if config.bank_phone:
        lines.insert(3, f"phone = {_toml_string(config.bank_phone)}")
    lines += ["", "[storage]", f"data_dir = {_toml_string(str(config.data_dir))}"]
    if config.store_key_file:
        lines.append(f"key_file = {_toml_string(str(config.store_key_file))}")
    lines.append("")
    if config.lock_after_minutes != DEFAULT_LOCK_AFTER_MINUTES:
        lines += ["[session]", f"lock_after_minutes = {config.lock_after_minutes!r}", ""]
    if config.language:
        lines += ["[ui]", f"language = {_toml_string(config.language)}", ""]
    if config.proxy:
        lines += ["[network]", f"proxy = {_toml_string(config.proxy)}", ""]
    Path(path).parent.mkdir(parents=True, exist_ok=True)
    Path(path).write_text("\n".join(lines), encoding="utf-8")
