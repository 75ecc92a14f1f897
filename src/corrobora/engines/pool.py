"""The local engine with several worker processes (``concurrent.futures``, spawned).

Workers are started with the ``spawn`` method: a fresh interpreter per worker, safe
with the threads spaCy and the driver may run, and the same on every platform. Each
worker keeps what it loads (the spaCy pipeline) for every chunk it is given, so the
model is loaded once per worker, not per article. The pool starts on first use, so a
run with nothing to analyze starts no process.
"""

from __future__ import annotations

import multiprocessing
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool

from .base import DEFAULT_CHUNK_SIZE, Chunk, ChunkFunc, EngineBase, R, T, run_ordered


class ProcessPoolEngine(EngineBase):
    """Runs chunks on ``workers`` local processes and yields them in input order."""

    def __init__(self, workers: int) -> None:
        if workers < 1:
            raise ValueError(f"workers must be at least 1, got {workers}")
        self._workers = workers
        self._pool: ProcessPoolExecutor | None = None

    @property
    def description(self) -> str:
        """``"local, N processes"``."""
        return f"local, {self._workers} processes"

    def map_chunks(
        self, func: ChunkFunc[T, R], items: Iterable[T], *, chunk_size: int = DEFAULT_CHUNK_SIZE
    ) -> Iterator[Chunk[T, R]]:
        """Send chunks to the pool, two per worker in flight; yield them in order."""

        def submit(chunk: list[T]) -> Future[list[R]]:
            return self._ensure_pool().submit(func, chunk)

        return run_ordered(
            submit,
            items,
            chunk_size=chunk_size,
            in_flight=2 * self._workers,
            renew=self._renew,
        )

    def close(self) -> None:
        """Stop the worker processes (waiting for them to exit)."""
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None

    def _ensure_pool(self) -> ProcessPoolExecutor:
        if self._pool is None:
            self._pool = ProcessPoolExecutor(
                max_workers=self._workers, mp_context=multiprocessing.get_context("spawn")
            )
        return self._pool

    def _renew(self, exc: BaseException) -> bool:
        """Replace the pool when a dead worker broke it; True when it did."""
        if not isinstance(exc, BrokenProcessPool):
            return False
        if self._pool is not None:
            self._pool.shutdown(wait=False, cancel_futures=True)
        self._pool = None
        return True
