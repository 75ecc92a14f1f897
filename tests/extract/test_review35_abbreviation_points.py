"""Where an abbreviation's point ends a sentence and where it does not.

A name's "Jr." or "Sr." is also the full stop when a clause of its own follows ("...
escapee Ned Corran Jr. Prison service spokeswoman Ada Vell said ..."), so the second
sentence keeps its speaker; "Martin Luther King Jr. Boulevard was closed" is one
sentence. A short abbreviation before a lower-case word ("down Tollis Ave. waving a
knife") goes on with its sentence; a clock time written "p. m." ends it before a
capitalized word, on the same line or the next.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from corrobora.extract.nlp import parse, sentence_spans
from corrobora.model import SourceKind
from corrobora.settings import DEFAULT_MODEL

from ..stories import attributions, fact_with, write_article


def _sentences(text: str) -> list[str]:
    return [text[s.start : s.end] for s in sentence_spans(parse(text, DEFAULT_MODEL))]


def test_a_clause_after_jr_starts_a_sentence() -> None:
    assert _sentences(
        "A reward is offered for news of the escaped inmate Ned Corran Jr. Prison service "
        "spokeswoman Ada Vell said Friday that the man was still at large."
    ) == [
        "A reward is offered for news of the escaped inmate Ned Corran Jr.",
        "Prison service spokeswoman Ada Vell said Friday that the man was still at large.",
    ]


@pytest.mark.parametrize(
    ("text", "second"),
    [
        ("Guards stopped the driver Obed Larn Sr. He was carrying a knife.", "He was"),
        ("The gunman was named as Obed Larn Jr. Police said he had fled.", "Police said"),
    ],
)
def test_a_pronoun_or_a_speaker_after_a_suffix_starts_a_sentence(text: str, second: str) -> None:
    first, rest = _sentences(text)
    assert first.endswith(".") and rest.startswith(second)


def test_a_suffix_at_a_wrapped_line_end_before_a_clause_ends_the_sentence() -> None:
    text = (
        "The court heard that the money went\nto the inmate Ned Corran Jr.\n"
        "Prison service spokeswoman Ada Vell said\nthe man was still at large and\n"
        "that the search went on.\n"
    )
    assert any(s.startswith("Prison service spokeswoman") for s in _sentences(text))


@pytest.mark.parametrize(
    "text",
    [
        "Police said Martin Luther King Jr. Boulevard was closed for hours.",
        "Crowds marched on Martin Luther King Jr. Day in the city.",
        "Obed Larn Jr. is a convicted burglar serving a long sentence.",
    ],
)
def test_a_suffix_inside_a_name_or_before_a_verb_goes_on(text: str) -> None:
    assert _sentences(text) == [text]


@pytest.mark.parametrize(
    "text",
    [
        "Teo Marr had a previous arrest for walking down Tollis Ave. waving a knife, "
        "sources told the Dunmere Gazette.",
        "The parade moved along Quay St. toward the old harbour on Sunday.",
    ],
)
def test_an_abbreviation_before_a_lower_case_word_goes_on(text: str) -> None:
    assert _sentences(text) == [text]


@pytest.mark.parametrize(
    "text",
    [
        "The fire broke out after 2 p. m. Police said nobody was hurt.",
        "The court heard the fire broke out\nat the depot after 2 p. m.\n"
        "Police said nobody was hurt and\nthat the depot was closed.\n",
    ],
)
def test_a_spaced_pm_before_a_capitalized_word_ends_the_sentence(text: str) -> None:
    assert any(s.startswith("Police said nobody") for s in _sentences(text))


def test_the_speaker_after_jr_is_credited() -> None:
    text = (
        "A reward is offered for news of the escaped inmate Ned Corran Jr. Prison service "
        "spokeswoman Ada Vell said Friday that the man was still at large."
    )
    found = attributions(text, "Valley Ledger")
    (credit,) = [a for a in found if "still at large" in text[a.content.start : a.content.end]]
    assert credit.source_key == "ada vell"
    assert credit.kind is SourceKind.PERSON


def test_an_arrest_on_an_abbreviated_street_stays_one_credited_fact(tmp_path: Path) -> None:
    write_article(
        tmp_path,
        "a.txt",
        "Metro Roundup",
        "2026-10-26T10:00:00",
        "Teo Marr, 19, confessed to the shooting of Lina Sorr in Dunmere. Teo Marr had a "
        "previous arrest for walking down Tollis Ave. waving a knife two years ago, "
        "sources told the Dunmere Gazette.",
    )
    write_article(
        tmp_path,
        "b.txt",
        "Borough Daily",
        "2026-10-26T12:00:00",
        "Teo Marr, 19, has confessed to killing Lina Sorr in Dunmere, police said. Marr had "
        "been arrested before for carrying a knife on Tollis Avenue.",
    )
    fact = fact_with(tmp_path, "previous arrest")
    (mine,) = [s for s in fact.support if "previous arrest" in s.text]
    assert mine.text.endswith("sources told the Dunmere Gazette.")
    assert "dunmere gazette" in mine.origin
