"""The deployment file IT staff put on a workplace: what the set-up wizard need not ask the clerk.

TOML (`bsclient-deployment.toml`) or INI (`bsclient-deployment.ini`), the same sections and keys:

    [bank]     url, ca_fingerprint      the server and the SHA-256 of the bank's CA certificate
               phone                    the bank's official number (Help: told someone a code)
    [carrier]  module, token_label      the PKCS#11 module (path) and, optionally, the token's label
    [ui]       language                 kk, ru or en
    [network]  proxy                    http://host:port, or "system" for the computer's proxy settings
    [storage]  key_file                 only where the computer has no credential store: the file that
                                        keeps the local store's key (store_key.py), on a disk only the
                                        user can read

Looked for, first found wins: `--deployment FILE`, $BSCLIENT_DEPLOYMENT, next to the program
(the installed executable), the system's configuration folder (platformdirs' site_config_dir),
then the user's configuration folder.
"""

from __future__ import annotations

import configparser
import os
import sys
import tomllib
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import platformdirs

from bsclient.client.config import APP_NAME, LANGUAGES, ConfigError
from bsclient.client.session.server_identity import format_fingerprint, normalise_fingerprint
from bsclient.messages import QT_TRANSLATE_NOOP, Message

FILE_NAMES = ("bsclient-deployment.toml", "bsclient-deployment.ini")
ENVIRONMENT_VARIABLE = "BSCLIENT_DEPLOYMENT"


@dataclass(frozen=True)
class Deployment:
    """Presets; None: the wizard asks."""

    server_url: str | None = None
    ca_fingerprint: str | None = None  # "AB:CD:..."
    pkcs11_module: str | None = None
    token_label: str | None = None
    language: str | None = None
    source: Path | None = None
    bank_phone: str | None = None
    proxy: str | None = None
    store_key_file: str | None = None


def candidate_paths(explicit: Path | None = None, *, environ: dict[str, str] | None = None,
                    program_dir: Path | None = None) -> list[Path]:
    """Where the deployment file is looked for, in order."""
    environ = dict(os.environ) if environ is None else environ
    if explicit is not None:
        return [Path(explicit)]
    paths: list[Path] = []
    if environ.get(ENVIRONMENT_VARIABLE):
        paths.append(Path(environ[ENVIRONMENT_VARIABLE]))
    folders = [program_dir or Path(sys.argv[0] if sys.argv and sys.argv[0] else ".").resolve().parent,
               Path(platformdirs.site_config_dir(APP_NAME, appauthor=False)),
               Path(platformdirs.user_config_dir(APP_NAME, appauthor=False))]
    paths += [folder / name for folder in folders for name in FILE_NAMES]
    return paths


def find_deployment(paths: Iterable[Path]) -> Deployment:
    """The first file of `paths` that exists, read; an empty Deployment when there is none."""
    for path in paths:
        if path.is_file():
            return read_deployment(path)
    return Deployment()


def read_deployment(path: Path) -> Deployment:
    """Reads a TOML or (by its .ini suffix) INI deployment file; ConfigError names what is wrong."""
    try:
        text = Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise _error(path, QT_TRANSLATE_NOOP("Config", "The deployment file {path} cannot be read."), {}) from exc
    try:
        data = _ini(text) if Path(path).suffix.lower() == ".ini" else tomllib.loads(text)
    except (tomllib.TOMLDecodeError, configparser.Error) as exc:
        raise _error(path, QT_TRANSLATE_NOOP("Config", "The deployment file {path} has a mistake: {problem}"),
                     {"problem": str(exc)}) from exc
    fingerprint = _text(data, "bank", "ca_fingerprint")
    if fingerprint is not None and normalise_fingerprint(fingerprint) is None:
        raise _error(path, QT_TRANSLATE_NOOP(
            "Config", "The deployment file {path} gives ca_fingerprint as \"{value}\"; it must be the 64 "
            "hexadecimal digits of a SHA-256 fingerprint, as the bank prints them."), {"value": fingerprint})
    language = _text(data, "ui", "language")
    if language is not None and language not in LANGUAGES:
        raise _error(path, QT_TRANSLATE_NOOP(
            "Config", "The deployment file {path} names the language \"{value}\"; use one of: {languages}."),
            {"value": language, "languages": ", ".join(LANGUAGES)})
    return Deployment(server_url=_text(data, "bank", "url"),
                      ca_fingerprint=format_fingerprint(fingerprint) if fingerprint else None,
                      pkcs11_module=_text(data, "carrier", "module"), token_label=_text(data, "carrier", "token_label"),
                      language=language, source=Path(path), bank_phone=_text(data, "bank", "phone"),
                      proxy=_text(data, "network", "proxy"), store_key_file=_text(data, "storage", "key_file"))


def _ini(text: str) -> dict[str, dict[str, str]]:
    parser = configparser.ConfigParser(interpolation=None)
    parser.read_string(text)
    return {section: dict(parser[section]) for section in parser.sections()}


def _text(data: dict[str, Any], section: str, key: str) -> str | None:
    values = data.get(section)
    value = values.get(key) if isinstance(values, dict) else None
    return value.strip() if isinstance(value, str) and value.strip() else None


def _error(path: Path, text: str, params: dict[str, str]) -> ConfigError:
    return ConfigError(Message("Config", text, {"path": str(path), **params}))
