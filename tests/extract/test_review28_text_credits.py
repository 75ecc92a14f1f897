"""Who a text's words are credited to: its owner's noun of saying, the text itself, its name.

"Commissioner X's assertion that ..." is X's statement of the clause; "a letter ...
to the girl's mother that reads, '...'" quotes the letter, not its recipient, and
"he is said to have written" names who made the letter, stating nothing; "a KVLR exit
poll of voters leaving 30 polling places" is named "KVLR exit poll".
"""

from __future__ import annotations

from pathlib import Path

from corrobora.extract.analyze import analyze_article
from corrobora.model import SourceKind
from corrobora.settings import AnalyzeParams
from tests.stories import attributions, credit_of, fact_with, text_article, write_article

# --- a possessive before a noun of saying with a "that" clause ----------------------


def test_a_possessive_assertion_credits_its_that_clause() -> None:
    text = (
        "Her account differs from Harbour Commissioner Selma Odegaard's assertion that "
        "the ferry had left the quay before the alarm sounded."
    )
    found = attributions(text, "Valley Ledger")
    credit = credit_of(found, "assertion", text)
    assert credit.source_key == "selma odegaard"
    assert credit.statement
    assert text[credit.content.start : credit.content.end] == (
        "the ferry had left the quay before the alarm sounded"
    )


def test_a_relative_clause_on_a_noun_of_saying_credits_nothing() -> None:
    text = "Odegaard's claim that she made on Monday was repeated by the port."
    found = attributions(text, "Valley Ledger")
    assert not [a for a in found if a.cue == "claim"]


def test_a_relayed_assertion_is_no_origin_of_the_relaying_outlet(tmp_path: Path) -> None:
    write_article(
        tmp_path,
        "a.txt",
        "Valley Ledger",
        "2026-05-04T09:00:00Z",
        "A witness says the ferry was still moored at Brekka quay on Sunday.\n\n"
        "Her account differs from Harbour Commissioner Selma Odegaard's assertion that "
        "the ferry had left Brekka quay before the alarm sounded.",
        title="Witness disputes ferry account",
    )
    write_article(
        tmp_path,
        "b.txt",
        "Fjord Notes",
        "2026-05-04T10:00:00Z",
        "The ferry fire at Brekka quay on Sunday injured four crew members.\n\n"
        "According to Selma Odegaard, the ferry had left Brekka quay before the alarm sounded.",
        title="Ferry fire at Brekka quay",
    )
    fact = fact_with(tmp_path, "assertion that")
    assert fact.origins == ("selma odegaard",)


# --- a text that reads -------------------------------------------------------------


def test_a_letter_that_reads_is_quoted_not_its_recipient() -> None:
    text = (
        "Trial opens\n\n"
        "The trial of Oren Vask, 17, began on Monday.\n"
        "Police have released a letter of apology that he is said to have written to the "
        'boy\'s father that reads, "I am so sorry for what the fire took from your family."\n'
    )
    found = analyze_article(text_article(text, "Valley Ledger"), AnalyzeParams())
    (quote,) = found.quotes
    assert quote.speaker is not None and "father" not in quote.speaker
    (credit,) = [a for a in found.attributions if a.content == quote.span]
    assert credit.kind is SourceKind.DOCUMENT
    assert credit.source_key == "letter of apology"


def test_who_wrote_a_text_states_nothing_by_writing_it() -> None:
    text = (
        "Trial opens\n\n"
        "The trial of Oren Vask, 17, began on Monday.\n"
        "Police have released a letter of apology that he is said to have written to the "
        'boy\'s father that reads, "I am so sorry for what the fire took from your family."\n'
    )
    found = analyze_article(text_article(text, "Valley Ledger"), AnalyzeParams())
    assert not [a for a in found.attributions if a.cue == "write"]


# --- a named document and its description ------------------------------------------


def test_a_named_polls_description_is_no_part_of_its_name() -> None:
    text = (
        "Challenger Ines Morrow holds a slim lead over Mayor Tor Eide, according to a "
        "KVLR exit poll of voters leaving 30 polling places on Sunday."
    )
    credit = credit_of(attributions(text, "Valley Ledger"), "according", text)
    assert credit.source_key == "kvlr exit poll"
    assert credit.kind is SourceKind.DOCUMENT


def test_a_named_survey_released_on_a_day_is_named_without_it() -> None:
    text = "Morrow leads by six points, according to a KVLR survey released on Sunday."
    credit = credit_of(attributions(text, "Valley Ledger"), "according", text)
    assert credit.source_key == "kvlr survey"


def test_an_unnamed_poll_keeps_its_description() -> None:
    text = "Morrow leads by six points, according to a poll of voters leaving polling places."
    credit = credit_of(attributions(text, "Valley Ledger"), "according", text)
    assert credit.source_key == "poll of voters leaving polling places"
