"""Counts of suspected cases, the dead by any noun, "can confirm", unnamed nurses (review 12).

"47 suspected cases" is no count of confirmed ones; "Confirmed cases ... have risen to
58" counts cases; "two patients have died" counts the dead as "three people have now
died" does; "the club can confirm" states, it does not hedge; "a nurse who asked not
to be named" is an unnamed source.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from corrobora.extract.analyze import analyze_article
from corrobora.extract.nlp import parse
from corrobora.extract.quantities import find_quantities
from corrobora.model import ConflictKind, ConflictNature, Modality, SourceKind
from corrobora.reconcile.conflicts import date_conflict
from corrobora.reconcile.figures import UNCONFIRMED, claim_figures
from corrobora.settings import DEFAULT_MODEL, AnalyzeParams

from .extract.conftest import build_article
from .reconcile.conftest import counted
from .stories import (
    attributions,
    dated_claim,
    fact_with,
    story_facts,
    text_article,
    write_article,
)


def _units(text: str) -> list[tuple[float, str]]:
    found = find_quantities(parse(text, DEFAULT_MODEL), build_article(text))
    return [(q.value, q.unit) for q in found]


def test_a_level_after_risen_to_counts_the_subject() -> None:
    assert _units("Confirmed cases of brisk fever in Tollam have risen to 58.") == [(58.0, "case")]


def test_suspected_cases_are_their_own_count() -> None:
    suspected = counted("a", "There were 85 suspected cases in the city.", ("85", 85.0, "case"))
    confirmed = counted("b", "Confirmed cases have risen to 58.", ("58", 58.0, "case"))
    assert [f.role for f in claim_figures(suspected)] == [UNCONFIRMED]
    assert [f.role for f in claim_figures(confirmed)] == [""]


def _write_days(folder: Path, first: str, second: str) -> None:
    write_article(
        folder, "a.txt", "Harwick Daily", "2026-03-08T18:00:00+00:00",
        f"{first}\n\nDr. Oren Salk of Tollam Central Hospital said the wards were full.",
        title="Brisk fever outbreak in Tollam",
    )  # fmt: skip
    write_article(
        folder, "b.txt", "Tollam Radio", "2026-03-10T18:00:00+00:00",
        f"{second}\n\nDr. Oren Salk of Tollam Central Hospital said more beds were needed.",
        title="Brisk fever outbreak in Tollam",
    )  # fmt: skip


def test_suspected_and_confirmed_counts_stay_apart(tmp_path: Path) -> None:
    _write_days(
        tmp_path,
        "The number of confirmed brisk fever cases in Tollam has risen to 31, the health "
        "ministry said.\n\nThe ministry said 47 suspected cases were awaiting results.",
        "Confirmed cases of brisk fever in Tollam have risen to 58, the health ministry "
        "said.\n\nThe ministry said there were 85 suspected cases across the city.",
    )
    confirmed = fact_with(tmp_path, "risen to 58")
    assert not any("suspected" in s.text for s in confirmed.support)
    (update,) = [c for c in confirmed.conflicts if c.kind is ConflictKind.NUMBER]
    assert update.nature is ConflictNature.UPDATE


def test_patients_who_died_count_the_dead(tmp_path: Path) -> None:
    _write_days(
        tmp_path,
        "Two patients have died of brisk fever in Tollam since the outbreak began, the "
        "health ministry said.",
        "Three people have now died of brisk fever in Tollam, the health ministry said.",
    )
    (fact,) = [f for f in story_facts(tmp_path) if "died" in f.text]
    (update,) = [c for c in fact.conflicts if c.kind is ConflictKind.NUMBER]
    assert update.nature is ConflictNature.UPDATE


def test_can_confirm_is_no_hedge() -> None:
    confirm = "Castlebrook Athletic can confirm that Tomas Vireo has joined Redmarsh United."
    maybe = "Castlebrook Athletic said Tomas Vireo can join Redmarsh United next week."
    modality = {
        text: {
            c.modality for c in analyze_article(text_article(text, "Wire"), AnalyzeParams()).claims
        }
        for text in (confirm, maybe)
    }
    assert modality[confirm] == {Modality.ASSERTED}
    assert Modality.POSSIBLE in modality[maybe]


def test_a_nurse_who_asked_not_to_be_named_is_unnamed() -> None:
    text = (
        "A nurse who spoke on condition of anonymity said isolation ward staff were "
        "working double shifts."
    )
    (credit,) = attributions(text, "Tollam Radio")
    assert credit.kind is SourceKind.ANONYMOUS


def test_a_ministry_spokesman_speaks_for_the_ministry(tmp_path: Path) -> None:
    write_article(
        tmp_path, "a.txt", "Harwick Daily", "2026-03-08T18:00:00+00:00",
        "Confirmed cases of brisk fever in Tollam have risen to 31, the Ministry of Health "
        "said on Sunday.\n\nThe test positivity rate stands at 12 percent, ministry "
        "spokesman Aurel Vinn told reporters.",
        title="Brisk fever cases rise in Tollam",
    )  # fmt: skip
    write_article(
        tmp_path, "b.txt", "Tollam Radio", "2026-03-08T20:00:00+00:00",
        "The Ministry of Health said on Sunday that 31 cases of brisk fever had been "
        "confirmed in Tollam.\n\nThe positivity rate of tests is now 12 percent, the "
        "ministry said.",
        title="Brisk fever cases rise in Tollam",
    )  # fmt: skip
    fact = fact_with(tmp_path, "positivity rate")
    assert fact.origins == ("ministry of health",)


def test_the_end_of_a_span_dates_no_event() -> None:
    until = dated_claim(
        "a", "Vireo signed a contract until 2031 on Wednesday.", "2031",
        date(2031, 1, 1), date(2031, 12, 31), "sign",
    )  # fmt: skip
    tuesday = dated_claim(
        "b", "Vireo signed a contract on Tuesday.", "Tuesday",
        date(2026, 7, 7), date(2026, 7, 7), "sign",
    )  # fmt: skip
    assert date_conflict(until, tuesday) is None
