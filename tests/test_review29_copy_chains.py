"""A repost of a repost: the copy reuses the article it takes its words from."""

from __future__ import annotations

from pathlib import Path

from corrobora import api
from corrobora.settings import ReconcileParams, Settings

from .stories import story_facts, write_article

STATEMENT = (
    "Norvane Power said on Friday that the repair of the damaged pipeline near Brell would "
    'take about ten days, depending on the tides. "Divers have located the leak and a '
    "replacement section is being shipped from the yard at Ostmar. Work will begin as soon "
    'as the harbour authority grants the permits," Norvane Power said in a statement.'
)
OWN_ACCOUNT = (
    "The Brell pipeline, which carries fuel from the coastal terminal to three inland "
    "towns, has been shut since Wednesday after a fishing trawler dragged its anchor across "
    "the seabed. Filling stations in the valley have started to ration diesel, and the "
    "regional council has asked drivers to avoid unnecessary journeys until supplies return."
)
OWN_LINE = "Bus operators said they would add extra services for commuters next week."


def _story(folder: Path):  # type: ignore[no-untyped-def]
    write_article(folder, "a.txt", "Harbour Post", "2024-09-13T07:00:00Z", STATEMENT)
    write_article(
        folder, "b.txt", "Valley News", "2024-09-14T03:00:00Z", OWN_ACCOUNT + "\n\n" + STATEMENT
    )
    write_article(
        folder, "c.txt", "Ridge Wire", "2024-09-14T09:00:00Z", OWN_ACCOUNT + "\n\n" + OWN_LINE
    )
    settings = Settings(reconcile=ReconcileParams(embeddings="none"))
    (report,) = api.compare([folder], settings).reports
    return report


def test_a_repost_of_a_copys_own_words_is_a_copy_of_that_copy(tmp_path: Path) -> None:
    report = _story(tmp_path)
    outlet_of = {e.article_id: e.outlet for e in report.reconciliation.timeline}
    copy_of = {
        outlet_of[e.article_id]: outlet_of.get(e.copy_of or "")
        for e in report.reconciliation.timeline
    }
    assert copy_of == {
        "Harbour Post": None,
        "Valley News": "Harbour Post",
        "Ridge Wire": "Valley News",
    }


def test_words_a_copy_added_and_a_repost_repeats_have_one_origin(tmp_path: Path) -> None:
    facts = _story(tmp_path).reconciliation.facts
    (fact,) = [f for f in facts if any("trawler dragged" in s.text for s in f.support)]
    assert fact.independent_support == 1
    assert fact.origins == ("valley news",)
    assert sorted(s.is_copy for s in fact.support) == [False, True]


def test_a_copys_sentence_sharing_only_a_name_and_small_words_is_its_own(tmp_path: Path) -> None:
    wire = (
        "Torvald Emmerich Brandt, 52, is serving a life term for several robberies and was "
        "being driven from the Kessel Unit to the hospital at Armin when he escaped on Monday. "
        "He was first jailed in March 1990 on two charges of armed robbery and one of arson. "
        "His parole was revoked and he went back to prison in 1996 with a new charge of fraud."
    )
    write_article(tmp_path, "a.txt", "Harbour Post", "2024-09-13T07:00:00Z", wire)
    own = "Torvald Emmerich Brandt is a notorious bank robber serving a life term."
    copy = own + " He was first" + wire.split("He was first", 1)[1]
    write_article(tmp_path, "b.txt", "Valley News", "2024-09-13T09:00:00Z", copy)
    facts = story_facts(tmp_path)
    copied = [s for f in facts for s in f.support if s.is_copy]
    assert any("parole was revoked" in s.text for s in copied)  # the rest is a copy
    (fact,) = [f for f in facts if any("notorious bank robber" in s.text for s in f.support)]
    (support,) = [s for s in fact.support if "notorious" in s.text]
    assert not support.is_copy
    assert "valley news" in fact.origins
