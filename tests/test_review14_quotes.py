"""A long quote lightly reworded and credited to two people is one utterance, misattributed."""

from __future__ import annotations

from pathlib import Path

from corrobora import api
from corrobora.model import ConflictKind, Quote, Span
from corrobora.reconcile.quotes import misattributed, quote_match, quote_words
from corrobora.settings import ReconcileParams, Settings

from .stories import fact_with, write_article

FIRST = (
    '"We treat the safety of our passengers extremely seriously and we will not cut a single '
    'inspection," chief executive Oskar Lindmark said on Monday.'
)
SECOND = (
    '"We treat the safety of our passengers very seriously, and we will not be cutting any '
    'inspection," chief executive Petra Salo said on Tuesday.'
)


def _story(folder: Path) -> None:
    write_article(folder, "a.txt", "Brenner Courier", "2026-03-02T09:00:00Z", FIRST)
    write_article(folder, "b.txt", "Halden Wire", "2026-03-03T09:00:00Z", SECOND)


def test_the_reworded_quote_is_one_group_naming_the_other_speaker(tmp_path: Path) -> None:
    _story(tmp_path)
    settings = Settings(reconcile=ReconcileParams(embeddings="none"))
    (report,) = api.compare([tmp_path], settings).reports
    (group,) = report.reconciliation.quotes
    assert {v.speaker for v in group.variants} == {"Oskar Lindmark", "Petra Salo"}


def test_the_fact_has_an_entity_conflict_and_one_origin(tmp_path: Path) -> None:
    _story(tmp_path)
    fact = fact_with(tmp_path, "inspection")
    assert [c.kind for c in fact.conflicts] == [ConflictKind.ENTITY]
    assert "Oskar Lindmark" in fact.conflicts[0].detail


def _quote(article_id: str, text: str, speaker: str) -> Quote:
    span = Span(0, len(text))
    return Quote(article_id, span, (span,), text, speaker, speaker.lower(), "said")


def test_a_shorter_reworded_line_of_two_people_is_two_utterances() -> None:
    first = _quote("a", "The harbour will be open again to all ships by Friday morning", "Ada Berg")
    second = _quote(
        "b", "The harbour will be open again to all vessels by Friday night", "Ivo Stam"
    )
    words = quote_words(first.text), quote_words(second.text)
    assert 0.75 <= quote_match(*words) < 0.9
    assert not misattributed(first, second, *words)
