"""`python -m refbank`: the bank's command line."""

import sys

from refbank.cli.main import main

sys.exit(main())
