"""Non-sources: a text's title line, and an event a participle cue is hung on.

The first line of a text with more after it is its title (a header-less file's title):
a headline also when it asks or exclaims, so its verbs credit no one. A subjectless
participle cue that the parser hangs on a clause whose subject is an event ("The other
suspension came after she left a note, complaining ...") speaks for the nearest
subject before it that can speak, and an event is never credited.
"""

from __future__ import annotations

from corrobora.extract.analyze import analyze_doc
from corrobora.extract.cues import headline_lines
from corrobora.extract.nlp import parse
from corrobora.model import AnalyzedArticle, Span

from .conftest import build_article
from .test_review3_sources import attributions_of

_BODY = "Lars Oberin says the woman accused of hitting two cyclists in Wexley is a good person."


def _analyze(text: str, model: str) -> AnalyzedArticle:
    return analyze_doc(parse(text, model), build_article(text))


# --- the title line ----------------------------------------------------------------


def test_a_text_s_first_line_that_asks_or_exclaims_is_a_headline() -> None:
    for title in ("Did Police Say The Wexley Driver Was Drunk?", "Wexley Mayor Says: Rebuild!"):
        assert headline_lines(f"{title}\n{_BODY}\n") == (Span(0, len(title)),), title
    lead = "Did the mayor of Wexley know?"
    assert headline_lines(f"{_BODY}\n{lead}\n") == ()  # not the first line
    assert headline_lines(f"{lead}\n") == ()  # nothing after it: the whole text
    assert headline_lines(f"Ann Lee spoke first. Did she stay?\n{_BODY}\n") == ()  # prose
    assert headline_lines(f"“Did you see him?”\n{_BODY}\n") == ()  # an utterance


def test_a_title_line_credits_no_one(model: str) -> None:
    for title in (
        "Did Police Say The Wexley Driver Was Drunk?",
        "Neighbour Says Wexley Driver Was Drunk!",
    ):
        text = f"{title}\n{_BODY}\n"
        analysis = _analyze(text, model)
        end = len(title)
        assert {a.source_key for a in analysis.attributions} == {"lars oberin"}, title
        assert all(q.speaker_key is None for q in analysis.quotes if q.parts[0].start < end)
        assert all(c.attribution is None for c in analysis.claims if c.span.start < end)


# --- a participle hung on an event -------------------------------------------------


def test_a_participle_on_an_event_speaks_for_the_nearer_subject(model: str) -> None:
    text = (
        "After the dispute, Ilse Marwen was suspended from the Brenholt depot for the "
        "second time this year.\n"
        "The other suspension came after she left a note on her manager's desk, "
        "complaining about being watched.\n"
    )
    found = attributions_of(text, model)
    assert all("suspension" not in (a.source_key or "") for a in found), found
    (complaint,) = [a for a in found if a.cue == "complain"]
    assert complaint.source_key == "ilse marwen"


def test_a_participle_on_an_event_with_no_one_before_it_credits_no_one(model: str) -> None:
    text = (
        "The closure of the Brenholt depot came after the flood reached the yard, "
        "complaining about the delays.\n"
    )
    found = attributions_of(text, model)
    assert [a for a in found if a.cue == "complain"] == [], found
