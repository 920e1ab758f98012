#!/usr/bin/env bash
# Every set-up step the demo and the tests need, idempotent: the Debian/Ubuntu packages that are
# missing, a .venv at the repository root, the project installed into it, and the PC/SC service.
# Sourced by demo.sh and test.sh; run it alone to only set up.
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
venv="$repo/.venv"

say() { printf 'setup: %s\n' "$*" >&2; }

# What each package is for: SoftHSM2 is the demo key carrier, openCryptoki's software token the tests'
# second vendor; tinyproxy the company proxy of the proxy tests; pcscd + vsmartcard-vpcd the PC/SC
# stack with a virtual reader; swig + libpcsclite-dev build pyscard; opensc gives pkcs11-tool;
# xvfb, poppler-utils for screenshots and PDFs; dbus-daemon + gnome-keyring the Secret Service the local
# store's key is kept in (tests run one on a private D-Bus), sqlite3 and strings (binutils) the independent
# readers that find nothing in a copy of it; the libxcb*/libegl/libgl/fontconfig for Qt; libcups2 and
# libwayland-* are what the .deb depends on besides; appstream and desktop-file-utils validate the .deb's
# metainfo and menu entry, nsis compiles the Windows installer (installer/windows/bsclient.nsi) and 7z lists it.
system_packages=(
    python3-venv softhsm2 opencryptoki tinyproxy opensc pcscd vsmartcard-vpcd libpcsclite-dev swig openssl
    xvfb xauth poppler-utils dbus-daemon gnome-keyring sqlite3 binutils
    appstream desktop-file-utils nsis p7zip-full libcups2 libwayland-client0 libwayland-cursor0
    libegl1 libgl1 libfontconfig1 libdbus-1-3 libxkbcommon0 libxkbcommon-x11-0
    libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0 libxcb-render-util0
    libxcb-image0 libxcb-xinerama0 fonts-dejavu-core
)

missing_packages() {
    local pkg
    for pkg in "${system_packages[@]}"; do
        dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'ok installed' || printf '%s\n' "$pkg"
    done
}

install_system_packages() {
    if ! command -v dpkg-query >/dev/null 2>&1; then
        say "this is not a Debian/Ubuntu system; install the equivalents of: ${system_packages[*]}"
        return 0
    fi
    local missing
    missing=$(missing_packages | tr '\n' ' ')
    [ -z "$missing" ] && return 0
    local sudo=""
    if [ "$(id -u)" -ne 0 ]; then
        if command -v sudo >/dev/null 2>&1; then
            sudo="sudo"
        else
            say "these system packages are missing and I am not root (no sudo either): $missing"
            say "ask an administrator to run: apt-get install -y $missing"
            exit 1
        fi
    fi
    say "installing system packages: $missing"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends $missing >/dev/null
}

find_python() {
    local candidate
    for candidate in python3 python3.11 python3.12 python3.13; do
        if command -v "$candidate" >/dev/null 2>&1 &&
            "$candidate" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
            command -v "$candidate"
            return 0
        fi
    done
    say "Python 3.11 or newer is needed (python3 -m venv must work); install python3 and python3-venv"
    exit 1
}

install_project() {
    if [ ! -x "$venv/bin/python" ]; then
        say "creating $venv"
        "$(find_python)" -m venv "$venv"
    fi
    # Reinstall only when the pinned dependencies changed.
    local stamp="$venv/.bsclient-installed" want
    want=$(sha256sum "$repo/pyproject.toml" | cut -d' ' -f1)
    if [ "$(cat "$stamp" 2>/dev/null)" != "$want" ]; then
        say "installing the project and its pinned dependencies into .venv"
        "$venv/bin/python" -m pip install -q --upgrade pip >/dev/null
        "$venv/bin/python" -m pip install -q -e "$repo[test]"
        printf '%s' "$want" >"$stamp"
    fi
}

# openCryptoki serves its tokens through its slot daemon (root, or a member of group pkcs11).
start_pkcsslotd() {
    pgrep -x pkcsslotd >/dev/null 2>&1 && return 0
    command -v pkcsslotd >/dev/null 2>&1 || PATH="$PATH:/usr/sbin"
    if [ "$(id -u)" -eq 0 ]; then
        pkcsslotd >/dev/null 2>&1 || say "could not start pkcsslotd; the openCryptoki token tests will fail"
    elif command -v sudo >/dev/null 2>&1; then
        sudo pkcsslotd >/dev/null 2>&1 || say "could not start pkcsslotd; the openCryptoki token tests will fail"
    else
        say "openCryptoki's slot daemon is not running; start it as root: pkcsslotd"
    fi
}

start_pcscd() {
    pgrep -x pcscd >/dev/null 2>&1 && return 0
    command -v pcscd >/dev/null 2>&1 || PATH="$PATH:/usr/sbin"
    if [ "$(id -u)" -eq 0 ]; then
        mkdir -p /run/pcscd
        pcscd >/dev/null 2>&1 || say "could not start pcscd; carrier presence checks will fail"
    elif command -v sudo >/dev/null 2>&1; then
        sudo pcscd >/dev/null 2>&1 || say "could not start pcscd; carrier presence checks will fail"
    else
        say "the PC/SC service (pcscd) is not running; start it as root: pcscd"
    fi
}

compile_translations() {
    "$venv/bin/python" "$repo/installer/translations.py" release
}

install_system_packages
install_project
compile_translations
start_pcscd
start_pkcsslotd
