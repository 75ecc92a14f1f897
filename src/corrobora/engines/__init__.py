"""Engines: where the per-article stage runs (in-process, a process pool, a Dask cluster).

An engine maps a pure chunk function over items and yields each chunk's results in
input order; it never touches the store. Open one with :func:`open_engine` and close it
when done (it is a context manager)::

    with open_engine(EngineSpec("dask", workers=2)) as engine:
        api.ingest(paths, store, settings, engine=engine)
"""

from __future__ import annotations

from .base import Chunk, Engine, EngineSpec, InProcessEngine
from .factory import ENGINE_NAMES, open_engine

__all__ = ["ENGINE_NAMES", "Chunk", "Engine", "EngineSpec", "InProcessEngine", "open_engine"]
