"""`bsclient [--config FILE]` runs the client; `bsclient doctor ...` and `bsclient --selftest` check the workplace."""

from __future__ import annotations

import argparse
import dataclasses
import sys
from pathlib import Path

import platformdirs

from bsclient.client.config import APP_NAME, LANGUAGES

CONFIG_FILE = "config.toml"


def default_config_path() -> Path:
    """config.toml in the user's configuration folder (platformdirs)."""
    return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False)) / CONFIG_FILE


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="bsclient", description="Internet-Client: corporate internet banking.",
                                     epilog="`bsclient doctor --help` lists the workplace checks for IT staff.")
    parser.add_argument("--config", type=Path, default=None,
                        help=f"settings file (default: {default_config_path()})")
    parser.add_argument("--language", choices=LANGUAGES, default=None,
                        help="the language of the windows: kk, ru or en (default: the settings file's, else the system's)")
    parser.add_argument("--selftest", action="store_true",
                        help="check that the installed program and its libraries work, then exit")
    return parser


def main(argv: list[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if args[:1] == ["doctor"]:
        from bsclient import doctor  # lazily: the GUI does not need it
        return doctor.main(args[1:])
    options, qt_args = _parser().parse_known_args(args)
    if options.selftest:
        from bsclient import selftest
        return selftest.main()
    # Qt's own options (-platform, -style) pass through to QApplication.
    from bsclient.client.config import ConfigError, load_config
    from bsclient.ui.app import run_gui, show_startup_error
    try:
        config = load_config(options.config or default_config_path())
    except ConfigError as exc:
        return show_startup_error(exc, options.language)
    if options.language:
        config = dataclasses.replace(config, language=options.language)
    return run_gui(config, [sys.argv[0] if sys.argv else "bsclient", *qt_args])


if __name__ == "__main__":
    sys.exit(main())
