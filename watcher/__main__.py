"""`python -m watcher DIR --invite INVITE`."""

import sys

from watcher.cli import main

sys.exit(main())
