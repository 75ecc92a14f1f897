"""Property tests: the readers never crash on arbitrary input, and spans stay valid."""

from hypothesis import given, settings
from hypothesis import strategies as st

from corrobora.errors import IngestError
from corrobora.ingest import parse_document
from corrobora.ingest.decode import decode_bytes
from corrobora.ingest.meta import storable
from corrobora.ingest.text import parse_text
from corrobora.model import Article


@settings(max_examples=150, deadline=None)
@given(st.binary(max_size=400))
def test_decode_never_crashes(data):
    try:
        text = decode_bytes(data, "x.txt")
    except IngestError as error:
        assert error.cause in {"empty file", "binary file, not text"}
    else:
        assert text.strip()
        assert not text.startswith("\ufeff")


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=300))
def test_text_body_is_a_suffix_of_the_input(text):
    try:
        article = parse_text(text, name="x.txt")
    except IngestError as error:
        assert error.path == "x.txt"
    else:
        assert storable(text).endswith(article.text)  # NUL dropped, lone surrogates replaced
        assert article.outlet == "x"


@settings(max_examples=60, deadline=None)
@given(st.binary(max_size=300), st.sampled_from(["a.txt", "a.md", "a.html", "a.jsonl", "a.json"]))
def test_parse_document_yields_only_values(data, name):
    for item in parse_document(data, name):
        assert isinstance(item, Article | IngestError)
        if isinstance(item, Article):
            assert item.text.strip()
            assert "\r" not in item.text
