"""Who a sentence is credited to: owed speech, time clauses, the outlet's initials (review 22).

"has until May 2 to make a firm offer or say it will not bid" has no one speaking yet;
"shares rose on Thursday, when a magazine first reported the talks" is the outlet's
own report of the share move; "told GCR" in Garroway Civic Radio told the outlet
itself; and a body named by its own words ("Ternwick's board said it was “inclined to
back” ...") speaks the words its clause quotes.
"""

from __future__ import annotations

from corrobora.extract.analyze import analyze_article
from corrobora.model import AnalyzedArticle, Claim
from corrobora.settings import AnalyzeParams
from tests.stories import attributions, text_article


def _analyzed(text: str, outlet: str) -> AnalyzedArticle:
    return analyze_article(text_article(text, outlet), AnalyzeParams())


def _claim(found: AnalyzedArticle, words: str) -> Claim:
    (claim,) = [c for c in found.claims if words in c.text]
    return claim


# --- 1. speech that is only owed, allowed or planned states nothing ----------------


def test_a_deadline_to_say_credits_no_one() -> None:
    text = (
        "Fenwick Marr confirmed on Friday that it is weighing a bid for Calloway Mines. "
        "Under the listing rules, Fenwick Marr has until May 2 to make a firm offer or say "
        "it will not bid."
    )
    found = _analyzed(text, "Harrow Ledger")
    assert _claim(found, "until May 2").attribution is None
    assert _claim(found, "weighing a bid").attribution is not None


def test_speech_a_modal_or_a_plan_binds_states_nothing() -> None:
    text = (
        "The board of Calloway Mines must say by Friday whether it backs the bid. "
        "The ministry will announce that the mine stays open. "
        "Ilsa Norden is expected to say that the tender failed."
    )
    found = attributions(text, "Harrow Ledger")
    assert found
    assert not any(a.statement for a in found)


def test_speech_that_took_place_still_states() -> None:
    text = (
        "Ilsa Norden went on to say that the tender had failed. "
        "The ministry announced that the mine stays open."
    )
    found = attributions(text, "Harrow Ledger")
    assert len(found) == 2
    assert all(a.statement for a in found)


# --- 2. a cue in a clause of time credits nothing of its main clause -----------------


def test_a_report_in_a_clause_of_time_leaves_the_main_clause_the_outlets() -> None:
    text = (
        "Dunmore shares rose 9 percent on Thursday, when a magazine first reported the "
        "merger talks. Shares in Pellory fell sharply after the regulator said it would "
        "open an inquiry."
    )
    found = _analyzed(text, "Harrow Ledger")
    assert _claim(found, "Dunmore shares").attribution is None
    assert _claim(found, "Pellory").attribution is None


def test_a_closing_cue_still_credits_its_sentence() -> None:
    text = "Dunmore shares rose 9 percent on Thursday after the report, a trader said."
    found = _analyzed(text, "Harrow Ledger")
    credit = _claim(found, "Dunmore shares").attribution
    assert credit is not None and credit.source_key == "trader"


# --- 3. the initials of the article's own outlet are that outlet ---------------------


def test_told_the_outlets_initials_credits_the_speaker_not_the_outlet() -> None:
    text = (
        "Dunmore shares jumped 9 percent on Thursday, when a newspaper first reported the "
        "talks. The Ostmark Competition Authority has opened a review of the deal, a "
        "spokesperson for the authority told GBS."
    )
    found = attributions(text, "Garroway Broadcasting Service")
    keys = {a.source_key for a in found}
    # "a newspaper" is never the outlet itself, named next by its initials
    assert keys & {"gbs", "garroway broadcasting service"} == set()
    assert "ostmark competition authority" in keys


def test_initials_of_another_outlet_stay_another_source() -> None:
    text = "The Ostmark Port Authority has delayed the tender, a spokesman told GCR."
    # an unnamed spokesman speaking to another outlet: that outlet relays the words
    assert {a.source_key for a in attributions(text, "Harrow Ledger")} == {"gcr"}
    own = attributions(text, "Garroway Civic Radio")
    assert {a.source_key for a in own} & {"gcr", "garroway civic radio"} == set()


# --- 4. a body named by its words speaks the quoted words of its clause --------------


def test_a_partial_quote_in_a_bodys_clause_is_the_bodys() -> None:
    text = (
        "Fenwick Marr has raised its offer for Ternwick. Ternwick's board said it was "
        '"inclined to back" the revised terms if Fenwick Marr makes a firm bid.'
    )
    found = _analyzed(text, "Harrow Ledger")
    (quote,) = [q for q in found.quotes if q.text == "inclined to back"]
    assert quote.speaker == "Ternwick's board"


def test_two_letters_of_a_company_are_not_the_outlets_initials() -> None:
    text = "Profits at BT rose 4 percent in the quarter, BT said on Thursday."
    found = attributions(text, "Business Times")
    assert {a.source_key for a in found} == {"bt"}
