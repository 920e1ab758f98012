"""Entry point of the PyInstaller bundle's two programs (a script, so the package's own imports stay absolute):
`bsclient`, the client, and `bsclient-doctor`, the console program for IT staff (the workplace checks, the
self-test and the support report). The name it is started by decides which: on Windows they are two
executables (the client a windowed one, with no console behind the clerk's windows), elsewhere
`bsclient-doctor` is a link to `bsclient`."""

import sys
from pathlib import PurePath

from bsclient.__main__ import doctor_main, main


def started_as_doctor(argv0: str) -> bool:
    """Whether the program was started by the doctor's name (`bsclient-doctor`, `...\\bsclient-doctor.exe`)."""
    name = PurePath(argv0.replace("\\", "/")).name.lower()
    return name.removesuffix(".exe") == "bsclient-doctor"


if __name__ == "__main__":
    # the link's name is in argv[0] (sys.executable is the program it leads to); on Windows the executable's own
    # name is the surer one (a caller may pass any argv[0])
    doctor = started_as_doctor(sys.argv[0] if sys.argv else "") or started_as_doctor(sys.executable)
    sys.exit(doctor_main() if doctor else main())
