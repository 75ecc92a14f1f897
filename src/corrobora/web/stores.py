"""Store connections for request handlers: read-only, one per worker thread, one writer.

A SQLite connection may only be used by the thread that opened it, and FastAPI runs
each synchronous handler on a thread of its pool, so every thread opens its own
read-only store on first use and keeps it. Writes (ingest) open a separate writable
store, one at a time.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterator
from contextlib import contextmanager

from ..store import Store, open_store

logger = logging.getLogger(__name__)


class StorePool:
    """Hands out the calling thread's read-only store, and the single writer.

    Args:
        location: the store's path or URL.
    """

    def __init__(self, location: str) -> None:
        self.location = location
        self._local = threading.local()
        self._write_lock = threading.Lock()
        self._opened: list[Store] = []
        self._opened_lock = threading.Lock()

    def reader(self) -> Store:
        """Return this thread's read-only store, opening it on first use."""
        store: Store | None = getattr(self._local, "store", None)
        if store is None:
            store = open_store(self.location, read_only=True, create=False)
            self._local.store = store
            with self._opened_lock:
                self._opened.append(store)
        return store

    @contextmanager
    def writer(self) -> Iterator[Store]:
        """Open the store for writing, one writer at a time, and close it afterwards."""
        with self._write_lock, open_store(self.location) as store:
            yield store

    def create(self) -> None:
        """Create the store (and bring its schema up to date) if it does not exist."""
        with self.writer():
            pass

    def close(self) -> None:
        """Close the stores that can be closed from here; the rest go with their threads."""
        with self._opened_lock:
            stores, self._opened = self._opened, []
        for store in stores:
            try:
                store.close()
            except Exception:  # a connection belongs to the thread that opened it
                logger.debug("store of another thread left to close itself", exc_info=True)
