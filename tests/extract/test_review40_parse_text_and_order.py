"""A parse's text read once, and attributions in one order in every run.

The steps that look at the characters around a name or a clause read the parse's text
through :func:`corrobora.extract.nlp.doc_text`, which must give each parse its own text
however the calls interleave. Two credits of one cue that differ only in where their
content ends come out in one order, whatever order a set held them in.
"""

from __future__ import annotations

from corrobora.extract.attribution import _text_order
from corrobora.extract.nlp import doc_text, parse
from corrobora.model import Attribution, SourceKind, Span
from corrobora.settings import DEFAULT_MODEL


def test_doc_text_gives_each_parse_its_own_text() -> None:
    first = parse("The ferry left Harwick at dawn.", DEFAULT_MODEL)
    second = parse("Crews in Orrin restored power by noon.", DEFAULT_MODEL)
    for doc in (first, second, first, first, second):
        assert doc_text(doc) == doc.text


def _credit(content_end: int) -> Attribution:
    return Attribution(
        article_id="a",
        span=Span(40, 60),
        content=Span(62, content_end),
        source="Chela Ortiz",
        source_key="chela ortiz",
        kind=SourceKind.PERSON,
        cue="tell",
    )


def test_credits_differing_only_in_their_content_s_end_have_one_order() -> None:
    short, long = _credit(90), _credit(120)
    assert sorted([long, short], key=_text_order) == [short, long]
    assert sorted([short, long], key=_text_order) == [short, long]
