"""Counts of another year, measures worded with other verbs, doers of an act (review 24).

A toll an article dates in a past year is background, never a level of the story's own
toll; one magnitude "put at", "measured at" or "had" is one measure; "strikers" are the
workers who "joined the strike", and a walkout is a strike.
"""

from __future__ import annotations

from pathlib import Path

from corrobora import api
from corrobora.align.synonyms import synonym_term
from corrobora.model import Claim, ConflictKind, Fact
from corrobora.reconcile.estimates import one_estimate
from corrobora.reconcile.totals import one_measure
from corrobora.settings import ReconcileParams, Settings

from .stories import story_facts, write_article

_FLOOD = "Floods in the Varn delta"
_QUAKE = "Earthquake shakes Ostra coast"
_STRIKE = "Port workers stop work"


def _claims(folder: Path, *texts: str) -> list[Claim]:
    """The one claim of each text, each written as an article of its own outlet."""
    for number, text in enumerate(texts):
        write_article(folder, f"{number}.txt", f"Outlet {number}", "2028-06-13T07:00:00Z", text)
    settings = Settings(reconcile=ReconcileParams(embeddings="none"))
    analyses, _ = api.analyze_files([folder], settings)
    found = [c for a in analyses for c in a.claims]
    return [next(c for c in found if c.text in text or text in c.text) for text in texts]


def _fact_of(facts: tuple[Fact, ...], words: str) -> Fact:
    """The one fact whose support holds ``words``."""
    (fact,) = [f for f in facts if any(words in s.text for s in f.support)]
    return fact


def _holds(fact: Fact, words: str) -> bool:
    """True when a wording of ``fact`` holds ``words``."""
    return any(words in s.text for s in fact.support)


def test_a_toll_of_a_past_year_is_no_level_of_the_storys_toll(tmp_path: Path) -> None:
    write_article(
        tmp_path, "a.txt", "Delta Courier", "2028-09-05T10:00:00Z",
        "The number of people killed in Monday's floods in the Varn delta has risen to 34, "
        "the Civil Protection Agency said on Monday.\n\n"
        "In 2011, floods in the same delta killed 610 people.", title=_FLOOD,
    )  # fmt: skip
    write_article(
        tmp_path, "b.txt", "Lindmark Radio", "2028-09-06T08:00:00Z",
        "The death toll from Monday's floods in the Varn delta has risen to 71, the Civil "
        "Protection Agency said on Tuesday.\n\n"
        "They were the deadliest floods in the delta since 2011, when 610 people were "
        "killed.", title=_FLOOD,
    )  # fmt: skip
    facts = story_facts(tmp_path)
    toll = _fact_of(facts, "risen to 34")
    assert _holds(toll, "risen to 71")
    assert not _holds(toll, "610 people")
    assert all("610" not in c.detail for c in toll.conflicts)
    assert all("610" not in c.detail for f in facts for c in f.conflicts)


def test_one_magnitude_put_at_or_had_is_one_measure(tmp_path: Path) -> None:
    write_article(
        tmp_path, "a.txt", "Ostra Herald", "2028-02-03T09:00:00Z",
        "A strong earthquake struck the Ostra coast early on Thursday, killing at least 12 "
        "people and destroying 300 homes, the Civil Protection Agency said.\n\n"
        "The Ostra Geophysical Office put the quake's magnitude at 5.9 and its depth at "
        "eight kilometres.", title=_QUAKE,
    )  # fmt: skip
    write_article(
        tmp_path, "b.txt", "Vellan News", "2028-02-03T12:00:00Z",
        "At least 12 people were killed when a strong earthquake struck the Ostra coast "
        "early on Thursday, destroying 300 homes, the Civil Protection Agency said.\n\n"
        "The quake had a magnitude of 6.3, the Vellan Seismic Service said.", title=_QUAKE,
    )  # fmt: skip
    fact = _fact_of(story_facts(tmp_path), "magnitude at 5.9")
    assert _holds(fact, "magnitude of 6.3")
    assert any(c.kind is ConflictKind.NUMBER for c in fact.conflicts)


def test_an_aftershocks_magnitude_is_no_measure_of_the_quake(tmp_path: Path) -> None:
    quake = "The Ostra Geophysical Office put the quake's magnitude at 5.9."
    aftershock = "An aftershock had a magnitude of 4.2, the Ostra Geophysical Office said."
    other = "The quake had a magnitude of 6.3, the Vellan Seismic Service said."
    first, second, third = _claims(tmp_path, quake, aftershock, other)
    assert not one_measure(first, second)
    assert one_measure(first, third)


def test_a_walkout_is_a_strike() -> None:
    assert synonym_term("walkout") == synonym_term("strike") == synonym_term("stoppage")


def test_rival_counts_of_those_on_strike_are_one_count_at_odds(tmp_path: Path) -> None:
    write_article(
        tmp_path, "a.txt", "Harbour Wire", "2028-06-13T07:00:00Z",
        "A strike by dock workers halted all shipping at the port of Selm on Tuesday, as a "
        "pay dispute between Selm Port Authority and the Coastal Labour Federation deepened.\n\n"
        "The Coastal Labour Federation said 3,800 workers had joined the walkout.", title=_STRIKE,
    )  # fmt: skip
    write_article(
        tmp_path, "b.txt", "Selm Ledger", "2028-06-13T15:00:00Z",
        "Tuesday's strike over pay between Selm Port Authority and the Coastal Labour "
        "Federation "
        "halted all shipping at the port of Selm.\n\n"
        "Selm Port Authority said 2,100 workers had joined Tuesday's strike.", title=_STRIKE,
    )  # fmt: skip
    fact = _fact_of(story_facts(tmp_path), "3,800 workers")
    assert _holds(fact, "2,100 workers")
    assert any(c.kind is ConflictKind.NUMBER for c in fact.conflicts)


def test_strikers_are_those_who_joined_the_strike(tmp_path: Path) -> None:
    put = "Selm Port Authority put the number of strikers at 2,100."
    joined = "Selm Port Authority said 2,100 workers had joined Tuesday's strike."
    hired = "Selm Port Authority said 2,100 workers had joined the company."
    first, second, third = _claims(tmp_path, put, joined, hired)
    credited = {c.id: frozenset({"selm port authority"}) for c in (first, second, third)}
    assert one_estimate(first, second, credited)
    assert not one_estimate(first, third, credited)  # no strike: workers, not strikers
