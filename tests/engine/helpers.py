"""Chunk functions for the engine tests; importable by spawned worker processes."""

from __future__ import annotations

import os


def square_or_die(chunk: list[int]) -> list[int]:
    """Square each number; the worker process exits at once on a negative one."""
    if any(n < 0 for n in chunk):
        os._exit(3)
    return [n * n for n in chunk]


def square_or_raise(chunk: list[int]) -> list[int]:
    """Square each number; raise on a negative one (an ordinary bug in a stage)."""
    if any(n < 0 for n in chunk):
        raise RuntimeError(f"negative input {min(chunk)}")
    return [n * n for n in chunk]
