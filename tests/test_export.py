import csv
import io
import json
import os
import stat
import threading
from itertools import pairwise
from pathlib import Path

import pytest
from click.testing import CliRunner

from corrobora import api
from corrobora.cli import cli
from corrobora.export import COLUMNS, ExportKind
from corrobora.settings import Settings
from corrobora.store import open_store

CORPUS = Path(__file__).resolve().parents[1] / "examples" / "corpus"


@pytest.fixture(scope="module")
def store_path(tmp_path_factory: pytest.TempPathFactory) -> str:
    path = str(tmp_path_factory.mktemp("export") / "news.db")
    settings = Settings(db=path)
    with open_store(path) as store:
        api.ingest([CORPUS / "port-fire", CORPUS / "rate-decision"], store, settings)
    return path


def run(*args: str):
    return CliRunner().invoke(cli, ["export", *args])


def test_facts_as_json_lines_belong_to_exported_stories(store_path):
    facts = run("--db", store_path, "--what", "facts", "-q")
    stories = run("--db", store_path, "--what", "stories", "-q")
    assert facts.exit_code == 0 and stories.exit_code == 0
    fact_rows = [json.loads(line) for line in facts.stdout.splitlines()]
    story_ids = {json.loads(line)["id"] for line in stories.stdout.splitlines()}
    assert fact_rows, "the demo stories have facts"
    assert all(set(row) == set(COLUMNS[ExportKind.FACTS]) for row in fact_rows)
    assert {row["story_id"] for row in fact_rows} <= story_ids
    assert all(0 <= row["independent_support"] <= row["sources"] for row in fact_rows)
    assert any(row["independent_support"] >= 2 for row in fact_rows)


def test_articles_as_csv_one_row_per_stored_article(store_path, tmp_path):
    target = tmp_path / "articles.csv"
    result = run("--db", store_path, "--what", "articles", "--format", "csv", "-o", str(target))
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(io.StringIO(target.read_text(encoding="utf-8"))))
    with open_store(store_path, read_only=True) as store:
        stored = {article.id: article for article in store.articles()}
    assert {row["id"] for row in rows} == set(stored)
    assert list(rows[0]) == list(COLUMNS[ExportKind.ARTICLES])
    assert all(row["text"] == stored[row["id"]].text for row in rows)
    assert f"{len(rows)} articles written to {target}" in result.stderr


def test_quotes_as_parquet_match_json_lines(store_path, tmp_path):
    pq = pytest.importorskip("pyarrow.parquet", reason="Parquet export needs pyarrow")
    target = tmp_path / "quotes.parquet"
    result = run("--db", store_path, "--what", "quotes", "--format", "parquet", "-o", str(target))
    assert result.exit_code == 0, result.output
    table = pq.read_table(target).to_pylist()
    lines = run("--db", store_path, "--what", "quotes", "-q").stdout.splitlines()
    assert table == [json.loads(line) for line in lines]
    assert table and all(row["end"] > row["start"] for row in table)
    for row in table:  # each part lies in the span, the first and last at its ends
        parts = [tuple(map(int, part.split("-"))) for part in row["parts"].split("; ")]
        assert parts[0][0] == row["start"] and parts[-1][1] == row["end"]
        assert all(a < b <= c < d for (a, b), (c, d) in pairwise(parts))


def test_parquet_needs_an_output_file(store_path):
    result = run("--db", store_path, "--format", "parquet")
    assert result.exit_code == 1
    assert "Parquet is binary: give the file to write with -o/--output" in result.output


def test_a_missing_store_is_one_clear_error(tmp_path):
    result = run("--db", str(tmp_path / "absent.db"))
    assert result.exit_code == 1
    assert "Traceback" not in result.output and "absent.db" in result.output
    assert not (tmp_path / "absent.db").exists()


def test_an_unwritable_target_leaves_nothing_behind(store_path, tmp_path):
    target = tmp_path / "missing-folder" / "facts.csv"
    result = run("--db", store_path, "--format", "csv", "-o", str(target))
    assert result.exit_code == 1
    assert "cannot write" in result.output and "Traceback" not in result.output
    assert not target.parent.exists()


def test_a_symbolic_link_stays_and_its_file_is_replaced(store_path, tmp_path):
    real = tmp_path / "facts-real.csv"
    real.write_text("old\n", encoding="utf-8")
    link = tmp_path / "facts.csv"
    link.symlink_to(real.name)
    result = run("--db", store_path, "--format", "csv", "-o", str(link))
    assert result.exit_code == 0, result.output
    assert link.is_symlink()
    rows = list(csv.DictReader(io.StringIO(real.read_text(encoding="utf-8"))))
    assert rows and list(rows[0]) == list(COLUMNS[ExportKind.FACTS])
    assert sorted(p.name for p in tmp_path.iterdir()) == ["facts-real.csv", "facts.csv"]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")
def test_a_named_pipe_is_written_into_not_replaced(store_path, tmp_path):
    pipe = tmp_path / "facts.pipe"
    os.mkfifo(pipe)
    received: list[bytes] = []
    reader = threading.Thread(target=lambda: received.append(pipe.read_bytes()))
    reader.start()
    result = run("--db", store_path, "--format", "jsonl", "-o", str(pipe))
    reader.join(timeout=30)
    assert result.exit_code == 0, result.output
    assert stat.S_ISFIFO(pipe.lstat().st_mode)
    lines = received[0].decode("utf-8").splitlines()
    assert lines and f"{len(lines)} facts written to {pipe}" in result.stderr
    assert all("fact_id" in json.loads(line) for line in lines)
