"""The CLI: `python -m gema COMMAND …`. Each command is a module in gema/cli/ with
`register(subparsers)`; exit codes: 0 done, 1 refused (nothing written), 2 usage or unreadable input."""

from __future__ import annotations

import sys

from gema.cli import main

if __name__ == "__main__":
    sys.exit(main())
