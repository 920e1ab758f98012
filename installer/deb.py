"""A Debian package (.deb) of the bundle, for IT staff who deploy the client with apt, dpkg or their tools:

    .venv/bin/pyinstaller --noconfirm build.spec           # the bundle in dist/bsclient/
    .venv/bin/python installer/deb.py                      # dist/bsclient_<version>_<arch>.deb
    .venv/bin/python installer/deb.py --bundle DIR --out DIR [--fast]

What it installs:
    /opt/bsclient/                      the bundle (bsclient, bsclient-doctor, _internal/)
    /usr/bin/bsclient, bsclient-doctor  links to the two programs
    /usr/share/applications/kz.bsclient.client.desktop        the menu entry (names in kk, ru, en)
    /usr/share/icons/hicolor/*/apps/kz.bsclient.client.{png,svg}
    /usr/share/metainfo/kz.bsclient.client.metainfo.xml       AppStream (software centres)
    /usr/share/doc/bsclient/examples/bsclient-deployment.toml  the deployment file, to copy and fill in
    /etc/xdg/bsclient/                  where the client looks for IT's deployment file (empty)
It depends on pcscd (the key carrier's readers) and on the system libraries the bundle takes from the
machine (OpenGL/EGL, XCB, Wayland, CUPS). Nothing runs at installation; removal leaves nothing behind but
files IT or users made (a deployment file put in /etc/xdg/bsclient/, the users' own settings and data).
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import shutil
import subprocess
import sys
import tempfile
import tomllib
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
APP_ID = "kz.bsclient.client"
PACKAGE = "bsclient"
INSTALL_DIR = Path("opt") / PACKAGE
ICONS = REPO / "bsclient" / "ui" / "icons"
LINUX = REPO / "installer" / "linux"
PROGRAMS = ("bsclient", "bsclient-doctor")
DEPENDS = ("pcscd", "libc6 (>= 2.36)", "libegl1", "libgl1", "libxcb1", "libwayland-client0", "libwayland-cursor0",
           "libcups2")
RECOMMENDS = ("fonts-dejavu-core",)

DESCRIPTION = """Internet banking for companies in Kazakhstan
 Internet-Client: clerks pay in tenge and in foreign currency, sign every
 document with a key that never leaves their USB key carrier (PKCS#11),
 and follow each payment until the bank executes it.
 .
 bsclient-doctor checks a workplace for IT staff (the carrier's driver,
 PC/SC, the bank's server and proxy) and writes a support report."""


def package_version() -> str:
    return str(tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"])


def release_date() -> str:
    """The release's date for AppStream: SOURCE_DATE_EPOCH (reproducible builds), else the last commit's."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if epoch:
        return dt.datetime.fromtimestamp(int(epoch), dt.UTC).strftime("%Y-%m-%d")
    found = subprocess.run(["git", "log", "-1", "--format=%cs"], cwd=REPO, capture_output=True, text=True)
    if found.returncode == 0 and found.stdout.strip():
        return found.stdout.strip()
    return dt.datetime.now(dt.UTC).strftime("%Y-%m-%d")


def architecture() -> str:
    return subprocess.run(["dpkg", "--print-architecture"], capture_output=True, text=True, check=True).stdout.strip()


def control(version: str, arch: str, installed_kib: int) -> str:
    return "\n".join([
        f"Package: {PACKAGE}",
        f"Version: {version}",
        f"Architecture: {arch}",
        "Maintainer: Internet-Client authors <support@bsclient.invalid>",
        f"Installed-Size: {installed_kib}",
        f"Depends: {', '.join(DEPENDS)}",
        f"Recommends: {', '.join(RECOMMENDS)}",
        "Section: misc",
        "Priority: optional",
        f"Description: {DESCRIPTION}",
        "",
    ])


def stage(bundle: Path, root: Path, version: str) -> None:
    """The package's files under `root`, as they will lie on the machine."""
    shutil.copytree(bundle, root / INSTALL_DIR, symlinks=True)
    usr_bin = root / "usr" / "bin"
    usr_bin.mkdir(parents=True)
    for program in PROGRAMS:
        (usr_bin / program).symlink_to(Path("/") / INSTALL_DIR / program)
    share = root / "usr" / "share"
    (share / "applications").mkdir(parents=True)
    shutil.copy(LINUX / f"{APP_ID}.desktop", share / "applications")
    for png in sorted(ICONS.glob("bsclient-*.png")):
        size = png.stem.split("-")[1]
        folder = share / "icons" / "hicolor" / f"{size}x{size}" / "apps"
        folder.mkdir(parents=True)
        shutil.copy(png, folder / f"{APP_ID}.png")
    scalable = share / "icons" / "hicolor" / "scalable" / "apps"
    scalable.mkdir(parents=True)
    shutil.copy(ICONS / "bsclient.svg", scalable / f"{APP_ID}.svg")
    (share / "metainfo").mkdir(parents=True)
    metainfo = (LINUX / f"{APP_ID}.metainfo.xml").read_text(encoding="utf-8")
    (share / "metainfo" / f"{APP_ID}.metainfo.xml").write_text(
        metainfo.replace("@VERSION@", version).replace("@DATE@", release_date()), encoding="utf-8")
    examples = share / "doc" / PACKAGE / "examples"
    examples.mkdir(parents=True)
    shutil.copy(REPO / "installer" / "bsclient-deployment.example.toml", examples / "bsclient-deployment.toml")
    (root / "etc" / "xdg" / PACKAGE).mkdir(parents=True)
    for path in root.rglob("*"):
        if not path.is_symlink():
            path.chmod(0o755 if path.is_dir() or os.access(path, os.X_OK) else 0o644)


def build_deb(bundle: Path, out: Path, *, fast: bool = False) -> Path:
    """Builds the .deb from the bundle folder `bundle`; its path in `out`. `fast`: gzip at its quickest level
    (for tests), else dpkg-deb's default xz."""
    if not (bundle / "bsclient").is_file():
        raise SystemExit(f"{bundle} holds no bundle: build it first (.venv/bin/pyinstaller --noconfirm build.spec)")
    version, arch = package_version(), architecture()
    out.mkdir(parents=True, exist_ok=True)
    deb = out / f"{PACKAGE}_{version}_{arch}.deb"
    with tempfile.TemporaryDirectory(prefix="bsclient-deb-") as temporary:
        root = Path(temporary) / "root"
        stage(bundle, root, version)
        size = sum(path.lstat().st_size for path in root.rglob("*")) // 1024 + 1
        (root / "DEBIAN").mkdir()
        (root / "DEBIAN" / "control").write_text(control(version, arch, size), encoding="utf-8")
        compression = ["-Zgzip", "-z1"] if fast else []
        subprocess.run(["dpkg-deb", "--root-owner-group", *compression, "--build", str(root), str(deb)],
                       check=True, stdout=subprocess.DEVNULL)
    return deb


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--bundle", type=Path, default=REPO / "dist" / "bsclient", help="the bundle folder")
    parser.add_argument("--out", type=Path, default=REPO / "dist", help="where the .deb goes")
    parser.add_argument("--fast", action="store_true", help="quick gzip compression instead of xz")
    options = parser.parse_args()
    print(build_deb(options.bundle, options.out, fast=options.fast))
    return 0


if __name__ == "__main__":
    sys.exit(main())
