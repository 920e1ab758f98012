"""`python -m refbank`: the bank's command line."""

import sys

from refbank.cli import main

sys.exit(main())
