"""A local Dask cluster starts quietly while another program holds the usual dashboard port."""

from __future__ import annotations

import socket
import warnings
from collections.abc import Iterator

import pytest

from corrobora.engines import EngineSpec, open_engine

pytest.importorskip("distributed")

DASHBOARD_PORT = 8787


@pytest.fixture
def port_taken() -> Iterator[None]:
    """Hold 127.0.0.1:8787 for the test (when something else already holds it, so much the better)."""
    holder = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    try:
        holder.bind(("127.0.0.1", DASHBOARD_PORT))
        holder.listen()
    except OSError:
        pass
    try:
        yield
    finally:
        holder.close()


def _double(chunk: list[int]) -> list[int]:
    return [2 * n for n in chunk]


def test_local_cluster_needs_no_fixed_port(port_taken: None) -> None:
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        with open_engine(EngineSpec("dask", workers=1)) as engine:
            chunks = list(engine.map_chunks(_double, [1, 2, 3], chunk_size=2))
    assert [chunk.results for chunk in chunks] == [(2, 4), (6,)]
    in_use = [str(w.message) for w in caught if "already in use" in str(w.message)]
    assert in_use == []
