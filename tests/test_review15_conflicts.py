"""A ferry grounding (review 15): denials of a detail, offices, verbs of one act, causes.

A denial of a detail conflicts only with a wording that states the detail; "chief"
and a noun is one person's office; "ran onto the rocks" and "drifted onto the rocks"
are one act; "the emergency" and "the collision" of one story are one incident.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

from corrobora.model import Claim, ConflictKind, FactStatus
from corrobora.reconcile.causes import cause_conflict, same_thing_caused
from corrobora.reconcile.conflicts import date_conflict, negation_conflict
from corrobora.reconcile.roles import office_holders, role_conflict

from .reconcile.conftest import make_claim
from .stories import dated_claim, fact_with, story_facts, write_article

OPENING = "A Brevik Ferries vessel ran aground near Halden harbour on Tuesday."


def _story(folder: Path, first: str, second: str) -> None:
    write_article(
        folder, "a.txt", "Halden Courier", "2026-11-17T18:10:00Z",
        f"{OPENING}\n\n{first}", title="Brevik ferry runs aground near Halden",
    )  # fmt: skip
    write_article(
        folder, "b.txt", "Coastline Radio", "2026-11-18T08:05:00Z",
        f"{OPENING}\n\n{second}", title="Brevik ferry runs aground near Halden",
    )  # fmt: skip


LATE = "Brevik Ferries denied that the captain had ordered the evacuation late."
SOON = "Brevik Ferries said the captain had ordered the evacuation as soon as water came in."


def test_a_denial_conflicts_only_with_a_wording_of_what_it_denies() -> None:
    late = make_claim("a", LATE, 0, negated=True, predicate="order")
    soon = make_claim("b", SOON, 0, predicate="order")
    assert negation_conflict(late, soon) is None
    stated = make_claim(
        "b", "A crew member said the captain ordered the evacuation late.", 0, predicate="order"
    )
    assert negation_conflict(late, stated) is not None
    never = make_claim("a", "The captain did not order an evacuation.", 0, negated=True,
                       predicate="order")  # fmt: skip
    ordered = make_claim("b", "The captain ordered an evacuation.", 0, predicate="order")
    assert negation_conflict(never, ordered) is not None


def test_two_wordings_of_one_denial_corroborate(tmp_path: Path) -> None:
    _story(tmp_path, LATE, SOON)
    fact = fact_with(tmp_path, "denied that")
    assert not [c for c in fact.conflicts if c.kind is ConflictKind.NEGATION]


def _named(article_id: str, text: str, key: str) -> Claim:
    """A claim of ``text`` that names the person ``key``."""
    return replace(make_claim(article_id, text, 0), entity_keys=(key,))


LED = (
    "Investigators from the Halden Marine Board, led by {}, began examining the hull on Wednesday."
)


def test_chief_and_a_noun_is_one_person_s_office() -> None:
    quist = _named("a", LED.format("chief investigator Mara Quist"), "mara quist")
    assert office_holders(quist) == {"mara quist": ("Mara Quist", "chief investigator")}
    vale = _named("b", '"We will examine every factor," said chief investigator Pieter Vale.',
                  "pieter vale")  # fmt: skip
    conflict = role_conflict(quist, vale, {})
    assert conflict is not None and conflict.kind is ConflictKind.ENTITY
    assert "Mara Quist" in conflict.detail and "Pieter Vale" in conflict.detail
    staff = _named("b", LED.format("chief of staff Pieter Vale"), "pieter vale")
    assert office_holders(staff) == {"pieter vale": ("Pieter Vale", "chief of staff")}
    deputy = _named("b", LED.format("deputy chief investigator Pieter Vale"), "pieter vale")
    assert role_conflict(quist, deputy, {}) is None


def test_two_chief_investigators_are_an_entity_conflict(tmp_path: Path) -> None:
    write_article(
        tmp_path, "a.txt", "Halden Courier", "2026-11-17T18:10:00Z",
        f"{OPENING}\n\n{LED.format('chief investigator Mara Quist')}",
    )  # fmt: skip
    write_article(
        tmp_path, "b.txt", "Coastline Radio", "2026-11-18T08:05:00Z",
        "The Halden Marine Board has opened an inquiry after a ferry grounding.\n\n"
        + LED.format("chief investigator Pieter Vale").replace(".", " morning."),
    )  # fmt: skip
    fact = fact_with(tmp_path, "Pieter Vale")
    assert any("chief investigator" in c.detail for c in fact.conflicts)
    assert fact.status is FactStatus.CONFLICTING


def _day(day: int) -> tuple[date, date]:
    return date(2026, 11, day), date(2026, 11, day)


def _lemmas(claim: Claim, *terms: str) -> Claim:
    """``claim`` with the lemmas the analysis gives its words ("ran" is "run")."""
    return replace(claim, terms=terms)


def test_one_particle_and_object_tell_one_act() -> None:
    drifted = dated_claim("a", "The ferry drifted onto the rocks on Tuesday.", "Tuesday",
                          *_day(17), predicate="drift")  # fmt: skip
    drifted = _lemmas(drifted, "ferry", "drift", "rock", "tuesday")
    ran = dated_claim("b", "The ferry ran onto the rocks on Monday.", "Monday", *_day(16),
                      predicate="run")  # fmt: skip
    conflict = date_conflict(drifted, _lemmas(ran, "ferry", "run", "rock", "monday"))
    assert conflict is not None and conflict.kind is ConflictKind.DATE
    towed = dated_claim("b", "The ferry was towed off the rocks on Monday.", "Monday",
                        *_day(16), predicate="tow")  # fmt: skip
    assert date_conflict(drifted, _lemmas(towed, "ferry", "tow", "rock", "monday")) is None


def test_a_verb_variant_of_one_act_is_dated(tmp_path: Path) -> None:
    write_article(
        tmp_path, "a.txt", "Halden Courier", "2026-11-17T13:45:00Z",
        "A Brevik Air passenger jet carrying 140 people skidded off the runway at Halden "
        "Airport on Tuesday, the airline said.", title="Brevik jet leaves runway at Halden",
    )  # fmt: skip
    write_article(
        tmp_path, "b.txt", "Coastline Radio", "2026-11-18T08:05:00Z",
        "A Brevik Air passenger jet carrying 140 people ran off the runway at Halden "
        "Airport on Monday afternoon, the airport said.", title="Brevik jet leaves runway at Halden",
    )  # fmt: skip
    fact = fact_with(tmp_path, "ran off the runway")
    assert [c for c in fact.conflicts if c.kind is ConflictKind.DATE]
    assert fact.status is FactStatus.CONFLICTING


STORM = "The emergency was caused by a sudden storm, according to a person familiar with it."
ENGINE = "The collision was caused by an engine failure, a Brevik Ferries engineer said."


def test_causes_of_the_incident_in_two_words_conflict_not_of_other_things() -> None:
    storm, engine = make_claim("a", STORM, 0), make_claim("b", ENGINE, 0)
    assert same_thing_caused(storm, engine)
    conflict = cause_conflict(storm, engine)
    assert conflict is not None and conflict.kind is ConflictKind.CAUSE
    delays = make_claim("b", "The delays were caused by an engine failure.", 0)
    assert not same_thing_caused(storm, delays)
    explosion = make_claim("a", "The accident was caused by an explosion in the engine room.", 0)
    leak = make_claim("b", "The explosion was caused by a fuel leak.", 0)
    assert not same_thing_caused(explosion, leak)
    fire = make_claim("b", "The fire was caused by a fuel leak.", 0)
    collision = make_claim("a", "The collision was caused by a sudden storm.", 0)
    assert not same_thing_caused(collision, fire)


def test_two_causes_of_one_incident_are_a_cause_conflict(tmp_path: Path) -> None:
    _story(tmp_path, STORM, ENGINE)
    conflicts = [c for f in story_facts(tmp_path) for c in f.conflicts]
    assert [c for c in conflicts if c.kind is ConflictKind.CAUSE]
