"""Lets `python -m desktop` behave like `qalam`."""

import sys

from desktop.cli import main

sys.exit(main())
