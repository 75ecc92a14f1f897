"""Whose voice a statement is: a body's officer or paper, a scoop's subject, a relay.

A role titled by a body's common noun ("Harbour spokeswoman X", "Council chair X")
speaks for the story's one body of that noun; a body's own statement ("the council's
statement") is the body's voice; a scoop credited inside a sentence about its subject
credits the subject only; an article crediting an outlet relays it only for a fact that
outlet's article states with the same figure; a speaker's two partial quotes of one
utterance join the one group of its full wording.
"""

from __future__ import annotations

from pathlib import Path

from corrobora import api
from corrobora.model import QuoteGroup
from corrobora.settings import ReconcileParams, Settings

from .stories import fact_with, write_article


def test_a_role_titled_by_a_bare_noun_speaks_for_that_body(tmp_path: Path) -> None:
    write_article(
        tmp_path,
        "a.txt",
        "Valley Radio",
        "2026-05-04T10:00:00",
        "A cargo ship ran aground near the entrance of Orsby Harbour this morning.\n\n"
        "Harbour spokeswoman Mira Tolvanen said 23 crew members were taken ashore.",
    )
    write_article(
        tmp_path,
        "b.txt",
        "Coastline Weekly",
        "2026-05-04T16:00:00",
        "A freighter ran aground at the mouth of Orsby Harbour on Monday morning.\n\n"
        "According to the harbour, 23 crew members were taken ashore.",
    )
    fact = fact_with(tmp_path, "Mira Tolvanen said 23 crew")
    assert any("According to the harbour" in s.text for s in fact.support)
    assert fact.origins == ("harbour",)


def test_a_body_s_statement_is_the_body_s_voice(tmp_path: Path) -> None:
    write_article(
        tmp_path,
        "a.txt",
        "Northern Wire",
        "2026-05-06T11:00:00",
        "The Selden Water Board raised household water charges by 6 percent on Tuesday.\n\n"
        "The board's seven directors approved the rise unanimously, the board said.",
    )
    write_article(
        tmp_path,
        "b.txt",
        "Selden Courier",
        "2026-05-06T18:00:00",
        "Selden's water board lifted household charges by 6 percent on Tuesday.\n\n"
        "All seven directors of the water board approved the rise unanimously, according "
        "to the board's statement.",
    )
    fact = fact_with(tmp_path, "approved the rise unanimously, the board said")
    assert any("the board's statement" in s.text for s in fact.support)
    assert fact.origins == ("selden water board",)


def test_a_scoop_credited_after_its_subject_credits_only_the_subject(tmp_path: Path) -> None:
    write_article(
        tmp_path,
        "a.txt",
        "Northern Wire",
        "2026-05-06T11:00:00",
        "The Selden Water Board raised household water charges by 6 percent on Tuesday.\n\n"
        "The rise is the board's third since January.",
    )
    write_article(
        tmp_path,
        "b.txt",
        "Selden Courier",
        "2026-05-07T09:00:00",
        "Selden's water board lifted household charges by 6 percent on Tuesday.\n\n"
        "The increase, first reported by The Lakeside Mercury on Monday, was the board's "
        "third rise since January.",
    )
    fact = fact_with(tmp_path, "third since January")
    assert any("first reported by The Lakeside Mercury" in s.text for s in fact.support)
    assert "lakeside mercury" not in fact.origins
    assert fact.origins == ("northern wire", "selden courier")


def test_an_outlet_is_no_source_of_a_figure_its_own_article_gives_otherwise(
    tmp_path: Path,
) -> None:
    write_article(
        tmp_path,
        "a.txt",
        "The Brisk Herald",
        "2026-05-05T18:00:00",
        "The Food Safety Agency said on Tuesday it had received 14 complaints of "
        "suspected food poisoning. The Herald's count rests on records from six clinics.",
    )
    write_article(
        tmp_path,
        "b.txt",
        "Morning Ledger",
        "2026-05-06T07:00:00",
        "The agency said it had now received 22 complaints of suspected food poisoning "
        "from diners and doctors. An investigation published on Tuesday by The Brisk "
        "Herald found 40 cases recorded by clinics.",
    )
    write_article(
        tmp_path,
        "c.txt",
        "Westfield Daily",
        "2026-05-06T12:00:00",
        "The Brisk Herald reported on Tuesday that clinics had recorded 40 cases in "
        "diners at the restaurant. The agency has received 22 complaints.",
    )
    fact = fact_with(tmp_path, "The agency has received 22 complaints.")
    (own,) = [s for s in fact.support if s.text == "The agency has received 22 complaints."]
    assert own.origin != "brisk herald"


def _quote_groups(folder: Path) -> tuple[QuoteGroup, ...]:
    settings = Settings(reconcile=ReconcileParams(embeddings="none"))
    (report,) = api.compare([folder], settings).reports
    return report.reconciliation.quotes


def test_two_partial_quotes_of_one_utterance_join_its_full_wording(tmp_path: Path) -> None:
    write_article(
        tmp_path,
        "a.txt",
        "Northern Wire",
        "2026-05-06T11:00:00",
        "The Selden Water Board raised household water charges by 6 percent on Tuesday.\n\n"
        '"The pipes are much too old. We will not wait any longer," Chairwoman Edda Moll '
        "told reporters.",
    )
    write_article(
        tmp_path,
        "b.txt",
        "Selden Courier",
        "2026-05-07T09:00:00",
        "Selden's water board lifted household charges by 6 percent on Tuesday.\n\n"
        'Chairwoman Edda Moll said on Tuesday that the board would "not wait any longer" '
        'and that the pipes were "much too old".',
    )
    groups = [g for g in _quote_groups(tmp_path) if g.speaker_key == "edda moll"]
    assert len(groups) == 1
    texts = {v.text for v in groups[0].variants}
    assert {"not wait any longer", "much too old"} <= texts
