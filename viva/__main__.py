"""`python -m viva`."""

import sys

from viva.cli import main

sys.exit(main())
