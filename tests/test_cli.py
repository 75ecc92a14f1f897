from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from click.testing import CliRunner

from corrobora.cli import cli

GOOD_A = """Title: Bridge closed after barge strike
Outlet: Riverside Ledger
Published: 2026-04-02T08:00:00+00:00

A cargo barge struck the Old Mill bridge on Tuesday night, and the city closed the bridge to all traffic.

City engineer Hana Roslin said the damage to the central pier was serious. "We will not reopen it until divers have inspected every support," Roslin said.
"""

GOOD_B = """Title: Old Mill bridge shut after collision
Outlet: Valley Courier
Published: 2026-04-02T11:30:00+00:00

The city shut the Old Mill bridge to traffic after a cargo barge hit it on Tuesday night.

"We will not reopen it until divers have inspected every support," city engineer Hana Roslin told reporters.
"""


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "a.txt").write_text(GOOD_A, encoding="utf-8")
    (folder / "b.txt").write_text(GOOD_B, encoding="utf-8")
    return folder


def run(*args: str):
    return CliRunner().invoke(cli, list(args))


def test_help_lists_commands():
    result = run("--help")
    assert result.exit_code == 0
    for name in ("compare", "ingest", "stories", "show"):
        assert name in result.output


@pytest.mark.parametrize("command", ["compare", "ingest", "stories", "show"])
def test_every_command_has_help_with_example(command):
    result = run(command, "--help")
    assert result.exit_code == 0
    assert "Example:" in result.output


def test_compare_json_goes_to_stdout_alone(corpus: Path):
    result = run("compare", str(corpus / "a.txt"), str(corpus / "b.txt"), "--format", "json", "-q")
    assert result.exit_code == 0, result.stderr
    document = json.loads(result.stdout)
    assert len(document["stories"]) == 1
    story = document["stories"][0]
    assert {a["outlet"] for a in story["articles"]} == {"Riverside Ledger", "Valley Courier"}
    assert any(f["status"] == "corroborated" for f in story["facts"])
    assert any(len({v["article"] for v in q["variants"]}) == 2 for q in story["quotes"])


def test_missing_path_is_one_line_and_exit_1(tmp_path: Path):
    missing = tmp_path / "nope.txt"
    result = run("compare", str(missing))
    assert result.exit_code == 1
    assert result.stderr.strip() == f"Error: {missing}: no such file or directory"


@pytest.mark.parametrize(
    ("name", "content", "cause"),
    [
        ("empty.txt", b"", "empty file"),
        ("junk.txt", bytes(range(256)) * 8, "binary"),
    ],
)
def test_bad_inputs_name_file_and_cause(tmp_path: Path, name: str, content: bytes, cause: str):
    path = tmp_path / name
    path.write_bytes(content)
    result = run("compare", str(path))
    assert result.exit_code == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1
    assert lines[0].startswith(f"Error: {path}: ")
    assert cause in lines[0]
    assert "Traceback" not in result.output + result.stderr


def test_latin1_file_is_read(tmp_path: Path):
    path = tmp_path / "latin.txt"
    path.write_bytes(GOOD_A.replace("Roslin", "Roslín").encode("latin-1"))
    result = run("compare", str(path), "--format", "json", "-q")
    assert result.exit_code == 0, result.stderr
    assert "Roslín" in result.stdout


def test_ingest_stories_show_and_idempotence(corpus: Path, tmp_path: Path):
    db = str(tmp_path / "news.db")
    first = run("ingest", str(corpus), "--db", db, "-q")
    assert first.exit_code == 0, first.stderr
    listing = run("stories", "--db", db, "--format", "json")
    assert listing.exit_code == 0, listing.stderr
    stories = json.loads(listing.stdout)
    assert len(stories) == 1
    assert stories[0]["articles"] == 2 and stories[0]["outlets"] == 2
    again = run("ingest", str(corpus), "--db", db)
    assert again.exit_code == 0
    assert "0 added" in again.stderr
    with sqlite3.connect(db) as conn:
        assert conn.execute("select count(*) from articles").fetchone()[0] == 2
    story_id = stories[0]["id"]
    shown = run("show", story_id[:6], "--db", db, "--format", "json")
    assert shown.exit_code == 0, shown.stderr
    assert json.loads(shown.stdout)["stories"][0]["id"] == story_id
    md = run("show", story_id, "--db", db, "--format", "md", "-o", str(tmp_path / "r.md"))
    assert md.exit_code == 0
    assert (tmp_path / "r.md").read_text(encoding="utf-8").strip()


def test_ingest_keeps_good_inputs_and_reports_bad_ones(corpus: Path, tmp_path: Path):
    (corpus / "empty.txt").write_bytes(b"")
    db = str(tmp_path / "news.db")
    result = run("ingest", str(corpus), "--db", db, "-q")
    assert result.exit_code == 1
    assert result.stderr.strip() == f"Error: {corpus / 'empty.txt'}: empty file"
    with sqlite3.connect(db) as conn:
        assert conn.execute("select count(*) from articles").fetchone()[0] == 2


def test_an_error_naming_a_file_with_a_line_break_is_one_line(corpus: Path, tmp_path: Path):
    (corpus / "bad\nname.txt").write_bytes(b"")
    result = run("ingest", str(corpus), "--db", str(tmp_path / "news.db"), "-q")
    assert result.exit_code == 1
    assert result.stderr.strip() == f"Error: {corpus}/bad\\nname.txt: empty file"


def test_show_unknown_story_is_one_line(corpus: Path, tmp_path: Path):
    db = str(tmp_path / "news.db")
    assert run("ingest", str(corpus), "--db", db, "-q").exit_code == 0
    result = run("show", "ffffffff", "--db", db)
    assert result.exit_code == 1
    assert result.stderr.startswith("Error: Story 'ffffffff' not found")
    assert len(result.stderr.strip().splitlines()) == 1
    short = run("show", "ff", "--db", db)
    assert short.exit_code == 1
    assert "a prefix needs at least 4 characters" in short.stderr


def test_show_needs_an_id_or_all():
    result = run("show")
    assert result.exit_code == 2


def test_stories_on_a_file_that_is_not_a_database(tmp_path: Path):
    bogus = tmp_path / "notes.db"
    bogus.write_text("these are my notes, not a database\n" * 50, encoding="utf-8")
    result = run("stories", "--db", str(bogus))
    assert result.exit_code == 1
    assert str(bogus) in result.stderr
    assert "Traceback" not in result.stderr
    assert bogus.read_text(encoding="utf-8").startswith("these are my notes")


def test_compare_with_db_stores_the_articles(corpus: Path, tmp_path: Path):
    db = str(tmp_path / "news.db")
    result = run("compare", str(corpus), "--db", db, "--format", "json", "-q")
    assert result.exit_code == 0, result.stderr
    assert len(json.loads(result.stdout)["stories"]) == 1
    with sqlite3.connect(db) as conn:
        assert conn.execute("select count(*) from articles").fetchone()[0] == 2


def test_ingest_of_only_bad_inputs_writes_no_article(tmp_path: Path):
    bad = tmp_path / "page.html"
    bad.write_text("<html><head><title></title></head><body><div></div></body></html>")
    db = str(tmp_path / "news.db")
    result = run("ingest", str(bad), "--db", db, "-q")
    assert result.exit_code == 1
    assert result.stderr.strip().startswith(f"Error: {bad}: ")
    with sqlite3.connect(db) as conn:
        assert conn.execute("select count(*) from articles").fetchone()[0] == 0
        assert conn.execute("select count(*) from stories").fetchone()[0] == 0


def test_ingest_of_only_missing_files_creates_no_store(tmp_path: Path):
    missing = tmp_path / "no-such-file.txt"
    db = tmp_path / "new.db"
    result = run("ingest", str(missing), "--db", str(db), "-q")
    assert result.exit_code == 1
    assert result.stderr.strip() == f"Error: {missing}: no such file or directory"
    assert list(tmp_path.iterdir()) == []


def test_malformed_html_with_text_is_read(tmp_path: Path):
    page = tmp_path / "broken.html"
    page.write_text(
        "<html><head><title>Ferry halted</title><body><article><h1>Ferry halted<p>"
        "The island ferry stopped running on Monday after a storm damaged the ramp at the "
        "northern terminal, the operator said.<p>Repairs are expected to take two weeks, "
        "and passengers were offered refunds <b>or rebooking</article>",
        encoding="utf-8",
    )
    result = run("compare", str(page), "--format", "json", "-q")
    assert result.exit_code == 0, result.stderr
    text = json.loads(result.stdout)["stories"][0]["facts"][0]["support"][0]["text"]
    assert "<" not in text


def test_html_report_file_escapes_article_markup(tmp_path: Path):
    article = tmp_path / "x.txt"
    article.write_text(
        "Title: <script>alert(1)</script> storm\nOutlet: <img src=x onerror=alert(1)>\n\n"
        "The storm closed the harbour on Monday, and the coast guard warned fishing boats to stay in port.\n",
        encoding="utf-8",
    )
    out = tmp_path / "r.html"
    result = run("compare", str(article), "--format", "html", "-o", str(out), "-q")
    assert result.exit_code == 0, result.stderr
    page = out.read_text(encoding="utf-8")
    assert "<script>" not in page
    assert "<img" not in page
    assert "&lt;script&gt;" in page
    assert "Content-Security-Policy" in page


def test_analyze_json_offsets_point_into_the_body(corpus: Path):
    path = corpus / "a.txt"
    result = run("analyze", str(path), "--format", "json", "-q")
    assert result.exit_code == 0, result.stderr
    article = json.loads(result.stdout)["articles"][0]
    body = path.read_text(encoding="utf-8").split("\n\n", 1)[1]
    assert article["text"] == body
    assert article["quotes"]
    for quote in article["quotes"]:
        start, end = quote["span"]
        assert body[start:end].startswith(quote["text"][:10])
    for claim in article["claims"]:
        start, end = claim["span"]
        assert body[start:end] == claim["text"]
    assert any(e["key"] == "hana roslin" for e in article["entities"])


def test_analyze_html_and_terminal(corpus: Path, tmp_path: Path):
    out = tmp_path / "a.html"
    result = run("analyze", str(corpus / "a.txt"), "--format", "html", "-o", str(out), "-q")
    assert result.exit_code == 0, result.stderr
    assert "Content-Security-Policy" in out.read_text(encoding="utf-8")
    shown = run("analyze", str(corpus / "b.txt"), "-q")
    assert shown.exit_code == 0
    assert "Hana Roslin" in shown.stdout


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["stories", "--limit", "9223372036854775808"], "'--limit': 9223372036854775808 is not"),
        (["search", "harbour", "--limit", "1" + "0" * 25], "'--limit': 1000"),
        (["ingest", "x.txt", "--workers", "1" + "0" * 20], "'--workers': 1000"),
        (["watch", "inbox", "--interval", "inf"], "'--interval': inf is not in the range"),
        (["watch", "inbox", "--interval", "nan"], "must be a number of seconds, not nan"),
    ],
    ids=["stories-limit", "search-limit", "workers", "interval-inf", "interval-nan"],
)
def test_out_of_range_numbers_are_usage_errors(tmp_path: Path, args: list[str], message: str):
    result = run(*args, "--db", str(tmp_path / "n.db"))
    assert result.exit_code == 2
    assert message in result.output
    assert "Traceback" not in result.output


def test_more_workers_than_cpus_is_warned_about(monkeypatch, capsys):
    from corrobora import cli_options

    monkeypatch.setattr(cli_options.os, "cpu_count", lambda: 2)
    spec = cli_options.engine_spec("local", 3, None)
    assert spec.workers == 3
    assert "--workers 3 starts more worker processes than this machine has CPUs (2)" in (
        capsys.readouterr().err
    )
    cli_options.engine_spec("local", 2, None)
    cli_options.engine_spec("local", None, None)
    assert capsys.readouterr().err == ""


@pytest.mark.parametrize("quiet", [False, True])
def test_a_pending_model_conversion_is_announced_then_run(
    corpus: Path, monkeypatch: pytest.MonkeyPatch, quiet: bool
):
    prepared: list[str] = []
    monkeypatch.setattr("corrobora.cli_options.conversion_pending", lambda setting: True)
    monkeypatch.setattr("corrobora.cli_options.prepare_encoder", prepared.append)
    args = ["compare", str(corpus / "a.txt"), str(corpus / "b.txt"), "--format", "json"]
    result = run(*args, *(["-q"] if quiet else []))
    assert result.exit_code == 0, result.stderr
    assert prepared == ["auto"]
    assert ("converting the sentence-embedding model" in result.stderr) is not quiet
    assert "converting" not in result.stdout


def test_evaluate_converts_the_model_only_for_tasks_that_encode(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    prepared: list[str] = []
    monkeypatch.setattr("corrobora.cli_options.conversion_pending", lambda setting: True)
    monkeypatch.setattr("corrobora.cli_options.prepare_encoder", prepared.append)
    copies = tmp_path / "copies.jsonl"
    copies.write_text("", encoding="utf-8")
    result = run("evaluate", "copies", "--data", str(copies))
    assert "converting" not in result.stderr
    assert prepared == []
    pairs = tmp_path / "pairs.txt"
    pairs.write_text("Quality\t#1 ID\t#2 ID\t#1 String\t#2 String\n", encoding="utf-8")
    run("evaluate", "pairs", "--data", str(pairs))
    assert prepared == ["auto"]
