"""The ``corrobora`` script: loads the command line interface, then runs it.

Loading the interface imports the language and model libraries, which takes a second
or two; Ctrl-C in that time ends the command as it does later ("Aborted!"), without a
traceback through their imports.
"""

from __future__ import annotations

import sys


def main() -> None:
    """Entry point of the ``corrobora`` script."""
    try:
        from .cli import main as run
    except KeyboardInterrupt:
        sys.stderr.write("\nAborted!\n")
        raise SystemExit(1) from None
    run()
