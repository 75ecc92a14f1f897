"""Verbs that look like cues but state nothing of the sentence they sit in.

A passive "wanted on suspicion of" names the suspect, no source; a cry that begins
after a quote is no frame of it; "any fan would say" is only imagined; "showing why
he is the best", set before its verb, is the writer's reading; a relative word
misread as a second subject is no speaker; answering the door, asking someone for
something and calling the police to report a shooting are acts, not statements.
"""

from __future__ import annotations

from corrobora.extract.attribution import find_attributions
from corrobora.extract.entities import find_mentions
from corrobora.extract.nlp import parse
from corrobora.extract.quotes import find_quotes
from corrobora.model import Article, Attribution, Quote
from corrobora.settings import AnalyzeParams
from corrobora.text import article_id


def _read(text: str) -> tuple[tuple[Quote, ...], tuple[Attribution, ...]]:
    """The quotes and the attributions of ``text`` in an undated article."""
    article = Article(
        id=article_id(text), text=text, title=text.split("\n", 1)[0], outlet="Fenmoor Gazette"
    )
    doc = parse(text, AnalyzeParams().model)
    mentions = find_mentions(doc, article)
    quotes = find_quotes(doc, article, mentions)
    return quotes, find_attributions(doc, article, mentions, quotes)


def _stating(text: str) -> set[tuple[str | None, str]]:
    """(source key, cue) of the attributions of ``text`` that state their content."""
    return {(a.source_key, a.cue) for a in _read(text)[1] if a.statement}


# --- a suspect wanted by police ------------------------------------------------------


def test_a_parolee_wanted_on_suspicion_is_no_source() -> None:
    text = (
        "Shooting\n\nDeputies identified the suspect as Marco Pell, 31, a parolee "
        "wanted on suspicion of attempted murder in another case."
    )
    assert all(a.cue != "want" for a in _read(text)[1])


def test_a_man_wanted_in_connection_with_a_stabbing_is_no_source() -> None:
    text = "Arrest\n\nOfficers arrested Tom Aske, 22, a man wanted in connection with a stabbing."
    assert all(a.cue != "want" for a in _read(text)[1])


def test_a_closing_newspaper_report_still_credits_the_sentence() -> None:
    text = "Dam\n\nThe dam will be closed for a week, a regional newspaper reported on Wednesday."
    assert ("regional newspaper", "report") in _stating(text)


# --- a cry after a quote -------------------------------------------------------------


_WIDOW = (
    "Sentencing\n\n"
    'Rosa Mell told the court, "You did not break our family," as her sons began to cry.\n'
    '"And you will be remembered as a coward," she said.\n'
)


def test_a_cry_that_begins_after_a_quote_does_not_take_it() -> None:
    quotes, found = _read(_WIDOW)
    assert [q.speaker_key for q in quotes] == ["rosa mell", "rosa mell"]
    assert all(a.cue != "cry" for a in found)


def test_a_cry_that_frames_a_quote_still_does() -> None:
    quotes, _ = _read('Final\n\n"We did it!" the fans cried.\n')
    assert [q.speaker for q in quotes] == ["fans"]


# --- words only imagined, shown or misread -----------------------------------------------


def test_what_any_fan_would_say_is_the_writers() -> None:
    text = (
        "Otters beat Herons\n\nAny honest Otters fan would say that it was the softest "
        "penalty of the season."
    )
    assert _stating(text) == set()


def test_a_spokesman_who_would_say_only_that_still_speaks() -> None:
    text = "Coach\n\nA club spokesman would say only that the coach was staying."
    assert any(cue == "say" for _, cue in _stating(text))


def test_showing_why_before_the_verb_credits_no_one() -> None:
    text = (
        "Otters beat Herons\n\nBut, showing why he is the best player on the team, "
        "Marek Dunn took a handoff and ran 86 yards for the first touchdown."
    )
    assert _stating(text) == set()


def test_a_relative_word_is_not_the_thinker() -> None:
    text = "Otters\n\nThis is a game that before the season I even thought the Herons would win."
    assert _stating(text) == set()


def test_a_named_thinker_after_a_relative_word_is_kept() -> None:
    text = "Otters\n\nIt was a game that coach Ilse Brandt thought the Herons would win."
    assert _stating(text) == {("ilse brandt", "think")}


# --- acts of answering, asking and calling ---------------------------------------------


def test_answering_the_door_credits_nothing() -> None:
    text = (
        "Deputy shot\n\nReyes gave a few details about the encounter: "
        "A woman answered the door and a man walked up behind her."
    )
    assert all(a.cue != "answer" for a in _read(text)[1])


def test_asking_a_man_for_identification_states_nothing() -> None:
    text = (
        "Deputy shot\n\nDeputy Lena Ortiz asked the man for some identification and was "
        "checking it when another man appeared."
    )
    assert not any(cue == "ask" for _, cue in _stating(text))


def test_calling_the_police_to_report_a_shooting_states_nothing() -> None:
    text = "Deputy shot\n\nA neighbour called the police station to report the shooting."
    assert not any(cue == "report" for _, cue in _stating(text))


def test_calling_to_report_what_happened_still_states_it() -> None:
    text = "Deputy shot\n\nOn Sunday, Ana Dorr called the police to report that a man had a gun."
    assert any(cue == "report" for _, cue in _stating(text))
