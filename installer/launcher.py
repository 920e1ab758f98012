"""Entry point of the PyInstaller bundle's client (a script, so the package's own imports stay absolute).
On Windows it is a windowed program: no console behind the clerk's windows."""

import sys

from bsclient.__main__ import main

if __name__ == "__main__":
    sys.exit(main())
