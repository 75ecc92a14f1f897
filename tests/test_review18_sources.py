"""Who a company's business coverage credits (review 18).

"and said" after a clause of its own speaker continues that clause, so the company
speaks, not the shares its sentence opened with, which never speak; "the pump maker"
is the company its article names; a name ending in a trade ("Dovell Chemical") is a
company's; "the Lerwick-listed company" and "the Lerwick-based group" are the company,
never the town they are seated in, nor is a town a body was founded in.
"""

from __future__ import annotations

from pathlib import Path

from corrobora.model import SourceKind
from tests.stories import attributions, credit_of, fact_with, story_facts, write_article

WIRE = ("Norland Wire", "2027-02-09T06:30:00+00:00")
DAILY = ("Lerwick Daily", "2027-02-09T10:00:00+00:00")
POST = ("Ostvik Post", "2027-02-09T13:00:00+00:00")

SHARES = (
    "Shares in Dovell Chemical ended 4.1% lower on Tuesday after the paint maker reported "
    "a 12% fall in sales and said it would close two plants."
)


def test_and_said_continues_the_clause_before_it() -> None:
    found = attributions(SHARES, "Ostvik Post")
    credit = credit_of(found, "and said", SHARES)
    assert (credit.source_key, credit.kind) == ("dovell chemical", SourceKind.ORGANIZATION)
    content = SHARES[credit.content.start : credit.content.end]
    assert content == "it would close two plants"
    assert all(a.kind is not SourceKind.ANONYMOUS for a in found)


def test_a_company_announcement_is_not_on_unnamed_sources(tmp_path: Path) -> None:
    write_article(
        tmp_path, "a.txt", *POST,
        "Shares in Dovell Chemical closed 4.1% lower at €18.20 on Tuesday after the paint "
        "maker reported a 12% drop in quarterly sales and said it would shed 900 jobs.",
    )  # fmt: skip
    facts = story_facts(tmp_path)
    assert not any("unnamed" in f.confidence_reason for f in facts)
    assert ("dovell chemical",) in {f.origins for f in facts}


def test_a_maker_named_by_its_product_is_the_company() -> None:
    text = (
        "Dovell Chemical cut its forecast on Tuesday. Sales fell 12% in the quarter, the "
        "paint maker said."
    )
    credit = credit_of(attributions(text, "Ostvik Post"), "paint maker", text)
    assert credit.source_key == "dovell chemical"


def test_a_name_ending_in_a_trade_is_a_company() -> None:
    # the recognizer takes "Tessarn Industrial" for a person here
    text = (
        "Tessarn Industrial reported a sharp fall in quarterly profit on Tuesday. Net profit "
        "fell to €41 million, the company said."
    )
    found = attributions(text, "Ostvik Post")
    assert {(a.source_key, a.kind) for a in found} == {
        ("tessarn industrial", SourceKind.ORGANIZATION)
    }


def test_a_listed_or_based_company_is_not_its_town() -> None:
    text = (
        "Dovell Chemical reported a sharp fall in sales on Tuesday.\n\n"
        "The Lerwick-based group said sales fell 12% to €410 million. Two plants will close, "
        "the Lerwick-listed company said."
    )
    found = attributions(text, "Ostvik Post")
    group = credit_of(found, "based group", text)
    assert (group.source_key, group.kind) == ("dovell chemical", SourceKind.ORGANIZATION)
    assert credit_of(found, "listed company", text).source_key == "dovell chemical"


def test_a_town_a_company_was_founded_in_is_no_company() -> None:
    text = (
        "Tarnby Foods, founded in Oskarstad in 1887, reported a loss on Tuesday.\n\n"
        "Unions called a strike at two plants.\n\n"
        "Demand for frozen meals has weakened, the company said."
    )
    credit = credit_of(attributions(text, "Ostvik Post"), "company said", text)
    assert credit.source_key == "tarnby foods"


def test_one_company_described_three_ways_is_one_origin(tmp_path: Path) -> None:
    write_article(
        tmp_path, "a.txt", *WIRE,
        "Dovell Chemical said on Tuesday its sales fell 12% in the fourth quarter.\n\n"
        "Sales in the three months to December fell to €410 million from €466 million, the "
        "Lerwick-listed company said.",
    )  # fmt: skip
    write_article(
        tmp_path, "b.txt", *DAILY,
        "Dovell Chemical reported a sharp fall in quarterly sales on Tuesday.\n\n"
        "The Lerwick-based group said sales for the fourth quarter dropped 12% to €410m.",
    )  # fmt: skip
    write_article(
        tmp_path, "c.txt", *POST,
        "Dovell Chemical, founded in Ostvik in 1903, reported a 12% drop in quarterly sales.\n\n"
        "Sales for October to December came in at €410 million, compared with €466 million a "
        "year earlier, the company said.",
    )  # fmt: skip
    sales = fact_with(tmp_path, "€410m")
    assert sales.origins == ("dovell chemical",)
