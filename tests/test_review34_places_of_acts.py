"""One verb's acts at two named places are two acts, not one told two ways.

"Lena Marr has checked into a clinic in Holmport" and "the singer checked into the
Aldis Wellness Center in Brightwater" are two check-ins. A sentence that names no
place ("She checked in today") tells of the check-in its article named before it, so
it is no support for the other check-in either, and their days are no conflict.
"""

from __future__ import annotations

from pathlib import Path

from corrobora.model import ConflictKind
from corrobora.reconcile.acts import acts_at_other_places, named_after_verb, places_acted_at

from .reconcile.conftest import make_claim
from .stories import story_facts, write_article


def _write(tmp_path: Path) -> None:
    write_article(
        tmp_path,
        "a.txt",
        "Harbour Post",
        "2024-05-02T13:00:00",
        "Lena Marr has checked into a clinic in Holmport, and will stay there for a month.\n"
        "She checked in today.",
    )
    write_article(
        tmp_path,
        "b.txt",
        "Coastal Times",
        "2024-05-03T10:00:00",
        "After she left a clinic in Holmport on Thursday, Lena Marr has checked into the "
        "Aldis Wellness Center in Brightwater.\n"
        "Early Friday morning, the singer checked into Aldis Wellness Center in Brightwater.",
    )


def test_check_ins_at_two_places_stay_two_facts(tmp_path: Path) -> None:
    _write(tmp_path)
    for fact in story_facts(tmp_path):
        texts = " | ".join(s.text for s in fact.support)
        assert not ("checked in today" in texts and "Early Friday" in texts), texts
        assert ConflictKind.DATE not in {c.kind for c in fact.conflicts}


def test_names_after_the_verb_tell_the_place_of_the_act() -> None:
    here = make_claim(
        "a",
        "Marr checked into a clinic in Holmport",
        0,
        entities=("marr", "holmport"),
        predicate="check",
    )
    there = make_claim(
        "b",
        "Marr checked into the Aldis Center in Brightwater",
        0,
        entities=("marr", "aldis center", "brightwater"),
        predicate="check",
    )
    again = make_claim(
        "c",
        "Marr checked into the Aldis clinic",
        0,
        entities=("marr", "aldis"),
        predicate="check",
    )
    assert named_after_verb(here) == {"holmport"}
    assert acts_at_other_places(here, there)
    assert not acts_at_other_places(there, again)  # one place, named two ways


def test_only_a_pronoun_subject_takes_an_earlier_place() -> None:
    train = make_claim("a", "A train derailed near Holm", 0, entities=("holm",), predicate="derail")
    wagons = make_claim("a", "Nine wagons derailed", 30, predicate="derail")
    it = make_claim("a", "It derailed at noon", 60, predicate="derail")
    places = places_acted_at([train, wagons, it])
    assert places[wagons.id] == frozenset()
    assert places[it.id] == {"holm"}
