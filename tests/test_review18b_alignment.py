"""Claims that share names or topic words but state different things stay apart."""

from __future__ import annotations

from pathlib import Path

from corrobora import api
from corrobora.model import Fact
from corrobora.settings import Settings

from .stories import fact_with, write_article


def _two(folder: Path, first: str, second: str) -> None:
    write_article(folder, "a.txt", "Keldmark Wire", "2026-09-08T07:30:00Z", first)
    write_article(folder, "b.txt", "Northgate Times", "2026-09-10T16:00:00Z", second)


def _facts_with_model(folder: Path) -> tuple[Fact, ...]:
    """The facts of the story in ``folder``, with the packaged embedding model."""
    (report,) = api.compare([folder], Settings()).reports
    return report.reconciliation.facts


def test_a_recall_of_another_batch_is_no_support(tmp_path: Path) -> None:
    _two(tmp_path, "Ostry Mills recalled flour from lots OM-4471 and OM-4479, packed in July.",
         "Ostry Mills widened its flour recall on Wednesday to lot OM-4502, packed in August.")  # fmt: skip
    lots = fact_with(tmp_path, "OM-4471")
    assert not any("OM-4502" in s.text for s in lots.support)


def test_a_recall_of_the_same_batch_corroborates(tmp_path: Path) -> None:
    _two(tmp_path, "Ostry Mills recalled flour from lot OM-4471, packed in July.",
         "Flour from lot OM-4471, packed in July, was recalled by Ostry Mills.")  # fmt: skip
    lot = fact_with(tmp_path, "was recalled by")
    assert any("Ostry Mills recalled" in s.text for s in lot.support)


def test_a_step_still_awaited_is_not_the_step_done(tmp_path: Path) -> None:
    _two(tmp_path, "The agency said it was still waiting for laboratory tests to confirm the "
         "source of the contamination.",
         "Laboratory tests have confirmed that the well water was the source of the "
         "contamination, the agency said.")  # fmt: skip
    waiting = fact_with(tmp_path, "still waiting")
    assert not any("have confirmed" in s.text for s in waiting.support)


def test_two_reports_of_a_step_still_awaited_corroborate(tmp_path: Path) -> None:
    _two(tmp_path, "The agency said it was still waiting for laboratory tests to confirm the "
         "source of the contamination.",
         "The agency is still awaiting laboratory tests to confirm the source of the "
         "contamination.")  # fmt: skip
    waiting = fact_with(tmp_path, "still waiting")
    assert any("still awaiting" in s.text for s in waiting.support)


def test_claims_sharing_only_place_names_stay_apart(tmp_path: Path) -> None:
    _two(tmp_path, "The Harrow Fell flood rose another metre overnight. "
         "Homes in Brackwater and Lunet Ford were evacuated.",
         "Rescue boats worked through Tuesday as the Harrow Fell flood rose. "
         "Libraries in Brackwater and Lunet Ford are shut.")  # fmt: skip
    facts = _facts_with_model(tmp_path)
    (homes,) = [f for f in facts if any("Homes" in s.text for s in f.support)]
    assert not any("Libraries" in s.text for s in homes.support)
