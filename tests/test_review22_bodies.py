"""A bare body noun credited in a sentence is the body that sentence names (review 22).

"Harlan Foods is not in talks with Mersey Brook Group, the company said": the story
names two companies, so "the company" is neither story-wide, yet its own sentence
names the company it speaks of as its subject. One origin with the company's own
word elsewhere, and who cites whom names it so.
"""

from __future__ import annotations

from pathlib import Path

from corrobora import api
from corrobora.settings import ReconcileParams, Settings

from .stories import fact_with, write_article

_TITLE = "Harlan Foods and Mersey Brook"


def _two_companies(folder: Path, denial: str) -> None:
    write_article(
        folder, "a.txt", "Tollby Wire", "2027-04-12T09:00:00Z", denial, title=_TITLE
    )  # fmt: skip
    write_article(
        folder, "b.txt", "Ostra Radio", "2027-04-12T15:00:00Z",
        "Harlan Foods said on Monday that it is not in talks with Mersey Brook Group about "
        "a merger.", title=_TITLE,
    )  # fmt: skip


def test_the_company_is_the_subject_its_sentence_names(tmp_path: Path) -> None:
    _two_companies(
        tmp_path,
        "Harlan Foods is not in talks with Mersey Brook Group about a merger, the company "
        "said on Monday.",
    )
    fact = fact_with(tmp_path, "the company said")
    assert fact.origins == ("harlan foods",)


def test_who_cites_whom_names_the_subject_company(tmp_path: Path) -> None:
    _two_companies(
        tmp_path,
        "Harlan Foods is not in talks with Mersey Brook Group about a merger, the company "
        "said on Monday.",
    )
    settings = Settings(reconcile=ReconcileParams(embeddings="none"))
    (report,) = api.compare([tmp_path], settings).reports
    credited = {a.source_key for a in report.reconciliation.attributions}
    assert credited == {"harlan foods"}


def test_a_sentence_naming_two_companies_as_no_subject_leaves_it_bare(tmp_path: Path) -> None:
    _two_companies(
        tmp_path,
        "Talks between Harlan Foods and Mersey Brook Group about a merger are not under "
        "way, the company said on Monday.",
    )
    fact = fact_with(tmp_path, "the company said")
    assert "company" in fact.origins


def test_the_utility_is_the_one_utility_its_sentence_names(tmp_path: Path) -> None:
    title = "Calder Energy keeps its grid"
    write_article(
        tmp_path, "a.txt", "Tollby Wire", "2027-04-12T09:00:00Z",
        "Calder Energy will not sell its grid to the Tarn Water Board, the utility said on "
        "Monday.", title=title,
    )  # fmt: skip
    write_article(
        tmp_path, "b.txt", "Ostra Radio", "2027-04-12T15:00:00Z",
        "Calder Energy said on Monday that it will not sell its grid to the Tarn Water Board.",
        title=title,
    )  # fmt: skip
    fact = fact_with(tmp_path, "the utility said")
    # a water board is no utility of the sentence: only the company can be
    assert fact.origins == ("calder energy",)
