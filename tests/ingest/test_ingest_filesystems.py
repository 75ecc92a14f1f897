"""Inputs named by fsspec URLs: memory:// trees against the same tree on disk, file:// URLs,
WARC archives, patterns, limits, and one clear error per bad URL."""

from __future__ import annotations

import importlib.util
import json
import sqlite3
import uuid
import zipfile
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import fsspec
import pytest
from click.testing import CliRunner
from fsspec.implementations.memory import MemoryFileSystem

from corrobora.cli import cli
from corrobora.errors import IngestError
from corrobora.ingest import read_file, read_inputs
from corrobora.ingest.files import OTHER_TYPE
from corrobora.ingest.filesystems import is_fs_url
from corrobora.ingest.warc import NOT_RESPONSE
from corrobora.model import Article

from .ingest_helpers import http_response, join_records, page, warc_record

BUDGET = "Council approves budget\nThe town council approved next year's budget on Monday.\n"
FERRY = [
    "The island ferry service resumed on Monday after a three-day strike by crew members "
    "ended with a pay agreement, the operator said in a statement.",
    "Passengers queued from early morning at the harbour, and the first crossing left at "
    "seven o'clock with every seat taken, a port official said.",
]
STORM = [
    "A storm brought down power lines across the valley overnight, leaving about four "
    "thousand homes without electricity, the network operator said.",
    "Crews worked through the morning to restore supply, and most households had power "
    "again by noon, according to the operator's latest update.",
]
RSS = """<?xml version="1.0"?>
<rss version="2.0"><channel><title>Harbour Herald</title>
<item><title>Harbour dredging starts</title><link>https://herald.example/dredging</link>
<description>Dredging of the harbour entrance began on Wednesday and will last two weeks,
the port authority said.</description></item>
</channel></rss>
"""


def split(items: Iterator[Article | IngestError]) -> tuple[list[Article], list[IngestError]]:
    listed = list(items)
    return (
        [i for i in listed if isinstance(i, Article)],
        [i for i in listed if isinstance(i, IngestError)],
    )


def warc_file() -> bytes:
    """Two pages and a request record, one gzip member per record."""
    return join_records(
        [
            warc_record("request", b"GET /ferry HTTP/1.1\r\n\r\n", uri="https://a.example/ferry"),
            warc_record(
                "response",
                http_response(page("Ferry service resumes", FERRY).encode()),
                uri="https://a.example/ferry",
                number=1,
            ),
            warc_record(
                "response",
                http_response(page("Storm cuts power", STORM).encode()),
                uri="https://a.example/storm",
                number=2,
            ),
        ],
        gz=True,
    )


def mixed_tree() -> dict[str, bytes]:
    """A folder of every kind of input, with entries a walk must pass over."""
    return {
        "a.txt": BUDGET.encode(),
        "b.md": b"# Bridge reopens\n\nThe old bridge reopened to cars on Friday after repairs.\n",
        "c.html": page("Storm cuts power", STORM).encode("utf-8"),
        "d.jsonl": (json.dumps({"text": "The library extends its opening hours."}) + "\n").encode(),
        "e.rss": RSS.encode(),
        "sub/f.warc.gz": warc_file(),
        "sub/deeper/g.txt": b"School term starts\nPupils returned to school on Monday.\n",
        ".hidden.txt": b"A hidden file is never read.\n",
        "notes.csv": b"a,b\n",
        "listing.xml": b"<not-a-feed/>",
    }


@pytest.fixture
def memory() -> Iterator[str]:
    """A fresh folder of fsspec's in-memory file system, removed afterwards."""
    fs = MemoryFileSystem()
    root = f"/corrobora-test-{uuid.uuid4().hex}"
    fs.mkdir(root)
    yield root
    fs.rm(root, recursive=True)


def put(root: str, files: dict[str, bytes]) -> None:
    fs = MemoryFileSystem()
    for name, data in files.items():
        fs.pipe(f"{root}/{name}", data)


def write(root: Path, files: dict[str, bytes]) -> None:
    for name, data in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)


def test_is_fs_url():
    assert is_fs_url("s3://bucket/prefix/")
    assert is_fs_url("memory://x")
    assert is_fs_url("simplecache::s3://bucket/a.warc.gz")
    assert not is_fs_url("articles/a.txt")
    assert not is_fs_url("notes::draft.txt")
    assert not is_fs_url("C:\\news\\a.txt")


def test_memory_folder_reads_like_the_same_folder_on_disk(memory: str, tmp_path: Path):
    tree = mixed_tree()
    put(memory, tree)
    write(tmp_path, tree)
    url = f"memory:/{memory}/"
    remote_skipped: Counter[str] = Counter()
    local_skipped: Counter[str] = Counter()
    remote, remote_errors = split(read_inputs([url], skipped=remote_skipped))
    local, local_errors = split(read_inputs([tmp_path], skipped=local_skipped))
    assert remote_errors == [] and local_errors == []
    assert remote_skipped == local_skipped
    assert remote_skipped[OTHER_TYPE] == 2  # notes.csv and listing.xml, not the hidden file
    # every format is there, in the walk's name order; hidden, .csv and .xml are passed over
    assert [a.title for a in remote] == [a.title for a in local]
    assert [a.id for a in remote] == [a.id for a in local]
    assert [a.text for a in remote] == [a.text for a in local]
    assert len(remote) == 8
    assert [a.path for a in remote] == [
        (a.path or "").replace(str(tmp_path) + "/", url) for a in local
    ]
    assert remote[5].path == f"{url}sub/deeper/g.txt"
    assert (remote[6].path or "").startswith(f"{url}sub/f.warc.gz@")


def test_file_url_is_the_local_path(tmp_path: Path):
    tree = mixed_tree()
    write(tmp_path, tree)
    by_url, url_errors = split(read_inputs([tmp_path.as_uri() + "/"]))
    by_path, path_errors = split(read_inputs([tmp_path]))
    assert url_errors == path_errors == []
    assert by_url == by_path
    assert len(by_url) == 8


def test_file_url_of_one_file_and_a_pattern(tmp_path: Path):
    write(tmp_path, {"a.txt": BUDGET.encode(), "b.txt": b"Second\nAnother text.\n"})
    [article] = read_inputs([(tmp_path / "a.txt").as_uri()])
    assert isinstance(article, Article) and article.path == str(tmp_path / "a.txt")
    matched, errors = split(read_inputs([tmp_path.as_uri() + "/*.txt"]))
    assert errors == []
    assert [a.title for a in matched] == ["Council approves budget", "Second"]


def test_warc_on_a_file_system(memory: str):
    put(memory, {"crawl.warc.gz": warc_file()})
    skipped: Counter[str] = Counter()
    url = f"memory:/{memory}/crawl.warc.gz"
    articles, errors = split(read_inputs([url], skipped=skipped))
    assert errors == []
    assert [a.title for a in articles] == ["Ferry service resumes", "Storm cuts power"]
    assert [a.url for a in articles] == ["https://a.example/ferry", "https://a.example/storm"]
    assert all((a.path or "").startswith(f"{url}@") for a in articles)
    assert skipped == Counter({NOT_RESPONSE: 1})


def test_warc_with_a_lying_length_costs_one_record(memory: str):
    records = [
        warc_record(
            "response",
            http_response(page("Ferry service resumes", FERRY).encode()),
            uri="https://a.example/ferry",
            number=1,
            length_error=7,
        ),
        warc_record(
            "response",
            http_response(page("Storm cuts power", STORM).encode()),
            uri="https://a.example/storm",
            number=2,
        ),
    ]
    put(memory, {"bad.warc": join_records(records, gz=False)})
    articles, errors = split(read_inputs([f"memory:/{memory}/bad.warc"]))
    assert [a.title for a in articles] == ["Storm cuts power"]
    assert len(errors) == 1
    assert errors[0].path.startswith(f"memory:/{memory}/bad.warc@0")


def test_missing_object_is_one_error_and_the_rest_is_read(memory: str):
    put(memory, {"a.txt": BUDGET.encode()})
    missing = f"memory:/{memory}/gone/"
    articles, errors = split(read_inputs([missing, f"memory:/{memory}/a.txt"]))
    assert [a.title for a in articles] == ["Council approves budget"]
    assert [str(e) for e in errors] == [f"{missing}: no such file or directory"]


def test_unknown_protocol(memory: str):
    put(memory, {"a.txt": BUDGET.encode()})
    articles, errors = split(read_inputs(["nosuchfs://bucket/news/", f"memory:/{memory}/"]))
    assert len(articles) == 1
    assert [str(e) for e in errors] == [
        "nosuchfs://bucket/news/: unknown protocol 'nosuchfs://' "
        "(fsspec knows no file system of that name)"
    ]


def test_uninstalled_file_system_names_its_package():
    missing = [
        (protocol, package)
        for protocol, package in (("s3", "s3fs"), ("gcs", "gcsfs"), ("abfs", "adlfs"))
        if importlib.util.find_spec(package) is None
    ]
    if not missing:
        pytest.skip("s3fs, gcsfs and adlfs are all installed")
    protocol, package = missing[0]
    [error] = read_inputs([f"{protocol}://bucket/news/"])
    assert isinstance(error, IngestError)
    assert error.path == f"{protocol}://bucket/news/"
    assert error.cause == (
        f"reading {protocol}:// URLs needs the {package} package, which is not installed "
        f"(pip install {package})"
    )


def test_web_urls_never_go_through_fsspec():
    [error] = read_inputs(["simplecache::https://news.example/a.html"])
    assert isinstance(error, IngestError)
    assert "downloaded by corrobora itself (with --fetch)" in error.cause


def test_size_limit_applies(memory: str):
    put(memory, {"big.txt": b"Big\n" + b"word " * 400, "small.txt": BUDGET.encode()})
    articles, errors = split(read_inputs([f"memory:/{memory}/"], max_bytes=1000))
    assert [a.title for a in articles] == ["Council approves budget"]
    assert [str(e) for e in errors] == [
        f"memory:/{memory}/big.txt: file too large (2 KB > 1 KB limit)"
    ]


def test_size_limit_without_a_listed_size(memory: str, monkeypatch: pytest.MonkeyPatch):
    put(memory, {"big.txt": b"Big\n" + b"word " * 400})
    monkeypatch.setattr(MemoryFileSystem, "info", _sizeless(MemoryFileSystem.info))
    [error] = read_inputs([f"memory:/{memory}/big.txt"], max_bytes=1000)
    assert isinstance(error, IngestError)
    assert error.cause == "file too large (more than the 1 KB limit)"


def _sizeless(info: Any) -> Any:
    def without_size(self: Any, path: str, **kwargs: Any) -> dict[str, Any]:
        found = dict(info(self, path, **kwargs))
        found.pop("size", None)
        return found

    return without_size


def test_pattern_matches_and_no_match(memory: str):
    put(memory, {"a.txt": BUDGET.encode(), "b.md": b"# Other\n\nText.\n", "c.csv": b"x"})
    articles, errors = split(read_inputs([f"memory:/{memory}/*"]))
    assert errors == []
    assert [a.path for a in articles] == [f"memory:/{memory}/a.txt", f"memory:/{memory}/b.md"]
    [error] = read_inputs([f"memory:/{memory}/*.warc.gz"])
    assert isinstance(error, IngestError)
    assert error.cause == "no file matches the pattern"
    [error] = read_inputs([f"memory:/{memory}/a**.txt"])
    assert isinstance(error, IngestError)
    assert error.cause.startswith("invalid pattern (")


def test_pattern_below_a_hidden_folder_skips_only_hidden_entries_below_it(memory: str):
    put(memory, {".data/a.txt": BUDGET.encode(), ".data/.old/b.txt": b"Old\nAn old text.\n"})
    articles, errors = split(read_inputs([f"memory:/{memory}/.data/**/*.txt"]))
    assert errors == []
    assert [a.path for a in articles] == [f"memory:/{memory}/.data/a.txt"]


def test_same_object_named_twice_is_read_once(memory: str):
    put(memory, {"a.txt": BUDGET.encode()})
    articles, _ = split(read_inputs([f"memory:/{memory}/a.txt", f"memory:/{memory}/"]))
    assert len(articles) == 1


def test_unsupported_object_named_is_an_error(memory: str):
    put(memory, {"data.csv": b"a,b\n"})
    [error] = read_inputs([f"memory:/{memory}/data.csv"])
    assert isinstance(error, IngestError)
    assert error.cause.startswith("unsupported file type '.csv'; supported: ")


class _Refusing(MemoryFileSystem):
    """A memory file system that lists but refuses to open, as a bucket without read rights."""

    protocol = "refusingtest"

    @classmethod
    def _strip_protocol(cls, path: str) -> str:
        return str(MemoryFileSystem._strip_protocol(path.removeprefix("refusingtest://")))

    def _open(self, path: str, mode: str = "rb", **kwargs: Any) -> Any:
        raise PermissionError(f"Access Denied: {path}")


class _Flaky(MemoryFileSystem):
    """A file system whose reads fail with the backend's own error type."""

    protocol = "flakytest"

    @classmethod
    def _strip_protocol(cls, path: str) -> str:
        return str(MemoryFileSystem._strip_protocol(path.removeprefix("flakytest://")))

    def _open(self, path: str, mode: str = "rb", **kwargs: Any) -> Any:
        raise RuntimeError("connection reset by peer")


@pytest.fixture
def odd_file_systems(memory: str) -> Iterator[None]:
    fsspec.register_implementation("refusingtest", _Refusing, clobber=True)
    fsspec.register_implementation("flakytest", _Flaky, clobber=True)
    yield


def test_permission_and_backend_errors_are_one_line(memory: str, odd_file_systems: None):
    put(memory, {"a.txt": BUDGET.encode(), "crawl.warc.gz": warc_file()})
    articles, errors = split(
        read_inputs(
            [
                f"refusingtest:/{memory}/a.txt",
                f"flakytest:/{memory}/crawl.warc.gz",
                f"memory:/{memory}/a.txt",
            ]
        )
    )
    assert len(articles) == 1
    assert [str(e) for e in errors] == [
        f"refusingtest:/{memory}/a.txt: permission denied",
        f"flakytest:/{memory}/crawl.warc.gz: cannot be read "
        "(RuntimeError: connection reset by peer)",
    ]


def test_read_file_takes_a_url(memory: str):
    put(memory, {"a.txt": BUDGET.encode()})
    [article] = read_file(f"memory:/{memory}/a.txt")
    assert article.title == "Council approves budget"
    with pytest.raises(IngestError, match="no such file or directory"):
        read_file(f"memory:/{memory}/none.txt")


def test_cli_ingest_reads_a_memory_folder(memory: str, tmp_path: Path):
    put(memory, {"a.txt": BUDGET.encode(), "crawl.warc.gz": warc_file()})
    db = tmp_path / "news.db"
    result = CliRunner().invoke(
        cli, ["ingest", f"memory:/{memory}/", "nosuchfs://x/", "--db", str(db), "-q"]
    )
    assert result.exit_code == 1
    assert result.stderr.strip() == (
        "Error: nosuchfs://x/: unknown protocol 'nosuchfs://' "
        "(fsspec knows no file system of that name)"
    )
    with sqlite3.connect(db) as connection:
        paths = sorted(row[0] for row in connection.execute("SELECT path FROM articles"))
    assert len(paths) == 3
    assert paths[0] == f"memory:/{memory}/a.txt"
    assert all(p.startswith(f"memory:/{memory}/crawl.warc.gz@") for p in paths[1:])


def test_a_file_inside_a_zip_is_read_by_its_own_extension(tmp_path: Path):
    archive = tmp_path / "bundle.zip"
    with zipfile.ZipFile(archive, "w") as bundle:
        bundle.writestr("story.txt", BUDGET)
        bundle.writestr("table.csv", "a,b\n")
    [article] = read_inputs([f"zip://story.txt::{archive.as_uri()}"])
    assert isinstance(article, Article) and article.title == "Council approves budget"
    [error] = read_inputs([f"zip://table.csv::{archive.as_uri()}"])
    assert isinstance(error, IngestError)
    assert error.cause.startswith("unsupported file type '.csv'; supported: ")
