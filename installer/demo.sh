#!/usr/bin/env bash
# Sets up everything (see setup.sh), starts the demo bank on 127.0.0.1, provisions the demo key
# carrier (SoftHSM2) and opens the Internet-Client connected to that bank.
# Options: --reset (start from a new bank and carrier), --no-client (serve the bank only).
set -euo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
source "$repo/installer/setup.sh"
cd "$repo"
exec "$repo/.venv/bin/python" -m installer.demo "$@"
