"""A speech tag after a quote within a quote stays in the quote's sentence.

'“They asked, ‘Why not all of us?’” Ruiz said.' closes with a run of marks after the
question mark; the tag that follows ("Ruiz said", "she asked") goes on the sentence,
as after a single closing mark, and is never a sentence of its own.
"""

from __future__ import annotations

from corrobora.extract.nlp import parse, sentence_spans
from corrobora.settings import AnalyzeParams


def _sentences(text: str) -> list[str]:
    doc = parse(text, AnalyzeParams().model)
    return [text[s.start : s.end] for s in sentence_spans(doc, text)]


def test_a_name_and_said_after_nested_closing_marks_go_on() -> None:
    text = (
        "The council met on Tuesday.\n"
        "\"They asked, 'How about if it had been 40 homes?'\" Ruiz said."
    )
    assert _sentences(text)[-1] == "\"They asked, 'How about if it had been 40 homes?'\" Ruiz said."


def test_a_lower_case_tag_after_nested_closing_marks_goes_on() -> None:
    text = "\"He shouted, 'Get out now!'\" she recalled."
    assert _sentences(text) == [text]


def test_a_new_sentence_after_nested_closing_marks_still_starts() -> None:
    text = "\"They asked, 'Why not?'\" The vote was held on Friday."
    assert len(_sentences(text)) == 2
