"""The Dask engine: chunks run on the workers of a Dask cluster, results come back.

With a scheduler address the engine connects to that running cluster and leaves it
running; without one it starts a ``LocalCluster`` of worker processes for the run and
closes it at the end. Workers only compute: they return analyses and the driver writes
them to the store. A worker process keeps the spaCy pipeline it loaded for every
later chunk, so the model is loaded once per worker.
"""

from __future__ import annotations

import importlib
import os
from collections.abc import Iterable, Iterator
from typing import Any

from ..errors import ConfigError, MissingDependency
from .base import DEFAULT_CHUNK_SIZE, Chunk, ChunkFunc, EngineBase, R, T, run_ordered

_INSTALL_HINT = "pip install 'corrobora[dask]'"


class DaskEngine(EngineBase):
    """Runs chunks on a Dask cluster (an existing one, or a local one started here)."""

    def __init__(
        self,
        *,
        scheduler: str | None = None,
        workers: int | None = None,
        connect_timeout: float = 10.0,
    ) -> None:
        try:
            # Imported only here: the package is an optional extra, and it is untyped.
            distributed: Any = importlib.import_module("distributed")
        except ImportError as exc:
            raise MissingDependency(
                f"the dask engine needs the distributed package ({exc}): {_INSTALL_HINT}"
            ) from None
        self._cluster: Any = None
        if scheduler is None:
            count = workers or os.cpu_count() or 1
            self._cluster = distributed.LocalCluster(
                n_workers=count,
                threads_per_worker=1,
                processes=True,
                dashboard_address=None,
                # Without an address the scheduler still serves its HTTP routes on
                # port 8787, and warns when another cluster holds it: a free port on
                # loopback instead.
                scheduler_kwargs={"dashboard_address": "127.0.0.1:0"},
            )
            self._client: Any = distributed.Client(self._cluster)
            self._where = f"dask, local cluster of {count} worker(s)"
        else:
            try:
                self._client = distributed.Client(scheduler, timeout=connect_timeout)
            except (OSError, TimeoutError, ValueError) as exc:
                raise ConfigError(
                    f"cannot reach the Dask scheduler at {scheduler} ({_reason(exc)}); "
                    "check the address, or leave out --scheduler to start a local cluster"
                ) from None
            self._where = f"dask, scheduler {scheduler}"

    @property
    def description(self) -> str:
        """``"dask, local cluster of N worker(s)"`` or ``"dask, scheduler ADDRESS"``."""
        return self._where

    @property
    def worker_count(self) -> int:
        """Workers the scheduler knows of now."""
        return len(self._client.scheduler_info(n_workers=-1).get("workers", {}))

    def map_chunks(
        self, func: ChunkFunc[T, R], items: Iterable[T], *, chunk_size: int = DEFAULT_CHUNK_SIZE
    ) -> Iterator[Chunk[T, R]]:
        """Submit chunks to the cluster, two per worker in flight; yield them in order."""

        def submit(chunk: list[T]) -> Any:
            return self._client.submit(func, chunk, pure=False)

        return run_ordered(
            submit, items, chunk_size=chunk_size, in_flight=2 * max(1, self.worker_count)
        )

    def close(self) -> None:
        """Disconnect; stop the local cluster when this engine started it."""
        if self._client is not None:
            self._client.close()
            self._client = None
        if self._cluster is not None:
            self._cluster.close()
            self._cluster = None


def _reason(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()[0] if str(exc).strip() else ""
    return text or type(exc).__name__
