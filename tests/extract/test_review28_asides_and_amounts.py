"""Claims keep their subject, their nouns and their brackets; "2m euros" is two million.

"Four raiders, two wearing masks, made off with ..." is one claim even where the parser
hangs the verb on the aside; "grabbed rings and designer handbags" has no verb
"handbags"; a bracketed gloss "(£1.7 million)" is never cut or left half closed. A
scale letter glued to a number before a currency word multiplies it as after a sign.
"""

from __future__ import annotations

from pathlib import Path

from corrobora.extract.analyze import analyze_article
from corrobora.model import AnalyzedArticle, ConflictKind
from corrobora.settings import AnalyzeParams
from tests.stories import fact_with, text_article, write_article


def _analyzed(text: str, outlet: str = "Harbour Post") -> AnalyzedArticle:
    return analyze_article(text_article(text, outlet), AnalyzeParams())


def _texts(text: str) -> list[str]:
    return [c.text for c in _analyzed(text).claims]


# --- an aside inside the subject ---------------------------------------------------


def test_an_aside_in_the_subject_stays_in_its_claim() -> None:
    text = (
        "Four armed robbers, two dressed as women, made off with $137 million of diamonds "
        "and jewels from the Harry Winston store in Paris on Thursday."
    )
    assert _texts(text) == [text]


def test_an_aside_set_off_by_dashes_stays_in_its_claim() -> None:
    text = (
        "Four armed robbers -- two dressed as women -- made off with $137 million of "
        "diamonds from the Harry Winston store in Paris on Thursday."
    )
    (claim,) = _analyzed(text).claims
    assert claim.text.startswith("Four armed robbers")
    assert "$137 million" in claim.text


def test_the_figure_of_a_sentence_with_an_aside_is_weighed(tmp_path: Path) -> None:
    write_article(
        tmp_path,
        "a.txt",
        "Globe Wire",
        "2026-03-12T10:00:00",
        "Four armed robbers, two dressed as women, made off with $137 million of diamonds "
        "and jewels from the Harry Winston store in Paris on Thursday.",
    )
    write_article(
        tmp_path,
        "b.txt",
        "Capital Post",
        "2026-03-12T11:00:00",
        "Four armed robbers, some disguised as women, made off with $108 million of "
        "diamond rings and watches from the Harry Winston boutique in Paris on Thursday, "
        "officials said.",
    )
    fact = fact_with(tmp_path, "$137 million")
    assert any("$108 million" in s.text for s in fact.support)
    assert ConflictKind.NUMBER in {c.kind for c in fact.conflicts}


# --- a noun misread as a coordinated verb; brackets -----------------------------------


def test_a_noun_after_its_modifier_is_no_second_verb() -> None:
    text = (
        "The men grabbed jewellery and luxury watches worth an estimated two million "
        "euros (£1.7 million)."
    )
    assert _texts(text) == [text]


def test_a_true_second_verb_is_still_split_off() -> None:
    texts = _texts("The men grabbed the jewellery and then fled the city in a stolen van.")
    assert "The men grabbed the jewellery" in texts
    assert any(t.startswith("then fled the city") for t in texts)


def test_a_split_clause_keeps_its_closing_bracket() -> None:
    texts = _texts(
        "The dockers walked out on Monday, and the port stayed shut for a week "
        "(the longest closure in its history)."
    )
    assert all(t.count("(") == t.count(")") for t in texts)
    assert any(t.endswith("(the longest closure in its history)") for t in texts)


# --- a scale letter before a currency word ------------------------------------------


def _money(text: str) -> list[tuple[float, str]]:
    return [(q.value, q.unit) for q in _analyzed(text).quantities]


def test_millions_glued_before_a_currency_word_are_millions() -> None:
    assert (11_000_000.0, "EUR") in _money("The gang escaped with 11m euros of jewellery.")
    assert (2_000_000.0, "EUR") in _money("They made off with 2m euros (£1.7m; $2.6m).")
    assert (3_000_000.0, "USD") in _money("The firm paid 3m dollars in fines.")


def test_a_glued_m_without_money_is_still_metres() -> None:
    assert (5_000_000.0, "EUR") not in _money("The wave rose 5m above the pier.")
    assert all(value < 1000 for value, _ in _money("The wave rose 5m above the pier."))


def test_the_conflict_shows_the_amount_in_millions(tmp_path: Path) -> None:
    write_article(
        tmp_path,
        "a.txt",
        "North Radio",
        "2007-04-15T10:00:00",
        "A gang drove two cars through the window of a jewellery store in Dubai's Wafi "
        "mall on Sunday. The gang escaped with 11m euros of jewellery in less than a minute.",
    )
    write_article(
        tmp_path,
        "b.txt",
        "South Post",
        "2007-04-15T12:00:00",
        "Robbers crashed two cars into a jewellery store at the Wafi mall in Dubai on "
        "Sunday. The gang escaped with 15 million euros of jewellery in under a minute.",
    )
    fact = fact_with(tmp_path, "11m euros")
    details = [c.detail for c in fact.conflicts if c.kind is ConflictKind.NUMBER]
    assert details == ["11,000,000 EUR vs 15,000,000 EUR"]


def test_a_clause_inside_brackets_is_not_cut_off() -> None:
    text = (
        "The port reopened on Monday after a week of talks (dockers had walked out over "
        "pay, and the harbour master had closed the gates)."
    )
    texts = _texts(text)
    assert all(t.count("(") == t.count(")") for t in texts)
    assert texts == [text]
