"""Engines shared by the engine tests: each is started once per session (workers are slow to start)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from corrobora.engines import Engine, EngineSpec, open_engine
from corrobora.evaluate.ecbplus import read_ecbplus
from corrobora.model import Article
from corrobora.settings import Settings, load_settings

REPO = Path(__file__).resolve().parents[2]
DEMO = REPO / "examples" / "corpus"
ECBPLUS = REPO / ".." / "shared" / "data" / "ecbplus" / "raw_xml"

SPECS = {
    "local-1": EngineSpec("local", workers=1),
    "local-2": EngineSpec("local", workers=2),
    "dask-2": EngineSpec("dask", workers=2),
}


@pytest.fixture(scope="session")
def settings() -> Settings:
    return load_settings(db=None, model=None)


@pytest.fixture(scope="session")
def engines() -> Iterator[dict[str, Engine]]:
    opened: dict[str, Engine] = {}
    try:
        for name, spec in SPECS.items():
            opened[name] = open_engine(spec)
        yield opened
    finally:
        for engine in opened.values():
            engine.close()


@pytest.fixture(scope="session")
def ecb_articles() -> list[Article]:
    """30 ECB+ documents of topics 2 and 5 (15 of each), so both have stories."""
    if not ECBPLUS.is_dir():
        pytest.skip("../shared/data/ecbplus/raw_xml is not beside the repository")
    corpus = read_ecbplus(ECBPLUS, topics="2,5")
    picked: list[Article] = []
    for topic in ("2", "5"):
        picked.extend([d.article for d in corpus.documents if d.topic == topic][:15])
    return picked


@pytest.fixture(scope="session")
def ecb_folder(ecb_articles: list[Article], tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The ECB+ subset as a JSON Lines file, so it goes through the readers like any input."""
    folder = tmp_path_factory.mktemp("ecb")
    lines = [
        json.dumps({"text": a.text, "title": a.title, "outlet": a.outlet}) for a in ecb_articles
    ]
    (folder / "ecb.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return folder
