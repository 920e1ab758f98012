"""Entry point of the bundle's `bsclient-doctor`, the console program for IT staff (the client itself has
no console on Windows): the workplace checks, the self-test and the support report."""

import sys

from bsclient.__main__ import doctor_main

if __name__ == "__main__":
    sys.exit(doctor_main())
