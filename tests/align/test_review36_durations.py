"""How long one act lasted: one fact per outcome it was aimed at or ended in.

"The jury convicted Voss after 14 hours of deliberation" and "the jury could not agree
after 26 hours of deliberation" time the deliberation on the verdict and the one on the
sentence: two facts, not a number conflict. Two lengths of the deliberation on one
outcome are one fact, and their conflict shows.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from corrobora.align.apart import timed_toward_one_end, timed_toward_other_ends
from corrobora.model import Claim, ConflictKind

from ..stories import figured_claim, story_facts, write_article


def _two_reports(tmp_path: Path, first: str, second: str) -> None:
    """Two outlets' reports of one trial, each with one sentence timing the jury."""
    write_article(
        tmp_path,
        "a.txt",
        "Harbour Post",
        "2024-11-20T10:00",
        "Harlan Voss was spared the death penalty on Friday after a jury in Meldon County "
        "could not agree on his punishment for the killing of two guards.\n\n"
        "Prosecutors had rejected an offer from his lawyers to plead guilty in exchange "
        f"for a life term.\n\n{first}\n\n"
        "Voss escaped from the county courthouse in March 2023 and shot two guards.",
    )
    write_article(
        tmp_path,
        "b.txt",
        "Coastal Times",
        "2024-11-20T12:00",
        "Harlan Voss was spared the death penalty on Friday after a jury in Meldon County "
        f"failed to agree on a sentence for the killing of two guards.\n\n{second}\n\n"
        "Judge Mara Quill then sentenced Voss to life in prison without parole.\n\n"
        "Voss told the court he was sorry for the pain he caused.",
    )


def _together(tmp_path: Path, first: str, second: str) -> bool:
    """True when one fact of the story holds a wording with ``first`` and one with ``second``."""
    return any(
        any(first in s.text for s in f.support) and any(second in s.text for s in f.support)
        for f in story_facts(tmp_path)
    )


def test_a_deliberation_that_convicted_and_one_that_could_not_agree_are_two_facts(
    tmp_path: Path,
) -> None:
    _two_reports(
        tmp_path,
        "The jury convicted Voss after 14 hours of deliberation.",
        "The jury could not agree after 26 hours of deliberation.",
    )
    assert not _together(tmp_path, "14 hours", "26 hours")


def test_deliberations_toward_a_verdict_and_a_sentence_are_two_facts(tmp_path: Path) -> None:
    _two_reports(
        tmp_path,
        "The jury deliberated for 12 hours before it reached a verdict.",
        "The jury deliberated for 30 hours before it agreed on a sentence.",
    )
    assert not _together(tmp_path, "12 hours", "30 hours")


def test_two_lengths_of_the_deliberation_on_the_sentence_are_one_fact_in_conflict(
    tmp_path: Path,
) -> None:
    _two_reports(
        tmp_path,
        "The jury deliberated for 38 hours on the sentence.",
        "After 26 hours of deliberations, the jury was deadlocked on the sentence.",
    )
    (fact,) = [f for f in story_facts(tmp_path) if any("38 hours" in s.text for s in f.support)]
    assert any("26 hours" in s.text for s in fact.support)
    assert ConflictKind.NUMBER in {c.kind for c in fact.conflicts}


def test_outcomes_of_a_timed_act_are_read_from_the_words() -> None:
    verdict = figured_claim("a", "The jury deliberated about 12 hours before reaching a verdict.")
    sentence = figured_claim("b", "After 30 hours of deliberation, the jury was deadlocked.")
    penalty = figured_claim("c", "The jury deliberated for 30 hours on the penalty.")
    assert timed_toward_other_ends(verdict, sentence)
    assert timed_toward_other_ends(verdict, penalty)
    # failing at the very step the other reports done is one deliberation, disputed
    failed = figured_claim(
        "d", "The jury failed to reach a verdict after 12 hours of deliberation."
    )
    assert not timed_toward_other_ends(verdict, failed)
    # without a span of one act timed in both, the outcomes are not read
    untimed = figured_claim("e", "The jury was deadlocked on the sentence.")
    assert not timed_toward_other_ends(verdict, untimed)
    # a span that sets the act off another time is no length of it
    offset = figured_claim("f", "The jury began deliberating five days before the sentencing.")
    assert not timed_toward_other_ends(verdict, offset)


def _named(claim: Claim, *names: str) -> Claim:
    return replace(claim, entity_keys=names)


def test_lengths_of_one_act_toward_one_outcome_join_unless_of_other_people() -> None:
    first = figured_claim("a", "The jury convicted Voss after 14 hours of deliberation.")
    second = figured_claim("b", "Jurors deliberated for about 11 hours before finding him guilty.")
    assert timed_toward_one_end(_named(first, "voss"), second)
    assert timed_toward_one_end(_named(first, "voss"), _named(second, "voss"))
    assert not timed_toward_one_end(_named(first, "voss"), _named(second, "ames"))
    # a deliberation toward a sentence is no length of the one toward a verdict
    other = figured_claim("c", "Jurors deliberated for about 11 hours on the sentence.")
    assert not timed_toward_one_end(first, other)
