"""Company names as origins (review 14): a short name and "the company" are the company.

"Venmar" in one article and "Venmar Telecom" in another are one origin, whichever
company word ends the full name and even when the recognizer took the short name for a
surname; "the company said" in an article that names no company is the story's one
company, not an origin of its own.
"""

from __future__ import annotations

from pathlib import Path

from corrobora import api
from corrobora.model import SourceKind
from corrobora.reconcile.origins import fuller_keys
from corrobora.settings import ReconcileParams, Settings

from .stories import credit, fact_with, write_article


def test_a_telecom_short_name_is_the_company() -> None:
    found = fuller_keys(
        [
            credit("venmar", SourceKind.ORGANIZATION),
            credit("venmar telecom", SourceKind.ORGANIZATION),
        ]
    )
    assert found == {"venmar": "venmar telecom"}


def test_a_company_short_name_taken_for_a_surname_is_the_company() -> None:
    found = fuller_keys(
        [credit("corvane", SourceKind.PERSON), credit("corvane mobile", SourceKind.ORGANIZATION)]
    )
    assert found == {"corvane": "corvane mobile"}
    # the surname of a person the story names in full stays that person's
    found = fuller_keys(
        [
            credit("corvane", SourceKind.PERSON),
            credit("ada corvane", SourceKind.PERSON),
            credit("corvane mobile", SourceKind.ORGANIZATION),
        ]
    )
    assert found == {"corvane": "ada corvane"}


def test_short_and_full_company_names_are_one_origin(tmp_path: Path) -> None:
    write_article(
        tmp_path, "a.txt", "The Ashby Courier", "2026-11-10T07:30:00Z",
        "Venmar said in a statement that it was investigating a cyber incident that "
        "began on Sunday. The breach was caused by a phishing email sent to an employee, "
        "the company said.",
        title="Venmar Telecom hit by cyberattack",
    )  # fmt: skip
    write_article(
        tmp_path, "b.txt", "Kessford Daily", "2026-11-11T13:00:00Z",
        "Venmar Telecom is investigating a cyber incident that began at the weekend. "
        "The breach was caused by a phishing email sent to a member of staff, Venmar said.",
        title="Venmar Telecom cyberattack",
    )  # fmt: skip
    fact = fact_with(tmp_path, "phishing email")
    assert fact.origins == ("venmar telecom",)
    assert fact.independent_support == 1


def _recall(folder: Path, company: str) -> None:
    write_article(
        folder, "a.txt", "The Tarsk Observer", "2026-11-10T07:30:00Z",
        "About 40,000 asthma inhalers were recalled on Monday after tests found a faulty "
        "valve.\n\nNo injuries have been linked to the faulty inhalers, the company said.",
        title="Inhalers recalled",
    )  # fmt: skip
    write_article(
        folder, "b.txt", "Corlund Evening News", "2026-11-11T09:00:00Z",
        f"{company} is recalling 40,000 asthma inhalers because of a faulty valve.\n\n"
        "No injuries have been linked to the faulty inhalers, Brevant Pharma said.",
        title="Inhaler recall",
    )  # fmt: skip


def test_the_company_is_the_story_one_company(tmp_path: Path) -> None:
    _recall(tmp_path, "Brevant Pharma")
    fact = fact_with(tmp_path, "No injuries")
    assert fact.origins == ("brevant pharma",)
    # beside two companies, "the company" is neither of them
    two = tmp_path / "two"
    two.mkdir()
    _recall(two, "Lusk Laboratories, which makes them for Brevant Pharma,")
    assert "company" in fact_with(two, "No injuries").origins


def test_who_cites_whom_names_the_company_as_the_origins_do(tmp_path: Path) -> None:
    _recall(tmp_path, "Brevant Pharma")
    settings = Settings(reconcile=ReconcileParams(embeddings="none"))
    (report,) = api.compare([tmp_path], settings).reports
    credited = {a.source_key for a in report.reconciliation.attributions}
    assert "company" not in credited
    assert "brevant pharma" in credited
