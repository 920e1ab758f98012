"""The Windows installer's script (installer/windows/bsclient.nsi) compiles with makensis, warnings as errors,
around a stand-in payload shaped like the Windows bundle, and the installer carries the bundle's files where
the script says (read back with 7-Zip, which opens NSIS installers) and its pages in Kazakh, from our own
language files (NSIS ships none for Kazakh). The real bundle and installer are built and installed on a
Windows runner (.github/workflows/windows.yml)."""

from __future__ import annotations

import lzma
import re
import shutil
import struct
import subprocess
from pathlib import Path

import pytest

from installer.nsis import SCRIPT, build_installer, package_version

pytestmark = pytest.mark.unit

KAZAKH_NLF = SCRIPT.parent / "Kazakh.nlf"
KAZAKH_NSH = SCRIPT.parent / "Kazakh.nsh"

# The strings of NSIS 3's language files, in their order (makensis reads an .nlf's strings by position), as
# in Russian.nlf and Russian.nsh. Where NSIS is installed, its own Russian files are the reference instead,
# so that strings a newer NSIS adds show up here untranslated.
NLF_IDS = (
    "^Branding", "^SetupCaption", "^UninstallCaption", "^LicenseSubCaption", "^ComponentsSubCaption",
    "^DirSubCaption", "^InstallingSubCaption", "^CompletedSubCaption", "^UnComponentsSubCaption", "^UnDirSubCaption",
    "^ConfirmSubCaption", "^UninstallingSubCaption", "^UnCompletedSubCaption", "^BackBtn", "^NextBtn", "^AgreeBtn",
    "^AcceptBtn", "^DontAcceptBtn", "^InstallBtn", "^UninstallBtn", "^CancelBtn", "^CloseBtn", "^BrowseBtn",
    "^ShowDetailsBtn", "^ClickNext", "^ClickInstall", "^ClickUninstall", "^Name", "^Completed", "^LicenseText",
    "^LicenseTextCB", "^LicenseTextRB", "^UnLicenseText", "^UnLicenseTextCB", "^UnLicenseTextRB", "^Custom",
    "^ComponentsText", "^ComponentsSubText1", "^ComponentsSubText2_NoInstTypes", "^ComponentsSubText2",
    "^UnComponentsText", "^UnComponentsSubText1", "^UnComponentsSubText2_NoInstTypes", "^UnComponentsSubText2",
    "^DirText", "^DirSubText", "^DirBrowseText", "^UnDirText", "^UnDirSubText", "^UnDirBrowseText", "^SpaceAvailable",
    "^SpaceRequired", "^UninstallingText", "^UninstallingSubText", "^FileError", "^FileError_NoIgnore", "^CantWrite",
    "^CopyFailed", "^CopyTo", "^Registering", "^Unregistering", "^SymbolNotFound", "^CouldNotLoad", "^CreateFolder",
    "^CreateShortcut", "^CreatedUninstaller", "^Delete", "^DeleteOnReboot", "^ErrorCreatingShortcut",
    "^ErrorCreating", "^ErrorDecompressing", "^ErrorRegistering", "^ExecShell", "^Exec", "^Extract", "^ErrorWriting",
    "^InvalidOpcode", "^NoOLE", "^OutputFolder", "^RemoveFolder", "^RenameOnReboot", "^Rename", "^Skipped",
    "^CopyDetails", "^LogInstall", "byte", "kilo", "mega", "giga"
)
MUI_IDS = (
    "MUI_TEXT_WELCOME_INFO_TITLE", "MUI_TEXT_WELCOME_INFO_TEXT", "MUI_UNTEXT_WELCOME_INFO_TITLE",
    "MUI_UNTEXT_WELCOME_INFO_TEXT", "MUI_TEXT_LICENSE_TITLE", "MUI_TEXT_LICENSE_SUBTITLE",
    "MUI_INNERTEXT_LICENSE_BOTTOM", "MUI_INNERTEXT_LICENSE_BOTTOM_CHECKBOX",
    "MUI_INNERTEXT_LICENSE_BOTTOM_RADIOBUTTONS", "MUI_UNTEXT_LICENSE_TITLE", "MUI_UNTEXT_LICENSE_SUBTITLE",
    "MUI_UNINNERTEXT_LICENSE_BOTTOM", "MUI_UNINNERTEXT_LICENSE_BOTTOM_CHECKBOX",
    "MUI_UNINNERTEXT_LICENSE_BOTTOM_RADIOBUTTONS", "MUI_INNERTEXT_LICENSE_TOP", "MUI_TEXT_COMPONENTS_TITLE",
    "MUI_TEXT_COMPONENTS_SUBTITLE", "MUI_UNTEXT_COMPONENTS_TITLE", "MUI_UNTEXT_COMPONENTS_SUBTITLE",
    "MUI_INNERTEXT_COMPONENTS_DESCRIPTION_TITLE", "MUI_INNERTEXT_COMPONENTS_DESCRIPTION_INFO",
    "MUI_INNERTEXT_COMPONENTS_DESCRIPTION_INFO", "MUI_TEXT_DIRECTORY_TITLE", "MUI_TEXT_DIRECTORY_SUBTITLE",
    "MUI_UNTEXT_DIRECTORY_TITLE", "MUI_UNTEXT_DIRECTORY_SUBTITLE", "MUI_TEXT_INSTALLING_TITLE",
    "MUI_TEXT_INSTALLING_SUBTITLE", "MUI_TEXT_FINISH_TITLE", "MUI_TEXT_FINISH_SUBTITLE", "MUI_TEXT_ABORT_TITLE",
    "MUI_TEXT_ABORT_SUBTITLE", "MUI_UNTEXT_UNINSTALLING_TITLE", "MUI_UNTEXT_UNINSTALLING_SUBTITLE",
    "MUI_UNTEXT_FINISH_TITLE", "MUI_UNTEXT_FINISH_SUBTITLE", "MUI_UNTEXT_ABORT_TITLE", "MUI_UNTEXT_ABORT_SUBTITLE",
    "MUI_TEXT_FINISH_INFO_TITLE", "MUI_TEXT_FINISH_INFO_TEXT", "MUI_TEXT_FINISH_INFO_REBOOT",
    "MUI_UNTEXT_FINISH_INFO_TITLE", "MUI_UNTEXT_FINISH_INFO_TEXT", "MUI_UNTEXT_FINISH_INFO_REBOOT",
    "MUI_TEXT_FINISH_REBOOTNOW", "MUI_TEXT_FINISH_REBOOTLATER", "MUI_TEXT_FINISH_RUN", "MUI_TEXT_FINISH_SHOWREADME",
    "MUI_BUTTONTEXT_FINISH", "MUI_TEXT_STARTMENU_TITLE", "MUI_TEXT_STARTMENU_SUBTITLE", "MUI_INNERTEXT_STARTMENU_TOP",
    "MUI_INNERTEXT_STARTMENU_CHECKBOX", "MUI_UNTEXT_CONFIRM_TITLE", "MUI_UNTEXT_CONFIRM_SUBTITLE",
    "MUI_TEXT_ABORTWARNING", "MUI_UNTEXT_ABORTWARNING", "MULTIUSER_TEXT_INSTALLMODE_TITLE",
    "MULTIUSER_TEXT_INSTALLMODE_SUBTITLE", "MULTIUSER_INNERTEXT_INSTALLMODE_TOP",
    "MULTIUSER_INNERTEXT_INSTALLMODE_ALLUSERS", "MULTIUSER_INNERTEXT_INSTALLMODE_CURRENTUSER"
)
# strings that are the same in every language: a product's name, an empty string, the units of a size
UNTRANSLATED_NLF_IDS = {"^Branding", "^UnDirSubText", "byte", "kilo", "mega", "giga"}
# what NSIS fills in ($(^NameDA): the program's name, $_CLICK: "click Next", $0: a file, %s: a version) and its
# escapes (line breaks, tabs and quotes)
PLACEHOLDER = re.compile(r"\$\((?:\^Name|\^NameDA|\^ClickNext)\)|\$_CLICK|\$0|%s")
NSIS_ESCAPE = re.compile(r'\$\\[rnt"]|\\[rnt]')
# the Latin words a Kazakh string may hold: names of things that are not translated
LATIN_NAMES = {"Nullsoft", "Install", "System", "DLL", "OLE", "ReadMe", "PageUp", "PageDown"}


def stand_in_payload(folder: Path) -> Path:
    """bsclient.exe, bsclient-doctor.exe and _internal/ as PyInstaller lays out the Windows bundle."""
    (folder / "_internal" / "PySide6" / "plugins" / "platforms").mkdir(parents=True)
    for name in ("bsclient.exe", "bsclient-doctor.exe", "_internal/python311.dll",
                 "_internal/PySide6/plugins/platforms/qwindows.dll"):
        (folder / name).write_bytes(b"MZ stand-in")
    return folder


def listing(installer: Path) -> list[str]:
    out = subprocess.run(["7z", "l", "-slt", str(installer)], capture_output=True, text=True, check=True).stdout
    return [line.removeprefix("Path = ") for line in out.splitlines() if line.startswith("Path = ")]


def compressed_header(program: Path) -> bytes:
    """The NSIS header (pages, strings, language tables) of an installer or uninstaller compiled with
    `SetCompressor /SOLID lzma`: its LZMA stream follows the 28-byte first header and starts with the header's
    length."""
    data = program.read_bytes()
    start = data.index(b"\xef\xbe\xad\xdeNullsoftInst") - 4
    header_length = struct.unpack_from("<i", data, start + 20)[0]
    stream = data[start + 28:]
    properties, body = stream[:5], stream[5:]
    unknown_size = b"\xff" * 8
    unpacked = lzma.LZMADecompressor(lzma.FORMAT_ALONE).decompress(properties + unknown_size + body,
                                                                    max_length=4 + header_length)
    assert struct.unpack_from("<i", unpacked)[0] == header_length
    return unpacked[4:]


def carries(header: bytes, text: str) -> bool:
    return text.encode("utf-16-le") in header  # a Unicode installer keeps its strings in UTF-16


@pytest.fixture(scope="module")
def built_installer(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("installer")
    return build_installer(stand_in_payload(folder / "bsclient"), folder / "out")


def test_the_installer_compiles_around_the_bundle_and_carries_its_files(built_installer: Path) -> None:
    assert built_installer.name == f"bsclient-{package_version()}-setup.exe"
    assert built_installer.read_bytes()[:2] == b"MZ"
    files = listing(built_installer)
    for name in ("bsclient.exe", "bsclient-doctor.exe", "uninstall.exe", "_internal/python311.dll",
                 "_internal/PySide6/plugins/platforms/qwindows.dll"):
        assert name in files, files


def test_a_bundle_without_its_console_program_does_not_compile(tmp_path: Path) -> None:
    payload = stand_in_payload(tmp_path / "bsclient")
    (payload / "bsclient-doctor.exe").unlink()
    with pytest.raises(subprocess.CalledProcessError):
        build_installer(payload, tmp_path / "out")


def test_shortcuts_are_named_in_kazakh_russian_and_english_and_the_install_is_silent_capable() -> None:
    script = SCRIPT.read_text(encoding="utf-8")
    for name in ("Интернет-Клиент", "Жұмыс орнын тексеру", "Интернет-Клиентті жою",
                 "Проверка рабочего места", "Удалить Интернет-Клиент",
                 "Internet-Client", "Workplace check", "Uninstall Internet-Client"):
        assert f'"{name}"' in script
    assert 'InstallDir "$PROGRAMFILES64\\${APP}"' in script and "RequestExecutionLevel admin" in script
    assert '${GetOptions} $R0 "/DEPLOYMENT=" $Deployment' in script
    assert 'WriteRegStr HKLM "${UNINSTALL_KEY}" "QuietUninstallString"' in script


def test_the_installer_and_its_uninstaller_carry_the_kazakh_pages(built_installer: Path, tmp_path: Path) -> None:
    header = compressed_header(built_installer)
    for text in ("< &Артқа", "&Келесі >", "Болдырмау", "Орнату қалтасын таңдау", "Файлдарды көшіру",
                 "Орнату сәтті аяқталды.", "&Дайын",
                 # the installer's own messages, before any page
                 "Интернет-Клиентке 64 разрядты Windows қажет.", " орналастыру файлы табылмады. /DEPLOYMENT= ",
                 "Файл развёртывания должен быть файлом .toml или .ini: "):
        assert carries(header, text), text
    assert carries(header, "Выбор папки установки") and carries(header, "Select the folder")
    subprocess.run(["7z", "x", "-y", f"-o{tmp_path}", str(built_installer), "uninstall.exe"], capture_output=True,
                   check=True)
    uninstaller = compressed_header(tmp_path / "uninstall.exe")
    for text in ("&Жою", 'Бағдарламаны жою үшін "Жою" батырмасын басыңыз.', "файлдары жойылуда...", "Жою аяқталды"):
        assert carries(uninstaller, text), text


def test_a_kazakh_clerk_gets_the_kazakh_pages_and_the_uninstaller_keeps_the_language() -> None:
    script = SCRIPT.read_text(encoding="utf-8")
    assert '!insertmacro MUI_LANGUAGEEX "${__FILEDIR__}" "Kazakh"' in script
    assert '${If} $0 = 1087\n      StrCpy $ClerkLanguage "kk"' in script  # a Kazakh Windows
    assert '${If} $ClerkLanguage == "kk"\n    StrCpy $LANGUAGE ${LANG_KAZAKH}' in script
    assert 'WriteRegStr HKLM "${UNINSTALL_KEY}" "InstallerLanguage" "$LANGUAGE"' in script
    assert 'ReadRegStr $0 HKLM "${UNINSTALL_KEY}" "InstallerLanguage"' in script


def nlf_lines(path: Path) -> list[tuple[str, str]]:
    """An .nlf file's lines as makensis reads them (comments and empty lines skipped), each with the comment
    above it, which names the string."""
    lines: list[tuple[str, str]] = []
    label = ""
    for line in path.read_text(encoding="utf-8-sig").splitlines():
        if line.startswith(("#", ";")):
            label = line[1:].strip()
        elif line:
            lines.append((label, line))
    return lines


def nsh_strings(path: Path) -> list[tuple[str, str]]:
    """A Modern UI language file's ${LangFileString} lines: the string's name and its text."""
    text = path.read_text(encoding="utf-8-sig")
    return re.findall(r'^\s*\$\{LangFileString\} (\w+) "(.*)"\s*$', text, re.MULTILINE)


def names(strings: list[tuple[str, str]]) -> tuple[str, ...]:
    return tuple(name for name, _ in strings)


def nsis_language_file(name: str) -> Path | None:
    """The installed NSIS's own language file (e.g. Russian.nlf), or None where NSIS is not installed."""
    program = shutil.which("makensis")
    if program is None:
        return None
    info = subprocess.run([program, "-HDRINFO"], capture_output=True, text=True, check=True).stdout
    found = re.search(r"\bNSISDIR=([^,\r\n]+)", info)
    path = Path(found.group(1)) / "Contrib" / "Language files" / name if found else None
    return path if path is not None and path.is_file() else None


def assert_in_kazakh(name: str, text: str) -> None:
    """Not empty, no English left (Latin only in names), and only placeholders NSIS fills in."""
    words = NSIS_ESCAPE.sub(" ", PLACEHOLDER.sub(" ", text))
    assert words.strip(), name
    assert set(re.findall(r"[A-Za-z]+", words)) <= LATIN_NAMES, (name, text)
    assert "$" not in words and "%" not in words, (name, text)


def assert_not_left_in_russian(strings: list[tuple[str, str]], russian: list[tuple[str, str]],
                               same: set[str]) -> None:
    """Each string differs from NSIS's Russian one and keeps its placeholders."""
    for (name, ours), (_, theirs) in zip(strings, russian, strict=True):
        assert sorted(PLACEHOLDER.findall(ours)) == sorted(PLACEHOLDER.findall(theirs)), (name, ours, theirs)
        assert name in same or ours != theirs, (name, ours)


def test_the_kazakh_language_file_has_every_string_of_nsis_in_kazakh() -> None:
    assert KAZAKH_NLF.read_bytes().startswith(b"\xef\xbb\xbf")  # UTF-8 with a BOM: makensis reads it as such
    lines = nlf_lines(KAZAKH_NLF)
    header, strings = [text for _, text in lines[:6]], lines[6:]
    # version 6, Kazakh's language id, the default font and size, Unicode only (1200: Windows-1251 has no
    # ә ғ қ ң ө ұ ү һ і), left to right
    assert header == ["NLF v6", "1087", "-", "-", "1200", "-"]
    assert names(strings) == NLF_IDS
    for name, text in strings:
        if name not in UNTRANSLATED_NLF_IDS:
            assert_in_kazakh(name, text)
    russian = nsis_language_file("Russian.nlf")
    if russian is not None:
        reference = nlf_lines(russian)[6:]
        assert names(reference) == NLF_IDS  # a newer NSIS's strings are to be translated and listed above
        assert_not_left_in_russian(strings, reference, UNTRANSLATED_NLF_IDS)


def test_the_kazakh_modern_ui_file_has_every_string_of_nsis_in_kazakh() -> None:
    assert KAZAKH_NSH.read_bytes().startswith(b"\xef\xbb\xbf")
    assert '!insertmacro LANGFILE "Kazakh" = "Қазақша" "Qazaqsha"' in KAZAKH_NSH.read_text(encoding="utf-8-sig")
    strings = nsh_strings(KAZAKH_NSH)
    assert names(strings) == MUI_IDS
    for name, text in strings:
        assert_in_kazakh(name, text)
    russian = nsis_language_file("Russian.nsh")
    if russian is not None:
        reference = nsh_strings(russian)
        assert names(reference) == MUI_IDS
        assert_not_left_in_russian(strings, reference, set())
