"""Opening an engine from its spec (the CLI's --engine, --workers and --scheduler)."""

from __future__ import annotations

from .base import Engine, EngineSpec, InProcessEngine

ENGINE_NAMES = ("local", "dask")


def open_engine(spec: EngineSpec) -> Engine:
    """Open the engine ``spec`` describes; close it (or use it in ``with``) when done.

    ``local`` with one worker (the default) runs in this process; with more it uses a
    pool of spawned processes. ``dask`` connects to ``spec.scheduler``, or starts a
    local cluster of ``spec.workers`` processes when no address is given.

    Raises:
        MissingDependency: ``dask`` without the distributed package installed.
        ConfigError: the scheduler cannot be reached; the message names its address.
    """
    if spec.name == "dask":
        from .daskengine import DaskEngine

        return DaskEngine(
            scheduler=spec.scheduler, workers=spec.workers, connect_timeout=spec.connect_timeout
        )
    if spec.workers is None or spec.workers == 1:
        return InProcessEngine()
    from .pool import ProcessPoolEngine

    return ProcessPoolEngine(spec.workers)
