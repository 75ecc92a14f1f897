"""Opening stores: locations, bad files, read-only mode, PRAGMAs and migrations."""

from __future__ import annotations

import os
import sqlite3
import sys
import tempfile
from pathlib import Path

import pytest

from corrobora.errors import ConfigError, MissingDependency, StoreError
from corrobora.store import SQLiteStore, open_store, schema, sqlite_location
from corrobora.store import connection as store_connection
from corrobora.store.pgtemp import TempServer
from corrobora.store.postgres import PostgreSQLStore, placeholders, redact
from corrobora.store.schema import MIGRATIONS, Migration, statements
from tests.store.conftest import Target
from tests.store.records import sample_analyses, sample_stories


def _permissions_bind() -> bool:
    """False for users (root) whom file permissions do not stop."""
    with tempfile.TemporaryDirectory() as folder:
        os.chmod(folder, 0o500)
        try:
            return not os.access(folder, os.W_OK)
        finally:
            os.chmod(folder, 0o700)


PERMISSIONS_IGNORED = not _permissions_bind()


def query(path: Path, sql: str) -> list[tuple[object, ...]]:
    connection = sqlite3.connect(path)
    try:
        return connection.execute(sql).fetchall()
    finally:
        connection.close()


# ---------------------------------------------------------------- locations


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        ("news.db", "news.db"),
        ("data/news.db", "data/news.db"),
        ("sqlite:///news.db", "news.db"),
        ("sqlite:////var/data/news.db", "/var/data/news.db"),
        ("SQLite:///news.db", "news.db"),
        (":memory:", ":memory:"),
        ("sqlite:///:memory:", ":memory:"),
        ("sqlite://", ":memory:"),
    ],
)
def test_sqlite_location(given: str, expected: str) -> None:
    assert sqlite_location(given) == expected


def test_other_databases_are_not_supported_and_passwords_stay_secret() -> None:
    with pytest.raises(ConfigError) as caught:
        open_store("mysql://reader:s3cret@db.example/news")
    message = str(caught.value)
    assert message == (
        "mysql:// stores are not supported; use a SQLite path (news.db or sqlite:///news.db)"
        " or a PostgreSQL URL (postgresql://user@host/database)"
    )


@pytest.mark.parametrize(
    ("bad", "message"),
    [
        ("", "the store location is empty"),
        ("   ", "the store location is empty"),
        ("sqlite:/news.db", "cannot read the SQLite URL 'sqlite:/news.db': write sqlite:///"),
        ("sqlite:news.db", "cannot read the SQLite URL"),
        ("sqlite:///", "cannot read the SQLite URL"),
        ("sqlite://host/news.db", "cannot read the SQLite URL"),
    ],
)
def test_malformed_locations(
    bad: str, message: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    with pytest.raises(ConfigError) as caught:
        open_store(bad)
    assert str(caught.value).startswith(message)
    assert list(tmp_path.iterdir()) == []


def test_relative_url_is_relative_to_the_working_directory(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    with open_store("sqlite:///sub.db") as store:
        store.add_analyses(sample_analyses()[:1])
    assert (tmp_path / "sub.db").is_file()
    with open_store(f"sqlite:///{tmp_path / 'sub.db'}", read_only=True) as store:
        assert store.has_articles(["aaaa0001"]) == {"aaaa0001"}


# ---------------------------------------------------------------- files that are not stores


def test_a_file_that_is_not_sqlite(tmp_path: Path) -> None:
    path = tmp_path / "x.db"
    path.write_text("id,title\n1,not a database at all, just some text\n" * 20)
    before = path.read_bytes()
    with pytest.raises(StoreError) as caught:
        open_store(str(path))
    assert str(caught.value) == (
        f"{path} is not a corrobora database (file is not a SQLite database)"
    )
    assert caught.value.__cause__ is None and caught.value.__suppress_context__
    assert path.read_bytes() == before
    with pytest.raises(StoreError, match="file is not a SQLite database"):
        open_store(str(path), read_only=True)


def test_another_programs_database_is_left_alone(tmp_path: Path) -> None:
    path = tmp_path / "other.db"
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE recipes (name TEXT)")
    connection.commit()
    connection.close()
    with pytest.raises(StoreError) as caught:
        open_store(str(path))
    assert str(caught.value) == (
        f"{path} is a SQLite database but not a corrobora store (its tables: recipes)"
    )
    assert query(path, "PRAGMA journal_mode") == [("delete",)]
    assert query(path, "SELECT name FROM sqlite_master WHERE type = 'table'") == [("recipes",)]


def test_an_empty_file_becomes_a_store(tmp_path: Path) -> None:
    path = tmp_path / "empty.db"
    path.touch()
    with open_store(str(path)) as store:
        assert store.add_analyses(sample_analyses()) == 3
    with pytest.raises(StoreError, match="it is empty, not a corrobora store"):
        other = tmp_path / "also-empty.db"
        other.touch()
        open_store(str(other), read_only=True)


def test_missing_directory(tmp_path: Path) -> None:
    path = tmp_path / "no" / "such" / "dir" / "news.db"
    with pytest.raises(StoreError) as caught:
        open_store(str(path))
    assert str(caught.value) == (f"cannot create {path}: directory {path.parent} does not exist")
    assert not path.parent.exists()


def test_a_directory_is_not_a_store(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="it is a directory, not a database file"):
        open_store(str(tmp_path))


def test_missing_file_without_create(tmp_path: Path) -> None:
    path = tmp_path / "absent.db"
    with pytest.raises(StoreError) as caught:
        open_store(str(path), create=False)
    assert str(caught.value) == (
        f"cannot open {path}: no such file. Add articles with: corrobora ingest <files> --db {path}"
    )
    with pytest.raises(StoreError, match="no such file"):
        open_store(str(path), read_only=True)
    assert not path.exists()


@pytest.mark.skipif(
    PERMISSIONS_IGNORED, reason="this user may write anywhere, so permissions cannot be tested"
)
def test_unwritable_directory(tmp_path: Path) -> None:
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o500)
    try:
        with pytest.raises(StoreError, match=r"cannot create .*news\.db: permission denied"):
            open_store(str(locked / "news.db"))
    finally:
        locked.chmod(0o700)


@pytest.mark.skipif(
    PERMISSIONS_IGNORED, reason="this user may write anywhere, so permissions cannot be tested"
)
def test_unwritable_file_opens_read_only(tmp_path: Path) -> None:
    path = tmp_path / "news.db"
    with open_store(str(path)) as store:
        store.add_analyses(sample_analyses())
    path.chmod(0o400)
    try:
        with pytest.raises(StoreError, match=r"permission denied .* can still be opened read-only"):
            open_store(str(path))
        with open_store(str(path), read_only=True) as store:
            assert len(list(store.articles())) == 3
    finally:
        path.chmod(0o600)


def test_read_only_store_refuses_writes(tmp_path: Path) -> None:
    path = tmp_path / "news.db"
    with open_store(str(path)) as store:
        store.add_analyses(sample_analyses()[:2])
    with open_store(str(path), read_only=True) as store:
        assert store.read_only
        assert len(list(store.analyses())) == 2
        with pytest.raises(StoreError) as caught:
            store.add_analyses(sample_analyses())
        assert str(caught.value) == (
            f"cannot add analyses to {path}: the store is opened read-only"
        )
        with pytest.raises(StoreError, match=r"cannot replace stories in .* read-only"):
            store.replace_stories(*sample_stories())
        # The connection itself is read-only too, not just the Python object.
        assert isinstance(store, SQLiteStore)
        with pytest.raises(sqlite3.OperationalError, match="readonly"):
            store.connection.execute("DELETE FROM articles")
    assert len(query(path, "SELECT id FROM articles")) == 2


def test_read_only_memory_store_is_refused() -> None:
    with pytest.raises(StoreError, match="in-memory store starts empty"):
        open_store(":memory:", read_only=True)


# ---------------------------------------------------------------- PRAGMAs


def test_pragmas(tmp_path: Path) -> None:
    path = tmp_path / "news.db"
    with open_store(str(path)) as store:
        assert isinstance(store, SQLiteStore)
        assert store.connection.execute("PRAGMA foreign_keys").fetchone() == (1,)
        assert store.connection.execute("PRAGMA busy_timeout").fetchone()[0] >= 1000
        with pytest.raises(sqlite3.IntegrityError, match="FOREIGN KEY"):
            store.connection.execute(
                "INSERT INTO analyses (article_id, analyzer, data) VALUES ('ghost', '', '{}')"
            )
    assert query(path, "PRAGMA journal_mode") == [("wal",)]


# ---------------------------------------------------------------- migrations


def test_migrations_are_recorded_once(tmp_path: Path) -> None:
    path = tmp_path / "news.db"
    for _ in range(2):
        with open_store(str(path)):
            pass
    names = [row[0] for row in query(path, "SELECT name FROM schema_migrations ORDER BY rowid")]
    assert names == [migration.name for migration in MIGRATIONS]
    (applied_at,) = query(path, "SELECT applied_at FROM schema_migrations")[0]
    assert isinstance(applied_at, str) and applied_at.endswith("+00:00")


def test_a_store_from_a_newer_corrobora_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "news.db"
    with open_store(str(path)):
        pass
    connection = sqlite3.connect(path)
    connection.execute("INSERT INTO schema_migrations VALUES ('0099_future', '2099-01-01')")
    connection.commit()
    connection.close()
    for read_only in (False, True):
        with pytest.raises(StoreError) as caught:
            open_store(str(path), read_only=read_only)
        assert str(caught.value) == (
            f"{path} was written by a newer corrobora (unknown schema migrations: "
            "0099_future); upgrade corrobora to open it"
        )


def test_an_older_store_is_migrated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "news.db"
    with open_store(str(path)) as store:
        store.add_analyses(sample_analyses())
    notes = "CREATE TABLE notes (text TEXT);"
    newer = (*MIGRATIONS, Migration("0099_test_notes", notes, notes))
    monkeypatch.setattr(schema, "MIGRATIONS", newer)
    with pytest.raises(StoreError) as caught:
        open_store(str(path), read_only=True)
    assert str(caught.value) == (
        f"{path} was written by an older corrobora and needs the schema migrations "
        f"0099_test_notes; run: corrobora db upgrade --db {path}"
    )
    with pytest.raises(StoreError, match="needs the schema migrations 0099_test_notes; run: "):
        open_store(str(path), upgrade=False)
    with open_store(str(path)) as store:
        assert len(list(store.analyses())) == 3
    names = [row[0] for row in query(path, "SELECT name FROM schema_migrations ORDER BY rowid")]
    assert names[-1] == "0099_test_notes"
    assert query(path, "SELECT count(*) FROM notes") == [(0,)]


def test_a_failing_migration_changes_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "news.db"
    with open_store(str(path)):
        pass
    half = "CREATE TABLE half (x); CREATE TABLE half (y);"
    broken = (*MIGRATIONS, Migration("0099_half", half, half))
    monkeypatch.setattr(schema, "MIGRATIONS", broken)
    with pytest.raises(StoreError, match=r"cannot initialize .*already exists; nothing was"):
        open_store(str(path))
    tables = {row[0] for row in query(path, "SELECT name FROM sqlite_master")}
    assert "half" not in tables
    assert ("0099_half",) not in query(path, "SELECT name FROM schema_migrations")


def test_statements_keep_trigger_bodies_and_strings_whole() -> None:
    sql = """
    CREATE TABLE t (x TEXT DEFAULT 'a;b');
    CREATE TRIGGER tr AFTER INSERT ON t BEGIN
        INSERT INTO t VALUES ('c'); DELETE FROM t WHERE x = ';';
    END;
    ;
    """
    found = statements(sql)
    assert len(found) == 2
    assert found[0] == "CREATE TABLE t (x TEXT DEFAULT 'a;b');"
    assert found[1].startswith("CREATE TRIGGER") and found[1].endswith("END;")
    with pytest.raises(ValueError, match="incomplete SQL statement"):
        statements("CREATE TRIGGER tr AFTER INSERT ON t BEGIN SELECT 1;")


def test_every_migration_parses() -> None:
    names = [migration.name for migration in MIGRATIONS]
    assert len(names) == len(set(names)) and names == sorted(names)
    for migration in MIGRATIONS:
        assert statements(migration.sqlite)
        assert migration.postgresql.strip()


def test_a_locked_store_says_so(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(store_connection, "BUSY_TIMEOUT_SECONDS", 0.05)
    path = tmp_path / "news.db"
    with open_store(str(path)) as store:
        other = sqlite3.connect(path, isolation_level=None)
        other.execute("BEGIN IMMEDIATE")
        try:
            with pytest.raises(StoreError, match=r"the database is locked by another process"):
                store.add_analyses(sample_analyses())
            assert store.has_articles(["aaaa0001"]) == set()  # reads still work under WAL
        finally:
            other.execute("ROLLBACK")
            other.close()
        assert store.add_analyses(sample_analyses()) == 3


# ---------------------------------------------------------------- PostgreSQL


@pytest.mark.parametrize(
    ("url", "shown"),
    [
        ("postgresql://reader:s3cret@db.example/news", "postgresql://reader@db.example/news"),
        ("postgres://reader:s3cret@db.example:6543/news", "postgres://reader@db.example:6543/news"),
        (
            "postgresql://db.example/news?password=s3cret&sslmode=require",
            "postgresql://db.example/news?sslmode=require",
        ),
        ("postgresql://[::1]:5432/news", "postgresql://[::1]:5432/news"),
    ],
)
def test_postgresql_locations_never_show_the_password(url: str, shown: str) -> None:
    assert redact(url) == shown


def test_placeholders_for_psycopg() -> None:
    assert placeholders("SELECT ? WHERE x LIKE '5%' AND y = '?'") == (
        "SELECT %s WHERE x LIKE '5%%' AND y = '?'"
    )


def test_without_psycopg_the_extra_to_install_is_named(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "psycopg", None)
    with pytest.raises(MissingDependency) as caught:
        open_store("postgresql://reader:s3cret@127.0.0.1:1/news")
    assert str(caught.value) == (
        "PostgreSQL stores need the psycopg package: pip install 'corrobora[postgres]'"
    )


def test_another_programs_postgresql_database_is_left_alone(pg: Target) -> None:
    pg.execute("CREATE TABLE orders (id INTEGER)")
    with pytest.raises(StoreError) as caught:
        pg.open()
    assert str(caught.value) == (
        f"{pg.location} is a PostgreSQL database but not a corrobora store (its tables: orders)"
    )
    assert pg.rows("SELECT count(*) FROM pg_tables WHERE schemaname = current_schema()") == [(1,)]


def test_an_empty_postgresql_database_is_not_a_store_to_read(pg: Target) -> None:
    with pytest.raises(StoreError) as caught:
        pg.open(read_only=True)
    assert str(caught.value) == (
        f"cannot open {pg.location} read-only: it is empty, not a corrobora store"
    )


def test_a_postgresql_store_from_a_newer_corrobora_is_refused(pg: Target) -> None:
    pg.open().close()
    pg.execute("INSERT INTO schema_migrations VALUES ('0099_future', '2099-01-01')")
    for read_only in (False, True):
        with pytest.raises(StoreError) as caught:
            pg.open(read_only=read_only)
        assert str(caught.value) == (
            f"{pg.location} was written by a newer corrobora (unknown schema migrations: "
            "0099_future); upgrade corrobora to open it"
        )


def test_a_read_only_postgresql_store_is_read_only_on_the_server(pg: Target) -> None:
    with pg.open() as store:
        store.add_analyses(sample_analyses()[:2])
    with pg.open(read_only=True) as store:
        assert isinstance(store, PostgreSQLStore)
        with pytest.raises(StoreError, match=r"cannot add analyses to .*: the store is opened"):
            store.add_analyses(sample_analyses())
        with store.backend.reading() as db, pytest.raises(Exception, match="read-only"):
            db.execute("DELETE FROM analyses")
    assert pg.count("analyses") == 2


def test_a_postgresql_database_that_cannot_hold_news_text(pg_server: TempServer) -> None:
    import psycopg

    with psycopg.connect(pg_server.url(), autocommit=True) as connection:
        connection.execute("DROP DATABASE IF EXISTS latin")
        connection.execute(
            "CREATE DATABASE latin ENCODING 'LATIN1' LC_COLLATE 'C' LC_CTYPE 'C' TEMPLATE template0"
        )
    with pytest.raises(StoreError) as caught:
        open_store(pg_server.url("latin"))
    assert str(caught.value) == (
        f"cannot open {pg_server.url('latin')}: the database's encoding is LATIN1, and news "
        "text needs UTF8; create it with: createdb -E UTF8 --template template0 NAME"
    )
