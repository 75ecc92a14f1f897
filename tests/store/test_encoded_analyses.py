"""Stored analyses handed on encoded decode to the same analyses; damage is a clear error."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from corrobora import api, serialize
from corrobora.errors import NotFound, StoreError
from corrobora.settings import Settings
from corrobora.updating import reconcile_stale
from tests.store.conftest import Target

TEXTS = (
    "Harbor officials in Port Elmer said on Tuesday that the new ferry line would open "
    "in March. The mayor said the city had paid for two boats.",
    "Port Elmer's ferry line will open in March, harbor officials said on Tuesday. Two "
    "boats were bought by the city, according to the mayor.",
)


def _ingest(tmp_path: Path, target: Target) -> list[str]:
    source = tmp_path / "records.jsonl"
    lines = [json.dumps({"outlet": f"Outlet {n}", "text": text}) for n, text in enumerate(TEXTS)]
    source.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with target.open() as store:
        summary = api.ingest([source], store, Settings(db=target.location))
    assert summary.added == 2
    return summary.article_ids


def test_encoded_analyses_decode_to_the_stored_ones(tmp_path: Path, target: Target) -> None:
    ids = _ingest(tmp_path, target)
    with target.open() as store:
        decoded = [serialize.dumps(item.decode()) for item in store.encoded_analyses(ids)]
        assert decoded == [serialize.dumps(item) for item in store.analyses(ids)]
        with pytest.raises(NotFound, match="not found"):
            store.encoded_analyses([ids[0], "0000000000000000"])


@pytest.mark.parametrize(
    ("data", "message"), [("{broken", "is not valid JSON"), ("[1]", "is not a JSON object")]
)
def test_a_damaged_analysis_names_the_store_and_the_article(
    tmp_path: Path, target: Target, data: str, message: str
) -> None:
    ids = _ingest(tmp_path, target)
    quoted = data.replace("'", "''")
    target.execute(f"UPDATE analyses SET data = '{quoted}' WHERE article_id = '{ids[0]}'")
    target.execute("INSERT INTO stale_stories (story_id) SELECT id FROM stories")
    with target.open() as store:
        (encoded,) = store.encoded_analyses(ids[:1])
        with pytest.raises(StoreError, match=f"{ids[0]}.*{message}"):
            encoded.decode()
        with pytest.raises(StoreError, match=message):
            reconcile_stale(store, Settings(db=target.location))
