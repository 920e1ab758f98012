"""What the PyInstaller bundle ships: the rules build.spec (and bench/bundle_size.py's bare Qt bundle, built
the same way) apply to PyInstaller's analysis.

PyInstaller's hooks take a whole library with every plugin, translation and data file it has; the client
needs a few. Everything here is about size, never behaviour: `bsclient --selftest` and the bundle tests
prove the bundle still has what it uses.
"""

from __future__ import annotations

import re
import subprocess
import sys
from collections.abc import Callable, Iterable
from pathlib import PurePosixPath, PureWindowsPath

# (name in the bundle, source path, PyInstaller's kind: BINARY, EXTENSION, DATA …)
Entry = tuple[str, str, str]

# Python packages the analysis reaches through optional imports the client never takes: the test and
# type-checking tools (pydantic's plugins reach hypothesis and mypy; schwifty imports pydantic only for
# pydantic users), the reference bank and its server, and the standard library's developer tools.
PYTHON_EXCLUDES = (
    "refbank", "fastapi", "uvicorn", "starlette", "argon2", "httpx", "trustme",
    "pydantic", "pydantic_core", "hypothesis", "mypy", "mypyc", "ast_serialize", "pytest", "_pytest", "pytestqt",
    "time_machine", "mt940", "ruff", "PyInstaller",
    "tkinter", "unittest", "pydoc", "pdb", "doctest", "lib2to3", "xmlrpc", "curses", "readline",
)

# Qt's Python modules the client never imports (the Essentials wheel's others).
QT_EXCLUDES = (
    "PySide6.QtNetwork", "PySide6.QtDBus", "PySide6.QtQml", "PySide6.QtQuick", "PySide6.QtQuickWidgets",
    "PySide6.QtQuickControls2", "PySide6.QtQuickTest", "PySide6.QtOpenGL", "PySide6.QtOpenGLWidgets",
    "PySide6.QtSql", "PySide6.QtTest", "PySide6.QtConcurrent", "PySide6.QtDesigner", "PySide6.QtHelp",
    "PySide6.QtUiTools", "PySide6.QtXml", "PySide6.QtSvgWidgets", "PySide6.QtNetworkAuth",
    "PySide6.QtMultimedia", "PySide6.QtMultimediaWidgets", "PySide6.QtStateMachine", "PySide6.QtCharts",
    "PySide6.QtWebEngineCore", "PySide6.QtWebEngineWidgets", "PySide6.QtDataVisualization",
)

EXCLUDES = PYTHON_EXCLUDES + QT_EXCLUDES

# Qt plugins kept, by folder: the desktop platforms (X11, Wayland, Windows, macOS) and the offscreen one
# (the self-test and IT's sign-in check without a display); input methods (Kazakh and Russian keyboards
# through IBus); printing; the icon formats. Not kept: the GTK 3 theme (it pulls GTK, cairo and pango),
# framebuffer, VNC and embedded platforms, touch and tablet input, image formats the client never reads.
QT_PLUGINS = {
    "platforms": ("qxcb", "qwayland", "qoffscreen", "qminimal", "qwindows", "qcocoa"),
    "platformthemes": ("qxdgdesktopportal",),
    "platforminputcontexts": ("composeplatforminputcontextplugin", "ibusplatforminputcontextplugin"),
    "printsupport": ("cupsprintersupport", "windowsprintersupport"),
    "imageformats": ("qico", "qsvg"),
    "iconengines": ("qsvgicon",),
    "styles": ("qmodernwindowsstyle", "qwindowsvistastyle"),
    "xcbglintegrations": ("qxcb-glx-integration",),
    "wayland-shell-integration": ("xdg-shell",),
    "wayland-decoration-client": ("bradient", "adwaita"),
}

# Libraries taken from the system rather than shipped: CUPS, the printing service's client (with GnuTLS,
# Kerberos and Avahi behind it), must match the machine's printing service; the .deb depends on libcups2.
# Without it the client runs and saves PDFs, and the print dialog lists no printers.
SYSTEM_LIBRARIES = ("libcups.so.2",)

# Symbols and debugging sections are stripped from the libraries on Linux (a third of the size of some).
STRIP = sys.platform.startswith("linux")

# The interface's languages: Qt's own texts (buttons of its dialogs) only in these.
LANGUAGES = ("kk", "ru", "en")

# pycountry: the country database and its Kazakh and Russian names (bsclient/rules/foreign.py); the other
# databases load only when asked for, and no other language is shown.
PYCOUNTRY_DATABASES = ("iso3166-1.json", "iso4217.json")
PYCOUNTRY_LOCALES = ("kk", "ru")


def _parts(name: str) -> tuple[str, ...]:
    return PureWindowsPath(name).parts if "\\" in name else PurePosixPath(name).parts


def _plugin_name(file_name: str) -> str:
    """libqxcb.so -> qxcb; qwindows.dll -> qwindows; libqsvg.dylib -> qsvg."""
    stem = file_name.split(".", 1)[0]
    return stem[3:] if stem.startswith("lib") else stem


def keeps(name: str) -> bool:
    """Whether the bundle keeps the file it would put at `name` (a path inside the bundle)."""
    parts = _parts(name)
    if parts[-1] in SYSTEM_LIBRARIES and len(parts) <= 2:
        return False
    if "plugins" in parts and parts[:1] == ("PySide6",):
        rest = parts[parts.index("plugins") + 1:]
        if len(rest) < 2:
            return True
        return _plugin_name(rest[-1]) in QT_PLUGINS.get(rest[0], ())
    if "translations" in parts and parts[:1] == ("PySide6",) and parts[-1].endswith(".qm"):
        match = re.fullmatch(r"qtbase_([a-z]{2})(_[A-Z]{2})?\.qm", parts[-1])
        return match is not None and match[1] in LANGUAGES
    if parts[:1] == ("pycountry",):
        if parts[1:2] == ("databases",):
            return parts[-1] in PYCOUNTRY_DATABASES
        if parts[1:2] == ("locales",):
            return len(parts) > 2 and parts[2] in PYCOUNTRY_LOCALES and parts[-1].startswith("iso3166-1.")
        return parts[1:2] != ("tests",)
    return True


def kept(entries: Iterable[Entry]) -> list[Entry]:
    return [entry for entry in entries if keeps(entry[0])]


def reachable_binaries(binaries: list[Entry], imports: Callable[[str], Iterable[str]]) -> list[Entry]:
    """`binaries` without the shared libraries nothing left needs.

    Roots are Python's own library, the extension modules and the Qt plugins kept; a library stays when a
    root or a kept library names it as a link-time dependency (`imports(source)` gives those names).
    Dropping a plugin thus drops what only it needed (the GTK theme: GTK, cairo, pango …).
    """
    def key(name: str) -> str:
        return _parts(name)[-1].lower()

    by_name: dict[str, list[Entry]] = {}
    for entry in binaries:
        by_name.setdefault(key(entry[0]), []).append(entry)
    roots = [entry for entry in binaries
             if entry[2] == "EXTENSION" or "plugins" in _parts(entry[0])
             or re.match(r"(lib)?python3", key(entry[0]))]
    seen = {id(entry) for entry in roots}
    todo = list(roots)
    while todo:
        entry = todo.pop()
        for needed in imports(entry[1]):
            for found in by_name.get(key(needed), ()):
                if id(found) not in seen:
                    seen.add(id(found))
                    todo.append(found)
    return [entry for entry in binaries if id(entry) in seen]


def without_dangling_links(datas: list[Entry], binaries: list[Entry]) -> list[Entry]:
    """`datas` without PyInstaller's links (SYMLINK: name in the bundle -> the file it points to) to files the
    bundle no longer ships: its links beside Python to Qt's libraries, e.g. to QtNetwork's."""
    shipped = {entry[0] for entry in (*datas, *binaries) if entry[2] != "SYMLINK"}
    return [entry for entry in datas if entry[2] != "SYMLINK" or entry[1] in shipped]


def linked_libraries(source: str) -> list[str]:
    """The shared libraries a binary names itself as its link-time dependencies.

    Only its own: on Linux PyInstaller asks ldd, whose list goes on through every library it loads, so a
    library the system provides (CUPS) would keep its own dependencies (GnuTLS, Kerberos, Avahi) in the bundle.
    """
    if sys.platform.startswith("linux"):
        return _elf_needed(source)
    from PyInstaller.depend import bindepend  # PyInstaller is there only while a bundle is built

    try:
        return [name for name, _ in bindepend.get_imports(source)]
    except Exception:  # a file PyInstaller cannot read: keep what it needs unknown, as PyInstaller does
        return []


def _elf_needed(source: str) -> list[str]:
    """The NEEDED entries of an ELF file, read with objdump (binutils, which PyInstaller needs on Linux)."""
    result = subprocess.run(["objdump", "-p", source], capture_output=True, text=True, check=False)
    return re.findall(r"^\s*NEEDED\s+(\S+)\s*$", result.stdout, flags=re.MULTILINE)


def windows_version_file(version: str, *, description: str, internal_name: str) -> str:
    """The text of a PyInstaller version file: the Windows version resource of one program (Explorer's
    Details tab, IT's inventory tools) from the package's version "1.2.3"."""
    numbers = [int(part) for part in re.findall(r"\d+", version)[:4]]
    numbers += [0] * (4 - len(numbers))
    four = tuple(numbers)
    strings = {
        "CompanyName": "Internet-Client",
        "FileDescription": description,
        "FileVersion": version,
        "InternalName": internal_name,
        "LegalCopyright": "Internet-Client authors",
        "OriginalFilename": f"{internal_name}.exe",
        "ProductName": "Internet-Client",
        "ProductVersion": version,
    }
    table = ",\n          ".join(f"StringStruct({key!r}, {value!r})" for key, value in strings.items())
    return f"""VSVersionInfo(
  ffi=FixedFileInfo(filevers={four}, prodvers={four}, mask=0x3f, flags=0x0, OS=0x40004,
                    fileType=0x1, subtype=0x0, date=(0, 0)),
  kids=[
    StringFileInfo([StringTable('040904B0', [
          {table}])]),
    VarFileInfo([VarStruct('Translation', [1033, 1200])])
  ]
)
"""
