"""The Windows installer from the Windows bundle: makensis over installer/windows/bsclient.nsi with the package's
version (NSIS runs on Windows, and on Linux as Debian's `nsis` package):

    python installer\\nsis.py                                  # dist\\bsclient -> dist\\bsclient-<version>-setup.exe
    python installer/nsis.py --payload DIR --out DIR

Warnings are errors (-WX): a misspelt constant in a path is a warning to makensis and a broken installer.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SCRIPT = REPO / "installer" / "windows" / "bsclient.nsi"
ICON = REPO / "bsclient" / "ui" / "icons" / "bsclient.ico"


def package_version() -> str:
    return str(tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"])


def makensis() -> str:
    found = shutil.which("makensis") or next(
        (str(path) for path in (Path(r"C:\Program Files (x86)\NSIS\makensis.exe"),
                                Path(r"C:\Program Files\NSIS\makensis.exe")) if path.is_file()), None)
    if found is None:
        raise SystemExit("makensis was not found: install NSIS (Debian: apt-get install nsis)")
    return found


def build_installer(payload: Path, out: Path) -> Path:
    """Compiles the installer around the bundle folder `payload`; the installer's path in `out`."""
    version = package_version()
    out.mkdir(parents=True, exist_ok=True)
    installer = out / f"bsclient-{version}-setup.exe"
    subprocess.run([makensis(), "-V2", "-WX", f"-DVERSION={version}", f"-DPAYLOAD={payload.resolve()}",
                    f"-DOUTFILE={installer.resolve()}", f"-DICON={ICON}", str(SCRIPT)], check=True)
    return installer


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--payload", type=Path, default=REPO / "dist" / "bsclient", help="the Windows bundle folder")
    parser.add_argument("--out", type=Path, default=REPO / "dist", help="where the installer goes")
    options = parser.parse_args()
    print(build_installer(options.payload, options.out))
    return 0


if __name__ == "__main__":
    sys.exit(main())
