"""A copy that edits one word of a short sentence still copies it (no second origin)."""

from __future__ import annotations

from corrobora.model import CopyLink, FactStatus, Story
from corrobora.reconcile import reconcile
from corrobora.settings import ReconcileParams

from .conftest import make_analysis

WIRE = [
    "The Ostholm port authority closed the harbour on Monday.",
    "Its board swiftly rejected the request.",
]
EDITED = [
    "The Ostholm port authority closed the harbour on Monday.",
    "Its board quickly rejected the request.",
]


def _facts_with(words: str, copy_sentences: list[str], links: list[CopyLink]):
    wire = make_analysis("w", "Nordwire", WIRE, day=1)
    copy = make_analysis("c", "Coastline Daily", copy_sentences, day=1)
    recon = reconcile(
        Story("s", "t", ("w", "c")), [wire, copy], links, ReconcileParams(embeddings="none")
    )
    return [f for f in recon.facts if any(words in s.text for s in f.support)]


def test_a_light_edit_of_a_copied_sentence_is_no_second_origin():
    (fact,) = _facts_with("rejected the request", EDITED, [CopyLink("c", "w", 0.9)])
    assert fact.independent_support == 1
    assert [s.is_copy for s in fact.support if s.article_id == "c"] == [True]
    assert fact.status is not FactStatus.CORROBORATED


def test_a_sentence_the_copy_adds_is_its_own():
    added = [*EDITED[:1], "Dock workers walked out in protest at noon."]
    (fact,) = _facts_with("walked out", added, [CopyLink("c", "w", 0.9)])
    assert [s.is_copy for s in fact.support] == [False]
