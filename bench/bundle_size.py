"""The bundle's size against a bare PySide6-Essentials bundle built the same way.

    .venv/bin/python bench/bundle_size.py [--keep DIR]

Builds, with the same PyInstaller, in one-folder mode:
- the client's bundle (build.spec: both programs, everything it ships);
- a bare bundle of a Qt hello window (QApplication and a QMainWindow), with the same rules of what a bundle
  leaves out (installer/bundle_contents.py: Qt's plugins, translations, unused libraries);
- the same hello window with PyInstaller's defaults, for reference.
Prints each folder's size (MB = 1,000,000 bytes), the client's excess over the bare bundle built the same
way, and that excess against the goal of at most 40 MB. Asserts nothing.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
GOAL_MB = 40.0

HELLO = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv)
window = QMainWindow()
window.setWindowTitle("hello")
window.show()
QTimer.singleShot(0, app.quit)
sys.exit(app.exec())
"""

# The bare window's spec: what build.spec does to its analysis, nothing of the client's.
SAME_WAY_SPEC = """
import sys
sys.path.insert(0, {repo!r})
from installer.bundle_contents import EXCLUDES, STRIP, kept, linked_libraries, reachable_binaries, without_dangling_links
a = Analysis([{script!r}], excludes=EXCLUDES, noarchive=False)
a.datas = kept(a.datas)
a.binaries = reachable_binaries(kept(a.binaries), linked_libraries)
a.datas = without_dangling_links(a.datas, a.binaries)
exe = EXE(PYZ(a.pure), a.scripts, [], exclude_binaries=True, name="hello", console=False, strip=STRIP, upx=False)
coll = COLLECT(exe, a.binaries, a.datas, name="hello", strip=STRIP, upx=False)
"""

DEFAULT_SPEC = """
a = Analysis([{script!r}], noarchive=False)
exe = EXE(PYZ(a.pure), a.scripts, [], exclude_binaries=True, name="hello", console=False, upx=False)
coll = COLLECT(exe, a.binaries, a.datas, name="hello", upx=False)
"""


def folder_bytes(folder: Path) -> int:
    return sum(path.stat().st_size for path in folder.rglob("*") if path.is_file() and not path.is_symlink())


def build(spec: Path, work: Path) -> Path:
    dist = work / "dist"
    subprocess.run([sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "ERROR",
                    "--distpath", str(dist), "--workpath", str(work / "build"), str(spec)],
                   cwd=REPO, check=True)
    (folder,) = [path for path in dist.iterdir() if path.is_dir()]
    return folder


def megabytes(size: int) -> str:
    return f"{size / 1e6:7.1f} MB"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--keep", type=Path, help="build in this folder and keep the bundles (default: a temporary one)")
    options = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="bundle-size-") as temporary:
        root = options.keep or Path(temporary)
        root.mkdir(parents=True, exist_ok=True)
        script = root / "hello.py"
        script.write_text(HELLO, encoding="utf-8")
        same_way, default = root / "hello-same-way.spec", root / "hello-default.spec"
        same_way.write_text(SAME_WAY_SPEC.format(repo=str(REPO), script=str(script)), encoding="utf-8")
        default.write_text(DEFAULT_SPEC.format(script=str(script)), encoding="utf-8")
        env_note = f"PyInstaller one-folder, {sys.platform}, Python {sys.version.split()[0]}"
        ours = folder_bytes(build(REPO / "build.spec", root / "client"))
        bare = folder_bytes(build(same_way, root / "bare"))
        bare_default = folder_bytes(build(default, root / "bare-default"))
    excess = (ours - bare) / 1e6
    print(f"bundle sizes ({env_note})")
    print(f"  client (build.spec)                  {megabytes(ours)}")
    print(f"  bare Qt window, built the same way   {megabytes(bare)}")
    print(f"  bare Qt window, PyInstaller defaults {megabytes(bare_default)}")
    print(f"  client over bare (same way)          {excess:7.1f} MB   goal: at most {GOAL_MB:.0f} MB "
          f"({'met' if excess <= GOAL_MB else 'NOT met'})")
    print(f"  client against PyInstaller's bare    {(ours - bare_default) / 1e6:+7.1f} MB")
    return 0


if __name__ == "__main__":
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sys.exit(main())
