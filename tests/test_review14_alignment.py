"""Claim alignment (review 14): counts and measures worded apart, one word in common.

"The breach affects about 3.1 million customers" gives a standing count as surely as
"has risen to 2.4 million"; "Turnout was 61.4 percent, up from 57.2 percent ..." and
"Turnout was 58.9 percent" give one measure of one thing; two claims whose only term in
common is one plain word ("passwords") are no one statement, however close their
embeddings; a bare surname taken for a firm is the story's person of that name.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path

import numpy as np

from corrobora.align import ClaimVectors, facts_and_events
from corrobora.align.embeddings import Matrix
from corrobora.align.names import StoryNames
from corrobora.model import ConflictKind, ConflictNature

from .reconcile.conftest import make_claim
from .stories import fact_with, write_article


class _SameMeaning:
    """An encoder that reads every text as one meaning (an embedding cosine of 1)."""

    name = "same-meaning"

    def encode(self, texts: Sequence[str]) -> Matrix:
        return np.ones((len(texts), 4)) / 2.0


def test_a_count_that_affects_customers_updates_one_that_rose(tmp_path: Path) -> None:
    write_article(
        tmp_path, "a.txt", "Harlow Courier", "2026-03-04T09:00:00Z",
        "The number of Tessmark Energy customers caught up in the data breach has risen "
        "to 1.8 million, the company said on Wednesday.",
    )  # fmt: skip
    write_article(
        tmp_path, "b.txt", "Brinley Post", "2026-03-06T09:00:00Z",
        "The breach affects about 2.6 million Tessmark Energy customers, the company said.",
    )  # fmt: skip
    fact = fact_with(tmp_path, "2.6 million")
    assert len(fact.support) == 2
    (conflict,) = fact.conflicts
    assert conflict.kind is ConflictKind.NUMBER
    assert conflict.nature is ConflictNature.UPDATE


def _grouped(first: str, second: str, entities: tuple[str, ...] = ()) -> list[list[str]]:
    claims = [
        make_claim("a", first, 0, entities=entities),
        make_claim("b", second, 0, entities=entities),
    ]
    vectors = ClaimVectors.build(claims, _SameMeaning())
    facts, _events = facts_and_events(claims, vectors, 0.42, 0.1)
    return facts


def test_one_plain_word_in_common_is_no_one_fact_but_one_name_may_be() -> None:
    firms = "Firms that lose passwords face fines"
    denial = "Tessmark denied that any passwords were stolen"
    assert len(_grouped(firms, denial)) == 2
    host = "Vera Olsted to host the awards"
    picked = "Vera Olsted picked as presenter"
    assert len(_grouped(host, picked, ("vera olsted",))) == 1


def test_a_measure_with_an_earlier_figure_meets_the_plain_measure(tmp_path: Path) -> None:
    write_article(
        tmp_path, "a.txt", "Askerholm Courier", "2026-09-14T08:00:00Z",
        "Petra Lunde won the election for mayor of Askerholm on Sunday.\n\n"
        "Attendance was 48.2 percent, up from 44.9 percent at the last mayoral vote in "
        "2021, Lunde said.", title="Askerholm mayoral election count",
    )  # fmt: skip
    write_article(
        tmp_path, "b.txt", "Brinley Post", "2026-09-14T09:30:00Z",
        "Petra Lunde won Sunday's election for mayor of Askerholm.\n\n"
        "Attendance was 46.5 percent, election supervisor Jonas Berg said.",
        title="Askerholm mayoral election count",
    )  # fmt: skip
    fact = fact_with(tmp_path, "46.5 percent")
    assert len(fact.support) == 2
    assert [c.kind for c in fact.conflicts] == [ConflictKind.NUMBER]


def test_a_surname_the_recognizer_took_for_a_firm_is_the_person() -> None:
    full = make_claim("a", "Officer Karin Dahlberg said the count was over.", 0)
    short = make_claim("b", "The count is over, Dahlberg said.", 0)
    full = replace(full, entity_keys=("karin dahlberg",))
    short = replace(short, entity_keys=("dahlberg",))
    kinds = {"karin dahlberg": {"person"}, "dahlberg": {"organization"}}
    names = StoryNames([full, short], kinds)
    assert names.keys_and_words(short, ("count",))[0] == ("karin dahlberg",)
