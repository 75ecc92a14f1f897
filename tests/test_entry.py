"""Ctrl-C while the command line interface loads ends it without a traceback."""

from __future__ import annotations

import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest


@pytest.mark.parametrize("delay", [0.3, 0.8])
def test_an_interrupt_while_loading_prints_no_traceback(tmp_path: Path, delay: float) -> None:
    command = [sys.executable, "-m", "corrobora", "stories", "--db", str(tmp_path / "n.db")]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    time.sleep(delay)
    process.send_signal(signal.SIGINT)
    _, err = process.communicate(timeout=60)
    assert b"Traceback" not in err, err.decode(errors="replace")[-2000:]
