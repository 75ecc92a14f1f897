"""A line that opens with a given name and a quoted nickname is one sentence.

After a dateline or a headline on a line of its own, the parser would start a sentence
at the quote of 'Tomas "The Heron" Valdane', leaving "Tomas" alone and the claim
without it.
"""

from __future__ import annotations

from corrobora.extract.analyze import analyze_doc
from corrobora.extract.nlp import parse, sentence_spans
from corrobora.settings import DEFAULT_MODEL

from .conftest import build_article


def _sentences(text: str) -> list[str]:
    return [text[s.start : s.end] for s in sentence_spans(parse(text, DEFAULT_MODEL))]


def test_a_nickname_after_a_dateline_line_stays_in_its_sentence() -> None:
    body = (
        'Tomas "The Heron" Valdane, the harbour boss whose silence earned him the nickname '
        '"The Statue," died in prison Monday.'
    )
    text = f"March 2, 2026\n{body}\nHe was 81."
    assert _sentences(text) == ["March 2, 2026", body, "He was 81."]


def test_a_nickname_after_a_headline_line_stays_in_its_sentence() -> None:
    body = 'Tomas "The Heron" Valdane, the harbour boss, died in prison Monday.'
    assert _sentences(f"Harbour boss dies\n{body}") == ["Harbour boss dies", body]


def test_a_quoted_line_after_a_name_line_still_starts() -> None:
    text = 'Statement\n"We will appeal," the club said.'
    assert _sentences(text) == ["Statement", '"We will appeal," the club said.']


def test_the_claim_keeps_the_given_name() -> None:
    text = 'March 2, 2026\nTomas "The Heron" Valdane, the harbour boss, died in prison Monday.'
    analysis = analyze_doc(parse(text, DEFAULT_MODEL), build_article(text))
    assert any(c.text.startswith('Tomas "The Heron" Valdane') for c in analysis.claims)
