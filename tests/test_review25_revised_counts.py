"""A count corrected "from A to B", a standing count of those being treated, an act come about.

"The coast guard corrected its count of missing from 18 to 15" corrects its own 18 to
15; a body's correction is no correction of another body's count; "12 people were
being treated" is a count as it stands; "had still not been found", then "was found",
tells the news moved on.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

from corrobora.model import (
    Attribution,
    Claim,
    Conflict,
    ConflictKind,
    ConflictNature,
    Quantity,
    SourceKind,
    Span,
)
from corrobora.reconcile.figures import claim_figures
from corrobora.reconcile.updates import with_timeline

from .reconcile.conftest import make_claim
from .stories import fact_with, write_article


def _with_figures(claim: Claim, *figures: tuple[str, str]) -> Claim:
    """The claim with a quantity at each written figure (its text, its unit)."""
    quantities = tuple(
        Quantity(
            Span(claim.text.index(written), claim.text.index(written) + len(written)),
            written,
            float(written),
            unit,
        )
        for written, unit in figures
    )
    return replace(claim, quantities=quantities)


def _credited(claim: Claim, key: str) -> Claim:
    """The claim credited to the organization ``key``."""
    credit = Attribution(
        claim.article_id, claim.span, claim.span, key.title(), key, SourceKind.ORGANIZATION, "say"
    )
    return replace(claim, attribution=credit)


def test_from_a_to_b_after_a_correction_gives_the_old_and_the_new_count() -> None:
    claim = _with_figures(
        make_claim(
            "a", "The coast guard on Friday corrected its count of missing from 18 to 15.", 0
        ),
        ("18", ""),
        ("15", ""),
    )
    old, new = sorted(claim_figures(claim), key=lambda f: -f.value)
    assert (old.value, old.earlier, old.unit) == (18, True, "missing")
    assert (new.value, new.earlier, new.unit) == (15, False, "missing")


def test_a_bare_figure_before_a_state_word_counts_that_state() -> None:
    claim = _with_figures(make_claim("a", "We have counted 18 missing so far.", 0), ("18", ""))
    assert [f.unit for f in claim_figures(claim)] == ["missing"]


def test_a_count_corrected_from_a_to_b_reads_old_then_new(tmp_path: Path) -> None:
    write_article(
        tmp_path,
        "a.txt",
        "Harbour Radio",
        "2026-06-02T09:00:00+02:00",
        'A fuel depot exploded in Port Orvel on Tuesday morning. "We have counted 18 injured so'
        ' far," fire brigade spokeswoman Ilse Varn said.',
    )
    write_article(
        tmp_path,
        "b.txt",
        "Orvel Gazette",
        "2026-06-04T10:00:00+02:00",
        "Port Orvel was quiet on Thursday, two days after the depot explosion. The fire brigade on"
        " Thursday corrected its count of injured from 18 to 15, saying three dock workers had"
        " been listed twice.",
    )
    fact = fact_with(tmp_path, "corrected its count")
    found = [(c.kind, c.nature, c.detail) for c in fact.conflicts]
    assert (ConflictKind.NUMBER, ConflictNature.CORRECTION, "18 injured, later 15 injured") in (
        found
    )


_TIMES = {
    "a": datetime(2026, 6, 3, 11, tzinfo=UTC),
    "b": datetime(2026, 6, 4, 8, tzinfo=UTC),
}


def _corrected_by(earlier_body: str) -> Conflict:
    """The conflict of a body's count of 22 and, a day later, the coast guard's correction."""
    earlier = _credited(
        _with_figures(
            make_claim("a", "The number of missing rose to 22, the body said.", 0),
            ("22", "missing"),
        ),
        earlier_body,
    )
    later = _credited(
        _with_figures(
            make_claim("b", "The coast guard corrected its count of missing from 18 to 15.", 0),
            ("18", "missing"),
            ("15", ""),
        ),
        "orvel coast guard",
    )
    conflict = Conflict(ConflictKind.NUMBER, "22 missing vs 15 missing")
    return with_timeline(conflict, earlier, later, _TIMES)


def test_a_body_correcting_its_count_corrects_no_other_body() -> None:
    assert _corrected_by("orvel port authority").nature is not ConflictNature.CORRECTION


def test_a_body_correcting_its_own_count_is_a_correction() -> None:
    assert _corrected_by("orvel coast guard").nature is ConflictNature.CORRECTION


def test_a_rising_count_of_those_being_treated_is_an_update(tmp_path: Path) -> None:
    write_article(
        tmp_path,
        "a.txt",
        "Lowland Wire",
        "2026-06-02T09:00:00+02:00",
        "A gas leak forced the evacuation of a school in Brannock on Tuesday. Brannock Clinic"
        " said 12 people were being treated for dizziness and nausea.",
    )
    write_article(
        tmp_path,
        "b.txt",
        "Brannock Herald",
        "2026-06-02T16:00:00+02:00",
        "Pupils were sent home from a Brannock school on Tuesday after a gas leak. By the"
        " evening, Brannock Clinic said 17 people were being treated, most of them for nausea.",
    )
    fact = fact_with(tmp_path, "being treated for dizziness")
    numbers = [c for c in fact.conflicts if c.kind is ConflictKind.NUMBER]
    assert numbers
    assert all(c.nature is ConflictNature.UPDATE for c in numbers)


def test_an_act_not_come_about_yet_then_done_is_an_update(tmp_path: Path) -> None:
    write_article(
        tmp_path,
        "a.txt",
        "Valley Courier",
        "2026-06-03T07:00:00+02:00",
        "Mila Hart, the climber missing since Monday's avalanche on Mount Serrow, had still"
        " not been found on Wednesday morning, the mountain rescue service said.",
    )
    write_article(
        tmp_path,
        "b.txt",
        "Alpine Ledger",
        "2026-06-03T13:00:00+02:00",
        "The climber missing since Monday's avalanche on Mount Serrow was found alive in a"
        " snow hole on Wednesday morning, the mountain rescue service said.",
    )
    fact = fact_with(tmp_path, "had still not been found")
    negations = [c for c in fact.conflicts if c.kind is ConflictKind.NEGATION]
    assert negations
    assert all(c.nature is ConflictNature.UPDATE for c in negations)


def test_an_act_told_done_then_not_yet_stays_a_disagreement(tmp_path: Path) -> None:
    write_article(
        tmp_path,
        "a.txt",
        "Alpine Ledger",
        "2026-06-03T07:00:00+02:00",
        "The climber missing since Monday's avalanche on Mount Serrow was found alive in a"
        " snow hole on Wednesday morning, the mountain rescue service said.",
    )
    write_article(
        tmp_path,
        "b.txt",
        "Valley Courier",
        "2026-06-03T13:00:00+02:00",
        "Mila Hart, the climber missing since Monday's avalanche on Mount Serrow, had still"
        " not been found on Wednesday morning, the mountain rescue service said.",
    )
    fact = fact_with(tmp_path, "had still not been found")
    assert all(c.nature is not ConflictNature.UPDATE for c in fact.conflicts)
