"""Entry point of the PyInstaller bundle (a script, so the package's own imports stay absolute)."""

import sys

from bsclient.__main__ import main

if __name__ == "__main__":
    sys.exit(main())
