"""Entry point for `python main.py ...`; the same as the installed `qalam` command."""

import sys

from desktop.cli import main

if __name__ == "__main__":
    sys.exit(main())
