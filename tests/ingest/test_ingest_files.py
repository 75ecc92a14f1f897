"""read_inputs / read_file: dispatch, folder walk, limits, errors as values, the seeds."""

import codecs
import json
import os
import random
from collections import Counter
from pathlib import Path

import pytest

from corrobora.errors import IngestError
from corrobora.ingest import (
    DEFAULT_MAX_BYTES,
    SUPPORTED_SUFFIXES,
    parse_document,
    read_file,
    read_inputs,
)
from corrobora.ingest.files import NOT_REGULAR, OTHER_TYPE
from corrobora.model import Article

SHARED = Path(__file__).resolve().parents[2] / ".." / "shared"
SEEDS = SHARED / "seeds"

BODY = "Council approves budget\nThe town council approved next year's budget on Monday.\n"
PAGE = (
    "<html><head><title>Bridge vote</title></head><body><article>"
    "<p>The regional council voted on Tuesday to build a footbridge over the canal, "
    "a spokeswoman for the council said after the meeting ended.</p></article></body></html>"
)


def split(items):
    items = list(items)
    return (
        [i for i in items if isinstance(i, Article)],
        [i for i in items if isinstance(i, IngestError)],
    )


def write(path: Path, content: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path


def test_each_format_by_extension(tmp_path):
    write(tmp_path / "a.txt", BODY)
    write(tmp_path / "b.md", "# Budget passes\n\nThe council approved the budget.\n")
    write(tmp_path / "c.html", PAGE)
    write(tmp_path / "d.jsonl", json.dumps({"text": "A record about the budget vote."}) + "\n")
    write(tmp_path / "e.json", json.dumps([{"text": "One."}, {"text": "Two."}]))
    write(tmp_path / "f.HTM", PAGE)
    articles, errors = split(read_inputs([tmp_path]))
    assert errors == []
    assert [a.path for a in articles] == [
        str(tmp_path / "a.txt"),
        str(tmp_path / "b.md"),
        str(tmp_path / "c.html"),
        str(tmp_path / "d.jsonl") + ":1",
        str(tmp_path / "e.json") + "#1",
        str(tmp_path / "e.json") + "#2",
        str(tmp_path / "f.HTM"),
    ]
    assert articles[1].title == "Budget passes"
    assert "footbridge" in articles[2].text
    assert set(SUPPORTED_SUFFIXES) >= {".txt", ".md", ".html", ".htm", ".jsonl", ".json"}


def test_folder_walk_is_recursive_sorted_and_skips_hidden_and_unknown(tmp_path, caplog):
    for rel in ["b.txt", "a.txt", "sub/z.txt", "sub/deeper/m.txt", "c/y.txt", "0.txt"]:
        write(tmp_path / rel, f"Article {rel}\nSome words.\n")
    write(tmp_path / ".hidden.txt", "Hidden\n")
    write(tmp_path / ".git/config.txt", "Hidden folder\n")
    write(tmp_path / "notes.csv", "a,b\n")
    write(tmp_path / "image.png", b"\x89PNG\r\n\x1a\n\x00\x00")
    caplog.set_level("DEBUG", logger="corrobora.ingest")
    skipped: Counter[str] = Counter()
    articles, errors = split(read_inputs([str(tmp_path)], skipped=skipped))
    assert errors == []
    assert skipped == {OTHER_TYPE: 2}  # notes.csv and image.png; hidden entries uncounted
    rels = [os.path.relpath(a.path, tmp_path) for a in articles]
    assert rels == ["0.txt", "a.txt", "b.txt", "c/y.txt", "sub/deeper/m.txt", "sub/z.txt"]
    assert "notes.csv" in caplog.text
    assert "hidden" not in " ".join(rels)
    again, _ = split(read_inputs([tmp_path]))
    assert [a.id for a in again] == [a.id for a in articles]


def test_lazy_iteration(tmp_path):
    for n in range(3):
        write(tmp_path / f"{n}.txt", f"Article {n}\n")
    stream = read_inputs([tmp_path])
    first = next(stream)
    assert isinstance(first, Article)
    assert first.title == "Article 0"


def test_single_path_string_is_not_iterated_by_character(tmp_path):
    path = write(tmp_path / "a.txt", BODY)
    articles, errors = split(read_inputs(str(path)))
    assert len(articles) == 1 and errors == []


def test_same_file_twice_is_read_once(tmp_path):
    path = write(tmp_path / "a.txt", BODY)
    articles, _ = split(read_inputs([path, tmp_path, str(path)]))
    assert len(articles) == 1


def test_nonexistent_path(tmp_path):
    missing = tmp_path / "missing.txt"
    articles, errors = split(read_inputs([missing, write(tmp_path / "a.txt", BODY)]))
    assert len(articles) == 1
    assert [str(e) for e in errors] == [f"{missing}: no such file or directory"]
    assert errors[0].path == str(missing)


def test_explicit_unsupported_file_is_an_error(tmp_path):
    path = write(tmp_path / "data.csv", "a,b\n")
    [error] = read_inputs([path])
    assert isinstance(error, IngestError)
    assert error.cause.startswith("unsupported file type '.csv'; supported: ")


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("empty.txt", b""),
        ("blank.txt", b"  \n\n\t "),
        ("empty.html", b""),
        ("empty.jsonl", b"\n\n"),
    ],
)
def test_empty_files(tmp_path, name, content):
    path = write(tmp_path / name, content)
    [error] = read_inputs([path])
    assert isinstance(error, IngestError)
    assert str(error) == f"{path}: empty file"


@pytest.mark.parametrize(
    "content",
    [
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10\x00\x00\x00\x10\x08\x06\x00",
        random.Random(3).randbytes(4096),
    ],
    ids=["png", "random"],
)
@pytest.mark.parametrize("suffix", [".txt", ".html", ".jsonl"])
def test_binary_junk(tmp_path, content, suffix):
    path = write(tmp_path / f"junk{suffix}", content)
    [error] = read_inputs([path])
    assert isinstance(error, IngestError)
    assert error.cause == "binary file, not text"


def test_legacy_encodings_and_utf16(tmp_path):
    text = "Café de José\nEl niño dijo: “it’s señor Núñez’s café”.\n"
    write(tmp_path / "1_latin1.txt", "Café de José\nEl niño comió piñata.\n".encode("latin-1"))
    write(tmp_path / "2_cp1252.txt", text.encode("cp1252"))
    write(tmp_path / "3_utf16.txt", text.encode("utf-16"))
    write(tmp_path / "4_utf8bom.txt", codecs.BOM_UTF8 + text.encode("utf-8"))
    write(tmp_path / "5_crlf.txt", text.replace("\n", "\r\n").encode("utf-8"))
    articles, errors = split(read_inputs([tmp_path]))
    assert errors == []
    assert articles[0].text == "Café de José\nEl niño comió piñata.\n"
    assert [a.text for a in articles[1:]] == [text] * 4
    assert all(a.title == "Café de José" for a in articles)
    assert len({a.id for a in articles[1:]}) == 1


def test_html_declared_charset(tmp_path):
    page = "<html><head><meta charset='windows-1252'><title>Año</title></head><body><p>" + (
        "El alcalde inauguró la nueva biblioteca del barrio, que tendrá más de diez mil "
        "libros y abrirá también los domingos, según informó el ayuntamiento.</p></body></html>"
    )
    path = write(tmp_path / "p.html", page.encode("cp1252"))
    [article] = read_file(path)
    assert "inauguró la nueva biblioteca" in article.text


def test_too_large_file_is_refused_without_reading(tmp_path, monkeypatch):
    path = write(tmp_path / "big.txt", "A headline\n" + "word " * 1000)
    small = write(tmp_path / "small.txt", BODY)
    articles, errors = split(read_inputs([path, small], max_bytes=1000))
    assert [a.path for a in articles] == [str(small)]
    assert [str(e) for e in errors] == [f"{path}: file too large (5 KB > 1 KB limit)"]
    assert DEFAULT_MAX_BYTES == 20_000_000
    [error] = read_inputs([path], max_bytes=4_000)
    assert error.cause == "file too large (5 KB > 4 KB limit)"


@pytest.mark.parametrize("bad", [0, -5, 1.5, True])
def test_bad_limit(tmp_path, bad):
    with pytest.raises(ValueError, match="max_bytes"):
        list(read_inputs([tmp_path], max_bytes=bad))


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="needs a non-root POSIX user")
def test_unreadable_file_real_permissions(tmp_path):
    path = write(tmp_path / "secret.txt", BODY)
    path.chmod(0)
    try:
        [error] = read_inputs([path])
    finally:
        path.chmod(0o644)
    assert str(error) == f"{path}: permission denied"


def test_unreadable_file_reports_os_reason(tmp_path, monkeypatch):
    path = write(tmp_path / "secret.txt", BODY)
    other = write(tmp_path / "fine.txt", BODY.replace("budget", "plan"))
    real_open = open

    def guarded_open(name, *args, **kwargs):
        if str(name) == str(path):
            raise PermissionError(13, "Permission denied", str(name))
        return real_open(name, *args, **kwargs)

    monkeypatch.setattr("builtins.open", guarded_open)
    articles, errors = split(read_inputs([tmp_path]))
    assert [a.path for a in articles] == [str(other)]
    assert [str(e) for e in errors] == [f"{path}: permission denied"]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes")
def test_special_files_do_not_block(tmp_path):
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    skipped: Counter[str] = Counter()
    articles, errors = split(read_inputs([tmp_path], skipped=skipped))
    assert articles == [] and errors == []
    assert skipped == {NOT_REGULAR: 1}
    [error] = read_inputs([fifo])
    assert error.cause == "not a regular file"


def test_symlink_loop_is_walked_once(tmp_path):
    write(tmp_path / "a" / "x.txt", BODY)
    (tmp_path / "a" / "loop").symlink_to(tmp_path / "a", target_is_directory=True)
    articles, errors = split(read_inputs([tmp_path]))
    assert len(articles) == 1 and errors == []


def test_same_text_gets_same_id_in_txt_and_jsonl(tmp_path):
    write(tmp_path / "a.txt", BODY)
    write(tmp_path / "b.jsonl", json.dumps({"text": BODY, "outlet": "Other"}) + "\n")
    write(tmp_path / "c.txt", "Title: Council approves budget\nOutlet: X\n\n" + BODY)
    write(tmp_path / "d.txt", BODY.replace("\n", "\r\n"))
    articles, errors = split(read_inputs([tmp_path]))
    assert errors == []
    assert len(articles) == 4
    assert len({a.id for a in articles}) == 1
    assert articles[1].outlet == "Other"
    assert articles[0].outlet == "a"


def test_read_file(tmp_path):
    path = write(tmp_path / "a.txt", BODY)
    [article] = read_file(path)
    assert article.text == BODY
    jsonl = write(tmp_path / "f.jsonl", json.dumps({"text": "One."}) + "\n{bad\n")
    with pytest.raises(IngestError) as caught:
        read_file(jsonl)
    assert caught.value.path == f"{jsonl}:2"
    with pytest.raises(IngestError, match="no such file or directory"):
        read_file(tmp_path / "missing.txt")
    with pytest.raises(IngestError, match="is a folder, not a file"):
        read_file(tmp_path)


def test_parse_document_from_bytes():
    [article] = parse_document(BODY.encode(), "upload/today.txt")
    assert article.outlet == "today"
    [error] = parse_document(b"x", "upload/file.pdf")
    assert isinstance(error, IngestError)
    assert error.path == "upload/file.pdf"


def test_errors_pickle_and_print():
    import pickle

    [error] = parse_document(b"", "e.txt")
    copy = pickle.loads(pickle.dumps(error))
    assert (copy.path, copy.cause, str(copy)) == ("e.txt", "empty file", "e.txt: empty file")


@pytest.mark.shared
@pytest.mark.skipif(not SEEDS.exists(), reason="../shared is not beside the repository")
def test_seed_articles():
    paths = sorted(SEEDS.glob("*.txt"))
    articles, errors = split(read_inputs(paths))
    assert errors == []
    assert len(articles) == 2
    for path, article in zip(paths, articles, strict=True):
        text = path.read_text(encoding="utf-8")
        first = next(line.strip() for line in text.splitlines() if line.strip())
        assert article.title == first
        assert article.outlet == path.stem
        assert article.text == text.replace("\r\n", "\n")
        assert article.text.startswith(first)
        assert article.published is None
    assert articles[0].id != articles[1].id
    same, _ = split(read_inputs([SEEDS]))
    assert [a.id for a in same] == [a.id for a in articles]


def test_xhtml_with_xml_declaration_and_xml_lang(tmp_path):
    page = (
        '<?xml version="1.0" encoding="iso-8859-1"?>'
        '<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="de"><head><title>Straße</title>'
        "</head><body><p>Die Straße wird im März für den Verkehr geöffnet, teilte die Stadt "
        "am Montag mit.</p></body></html>"
    )
    [article] = read_file(write(tmp_path / "x.xhtml", page.encode("latin-1")))
    assert article.text.startswith("Die Straße wird im März")
    assert article.language == "de"
    assert article.title == "Straße"


def assert_storable(article: Article) -> None:
    """Every string field encodes as strict UTF-8 (as SQLite needs) and holds no NUL."""
    for value in (article.text, article.title, article.outlet, article.url, article.language):
        if value is not None:
            value.encode("utf-8")
            assert "\x00" not in value
    assert article.path is not None
    article.path.encode("utf-8")


def bytes_named(folder: Path, name: bytes, content: bytes) -> str:
    """Create a file whose name is raw bytes; skip where the file system refuses it."""
    path = os.path.join(os.fsencode(folder), name)
    try:
        with open(path, "wb") as stream:
            stream.write(content)
    except OSError:
        pytest.skip("the file system refuses file names that are not UTF-8")
    return os.fsdecode(path)


def test_a_file_name_that_is_not_utf8_is_read_and_shown_escaped(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    bytes_named(folder, b"bad\xff\xfename.txt", b"Farmers reported a record harvest.\n")
    bytes_named(folder, b"bin\xffname.txt", b"\x00\x01\x02\x03binary")
    good = write(tmp_path / "good.txt", BODY)
    articles, errors = split(read_inputs([folder, good]))
    odd, fine = articles
    assert odd.path == f"{folder}/bad\\xff\\xfename.txt"
    assert odd.outlet == "bad\\xff\\xfename"
    assert odd.text == "Farmers reported a record harvest.\n"
    assert fine.path == str(good)
    for article in articles:
        assert_storable(article)
    assert [str(e) for e in errors] == [f"{folder}/bin\\xffname.txt: binary file, not text"]
    str(errors[0]).encode("utf-8")


def test_errors_about_a_file_name_that_is_not_utf8_are_printable(tmp_path):
    name = bytes_named(tmp_path, b"gone\xfe.md", b"")
    os.remove(name)
    with pytest.raises(IngestError) as caught:
        read_file(name)
    assert str(caught.value) == f"{tmp_path}/gone\\xfe.md: no such file or directory"
    [error] = parse_document(b"\x00\x00junk", os.fsdecode(b"odd\xff.txt"))
    assert isinstance(error, IngestError)
    assert str(error) == "odd\\xff.txt: binary file, not text"


def test_a_page_declaring_a_codec_that_is_no_charset_is_still_read(tmp_path):
    page = "<html><head><meta charset='undefined'></head><body><p>Le café a été fermé.</p>"
    odd = write(tmp_path / "u.html", (page + "</body></html>").encode("latin-1"))
    good = write(tmp_path / "good.txt", BODY)
    articles, errors = split(read_inputs([odd, good]))
    assert errors == []
    assert [a.text for a in articles] == ["Le café a été fermé.", BODY]
