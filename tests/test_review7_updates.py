"""Revisions, rising counts and a lone dissenter read from the timeline (review 7).

A report that revises a figure "correcting its earlier estimate of 6.1" does not state
6.1; a revising clause split off its sentence still makes the sentence a correction;
"at least four killed" and a later "has killed 17" are a rising toll, as is a count
"since Monday"; after "won", then "lost", a third "won" corroborates the first report,
and the fact is named in the wording the fewest reports dispute.
"""

from __future__ import annotations

from pathlib import Path

from corrobora.model import (
    Conflict,
    ConflictKind,
    ConflictNature,
    Evidence,
    FactEventKind,
    Span,
)
from corrobora.reconcile import _least_disputed
from corrobora.reconcile.conflicts import number_conflict, raised_floor
from corrobora.reconcile.facts import fact_timeline
from corrobora.reconcile.figures import claim_figures

from .reconcile.conftest import counted, make_claim
from .stories import fact_with, write_article

# -- an earlier figure does not account for a current one ------------------------------


def test_a_corrected_estimate_is_not_stated_by_the_correction() -> None:
    first = counted("a", "The quake had a magnitude of 6.1, the institute said.", ("6.1", 6.1, ""))
    revised = counted(
        "b",
        "The institute revised the magnitude to 6.3, correcting its earlier estimate of 6.1.",
        ("6.3", 6.3, ""),
        ("6.1", 6.1, ""),
    )
    assert [f.earlier for f in claim_figures(revised)] == [False, True]
    conflict = number_conflict(first, revised)
    assert conflict is not None
    assert "6.1" in conflict.detail and "6.3" in conflict.detail


def test_a_revision_is_a_correction_over_the_timeline(tmp_path: Path) -> None:
    write_article(
        tmp_path,
        "wire.txt",
        "Tarn Wire",
        "2026-03-02T06:00:00+00:00",
        "A strong earthquake shook the Orlen valley before dawn on Monday. "
        "The quake had a magnitude of 5.8, the Orlen Geological Survey said.",
    )
    write_article(
        tmp_path,
        "post.txt",
        "Orlen Post",
        "2026-03-02T14:00:00+00:00",
        "A strong earthquake shook the Orlen valley before dawn on Monday. "
        "The Orlen Geological Survey revised the magnitude of the quake to 6.2, "
        "correcting its earlier estimate of 5.8.",
    )
    fact = fact_with(tmp_path, "magnitude")
    (conflict,) = [c for c in fact.conflicts if c.kind is ConflictKind.NUMBER]
    assert conflict.nature is ConflictNature.CORRECTION
    assert conflict.detail == "5.8, later 6.2"
    assert fact.text.startswith("The Orlen Geological Survey revised")


def test_a_revising_clause_of_its_own_corrects_its_sentence(tmp_path: Path) -> None:
    write_article(
        tmp_path,
        "wire.txt",
        "Tarn Wire",
        "2026-04-12T21:00:00+00:00",
        "The Farmers' League won the Ostvale council election on Sunday.\n\n"
        "Turnout was 47.3 percent, the electoral office said.",
    )
    write_article(
        tmp_path,
        "post.txt",
        "Orlen Post",
        "2026-04-13T03:00:00+00:00",
        "The Farmers' League came first in the Ostvale council vote on Sunday.\n\n"
        "Turnout was 49.9 percent, the electoral office said, revising its earlier figure "
        "of 47.3 percent after late returns from two villages.",
    )
    fact = fact_with(tmp_path, "49.9 percent")
    (conflict,) = [c for c in fact.conflicts if c.kind is ConflictKind.NUMBER]
    assert conflict.nature is ConflictNature.CORRECTION
    assert conflict.detail == "47.3 %, later 49.9 %"


# -- rising counts ------------------------------------------------------------------------


def test_killed_before_its_figure_counts_the_dead() -> None:
    claim = counted("a", "The blast has killed 17 people, officials said.", ("17", 17.0, "people"))
    (figure,) = claim_figures(claim)
    assert figure.unit == "dead"


def test_a_floor_and_a_higher_figure_are_raised_not_in_conflict() -> None:
    floor = counted("a", "At least four people were killed.", ("four", 4.0, "people"))
    higher = counted("b", "The quake has killed 17 people.", ("17", 17.0, "people"))
    same = counted("c", "The quake has killed four people.", ("four", 4.0, "people"))
    assert number_conflict(floor, higher) is None
    raised = raised_floor(floor, higher)
    assert raised is not None and raised.detail == "4 dead vs 17 dead"
    assert raised_floor(floor, same) is None


def test_a_toll_that_rises_above_at_least_is_an_update(tmp_path: Path) -> None:
    write_article(
        tmp_path,
        "wire.txt",
        "Tarn Wire",
        "2026-03-02T06:00:00+00:00",
        "A strong earthquake shook the Orlen valley before dawn on Monday.\n\n"
        "At least four people were killed, the Orlen civil defence office said.",
    )
    write_article(
        tmp_path,
        "post.txt",
        "Orlen Post",
        "2026-03-02T14:00:00+00:00",
        "Rescue teams searched the ruins of the Orlen valley villages all day.\n\n"
        "The earthquake has killed 17 people, the Orlen civil defence office said.",
    )
    fact = fact_with(tmp_path, "killed")
    (conflict,) = fact.conflicts
    assert conflict.nature is ConflictNature.UPDATE
    assert conflict.detail == "4 dead, later 17 dead"
    assert [e.kind for e in fact.timeline] == [FactEventKind.FIRST, FactEventKind.UPDATES]


def test_an_earlier_report_above_a_later_floor_is_no_update(tmp_path: Path) -> None:
    write_article(
        tmp_path,
        "wire.txt",
        "Tarn Wire",
        "2026-03-02T06:00:00+00:00",
        "A strong earthquake shook the Orlen valley before dawn on Monday.\n\n"
        "The earthquake has killed 17 people, the Orlen civil defence office said.",
    )
    write_article(
        tmp_path,
        "post.txt",
        "Orlen Post",
        "2026-03-02T14:00:00+00:00",
        "Rescue teams searched the ruins of the Orlen valley villages all day.\n\n"
        "At least four people were killed, the Orlen civil defence office said.",
    )
    assert fact_with(tmp_path, "killed").conflicts == ()


def test_a_count_since_a_day_grows(tmp_path: Path) -> None:
    write_article(
        tmp_path,
        "wire.txt",
        "Tarn Wire",
        "2026-07-14T18:00:00+00:00",
        "Ostvale baked in a heatwave on Tuesday.\n\n"
        "The Health Office said 96 people had been taken to hospital with heatstroke since Sunday.",
    )
    write_article(
        tmp_path,
        "post.txt",
        "Orlen Post",
        "2026-07-15T10:00:00+00:00",
        "Ostvale sought shade as the hot spell dragged on.\n\n"
        "The Health Office said 140 people had been taken to hospital with heatstroke "
        "since Sunday.",
    )
    fact = fact_with(tmp_path, "heatstroke")
    (conflict,) = fact.conflicts
    assert conflict.nature is ConflictNature.UPDATE
    assert conflict.detail == "96 people, later 140 people"


# -- a lone dissenter ----------------------------------------------------------------------


_WORDS = {"wire": "won", "post": "lost", "courier": "won"}


def _opposed(first: str, second: str) -> Conflict:
    """A negation conflict between two of the reports in ``_WORDS``."""
    values = tuple(Evidence(a, Span(0, len(_WORDS[a])), _WORDS[a]) for a in (first, second))
    return Conflict(ConflictKind.NEGATION, "the sources state opposites", values)


def test_a_third_report_that_agrees_with_the_first_corroborates() -> None:
    """Wire: "won"; Post: "lost"; Courier: "won". Only the Post contradicts."""
    conflicts = [_opposed("wire", "post"), _opposed("post", "courier")]
    timeline = fact_timeline(["wire", "post", "courier"], {}, conflicts)
    assert [e.kind for e in timeline] == [
        FactEventKind.FIRST,
        FactEventKind.CONTRADICTS,
        FactEventKind.CORROBORATES,
    ]
    lone = fact_timeline(["wire", "post"], {}, conflicts[:1])
    assert [e.kind for e in lone] == [FactEventKind.FIRST, FactEventKind.CONTRADICTS]


def test_a_fact_is_named_in_the_wording_fewest_reports_dispute() -> None:
    wire, post, courier = (make_claim(a, _WORDS[a], 0) for a in ("wire", "post", "courier"))
    conflicts = [_opposed("wire", "post"), _opposed("post", "courier")]
    assert _least_disputed([wire, post, courier], conflicts) == [wire, courier]
    assert _least_disputed([wire, post], conflicts[:1]) == [wire, post]


def test_a_fact_in_dispute_is_named_by_a_disputed_wording() -> None:
    """A lead sentence aligned with two conflicting figures does not name their fact."""
    lead = make_claim("lead", "Crews fought the blaze through the night.", 0)
    wire, post = (make_claim(a, _WORDS[a], 0) for a in ("wire", "post"))
    assert _least_disputed([lead, wire, post], [_opposed("wire", "post")]) == [wire, post]
    assert _least_disputed([lead, wire], []) == [lead, wire]
