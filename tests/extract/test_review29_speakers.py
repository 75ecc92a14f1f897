"""Who speaks a quote: a namesake relative, a described person, a daily, a long quote.

A bare surname after a relative introduced by given name ("his widow, Candee") is
that relative; a person described where she speaks ("the white woman, who ...") is no
earlier name; a numbered name keeps its number; "the paper" is the daily just named;
the "he" closing a quote of several sentences continues the speaker before the quote,
never a name inside it; "the convicted killer" is the story's named offender; a place
before "authorities" names that place's authorities.
"""

from __future__ import annotations

from corrobora.extract.analyze import analyze_article
from corrobora.model import AnalyzedArticle, Attribution, Quote, SourceKind
from corrobora.settings import AnalyzeParams
from tests.stories import text_article


def _analyzed(text: str) -> AnalyzedArticle:
    return analyze_article(text_article(text, "Valley Ledger"), AnalyzeParams())


def _quote(found: AnalyzedArticle, words: str) -> Quote:
    (quote,) = [q for q in found.quotes if words in q.text]
    return quote


def _credit(found: AnalyzedArticle, text: str, words: str) -> Attribution:
    (credit,) = [a for a in found.attributions if words in text[a.span.start : a.span.end]]
    return credit


def test_a_bare_surname_after_a_named_relative_is_the_relative() -> None:
    text = (
        "Gunman jailed for life\n\n"
        "A judge jailed Orrin Vasko for life on Friday for the depot shooting.\n"
        "Vasko shot and killed customs officer Tomas Herle at the depot.\n"
        "Herle's widow, Marit, spoke to reporters after the hearing.\n"
        '"He took everything from our family," said Herle, who wept in court.\n'
    )
    quote = _quote(_analyzed(text), "took everything")
    assert quote.speaker_key == "marit herle"


def test_a_person_described_where_she_speaks_is_no_earlier_name() -> None:
    text = (
        "Jury splits on verdict\n\n"
        "Orrin Vasko was jailed for life on Friday after the jury split.\n"
        '"Jurors who will not deliberate should not serve," prosecutor Piet Lindgren said.\n'
        "Two jurors spoke to reporters on Friday.\n"
        '"We did everything we could do," said the young woman, who was identified as '
        "Juror No. 4.\n"
        '"Everyone was respectful," said Juror No. 9, a retired teacher.\n'
    )
    found = _analyzed(text)
    assert _quote(found, "everything we could").speaker_key != "piet lindgren"
    assert _credit(found, text, "the young woman").source_key != "piet lindgren"
    assert _credit(found, text, "Juror No").source == "Juror No. 9"


def test_the_paper_is_the_daily_just_named() -> None:
    text = (
        "Three die in bank fire\n\n"
        "Three bank workers died when rioters set fire to a bank in Velm on Monday.\n"
        "Bank officials told the Kestrel Wire one of the victims was pregnant.\n"
        "Centre-right daily Morgenvakt warned that young people would rise up.\n"
        '"If nothing is done, the anger will sweep everything away," the paper said.\n'
    )
    found = _analyzed(text)
    assert _quote(found, "sweep everything away").speaker_key == "morgenvakt"


def test_the_he_closing_a_long_quote_is_the_speaker_before_it() -> None:
    text = (
        "Harriers lose late\n\n"
        "Marcus Dale threw an interception late in the fourth quarter.\n"
        "Dale then threw the ball away over the head of Reggie Owens in the end zone.\n"
        "He later said he regretted not giving Owens a chance to make the catch.\n"
        "\"As I'm releasing the ball to Reggie I'm pretty much throwing it away because "
        "the safeties are high, and then at the last second, he darts down and I'm "
        "thinking, he's not even playing Reggie.\n"
        "Those are plays you want to say, 'Just give him a chance.'\n"
        "That one is on me.\n"
        "We practised it all week.\n"
        "I thought it wasn't the best coverage so go to the next down,\" he said.\n"
    )
    quote = _quote(_analyzed(text), "releasing the ball to Reggie")
    assert quote.speaker_key == "marcus dale"


def test_the_convicted_killer_is_the_named_offender() -> None:
    text = (
        "Depot killer apologizes\n\n"
        "A judge sentenced Orrin Vasko to life in prison on Friday for the depot killings.\n"
        "Vasko offered a show of remorse before the sentence was read.\n"
        '"I am sorry for what I did to these families," the convicted killer said.\n'
    )
    found = _analyzed(text)
    assert _quote(found, "I am sorry").speaker_key == "orrin vasko"


def test_a_place_before_authorities_names_its_authorities() -> None:
    text = (
        "Escapee added to most wanted list\n\n"
        "Last week's escapee from the Velmora prison system is still at large.\n"
        "Anselm Rudd escaped while being moved from a prison in Kessburg, Velmora.\n"
        "According to Velmora authorities, the conviction stemmed from a 1999 stabbing.\n"
    )
    credit = _credit(_analyzed(text), text, "According to")
    assert credit.source == "Velmora authorities"
    assert credit.kind is SourceKind.ORGANIZATION
