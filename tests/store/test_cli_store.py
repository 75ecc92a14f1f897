"""The store commands and the store's bad-input messages, through the CLI (CliRunner).

Every bad input gives exit code 1 and one line naming the store and the cause, with
no traceback and nothing lost. Small file systems are real tmpfs mounts (root only;
skipped elsewhere).
"""

from __future__ import annotations

import json
import re
import socket
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from corrobora.cli import cli
from corrobora.store import open_store
from corrobora.store import schema as store_schema
from corrobora.store.schema import MIGRATIONS, TABLES
from tests.store.conftest import Target
from tests.store.records import make_analysis, sample_analyses, sample_stories


def run(*args: str) -> Result:
    return CliRunner().invoke(cli, list(args), env={"CORROBORA_DB": None, "COLUMNS": "200"})


def fill(target: Target) -> None:
    with target.open() as store:
        store.add_analyses(sample_analyses())
        store.replace_stories(*sample_stories())


def one_error_line(result: Result, message: str) -> None:
    assert result.exit_code == 1, result.output
    assert result.stderr == f"Error: {message}\n"
    assert "Traceback" not in result.output


@contextmanager
def tmpfs(folder: Path, size: str) -> Iterator[Path]:
    """A real tmpfs of ``size`` mounted on ``folder`` (root only)."""
    folder.mkdir()
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={size},mode=0755", "tmpfs", str(folder)],
        capture_output=True,
        check=False,
    )
    if done.returncode != 0:
        pytest.skip(f"cannot mount a small file system here: {done.stderr.decode().strip()}")
    try:
        yield folder
    finally:
        subprocess.run(["umount", "-l", str(folder)], check=False)


def remount_read_only(folder: Path) -> None:
    subprocess.run(["mount", "-o", "remount,ro", str(folder)], check=True)


# ---------------------------------------------------------------- db upgrade


def test_db_upgrade_creates_then_reports_up_to_date(target: Target) -> None:
    names = [m.name for m in MIGRATIONS]
    first = run("db", "upgrade", "--db", target.url)
    assert first.exit_code == 0, first.output
    assert first.stdout.splitlines() == [
        f"{target.location}: applied {', '.join(names)}",
        f"{target.location} is up to date ({len(names)} schema migrations, the last {names[-1]})",
    ]
    again = run("db", "upgrade", "--db", target.url)
    assert again.stdout.splitlines() == first.stdout.splitlines()[1:]
    assert run("db", "upgrade", "-q", "--db", target.url).stdout == ""


def test_an_older_store_says_what_to_run_then_upgrades_and_indexes(
    target: Target, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A store written before full-text search existed, with articles and facts in it.
    monkeypatch.setattr(store_schema, "MIGRATIONS", MIGRATIONS[:2])
    fill(target)
    monkeypatch.setattr(store_schema, "MIGRATIONS", MIGRATIONS)
    pending = ", ".join(m.name for m in MIGRATIONS[2:])
    command = f"corrobora db upgrade --db {target.location}"
    if target.backend == "postgresql":
        command = f"corrobora db upgrade --db '{target.location}'"
    refused = run("search", "budget", "--db", target.url)
    one_error_line(
        refused,
        f"{target.location} was written by an older corrobora and needs the schema "
        f"migrations {pending}; run: {command}",
    )
    upgraded = run("db", "upgrade", "--db", target.url)
    assert upgraded.exit_code == 0, upgraded.output
    assert upgraded.stdout.startswith(f"{target.location}: applied {pending}\n")
    # The new index covers what was stored before it existed.
    found = run("search", "budget", "--facts", "--format", "json", "--db", target.url)
    assert found.exit_code == 0, found.output
    facts = json.loads(found.stdout)["results"]  # both sample stories carry that fact
    assert {hit["story_id"] for hit in facts} == {"5b0d6e2f11aa", "5b0dffee0000"}
    articles = run("search", "ferry", "--articles", "--format", "json", "--db", target.url)
    assert [hit["id"] for hit in json.loads(articles.stdout)["results"]] == ["bbbb0003"]


def test_a_writable_postgresql_store_is_not_upgraded_behind_its_users_back(
    pg: Target, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(store_schema, "MIGRATIONS", MIGRATIONS[:3])
    fill(pg)
    monkeypatch.setattr(store_schema, "MIGRATIONS", MIGRATIONS)
    with pytest.raises(Exception, match="run: corrobora db upgrade"):
        pg.open()
    assert pg.rows("SELECT count(*) FROM schema_migrations") == [(3,)]


# ---------------------------------------------------------------- db copy


def table_rows(target: Target) -> dict[str, list[tuple[object, ...]]]:
    return {
        table.name: target.rows(
            f"SELECT {', '.join(table.columns)} FROM {table.name}"
            f" ORDER BY {table.order or ('rowid' if target.backend == 'sqlite' else 'seq')}"
        )
        for table in TABLES
    }


def test_copy_sqlite_to_postgresql_and_back_is_exact(tmp_path: Path, pg: Target) -> None:
    source = Target("sqlite", str(tmp_path / "a.db"), str(tmp_path / "a.db"))
    fill(source)
    with source.open() as store:  # an alias and a stale story too
        stories, _, _ = sample_stories()
        store.apply_story_update(stories[:1], [], [("old000000000", stories[0].id)], [])
    forth = run("db", "copy", source.url, pg.url)
    assert forth.exit_code == 0, forth.output
    assert f"Copied {source.location} -> {pg.location}; row counts verified." in forth.stdout
    assert re.search(r"articles\s+│\s+3 ", forth.stdout)
    back = Target("sqlite", str(tmp_path / "b.db"), str(tmp_path / "b.db"))
    assert run("db", "copy", "-q", pg.url, back.url).exit_code == 0
    original = table_rows(source)
    assert table_rows(pg) == original
    assert table_rows(back) == original
    assert original["story_aliases"] and original["stale_stories"]
    for target in (pg, back):
        with target.open(read_only=True) as store, source.open(read_only=True) as first:
            assert list(store.analyses()) == list(first.analyses())
            assert store.reconciliation("5b0dff") == first.reconciliation("5b0dff")
            assert [h.id for h in store.search("budget", kind="facts")] == [
                h.id for h in first.search("budget", kind="facts")
            ]


def test_copy_refuses_a_destination_holding_data(tmp_path: Path, target: Target) -> None:
    fill(target)
    source = tmp_path / "other.db"
    with open_store(str(source)) as store:
        store.add_analyses([make_analysis("zzzz0001", "Wire", "Another text.")])
    result = run("db", "copy", str(source), target.url)
    one_error_line(
        result,
        f"cannot copy into {target.location}: it already holds data (3 articles, "
        "3 analyses, 2 stories); copy into a new file or an empty database",
    )
    assert target.count("articles") == 3


def test_copy_onto_itself_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "news.db"
    with open_store(str(path)) as store:
        store.add_analyses(sample_analyses())
    result = run("db", "copy", str(path), f"sqlite:///{path}")
    assert result.exit_code == 1
    assert "are the same store" in result.stderr or "both the source and" in result.stderr


def test_copy_from_a_missing_store(tmp_path: Path) -> None:
    missing = tmp_path / "absent.db"
    result = run("db", "copy", str(missing), str(tmp_path / "b.db"))
    one_error_line(
        result,
        f"cannot open {missing}: no such file. Add articles with: corrobora ingest <files> "
        f"--db {missing}",
    )
    assert not (tmp_path / "b.db").exists()


# ---------------------------------------------------------------- search


def test_search_json_gives_plain_snippets_with_match_offsets(target: Target) -> None:
    fill(target)
    result = run("search", "COUNCIL", "--articles", "--format", "json", "--db", target.url)
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["kind"] == "articles" and data["query"] == "COUNCIL"
    ids = [hit["id"] for hit in data["results"]]
    assert sorted(ids) == ["aaaa0001", "aaaa0002"]
    for hit in data["results"]:
        assert hit["story_id"] == "5b0d6e2f11aa"
        assert hit["outlet"] in ("Harbor Gazette", "Valley Post")
        assert hit["highlights"], hit
        for start, end in hit["highlights"]:
            assert hit["snippet"][start:end].casefold() == "council"


def test_search_stories_by_default_in_the_terminal(target: Target) -> None:
    fill(target)
    result = run("search", "ferry", "--db", target.url)
    assert result.exit_code == 0, result.output
    assert "5b0dffee0000" in result.stdout and "Storm closes ferry route" in result.stdout
    assert "5b0d6e2f11aa" not in result.stdout
    none = run("search", "volcano", "--facts", "--db", target.url)
    assert none.exit_code == 0 and "No facts match." in none.stdout


@pytest.mark.parametrize(
    "query",
    [
        '"',
        '"unbalanced budget',
        "budget AND",
        "NEAR(budget council)",
        "budget*",
        "text:budget",
        "-budget",
        "^budget",
        "budget'",
        "(((budget",
        "budget OR council",
        "{budget}",
        "budget; DROP TABLE articles; --",
        "\\",
    ],
)
def test_search_syntax_characters_are_plain_text(target: Target, query: str) -> None:
    fill(target)
    result = run("search", "--articles", "--format", "json", "--db", target.url, "--", query)
    if not re.search(r"[^\W_]", query):
        assert result.exit_code == 2
        assert "has no word to look for" in result.stderr
        return
    assert result.exit_code == 0, result.output
    for hit in json.loads(result.stdout)["results"]:
        assert hit["highlights"]
    assert target.count("articles") == 3


def test_search_needs_words(target: Target) -> None:
    fill(target)
    empty = run("search", "  ", "--db", target.url)
    assert empty.exit_code == 2
    assert "Error: the search query is empty: give one or more words to look for" in empty.stderr


# ---------------------------------------------------------------- bad input


def test_a_file_that_is_not_sqlite(tmp_path: Path) -> None:
    path = tmp_path / "notes.db"
    path.write_text("these are my notes, not a database\n" * 50, encoding="utf-8")
    before = path.read_bytes()
    for command in (("stories",), ("search", "notes"), ("db", "upgrade")):
        result = run(*command, "--db", str(path))
        one_error_line(
            result, f"{path} is not a corrobora database (file is not a SQLite database)"
        )
    assert path.read_bytes() == before


def test_a_damaged_sqlite_file(tmp_path: Path) -> None:
    path = tmp_path / "news.db"
    with open_store(str(path)) as store:
        store.add_analyses([make_analysis(f"id{n:04d}", "Wire", "word " * 400) for n in range(60)])
    with path.open("r+b") as handle:  # scribble over the pages after the schema
        handle.seek(4096 * 8)
        handle.write(b"\xde\xad\xbe\xef" * 8192)
    before = path.read_bytes()
    damaged = f"{path} is damaged (database disk image is malformed); restore it from a copy"
    one_error_line(run("search", "word", "--articles", "--db", str(path)), damaged)
    copy = run("db", "copy", str(path), str(tmp_path / "copy.db"))
    one_error_line(copy, f"{damaged}; nothing was copied")
    with open_store(str(tmp_path / "copy.db"), read_only=True) as store:
        assert list(store.articles()) == []
    assert path.read_bytes() == before


def test_a_refused_postgresql_connection_keeps_the_password_secret() -> None:
    with socket.socket() as probe:  # a port where nothing listens
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    url = f"postgresql://reader:s3cret@127.0.0.1:{port}/news"
    for command in (("stories",), ("search", "x"), ("db", "upgrade")):
        result = run(*command, "--db", url)
        one_error_line(
            result,
            f"cannot connect to postgresql://reader@127.0.0.1:{port}/news: connection refused "
            "(is PostgreSQL running there and accepting TCP/IP?)",
        )
        assert "s3cret" not in result.output


def test_a_missing_postgresql_database(pg: Target) -> None:
    url = pg.url.split("?")[0].rsplit("/", 1)[0] + "/nosuchdb"
    result = run("stories", "--db", url)
    one_error_line(
        result,
        f'cannot connect to {url}: database "nosuchdb" does not exist; create it first (createdb)',
    )


def test_a_read_only_location(tmp_path: Path) -> None:
    with tmpfs(tmp_path / "ro", "4m") as folder:
        path = folder / "news.db"
        with open_store(str(path)) as store:
            store.add_analyses(sample_analyses())
            store.replace_stories(*sample_stories())
        remount_read_only(folder)
        before = path.read_bytes()
        one_error_line(
            run("db", "upgrade", "--db", str(path)),
            f"cannot open {path} for writing: read-only file system "
            "(it can still be opened read-only)",
        )
        one_error_line(
            run("db", "copy", str(tmp_path / "none.db"), str(folder / "new.db")),
            f"cannot open {tmp_path / 'none.db'}: no such file. Add articles with: "
            f"corrobora ingest <files> --db {tmp_path / 'none.db'}",
        )
        source = tmp_path / "src.db"
        with open_store(str(source)) as store:
            store.add_analyses(sample_analyses())
        one_error_line(
            run("db", "copy", str(source), str(folder / "new.db")),
            f"cannot create {folder / 'new.db'}: read-only file system",
        )
        # Reading still works, and nothing changed.
        listing = run("stories", "--db", str(path), "--format", "json")
        assert listing.exit_code == 0, listing.output
        assert "5b0dffee0000" in listing.stdout and "5b0d6e2f11aa" in listing.stdout
        found = run("search", "ferry", "--db", str(path), "--format", "json")
        assert [hit["id"] for hit in json.loads(found.stdout)["results"]] == ["5b0dffee0000"]
        assert path.read_bytes() == before


def test_a_full_disk(tmp_path: Path) -> None:
    source = tmp_path / "big.db"
    with open_store(str(source)) as store:
        text = " ".join(f"word{n}" for n in range(800))
        store.add_analyses([make_analysis(f"id{n:04d}", "Wire", text) for n in range(400)])
    with tmpfs(tmp_path / "tiny", "1m") as folder:
        destination = folder / "news.db"
        result = run("db", "copy", str(source), str(destination))
        one_error_line(
            result,
            f"cannot copy into {destination}: database or disk is full; nothing was written",
        )
        with open_store(str(destination), read_only=True) as store:
            assert list(store.articles()) == []
    with open_store(str(source), read_only=True) as store:
        assert len(list(store.articles())) == 400
