"""Credits and utterances (review 14): "Brandt said" credits the story's Ilse Brandt.

Who cites whom names a source as the origins of the facts do: a bare surname the
recognizer took for an organization is the story's one person of that surname, one
node of the graph. Two articles giving one quote of one speaker, each in a sentence
that is mostly the quote, state one fact however their own words differ.
"""

from __future__ import annotations

from pathlib import Path

from corrobora import api
from corrobora.model import FactStatus, Reconciliation, SourceKind
from corrobora.reconcile.origins import credits_named_fully, fuller_keys
from corrobora.report.common import StoryView
from corrobora.settings import ReconcileParams, Settings

from .stories import credit, fact_with, write_article

SIGNING_A = (
    "Redmarsh United have signed the striker Tomas Vireo on a four-year contract, "
    "the club said on Thursday."
)
SIGNING_B = (
    "Tomas Vireo has joined Redmarsh United on a four-year deal, the club confirmed on Thursday."
)


def _signing(folder: Path, first: str, second: str) -> None:
    write_article(
        folder, "a.txt", "Tollgate Gazette", "2026-11-20T10:00:00+00:00",
        f"{SIGNING_A}\n\n{first}", title="Vireo deal done",
    )  # fmt: skip
    write_article(
        folder, "b.txt", "Harbour Post", "2026-11-20T12:00:00+00:00",
        f"{SIGNING_B}\n\n{second}", title="Vireo joins Redmarsh",
    )  # fmt: skip


def _reconciled(folder: Path) -> tuple[Reconciliation, StoryView]:
    """The reconciliation of the one story in ``folder`` (words only) and its view."""
    settings = Settings(reconcile=ReconcileParams(embeddings="none"))
    (report,) = api.compare([folder], settings).reports
    return report.reconciliation, StoryView(report)


def _quoted(folder: Path) -> None:
    _signing(
        folder,
        '"He is exactly the player we wanted," manager Ilse Brandt said.',
        'Brandt said Vireo was "exactly the player we wanted".',
    )


def test_a_surname_credited_as_an_organization_credits_the_person() -> None:
    found = [credit("brandt", SourceKind.ORGANIZATION), credit("ilse brandt", SourceKind.PERSON)]
    named = credits_named_fully(found, fuller_keys(found))
    assert {(a.source_key, a.kind) for a in named} == {("ilse brandt", SourceKind.PERSON)}
    assert [a.source for a in named] == ["brandt", "ilse brandt"]  # as written


def test_who_cites_whom_names_the_person_once(tmp_path: Path) -> None:
    _quoted(tmp_path)
    rec, view = _reconciled(tmp_path)
    credited = {(e.target, e.relation) for e in rec.provenance if e.target == "ilse brandt"}
    assert credited == {("ilse brandt", "credits_person")}
    assert "brandt" not in {e.target for e in rec.provenance}
    assert {e.source for e in rec.provenance if e.target == "ilse brandt"} == set(
        rec.story.article_ids
    )
    assert view.provenance_label("ilse brandt") == "Ilse Brandt"


def test_a_source_is_shown_by_its_full_name(tmp_path: Path) -> None:
    _signing(
        tmp_path,
        "Manager Ilse Brandt said the fee was not disclosed.",
        "The fee was not disclosed, Brandt said.",
    )
    rec, view = _reconciled(tmp_path)
    written = {a.source for a in rec.attributions if a.source_key == "ilse brandt"}
    assert len(written) == 2  # "Ilse Brandt" and "Brandt", once each
    assert view.origin_name("ilse brandt") == "Ilse Brandt"


def test_one_quote_of_one_speaker_is_one_fact(tmp_path: Path) -> None:
    _quoted(tmp_path)
    fact = fact_with(tmp_path, "exactly the player we wanted")
    assert len({s.article_id for s in fact.support}) == 2
    assert fact.status is FactStatus.CORROBORATED
    assert fact.origins == ("ilse brandt",)
    assert {s.origin for s in fact.support} == {"ilse brandt"}


def test_two_quotes_of_one_speaker_stay_two_facts(tmp_path: Path) -> None:
    _signing(
        tmp_path,
        '"He is exactly the player we wanted," manager Ilse Brandt said.',
        'Brandt said the squad was "still two defenders short of a title challenge".',
    )
    fact = fact_with(tmp_path, "exactly the player we wanted")
    assert len(fact.support) == 1
