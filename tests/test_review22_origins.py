"""Who a fact comes from: a party member, a story's one campaign, a request (review 22)."""

from __future__ import annotations

from pathlib import Path

from corrobora import api
from corrobora.model import SourceKind
from corrobora.reconcile.origins import fuller_keys
from corrobora.settings import ReconcileParams, Settings

from .stories import credit, fact_with, story_facts, write_article

_TITLE = "Dunmere mayor refuses to concede"


def test_a_party_member_speaks_for_herself(tmp_path: Path) -> None:
    write_article(
        tmp_path, "a.txt", "Coldwater Radio", "2027-04-12T01:15:00Z",
        "Challenger Piet Asmund moved ahead of Mayor Rina Halloway in the Dunmere count "
        'early on Monday. "We will fight on for every vote," Halloway told the crowd at '
        "the Corn Exchange. Halloway, of the Green Lantern Party, has been mayor since "
        "2019 and is seeking a second term.", title=_TITLE,
    )  # fmt: skip
    write_article(
        tmp_path, "b.txt", "Ashby Courier", "2027-04-12T10:20:00Z",
        'Mayor Rina Halloway would not concede to Piet Asmund. "We will fight on for '
        'every vote," Halloway told supporters.', title=_TITLE,
    )  # fmt: skip
    fact = fact_with(tmp_path, "fight on for every vote")
    assert fact.origins == ("rina halloway",)


def test_a_member_of_a_party_is_no_voice_of_it(tmp_path: Path) -> None:
    write_article(
        tmp_path, "a.txt", "Coldwater Radio", "2027-04-12T01:15:00Z",
        "Rina Halloway, a member of the Green Lantern Party, said the count had been "
        "fair.", title=_TITLE,
    )  # fmt: skip
    write_article(
        tmp_path, "b.txt", "Ashby Courier", "2027-04-12T10:20:00Z",
        "Dunmere's count had been fair, Rina Halloway said.", title=_TITLE,
    )  # fmt: skip
    facts = [f for f in story_facts(tmp_path) if any("fair" in s.text for s in f.support)]
    assert facts
    assert all(f.origins == ("rina halloway",) for f in facts)


def test_a_bare_noun_is_the_one_body_its_fuller_names_name() -> None:
    found = fuller_keys(
        [
            credit("campaign", SourceKind.ORGANIZATION),
            credit("halloway s campaign", SourceKind.ORGANIZATION),
            credit("mayor rina halloway s campaign", SourceKind.ORGANIZATION),
        ]
    )
    assert found["campaign"] == "mayor rina halloway s campaign"
    assert found["halloway s campaign"] == "mayor rina halloway s campaign"
    # two bodies that are no shorter form of one another stay two
    found = fuller_keys(
        [
            credit("police", SourceKind.ORGANIZATION),
            credit("state police", SourceKind.ORGANIZATION),
            credit("city police", SourceKind.ORGANIZATION),
        ]
    )
    assert "police" not in found


def test_a_spokeswoman_and_the_campaign_named_in_full_are_one_origin(tmp_path: Path) -> None:
    write_article(
        tmp_path, "a.txt", "Ashby Courier", "2027-04-13T18:00:00Z",
        "The Halloway campaign lodged its complaint with the electoral board on Monday "
        "evening, a campaign spokeswoman said.", title=_TITLE,
    )  # fmt: skip
    write_article(
        tmp_path, "b.txt", "Coldwater Radio", "2027-04-13T12:00:00Z",
        "Halloway's campaign said it lodged its complaint with the electoral board on "
        "Monday evening.", title=_TITLE,
    )  # fmt: skip
    write_article(
        tmp_path, "c.txt", "Dunmere Post", "2027-04-13T09:00:00Z",
        "Mayor Rina Halloway's campaign said it would contest every rejected ballot.",
        title=_TITLE,
    )  # fmt: skip
    fact = fact_with(tmp_path, "lodged its complaint")
    assert fact.origins == ("mayor rina halloway s campaign",)


def test_who_asks_for_a_recount_is_no_source_of_the_win(tmp_path: Path) -> None:
    write_article(
        tmp_path, "a.txt", "Ashby Courier", "2027-04-13T18:00:00Z",
        "Mayor Rina Halloway has asked for a recount of the Dunmere mayoral election won "
        "by Piet Asmund.", title=_TITLE,
    )  # fmt: skip
    write_article(
        tmp_path, "b.txt", "Coldwater Radio", "2027-04-13T12:00:00Z",
        "Piet Asmund narrowly won the Dunmere mayoral election, but Mayor Rina Halloway "
        "wants the ballots counted again.", title=_TITLE,
    )  # fmt: skip
    fact = fact_with(tmp_path, "has asked for a recount")
    assert "rina halloway" not in fact.origins
    assert "ashby courier" in fact.origins


def test_who_asks_for_a_recount_is_not_listed_as_credited(tmp_path: Path) -> None:
    write_article(
        tmp_path, "a.txt", "Ashby Courier", "2027-04-13T18:00:00Z",
        "Mayor Rina Halloway has asked for a recount of the Dunmere mayoral election won "
        "by Piet Asmund.", title=_TITLE,
    )  # fmt: skip
    write_article(
        tmp_path, "b.txt", "Coldwater Radio", "2027-04-13T12:00:00Z",
        "Piet Asmund narrowly won the Dunmere mayoral election, officials said.", title=_TITLE,
    )  # fmt: skip
    settings = Settings(reconcile=ReconcileParams(embeddings="none"))
    (report,) = api.compare([tmp_path], settings).reports
    assert "rina halloway" not in {a.source_key for a in report.reconciliation.attributions}


def test_an_outlet_citing_its_own_reporting_cites_no_one(tmp_path: Path) -> None:
    write_article(
        tmp_path, "a.txt", "The Ashby Ledger", "2027-04-13T18:00:00Z",
        "The Ledger has learned that the Dunmere ballot boxes were left unsealed.",
        title=_TITLE,
    )  # fmt: skip
    write_article(
        tmp_path, "b.txt", "Coldwater Radio", "2027-04-13T20:00:00Z",
        "The Dunmere ballot boxes were left unsealed, the Ashby Ledger reported.",
        title=_TITLE,
    )  # fmt: skip
    settings = Settings(reconcile=ReconcileParams(embeddings="none"))
    (report,) = api.compare([tmp_path], settings).reports
    credited = {(a.article_id, a.source_key) for a in report.reconciliation.attributions}
    (courier,) = [i for i, a in report.articles.items() if a.outlet == "The Ashby Ledger"]
    assert "ashby ledger" in {key for _, key in credited}  # Coldwater Radio credits it
    assert (courier, "ashby ledger") not in credited
