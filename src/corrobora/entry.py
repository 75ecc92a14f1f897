"""The ``corrobora`` script: loads the command line interface, then runs it.

Loading the interface imports the language and model libraries, which takes a second
or two; Ctrl-C in that time ends the command as it does later ("Aborted!"), without a
traceback through their imports. The interrupt is noted while they load and acted on
once they have: raised inside a library's import or one of its finalizers, it would
print a traceback the command cannot catch.
"""

from __future__ import annotations

import signal
import sys
from types import FrameType


def main() -> None:
    """Entry point of the ``corrobora`` script."""
    interrupted: list[int] = []

    def note(signum: int, frame: FrameType | None) -> None:
        interrupted.append(signum)

    previous = signal.signal(signal.SIGINT, note)
    try:
        from .cli import main as run
    finally:
        signal.signal(signal.SIGINT, previous)
    if interrupted:
        sys.stderr.write("\nAborted!\n")
        raise SystemExit(1)
    run()
