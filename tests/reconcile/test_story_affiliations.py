"""A person one article says speaks for an organization is its voice in the whole story."""

from __future__ import annotations

from pathlib import Path

from corrobora import api
from corrobora.settings import ReconcileParams, Settings

_QUOTE = "The fire is contained and no one in the town is in danger tonight"


def _write(folder: Path, name: str, outlet: str, body: str) -> None:
    (folder / name).write_text(
        f"Title: Plant fire contained\nOutlet: {outlet}\nDate: 2026-06-02\n\n{body}\n",
        encoding="utf-8",
    )


def _origins(tmp_path: Path) -> list[tuple[str, ...]]:
    settings = Settings(reconcile=ReconcileParams(embeddings="none"))
    (report,) = api.compare([tmp_path], settings).reports
    return [
        fact.origins
        for fact in report.reconciliation.facts
        if any("contained" in s.text for s in fact.support)
    ]


def test_a_chief_named_with_her_service_in_one_article_is_its_voice_in_the_other(
    tmp_path: Path,
) -> None:
    _write(
        tmp_path,
        "post.txt",
        "Harbour Post",
        f'"{_QUOTE}," said Alina Moreau, chief fire officer of the Brannock Fire Service.',
    )
    _write(
        tmp_path, "radio.txt", "Valley Radio", f'Chief fire officer Alina Moreau said: "{_QUOTE}."'
    )
    assert _origins(tmp_path) == [("brannock fire service",)]


def test_without_the_affiliation_she_is_her_own_origin(tmp_path: Path) -> None:
    _write(tmp_path, "post.txt", "Harbour Post", f'"{_QUOTE}," said Alina Moreau.')
    _write(
        tmp_path, "radio.txt", "Valley Radio", f'Chief fire officer Alina Moreau said: "{_QUOTE}."'
    )
    assert _origins(tmp_path) == [("alina moreau",)]


def test_one_outlets_two_reports_are_named_as_one_outlet(tmp_path: Path) -> None:
    reports = (
        (
            "early.txt",
            "2026-06-02",
            "Crews from three towns fought the fire at the Kestrel "
            "plant overnight. The plant makes solvents for paint firms.",
        ),
        (
            "late.txt",
            "2026-06-03",
            "Schools in Brannock stayed shut on Wednesday. Crews from "
            "three towns had fought the fire at the Kestrel plant overnight.",
        ),
    )
    for name, day, body in reports:
        (tmp_path / name).write_text(
            f"Title: Plant fire\nOutlet: Harbour Post\nDate: {day}\n\n{body}\n",
            encoding="utf-8",
        )
    settings = Settings(reconcile=ReconcileParams(embeddings="none"))
    (report,) = api.compare([tmp_path], settings).reports
    (fact,) = [f for f in report.reconciliation.facts if "Crews" in f.text]
    assert "stated by 2 independent articles from 1 outlet" in fact.confidence_reason


_DENIAL = "We have found no evidence that any accident was caused by this condition"


def test_a_role_before_the_name_makes_her_the_company_voice(tmp_path: Path) -> None:
    """ "Torvik spokeswoman Lena Hartvik" speaks for Torvik: her words and the company's
    are one voice, not a quote credited to two speakers."""
    lead = "Torvik Motors is recalling 86,400 Aster vehicles over a faulty brake line."
    _write(tmp_path, "a.txt", "Meridia Business Daily", f'{lead} "{_DENIAL}," the company said.')
    _write(
        tmp_path,
        "b.txt",
        "Capital Gazette",
        f'{lead} "{_DENIAL}," Torvik spokeswoman Lena Hartvik said on Friday.',
    )
    settings = Settings(reconcile=ReconcileParams(embeddings="none"))
    (report,) = api.compare([tmp_path], settings).reports
    (fact,) = [
        f for f in report.reconciliation.facts if any("no evidence" in s.text for s in f.support)
    ]
    assert not [c for c in fact.conflicts if c.kind == "entity"]
    assert fact.independent_support == 1
