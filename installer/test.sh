#!/usr/bin/env bash
# Sets up everything (see setup.sh) and runs the checks CI runs: without arguments ruff, mypy and
# the whole test suite (the PyInstaller bundle's build included), failing if any of them fails.
# With arguments only pytest runs, with them, e.g. the quick loop `bash installer/test.sh -m unit`
# or `bash installer/test.sh -m "not bundle"` for everything but the bundle.
set -euo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
source "$repo/installer/setup.sh"
cd "$repo"
export QT_QPA_PLATFORM=offscreen
pytest=("$repo/.venv/bin/python" -m pytest -q -p no:cacheprovider)
if [ "$#" -gt 0 ]; then
    exec "${pytest[@]}" "$@"
fi
status=0
"$repo/.venv/bin/ruff" check "$repo" || status=1
"$repo/.venv/bin/mypy" || status=1
"${pytest[@]}" || status=1
exit "$status"
