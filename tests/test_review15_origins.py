"""A body's news pages and a study credited under the body's name are that body."""

from __future__ import annotations

from pathlib import Path

from corrobora import api
from corrobora.model import SourceKind
from corrobora.reconcile.origins import outlet_key
from corrobora.report.common import StoryView
from corrobora.settings import ReconcileParams, Settings

from .stories import fact_with, write_article


def test_the_news_pages_of_a_body_are_the_body() -> None:
    assert outlet_key("University of Askerby News") == "university of askerby"
    assert outlet_key("Harwick Mobile News") == "harwick mobile"
    assert outlet_key("Valley News") == "valley news"
    assert outlet_key("Union News") == "union news"


def _study(folder: Path) -> None:
    write_article(
        folder, "a.txt", "Daily Courant", "2026-11-03T09:00:00Z",
        "Adults who cycle to work may lower their blood pressure, according to a new study "
        "from the University of Askerby.",
    )  # fmt: skip
    write_article(
        folder, "b.txt", "Northfield Post", "2026-11-03T12:00:00Z",
        "Adults who cycle to work may lower their blood pressure, an Askerby study suggests.",
    )  # fmt: skip


def test_a_study_named_by_its_body_is_one_origin_with_the_body(tmp_path: Path) -> None:
    _study(tmp_path)
    fact = fact_with(tmp_path, "blood pressure")
    assert fact.origins == ("university of askerby",)


def test_the_origin_is_shown_by_the_words_that_name_it(tmp_path: Path) -> None:
    _study(tmp_path)
    settings = Settings(reconcile=ReconcileParams(embeddings="none"))
    (report,) = api.compare([tmp_path], settings).reports
    assert StoryView(report).origin_name("university of askerby") == "University of Askerby"


def test_an_unnamed_operator_of_another_kind_is_not_the_story_company(tmp_path: Path) -> None:
    write_article(
        tmp_path, "a.txt", "Daily Courant", "2026-11-17T09:00:00Z",
        "A Corvane Air jet slid off the runway at Veldmark on Tuesday. The runway will stay "
        "closed until Thursday, the airport operator said.",
    )  # fmt: skip
    write_article(
        tmp_path, "b.txt", "Northfield Post", "2026-11-17T12:00:00Z",
        "Passengers left a Corvane Air plane by the emergency slides on Tuesday evening. The "
        "runway will stay closed until Thursday, the company said.",
    )  # fmt: skip
    fact = fact_with(tmp_path, "closed until Thursday")
    assert "corvane air" in fact.origins
    assert len(fact.origins) == 2


def test_a_name_one_article_calls_a_charity_is_credited_as_one(tmp_path: Path) -> None:
    write_article(
        tmp_path, "a.txt", "Morning Ledger", "2026-11-03T09:00:00Z",
        "About 4.3 million adults live with the condition, according to the charity Harrow "
        "Relief.",
    )  # fmt: skip
    write_article(
        tmp_path, "b.txt", "Northfield Post", "2026-11-03T12:00:00Z",
        "Some 4.3 million adults in the country have the condition, Harrow Relief says.",
    )  # fmt: skip
    settings = Settings(reconcile=ReconcileParams(embeddings="none"))
    (report,) = api.compare([tmp_path], settings).reports
    kinds = {a.kind for a in report.reconciliation.attributions if a.source_key == "harrow relief"}
    assert kinds == {SourceKind.ORGANIZATION}
