"""A company's voice: its officers, its short name, and where its shares trade.

"Kelvar chief executive X" speaks for "Kelvar Pharmaceuticals" though another article
credits the bare "Kelvar"; a name credited as a speaker that titles a role ("Ashford
Dairy managing director X") is the company the officer speaks for; "the company" after
"Shares in X fell in Ostervik trading" is X, never the market's city.
"""

from __future__ import annotations

from pathlib import Path

from corrobora.model import SourceKind

from .stories import attributions, credit_of, fact_with, write_article


def test_a_chief_executive_titled_by_a_short_name_speaks_for_its_company(
    tmp_path: Path,
) -> None:
    write_article(
        tmp_path,
        "a.txt",
        "The Fenwick Gazette",
        "2026-04-13T19:00:00+00:00",
        "Kelvar has said it first detected the impurity on 28 March and informed the "
        "Drug Safety Board immediately.",
    )
    write_article(
        tmp_path,
        "b.txt",
        "The Quayside Ledger",
        "2026-04-14T11:00:00+00:00",
        "Kelvar Pharmaceuticals on Tuesday denied that any patient had been harmed by "
        "contaminated batches of its drug Normilan.\n\n"
        '"No patient has been harmed by the affected batches," Kelvar chief executive '
        "Mikael Dunst said in a statement.\n\n"
        "Dunst said the company first detected the impurity on 28 March.\n\n"
        "Shares in Kelvar fell 9 percent on Tuesday in Ostervik trading.",
    )
    fact = fact_with(tmp_path, "first detected the impurity on 28 March")
    assert fact.origins == ("kelvar pharmaceuticals",)
    assert fact.independent_support == 1
    quote = fact_with(tmp_path, "No patient has been harmed")
    assert quote.origins == ("kelvar pharmaceuticals",)


def test_an_officer_of_a_name_credited_as_a_speaker_speaks_for_it(tmp_path: Path) -> None:
    write_article(
        tmp_path,
        "a.txt",
        "Western Press Agency",
        "2026-04-14T13:20:00+00:00",
        "Ashford Dairy on Tuesday recalled 8,000 tins of infant formula after salmonella was "
        "found at its plant in Elmby, the Tarnland Food Safety Agency said.\n\n"
        "Ashford Dairy said it had stopped production on the affected line.\n\n"
        '"The safety of babies is our absolute priority," Ashford Dairy managing director '
        "Ida Voss said in a statement.",
    )
    write_article(
        tmp_path,
        "b.txt",
        "Lakeside Herald",
        "2026-04-14T16:45:00+00:00",
        "Parents have been told to check tins of infant formula after Ashford Dairy recalled "
        "two batches over possible salmonella contamination.\n\n"
        "Ashford Dairy managing director Ida Voss said the company had stopped production "
        "on the affected line.",
    )
    fact = fact_with(tmp_path, "had stopped production on the affected line")
    assert fact.origins == ("ashford dairy",)
    assert fact.independent_support == 1


def test_the_company_after_shares_trading_in_a_city_is_the_company() -> None:
    text = (
        "Kelvar Pharmaceuticals recalled its blood-pressure drug Normilan on Monday after an "
        "impurity was found.\n\n"
        "Shares in Kelvar fell 9 percent on Tuesday in Ostervik trading, their biggest "
        "one-day drop since 2021.\n\n"
        "The company said it employs 2,400 people in Tarnland and has produced Normilan "
        "since 2014. It said 61 batches had been tested since the start of the month."
    )
    found = attributions(text, "The Quayside Ledger")
    for words in ("The company said", "It said"):
        credit = credit_of(found, words, text)
        assert credit.source_key == "kelvar pharmaceuticals"
        assert credit.kind is SourceKind.ORGANIZATION


def test_the_company_after_shares_on_a_city_exchange_is_the_company() -> None:
    text = (
        "Kelvar Pharmaceuticals recalled 12 batches of its drug Normilan on Monday.\n\n"
        "Shares in Kelvar fell 6 percent on the Ostervik exchange on Tuesday.\n\n"
        "The company said no patient had been harmed."
    )
    found = attributions(text, "Kesterby Courier")
    credit = credit_of(found, "The company said", text)
    assert credit.source_key == "kelvar pharmaceuticals"
