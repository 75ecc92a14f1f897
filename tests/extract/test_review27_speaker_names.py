"""Who speaks: names cut at clause openers and commas, offices, namesakes and "she".

A name never runs into the "that" opening a reported clause ("told Oskvik that ...")
nor across a comma between two phrases ("In his letter to Wend, Falk wrote"); an
outlet's short name in its own article is that outlet, never credited. "The prime
minister's office" is no minister of another portfolio. A bare surname two people
share goes to the one its sentence describes; a speaking "she" after
a sentence whose speaker may be "she" continues that speaker. A closing '"...,"
X said in a statement' credits the quote and states nothing of its own.
"""

from __future__ import annotations

from corrobora.extract.analyze import analyze_article
from corrobora.extract.entities import find_mentions
from corrobora.extract.nlp import parse
from corrobora.model import AnalyzedArticle, Attribution, Claim, SourceKind
from corrobora.settings import AnalyzeParams
from tests.stories import text_article


def _analyzed(text: str, outlet: str = "Harbour Post") -> AnalyzedArticle:
    return analyze_article(text_article(text, outlet), AnalyzeParams())


def _claim(found: AnalyzedArticle, words: str) -> Claim:
    (claim,) = [c for c in found.claims if words in c.text]
    return claim


def _credit(claim: Claim) -> Attribution:
    assert claim.attribution is not None
    return claim.attribution


# --- a name ends before "that" -------------------------------------------------------

_TOLD = (
    "Mayor weighed leaving council\n\n"
    "The mayor's office on Tuesday denied that Mayor Ivar Berglund would step down.\n\n"
    "Two officials close to the mayor told Oskvik that Berglund had discussed leaving the "
    "council with party leaders on Monday night.\n"
)


def _mentions_with(text: str, words: str, label: str) -> list[str]:
    """Mention keys of ``text`` when the recognizer took ``words`` for one name."""
    article = text_article(text, "Harbour Post")
    doc = parse(text, AnalyzeParams().model)
    start = text.index(words)
    whole = doc.char_span(start, start + len(words), label=label)
    assert whole is not None
    doc.ents = [e for e in doc.ents if e.end <= whole.start or e.start >= whole.end] + [whole]
    return [m.key for m in find_mentions(doc, article)]


def test_no_name_runs_into_the_that_of_a_reported_clause() -> None:
    keys = _mentions_with(_TOLD, "Oskvik that Berglund", "ORG")
    assert "oskvik" in keys
    assert not [k for k in keys if "that" in k.split()]


def test_people_telling_the_own_outlet_by_its_short_name_are_credited() -> None:
    found = _analyzed(_TOLD, "Oskvik Agency")
    credit = _credit(_claim(found, "Two officials"))
    assert credit.kind is SourceKind.ANONYMOUS
    assert "officials" in credit.source_key


# --- "the prime minister's office" ---------------------------------------------------

_OFFICE = "Culture Minister Ines Falk will lead the new agency, the prime minister's office said."


def test_the_prime_ministers_office_is_not_a_minister_of_another_portfolio() -> None:
    found = _analyzed("Falk to lead agency\n\n" + _OFFICE + "\n")
    credit = _credit(_claim(found, "new agency"))
    assert credit.source_key != "ines falk"
    assert credit.kind is SourceKind.ORGANIZATION


def test_the_prime_ministers_office_speaks_for_the_prime_minister_named() -> None:
    text = "Falk to lead agency\n\nPrime Minister Tomas Wend met unions on Monday. " + _OFFICE
    credit = _credit(_claim(_analyzed(text + "\n"), "new agency"))
    assert credit.source_key == "tomas wend"


# --- "to Wend, Falk wrote" -----------------------------------------------------------


def test_the_addressee_before_a_comma_is_not_part_of_the_writers_name() -> None:
    text = (
        "Falk resigns\n\n"
        "Culture Minister Ines Falk resigned on Monday, Prime Minister Tomas Wend said.\n\n"
        'In her farewell letter to Wend, Falk wrote: "I leave with gratitude for the '
        'years we worked together."\n'
    )
    (quote,) = _analyzed(text).quotes
    assert quote.speaker_key == "ines falk"
    keys = _mentions_with(text, "Wend, Falk", "ORG")
    assert "wend falk" not in keys
    assert "ines falk" in keys


# --- two people of one surname ---------------------------------------------------------

_NAMESAKES = (
    "Falk expenses\n\n"
    "Opposition MP Jonas Falk criticised the report. Former culture minister Ines Falk "
    "said she was sorry.\n\n"
)


def test_a_bare_shared_surname_goes_to_the_person_the_sentence_describes() -> None:
    text = _NAMESAKES + "The opposition MP, Falk, said the rules were broken.\n"
    credit = _credit(_claim(_analyzed(text), "rules were broken"))
    assert credit.source_key == "jonas falk"


def test_she_continues_the_speaker_of_the_sentence_before() -> None:
    text = (
        "Auditor sets repayment\n\n"
        "The auditor, Maria Lund, said former minister Ines Falk had claimed 9,400 euros.\n\n"
        "Lund said Falk had agreed to repay the full amount. She said her office would now "
        "review the claims of all members.\n"
    )
    credit = _credit(_claim(_analyzed(text), "her office would now review"))
    assert credit.source_key == "maria lund"


# --- a closing credit after the closing quote mark -------------------------------------


def test_a_closing_credit_after_a_quote_mark_states_nothing_of_its_own() -> None:
    text = (
        "Dairy recall\n\n"
        "The ministry spoke on Monday.\n\n"
        '"The safety of children is our first priority and we apologise to every family '
        'affected," Harbour Dairy managing director Ella Brandt said in a statement.\n'
    )
    found = _analyzed(text)
    assert not [c for c in found.claims if c.text.startswith("Harbour Dairy")]
    assert len(found.attributions) == 1


def test_a_closing_tell_after_a_quote_mark_has_no_content_of_its_own() -> None:
    text = (
        "Recall\n\n"
        "The ministry spoke on Monday. "
        '"Patients must keep taking their medicine. We will find out how this happened '
        'and who knew what, and when," Lindqvist told reporters in Selbridge.\n'
    )
    found = _analyzed(text)
    contents = [text[a.content.start : a.content.end] for a in found.attributions]
    assert not [c for c in contents if "Selbridge" in c]
