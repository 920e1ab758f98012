"""`bsclient [--config FILE]` runs the client; `bsclient doctor ...` and `bsclient --selftest` check the workplace;
`bsclient check-1c FILE` checks a 1C exchange file; `bsclient directories import FILE` loads an official list.
`bsclient-doctor` is the same console commands for IT staff, the doctor's checks by default."""

from __future__ import annotations

import argparse
import dataclasses
import sys
from pathlib import Path

from bsclient import __version__
from bsclient.client.config import LANGUAGES, ConfigError, default_config_path, load_config
from bsclient.client.logs import start_logging


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="bsclient", description="Internet-Client: corporate internet banking.",
                                     epilog="`bsclient doctor --help` lists the workplace checks for IT staff; "
                                            "`bsclient check-1c FILE` checks a 1C file as the import would.")
    parser.add_argument("--config", type=Path, default=None,
                        help=f"settings file (default: {default_config_path()})")
    parser.add_argument("--language", choices=LANGUAGES, default=None,
                        help="the language of the windows: kk, ru or en (default: the settings file's, else the system's)")
    parser.add_argument("--setup", action="store_true",
                        help="run the set-up wizard (it also runs when there is no settings file)")
    parser.add_argument("--deployment", type=Path, default=None,
                        help="the deployment file IT staff prepared (TOML or INI; README: \"Deployment file\")")
    parser.add_argument("--version", action="version", version=f"bsclient {__version__}")
    parser.add_argument("--selftest", action="store_true",
                        help="check that the installed program and its libraries work, then exit")
    return parser


def main(argv: list[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if args[:1] == ["check-1c"]:
        from bsclient.ui.payments import check_1c  # noqa: PLC0415 - start-up: the windows do not need it
        return check_1c.main(args[1:])
    if args[:2] == ["directories", "import"]:
        return _import_directory(args[2:])
    if args[:1] == ["doctor"]:
        from bsclient import doctor  # noqa: PLC0415 - start-up: the windows do not need the doctor
        return doctor.main(args[1:])
    options, qt_args = _parser().parse_known_args(args)
    if options.selftest:
        from bsclient import selftest  # noqa: PLC0415 - start-up: the windows do not need the self-test
        return selftest.main()
    # Qt's own options (-platform, -style) pass through to QApplication.
    from bsclient.ui.app import run_gui, show_startup_error  # noqa: PLC0415 - start-up: no Qt for doctor and --selftest

    start_logging()
    config_path = options.config or default_config_path()
    if options.setup or not config_path.exists():
        return _run_setup(config_path, options, qt_args)
    try:
        config = load_config(config_path)
    except ConfigError as exc:
        return show_startup_error(exc, options.language)
    if options.language:
        config = dataclasses.replace(config, language=options.language)
    return run_gui(config, [sys.argv[0] if sys.argv else "bsclient", *qt_args], config_path=config_path)


CONSOLE_COMMANDS = ("doctor", "--selftest", "--version", "check-1c", "directories")


def doctor_main(argv: list[str] | None = None) -> int:
    """`bsclient-doctor [doctor options]`, `bsclient-doctor --selftest`, `bsclient-doctor check-1c FILE` …:
    the console program of the bundle (on Windows the client's own program has no console to print to)."""
    args = list(sys.argv[1:] if argv is None else argv)
    if args[:1] and args[0] in CONSOLE_COMMANDS:
        return main(args)
    return main(["doctor", *args])


def _import_directory(argv: list[str]) -> int:
    """`bsclient directories import FILE [--directory NAME]`: an official list into the client's directories."""
    from bsclient.client.directories.importing import import_directory_file  # noqa: PLC0415 - start-up
    from bsclient.client.directories.model import DirectoryError  # noqa: PLC0415 - start-up

    parser = argparse.ArgumentParser(prog="bsclient directories import",
                                     description="Load an official list (CSV or XLSX) into the client's directories.")
    parser.add_argument("file", type=Path)
    parser.add_argument("--directory", default=None, help="knp, kbk, residency, sectors, budget_recipients or funds "
                        "(default: the file's name)")
    parser.add_argument("--config", type=Path, default=None, help=f"settings file (default: {default_config_path()})")
    options = parser.parse_args(argv)
    try:
        data_dir = load_config(options.config or default_config_path()).data_dir
        report = import_directory_file(options.file, data_dir, options.directory)
    except (ConfigError, DirectoryError) as exc:
        print(exc.message.render(), file=sys.stderr)
        return 2
    except (OSError, ValueError, UnicodeDecodeError) as exc:
        print(f"The file cannot be imported: {exc}", file=sys.stderr)
        return 2
    print("\n".join(report.lines()))
    return 1 if report.refused else 0


def _run_setup(config_path: Path, options: argparse.Namespace, qt_args: list[str]) -> int:
    """The set-up wizard (bsclient/ui/setup/wizard.py), with the deployment file's presets."""
    # Start-up: the wizard and what it reads load only when there is something to set up.
    from bsclient.client.setup.deployment import candidate_paths, find_deployment  # noqa: PLC0415 - start-up
    from bsclient.ui.app import show_startup_error  # noqa: PLC0415 - start-up
    from bsclient.ui.setup.start import run_setup  # noqa: PLC0415 - start-up

    try:
        deployment = find_deployment(candidate_paths(options.deployment))
    except ConfigError as exc:
        return show_startup_error(exc, options.language)
    return run_setup(config_path, deployment, language=options.language,
                     argv=[sys.argv[0] if sys.argv else "bsclient", *qt_args])


if __name__ == "__main__":
    sys.exit(main())
