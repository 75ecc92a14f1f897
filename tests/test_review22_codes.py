"""A code a copy changes, and one a correction notice withdraws (review 22)."""

from __future__ import annotations

from pathlib import Path

from corrobora.model import ConflictKind, ConflictNature
from corrobora.reconcile.conflicts import fact_conflicts

from .reconcile.conftest import make_claim
from .stories import story_facts, write_article

_LEAD = (
    "A Brisa Lines Orvan K-310 operating flight BL207 from Tesmor to Aldry diverted to "
    "Quenby Airport on Friday after the crew reported smoke in the cabin."
)
_LANDED = "The aircraft landed at Quenby at 11:40 with 138 passengers and five crew on board."


def test_a_copy_that_changes_a_code_conflicts_with_its_original() -> None:
    original = make_claim("a", _LEAD, 0)
    copy = make_claim("b", _LEAD.replace("K-310", "K-330"), 0)
    (conflict,) = fact_conflicts([original, copy], {}, {}, copies={"b": "a"})
    assert conflict.kind is ConflictKind.ENTITY and conflict.detail == "K-310 vs K-330"


def test_a_copy_resolving_a_name_differently_is_no_entity_conflict() -> None:
    original = make_claim("a", "Brisa Lines said the K-310 landed.", 0, entities=("brisa lines",))
    copy = make_claim("b", "The airline said the K-310 landed.", 0, entities=("aldry air",))
    assert fact_conflicts([original, copy], {"brisa lines": "ORG", "aldry air": "ORG"},
                          {}, copies={"b": "a"}) == ()  # fmt: skip


def test_a_code_a_later_notice_withdraws_is_corrected(tmp_path: Path) -> None:
    write_article(
        tmp_path, "a.txt", "Corlan Air News", "2027-03-12T18:00:00Z",
        f"{_LEAD}\n\n{_LANDED}", title="Brisa Lines K-310 diverts to Quenby",
    )  # fmt: skip
    write_article(
        tmp_path, "b.txt", "Corlan Air News", "2027-03-13T08:30:00Z",
        "Correction: An earlier version of this article misstated the aircraft type. The "
        "aircraft was an Orvan K-330, not a K-310.\n\n"
        f"{_LEAD.replace('K-310', 'K-330')}\n\n{_LANDED}",
        title="Brisa Lines K-330 diverts to Quenby",
    )  # fmt: skip
    (fact,) = [f for f in story_facts(tmp_path) if "BL207" in f.text]
    (conflict,) = [c for c in fact.conflicts if c.kind is ConflictKind.ENTITY]
    assert conflict.nature is ConflictNature.CORRECTION
    assert conflict.detail == "K-310, corrected to K-330"
    assert "K-330" in fact.text
