"""``corrobora evaluate`` through the command line, on small files written here."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from corrobora.cli import cli


def run(*args: str):
    return CliRunner().invoke(cli, list(args))


def test_pairs_json_reports_scores_and_bad_rows(tmp_path: Path):
    data = tmp_path / "pairs.tsv"
    data.write_text(
        "Quality\t#1 ID\t#2 ID\t#1 String\t#2 String\n"
        "1\t1\t2\tThe ferry company cancelled all crossings on Friday.\t"
        "All crossings were cancelled by the ferry company on Friday.\n"
        "0\t3\t4\tThe storm killed 12 people in the valley.\t"
        "The storm killed 19 people in the valley.\n"
        "this row is broken\n",
        encoding="utf-8",
    )
    result = run("evaluate", "pairs", "--data", str(data), "--json", "-q")
    assert result.exit_code == 0, result.stderr
    document = json.loads(result.stdout)
    assert document["task"] == "pairs"
    assert {s["name"] for s in document["scores"]}
    assert len(document["problems"]) == 1
    assert document["problems"][0].startswith(f"{data}:4:")


def test_quotes_with_a_missing_ann_is_listed_and_the_rest_scored(tmp_path: Path):
    (tmp_path / "a.txt").write_text(
        '"We will rebuild the bridge," Mayor Ana Petrov said on Monday.\n', encoding="utf-8"
    )
    (tmp_path / "a.ann").write_text(
        "T1\tSource 30 45\tMayor Ana Petrov\n"
        "T2\tCue 46 50\tsaid\n"
        "T3\tContent 1 27\tWe will rebuild the bridge\n"
        "E1\tAttribution:T2 Source:T1 Cue:T2 Content:T3\n",
        encoding="utf-8",
    )
    (tmp_path / "b.txt").write_text("No annotations for this one.\n", encoding="utf-8")
    result = run("evaluate", "quotes", "--data", str(tmp_path), "--json", "-q")
    assert result.exit_code == 0, result.stderr
    document = json.loads(result.stdout)
    spans = next(s for s in document["scores"] if s["name"] == "quote spans")
    assert spans["tp"] == 1 and spans["fn"] == 0
    assert any("b.txt" in p for p in document["problems"])


def test_unknown_task_and_missing_data():
    assert run("evaluate", "nonsense", "--data", ".").exit_code == 2
    result = run("evaluate", "pairs", "--data", "/no/such/file.tsv", "-q")
    assert result.exit_code == 1
    assert result.stderr.startswith("Error: ")
    assert len(result.stderr.strip().splitlines()) == 1


def test_terminal_output_shows_rules(tmp_path: Path):
    data = tmp_path / "pairs.tsv"
    data.write_text(
        "Quality\t#1 ID\t#2 ID\t#1 String\t#2 String\n"
        "1\t1\t2\tThe council approved the new harbour budget.\tThe new harbour budget was approved by the council.\n",
        encoding="utf-8",
    )
    result = run("evaluate", "pairs", "--data", str(data), "-q")
    assert result.exit_code == 0, result.stderr
    assert "Rules:" in result.stdout and "pairs on" in result.stdout


def test_claims_scores_facts_and_events_of_every_topic_the_mentions_name(tmp_path: Path):
    from tests.evaluate.test_claims import write_data

    root, mentions = write_data(tmp_path / "ecb")
    result = run("evaluate", "claims", "--data", str(root), "--mentions", str(mentions), "--json")
    assert result.exit_code == 0, result.output
    out = json.loads(result.stdout)
    names = [score["name"] for score in out["scores"]]
    assert "claim grouping B-cubed" in names and "event grouping B-cubed" in names
    assert out["counts"]["stories"] == 1


def test_claims_without_mentions_says_what_to_give(tmp_path: Path):
    result = run("evaluate", "claims", "--data", str(tmp_path))
    assert result.exit_code == 1
    assert "needs the gold event mentions: --mentions FILE" in result.output
    assert "Traceback" not in result.output
