"""Differences that are no disagreement: figures of two things, hearsay, a background denial.

"Two counts of fraud" and "one count of attempted fraud" count two charges; "had taught
there for 12 years" and "for the third time in four months" time two things; "found six
guests" and "allowed two guests to leave" count two groups. "According to reports" is
weak sourcing, not a hedge a plain statement disputes; and a denial by someone the other
report never names, told of an event its article gave as background, denies nothing of
the other report's event.
"""

from __future__ import annotations

from pathlib import Path

from corrobora.model import ConflictKind, Modality
from corrobora.reconcile.conflicts import modality_conflict, number_conflict

from ..stories import figured_claim, story_facts, write_article
from .conftest import make_claim


def _number(first: str, second: str) -> str | None:
    conflict = number_conflict(figured_claim("a", first), figured_claim("b", second))
    return None if conflict is None else conflict.detail


def test_counts_of_two_charges_are_no_rival_figures() -> None:
    assert _number("he has been charged with two counts of fraud",
                   "one count of attempted fraud and other charges") is None  # fmt: skip
    assert _number("he has been charged with two counts of fraud",
                   "Pell was charged with three counts of fraud.") == "2 count vs 3 count"  # fmt: skip


def test_a_window_of_time_is_no_rival_of_a_span_that_lasted() -> None:
    lasted = (
        "The teacher, Ilse Varn, was fined by the Orlow school, where she had taught for 12 years."
    )
    window = "Varn was fined by the Orlow school for the third time in four months."
    assert _number(lasted, window) is None
    other_window = "Varn was fined by the Orlow school for the third time in six months."
    assert _number(window, other_window) == "4 months vs 6 months"


def test_those_let_go_are_no_rival_of_those_found() -> None:
    found = "Kesper walked into the hotel lobby and found six guests near the desk."
    let_go = "Kesper found a group of guests in the lobby and allowed two guests to leave."
    assert _number(found, let_go) is None
    passive = "Three guests were allowed to leave the hotel lobby, the police said."
    assert _number(let_go, passive) == "2 guest vs 3 guest"


def test_hearsay_is_no_hedge_of_a_plain_statement() -> None:
    plain = make_claim("a", "Rook shot two guards at the Tessel depot.", 0, predicate="shoot")
    hearsay = make_claim("b", "According to reports, Rook shot two guards at the Tessel depot.",
                         0, modality=Modality.REPORTED, predicate="shoot")  # fmt: skip
    assert modality_conflict(plain, hearsay) is None
    held = make_claim("c", "Rook is believed to have shot two guards at the Tessel depot.", 0,
                      modality=Modality.REPORTED, predicate="shoot")  # fmt: skip
    assert modality_conflict(plain, held) is not None  # a belief is a hedge


def test_an_explicit_confirmation_still_differs_from_hearsay() -> None:
    sure = make_claim("a", "Police confirmed that Rook shot two guards at the Tessel depot.", 0,
                      predicate="shoot")  # fmt: skip
    hearsay = make_claim("b", "Rook reportedly shot two guards at the Tessel depot.", 0,
                         modality=Modality.REPORTED, predicate="shoot")  # fmt: skip
    conflict = modality_conflict(sure, hearsay)
    assert conflict is not None and conflict.detail == "asserted vs reported"
    refused = make_claim("c", "Police declined to confirm that Rook shot two guards.", 0,
                         predicate="shoot")  # fmt: skip
    assert modality_conflict(refused, hearsay) is None


def _kinds(folder: Path) -> set[ConflictKind]:
    return {c.kind for f in story_facts(folder) for c in f.conflicts}


def test_a_story_told_from_hearsay_shows_no_modality_conflict(tmp_path: Path) -> None:
    write_article(tmp_path, "a.txt", "Tessel Courier", "2026-03-06T09:00:00+00:00",
                  "On Thursday evening an angry man opened fire at the Harrow depot in Tessel, "
                  "killing two guards.")  # fmt: skip
    write_article(tmp_path, "b.txt", "Lindqvist Daily", "2026-03-06T11:00:00+00:00",
                  "According to reports, a man named Emil Rook shot and killed two guards at a "
                  "Harrow depot in Tessel.")  # fmt: skip
    assert ConflictKind.MODALITY not in _kinds(tmp_path)


def _denial(folder: Path, event: str) -> set[ConflictKind]:
    """The conflict kinds of a report of ``event`` and one that tells a denial after it."""
    folder.mkdir()
    write_article(folder, "a.txt", "Tessel Courier", "2026-03-06T09:00:00+00:00", event)
    write_article(folder, "b.txt", "Lindqvist Daily", "2026-03-06T11:00:00+00:00",
                  "A guard shot two colleagues at the Harrow depot in Tessel on Thursday.\n\n"
                  "Earlier this year, Petra Lund was charged with murder in a shooting spree "
                  "at a college in Varby.\n\n"
                  'She claimed the shootings "didn\'t happen."')  # fmt: skip
    return _kinds(folder)


def test_a_denial_by_someone_of_a_background_event_is_no_negation(tmp_path: Path) -> None:
    event = "The shootings happened shortly after 9:15 p.m. Thursday at the Harrow depot in Tessel."
    assert ConflictKind.NEGATION not in _denial(tmp_path / "stranger", event)
    named = f"{event} The guard, Petra Lund, was arrested at the scene."
    assert ConflictKind.NEGATION in _denial(tmp_path / "named", named)


def test_reports_of_two_charges_show_no_number_conflict(tmp_path: Path) -> None:
    opening = "A guard shot two colleagues at the Harrow depot in Tessel on Thursday night."
    write_article(tmp_path, "a.txt", "Tessel Courier", "2026-03-06T09:00:00+00:00",
                  f"{opening}\n\nPolice arrested Emil Rook in a storeroom and he has been "
                  "charged with two counts of murder.")  # fmt: skip
    write_article(tmp_path, "b.txt", "Lindqvist Daily", "2026-03-06T11:00:00+00:00",
                  f"{opening}\n\nRook was charged with two counts of murder, one count of "
                  "attempted murder and other charges.")  # fmt: skip
    assert ConflictKind.NUMBER not in _kinds(tmp_path)
