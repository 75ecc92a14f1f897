"""Acts named by cue words, and a headline line that ends in a quoted fragment.

"Police arrested and charged Nora Vell with murder" reports the charging as an act:
"charge" reports speech only with a clause ("prosecutors charged that ..."). A learned
cue of undergoing or coming upon ("Brontel experienced an outage", "carriers had found
other routes") credits no direct object; a clause ("found that ...") or a study's
finding still does. A short title-case line ending in a quoted fragment is a headline:
its quote has no speaker and its verb credits no one.
"""

from __future__ import annotations

from corrobora.extract.analyze import analyze_doc
from corrobora.extract.cues import headline_lines
from corrobora.extract.nlp import parse
from corrobora.model import AnalyzedArticle, Span
from tests.stories import attributions

from .conftest import build_article

_OUTLET = "Harbor Ledger"


# --- "charge" ------------------------------------------------------------------------


def test_charging_someone_with_an_offence_is_an_act() -> None:
    text = (
        "This morning, 30 years later, Marrow police have arrested and charged "
        "Nora Vell, age 58, with two counts of murder."
    )
    assert [a for a in attributions(text, _OUTLET) if a.cue == "charge"] == []
    text = "Prosecutors charged that the mayor of Eastwick had hidden the payments."
    (found,) = attributions(text, _OUTLET)
    assert found.cue == "charge"
    assert found.source.lower() == "prosecutors"


# --- learned cues with a direct object ------------------------------------------------


def test_experiencing_an_outage_credits_no_one() -> None:
    text = "This morning one of the providers, Brontel, experienced an outage affecting browsing."
    assert attributions(text, _OUTLET) == ()
    text = "As many gamers may have noticed, Brontel is experiencing downtime again."
    assert [a for a in attributions(text, _OUTLET) if a.cue == "experience"] == []


def test_finding_routes_credits_no_one_but_a_finding_is_credited() -> None:
    text = (
        "The slowdown eased after carriers that had been knocked off-line had found "
        "other routes for their traffic."
    )
    assert attributions(text, _OUTLET) == ()
    text = "Inspectors from Calvert County found that the cable had been cut by an anchor."
    assert [a.cue for a in attributions(text, _OUTLET)] == ["find"]
    text = "A 2019 study by the Pell Institute found 12 cases of ballot fraud in Dornvale."
    assert [a.cue for a in attributions(text, _OUTLET)] == ["find"]


# --- a headline line ending in a quoted fragment --------------------------------------

_HEADLINE = 'Co-Worker Calls Accused Driver: "Very Kind"'
_BODY = "Lars Oberin says the woman accused of hitting two cyclists in Wexley is a good person."


def _analyze(text: str, model: str) -> AnalyzedArticle:
    return analyze_doc(parse(text, model), build_article(text, outlet=_OUTLET))


def test_a_title_line_ending_in_a_quoted_fragment_is_a_headline() -> None:
    assert headline_lines(f"{_HEADLINE}\n{_BODY}\n") == (Span(0, len(_HEADLINE)),)
    prose = 'He said the mayor was "very kind"'
    assert headline_lines(f"{_BODY}\n{prose}\n{_BODY}\n") == ()


def test_a_headline_quote_has_no_speaker(model: str) -> None:
    text = f"{_HEADLINE}\n{_BODY}\n"
    analysis = _analyze(text, model)
    end = len(_HEADLINE)
    assert all(q.speaker_key is None for q in analysis.quotes if q.parts[0].start < end)
    assert [a for a in analysis.attributions if a.span.start < end] == []
    assert {a.source_key for a in analysis.attributions} == {"lars oberin"}
