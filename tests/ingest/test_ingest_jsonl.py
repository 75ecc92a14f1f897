"""JSON Lines and JSON records: fields, fallbacks, and bad records with their line numbers."""

import json
from datetime import UTC, datetime

import pytest

from corrobora.errors import IngestError
from corrobora.ingest import read_inputs
from corrobora.ingest.jsonl import parse_json, parse_jsonl
from corrobora.ingest.meta import make_article
from corrobora.model import Article
from corrobora.text import article_id

TEXT = "Ferry services resume\nFerries left the harbour again on Sunday after the storm."


def line(**record: object) -> str:
    return json.dumps(record)


def test_full_record():
    data = line(
        text=TEXT,
        title="Ferries back",
        url="https://www.isles-post.example/ferries",
        outlet="Isles Post",
        published="2025-11-30T08:00:00Z",
        language="en",
    )
    [article] = parse_jsonl(data + "\n", name="feed.jsonl")
    assert isinstance(article, Article)
    assert article.text == TEXT
    assert article.title == "Ferries back"
    assert article.outlet == "Isles Post"
    assert article.url == "https://www.isles-post.example/ferries"
    assert article.published == datetime(2025, 11, 30, 8, tzinfo=UTC)
    assert article.language == "en"
    assert article.path == "feed.jsonl:1"
    assert article.id == article_id(TEXT)


def test_fallbacks_title_first_line_outlet_host_then_stem():
    data = "\n".join(
        [line(text=TEXT, url="https://www.isles-post.example/a"), line(text="  " + TEXT)]
    )
    first, second = parse_jsonl(data, name="dir/wire_feed.jsonl")
    assert first.title == "Ferry services resume"
    assert first.outlet == "isles-post.example"
    assert second.outlet == "wire_feed"
    assert second.text == "  " + TEXT
    assert second.path == "dir/wire_feed.jsonl:2"


def test_bad_lines_are_reported_with_line_numbers_and_others_read():
    lines = [
        line(text="First good article text."),
        "",
        "{not json",
        "[1, 2]",
        line(title="no body"),
        line(text=42),
        line(text="Good text.", title=["a"]),
        line(text="Good text.", published="sometime"),
        line(text="   "),
        "   ",
        line(text="Last good article text."),
    ]
    items = list(parse_jsonl("\n".join(lines) + "\n", name="f.jsonl"))
    articles = [item for item in items if isinstance(item, Article)]
    errors = [item for item in items if isinstance(item, IngestError)]
    assert [a.text for a in articles] == ["First good article text.", "Last good article text."]
    assert [a.path for a in articles] == ["f.jsonl:1", "f.jsonl:11"]
    assert [e.path for e in errors] == [f"f.jsonl:{n}" for n in (3, 4, 5, 6, 7, 8, 9)]
    causes = [e.cause for e in errors]
    assert causes[0].startswith("invalid JSON (")
    assert causes[1] == "expected an article object, got a list"
    assert causes[2] == "the record has no 'text' or 'html' field"
    assert causes[3] == "the field 'text' must be a string, got a number"
    assert causes[4] == "the field 'title' must be a string, got a list"
    assert causes[5].startswith("bad 'published' field")
    assert causes[6] == "the record's text is empty"
    for cause in causes:
        assert "Error" not in cause and "Traceback" not in cause


def test_html_record_is_extracted_and_fields_override_page():
    page = (
        "<html lang='fr'><head><title>Page title</title>"
        "<meta property='og:site_name' content='Page Site'></head><body><article>"
        "<p>Les ferries ont repris la mer dimanche matin après la tempête, selon le port.</p>"
        "<script>alert(1)</script></article></body></html>"
    )
    [article] = parse_jsonl(line(html=page, title="Own title") + "\n", name="f.jsonl")
    assert "Les ferries ont repris la mer" in article.text
    assert "alert" not in article.text
    assert article.title == "Own title"
    assert article.outlet == "Page Site"
    assert article.language == "fr"


def test_text_wins_over_html():
    [article] = parse_jsonl(line(text=TEXT, html="<p>Other words entirely.</p>"), name="f.jsonl")
    assert article.text == TEXT


def test_html_record_without_text_is_an_error():
    [error] = parse_jsonl(line(html="<html><body></body></html>"), name="f.jsonl")
    assert isinstance(error, IngestError)
    assert str(error) == "f.jsonl:1: no article text found in HTML"


def test_aliases_and_exact_fields():
    record = {
        "text": TEXT,
        "source": {"id": None, "name": "Object Source"},
        "publishedAt": "2025-11-30T10:00:00Z",
        "headline": "Alias title",
        "title": "Exact title",
    }
    [article] = parse_jsonl(json.dumps(record), name="f.jsonl")
    assert article.title == "Exact title"
    assert article.outlet == "f"
    assert article.published == datetime(2025, 11, 30, 10, tzinfo=UTC)


def test_newlines_in_text_field_are_normalized():
    [article] = parse_jsonl(line(text="One.\r\nTwo.\rThree."), name="f.jsonl")
    assert article.text == "One.\nTwo.\nThree."


def test_unicode_line_separator_inside_a_string_does_not_split_the_line():
    [article] = parse_jsonl(line(text="One.\u2028Two.") + "\n", name="f.jsonl")
    assert article.text == "One.\u2028Two."


def test_json_object_and_list():
    [single] = parse_json(line(text=TEXT), name="one.json")
    assert single.path == "one.json"
    assert single.outlet == "one"
    items = list(parse_json(json.dumps([{"text": TEXT}, {"title": "x"}, "nope"]), name="l.json"))
    assert isinstance(items[0], Article)
    assert items[0].path == "l.json#1"
    assert [e.path for e in items[1:]] == ["l.json#2", "l.json#3"]
    assert items[2].cause == "expected an article object, got a string"


def test_json_bad_top_level():
    with pytest.raises(IngestError) as caught:
        list(parse_json("42", name="n.json"))
    assert str(caught.value) == "n.json: expected an article object or a list, got a number"
    with pytest.raises(IngestError, match=r"^bad\.json: invalid JSON \("):
        list(parse_json("{oops", name="bad.json"))


def test_deeply_nested_json_is_an_error_not_a_crash():
    [error] = parse_jsonl("[" * 100_000 + "]" * 100_000, name="deep.jsonl")
    assert isinstance(error, IngestError)
    assert error.path == "deep.jsonl:1"
    assert "nested too deeply" in error.cause


def test_json_file_holding_json_lines_is_read_as_json_lines():
    data = line(text="One.") + "\n" + line(text="Two.") + "\n"
    items = list(parse_json(data, name="lines.json"))
    assert [a.text for a in items] == ["One.", "Two."]
    assert [a.path for a in items] == ["lines.json:1", "lines.json:2"]


def test_a_number_too_long_for_python_is_one_bad_line():
    huge = "9" * 5_000
    data = f'{{"text": "Some text.", "title": {huge}}}\n' + line(text="Next article.") + "\n"
    items = list(parse_jsonl(data, name="big.jsonl"))
    assert [type(item) for item in items] == [IngestError, Article]
    assert str(items[0]) == "big.jsonl:1: invalid JSON (a number of more than 4300 digits)"
    assert isinstance(items[1], Article) and items[1].path == "big.jsonl:2"


def test_a_number_too_long_in_a_json_file_is_an_error_naming_it():
    with pytest.raises(IngestError) as caught:
        list(parse_json(f'[{{"text": "Words.", "n": -{"1" * 5_000}}}]', name="big.json"))
    assert str(caught.value) == "big.json: invalid JSON (a number of more than 4300 digits)"


def test_a_raw_control_character_is_named_in_the_error():
    data = "\x00\x00\n" + '{"text": "Tab\tand \x01 inside."}\n' + line(text="Fine.") + "\n"
    items = list(parse_jsonl(data, name="ctl.jsonl"))
    assert [str(e) for e in items[:2]] == [
        "ctl.jsonl:1: invalid JSON (control character U+0000 at line 1 column 1)",
        "ctl.jsonl:2: invalid JSON (control character U+0009 at line 1 column 14)",
    ]
    assert isinstance(items[2], Article) and items[2].text == "Fine."


def test_a_folder_with_a_huge_number_and_a_nul_line_is_read_around_them(tmp_path):
    (tmp_path / "a_big.jsonl").write_text(
        f'{{"text": "x", "n": {"7" * 5_000}}}\n' + line(text="After the number.") + "\n"
    )
    (tmp_path / "b_nul.jsonl").write_bytes(
        "".join(line(text=f"Report {n} on the canal.") + "\n" for n in range(13)).encode()
        + b"\x00\x00\n"
        + (line(text="After the NUL line.") + "\n").encode()
    )
    (tmp_path / "c_last.txt").write_text("The last file is read too.\n")
    items = list(read_inputs([tmp_path]))
    errors = [str(item) for item in items if isinstance(item, IngestError)]
    texts = [item.text for item in items if isinstance(item, Article)]
    assert errors == [
        f"{tmp_path / 'a_big.jsonl'}:1: invalid JSON (a number of more than 4300 digits)",
        f"{tmp_path / 'b_nul.jsonl'}:14: invalid JSON (control character U+0000 at line 1 column 1)",
    ]
    assert len(texts) == 16
    assert texts[0] == "After the number."
    assert "After the NUL line." in texts
    assert texts[-1].strip() == "The last file is read too."


def test_a_written_year_0001_is_a_bad_date_not_2001():
    [error] = parse_jsonl(
        line(text="Old.", published="Mon, 01 Jan 0001 00:00:00 GMT"), name="o.jsonl"
    )
    assert isinstance(error, IngestError)
    assert error.cause.startswith("bad 'published' field: the year 0001 of ")


@pytest.mark.parametrize(
    "published",
    ["0001-01-01", "0001-01-01T00:30:00+01:00", "0099-12-31", "9999-12-31T23:59:59-05:00"],
)
def test_an_iso_date_outside_the_publication_years_is_a_bad_date(published: str):
    [error] = parse_jsonl(line(text="Old.", published=published), name="o.jsonl")
    assert isinstance(error, IngestError)
    assert error.path == "o.jsonl:1"
    assert error.cause == (
        f"bad 'published' field: the date {published!r} is out of range "
        "(publication years 100 to 9899)"
    )


@pytest.mark.parametrize(
    ("published", "expected"),
    [
        ("0100-01-01", datetime(100, 1, 1, tzinfo=UTC)),
        ("9899-12-31T23:00:00-00:30", datetime(9899, 12, 31, 23, 30, tzinfo=UTC)),
    ],
)
def test_the_first_and_last_publication_years_are_read(published: str, expected: datetime):
    [article] = parse_jsonl(line(text="Dated.", published=published), name="d.jsonl")
    assert isinstance(article, Article)
    assert article.published == expected


def test_a_lone_surrogate_or_nul_in_language_is_made_storable():
    data = (
        '{"text": "The orchard festival drew a crowd.", "language": "en\\ud800"}\n'
        '{"text": "The ferry ran late on Monday.", "language": "f\\u0000r"}\n'
        + line(text=TEXT, language="de")
        + "\n"
    )
    orchard, ferry, good = parse_jsonl(data, name="lang.jsonl")
    assert isinstance(orchard, Article) and isinstance(ferry, Article)
    assert orchard.language == "en\ufffd"
    assert ferry.language == "fr"
    assert isinstance(good, Article) and good.language == "de"


def test_make_article_makes_every_string_field_storable_fallbacks_too():
    article = make_article(
        "Bridge reopens\x00 after repairs.",
        path="in/bad\udcffname.txt:3",
        title=" \ud800 ",
        language="en\udfff",
        source_name="in/bad\udcffname.txt",
    )
    assert article.path == "in/bad\ufffdname.txt:3"
    assert article.outlet == "bad\ufffdname"
    assert article.title == "\ufffd"
    assert article.language == "en\ufffd"
    assert article.text == "Bridge reopens after repairs."
    # Without source_name, the outlet falls back to the stem of the (cleaned) path.
    assert make_article("Text.", path="x\ud800y.txt").outlet == "x\ufffdy"


def test_a_record_without_a_word_is_one_error_and_the_rest_is_read(tmp_path):
    lines = [
        {"text": "The ferry to Arlow runs again on Monday.", "title": "Ferry"},
        {"text": "\x01\x02\x03 -- !!! \u2026", "title": "Junk"},
        {"text": "Schools in Dunmere reopen on Tuesday.", "title": "Schools"},
    ]
    path = tmp_path / "feed.jsonl"
    path.write_text("".join(json.dumps(line) + "\n" for line in lines), encoding="utf-8")
    items = list(read_inputs([path]))
    assert [i.title for i in items if isinstance(i, Article)] == ["Ferry", "Schools"]
    (error,) = [i for i in items if isinstance(i, IngestError)]
    assert error.path.endswith("feed.jsonl:2")
    assert error.cause.startswith("no words in the text")
