#!/usr/bin/env bash
# Sets up everything (see setup.sh) and runs the whole test suite. Extra arguments go to pytest,
# e.g. `bash installer/test.sh -m "not bundle"` for a quick local run without the PyInstaller build.
set -euo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
source "$repo/installer/setup.sh"
cd "$repo"
export QT_QPA_PLATFORM=offscreen
exec "$repo/.venv/bin/python" -m pytest -q -p no:cacheprovider "$@"
