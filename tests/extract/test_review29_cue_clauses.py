"""Who a cue credits, and how far a quote runs.

A quote set one sentence a line closes only on its last line and is its speaker's
throughout, while a stray mark still never reaches far; "added 101 yards" and
"routed the visitors with 410 passing yards" report a game, not words; a participle
of speech hung on a mute object speaks for the subject of the verb before it;
answering few or no questions states nothing; and a quote in one clause is never
framed by the cue of a later clause that a conjunction opens.
"""

from __future__ import annotations

from corrobora.extract.attribution import find_attributions
from corrobora.extract.entities import find_mentions
from corrobora.extract.nlp import parse
from corrobora.extract.quotes import find_quotes, scan_quotes
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


def _credited(text: str, words: str) -> list[Attribution]:
    """The attributions whose span holds ``words``."""
    return [a for a in _read(text)[1] if words in text[a.span.start : a.span.end]]


# --- a quote set one sentence a line ------------------------------------------------

_LINES = (
    "Otters edge Herons\n\n"
    "The Otters beat the Herons 3-2 on Saturday.\n"
    'Coach Irma Velasquez said, "We were patient all afternoon.\n'
    "The Herons defended well.\n"
    "Tomas Brill found space on the left and scored the winner.\n"
    "Nobody expected that.\n"
    'It was a fine finish."\n'
)


def test_a_quote_set_one_sentence_a_line_runs_to_its_closing_mark() -> None:
    (raw,) = scan_quotes(_LINES)
    words = _LINES[raw.parts[0].start : raw.parts[-1].end]
    assert words.startswith("We were patient")
    assert words.endswith("It was a fine finish.")


def test_every_line_of_such_a_quote_is_its_speakers() -> None:
    quotes, _ = _read(_LINES)
    (quote,) = quotes
    assert "scored the winner" in quote.text
    assert quote.speaker_key is not None and "velasquez" in quote.speaker_key


def test_a_stray_mark_does_not_reach_a_closing_mark_far_below() -> None:
    lines = "".join(f"Line {n} of the match report tells of the game.\n" for n in range(12))
    text = f'Otters win\n\nThe coach called it "a long day.\n{lines}It ended 3-2, he said."\n'
    first = scan_quotes(text)[0]
    assert text[first.parts[0].start : first.parts[-1].end] == "a long day."
    assert first.close_end is None


# --- a game reported with figures ---------------------------------------------------


def test_adding_yards_before_a_relative_clause_credits_no_one() -> None:
    text = (
        "Falcons lose\n\n"
        "Marta Quill added 101 yards on the ground for the Falcons (2-13), "
        "who finished with 352 yards rushing in a losing effort."
    )
    assert _credited(text, "Quill") == []


def test_a_win_with_yards_is_no_criticism() -> None:
    text = "Otters rout Herons\n\nFenmoor routed Halby 38-10.\nFenmoor blasted Halby with 410 passing yards."
    assert _credited(text, "blasted") == []


def test_blasting_a_plan_in_words_is_still_credited() -> None:
    text = "Budget row\n\nSenator Ada Kirrin blasted the budget plan, saying it would close two schools."
    found = _credited(text, "blasted")
    assert {(a.cue, a.source_key) for a in found} >= {("blast", "ada kirrin")}


# --- a participle of speech on a mute object -------------------------------------------


def test_saying_after_a_mute_object_is_the_subjects() -> None:
    text = (
        "Dock strike\n\n"
        "A port official minimized the stoppage saying that "
        '"we have had strikes like this for decades."'
    )
    quotes, found = _read(text)
    assert [a.source_key for a in found] == ["port official"]
    assert [q.speaker for q in quotes] == ["port official"]


def test_officials_quoted_saying_stay_the_speakers() -> None:
    text = (
        "Dock strike\n\nThe Gazette quoted dock workers saying that the stoppage would last a week."
    )
    found = _credited(text, "saying")
    assert found
    assert all("workers" in a.source for a in found)


# --- few or no questions answered ----------------------------------------------------


def test_answering_few_questions_states_nothing() -> None:
    text = (
        "Escape\n\n"
        "Prison officials could answer few questions about how the inmate left "
        "the van on Tuesday after overpowering a guard."
    )
    found = _credited(text, "answer")
    assert found
    assert not any(a.statement for a in found)


def test_answering_no_questions_states_nothing() -> None:
    text = "Escape\n\nThe warden answered no questions about the missing keys."
    assert not any(a.statement for a in _credited(text, "answered"))


# --- a quote in the clause before a conjunction ----------------------------------------


def test_a_scare_quote_is_not_the_speaker_of_a_later_clause() -> None:
    text = (
        "Trial\n\n"
        'Lawyers for the accused objected to the recording as "plainly unfair," '
        "though Judge Hana Orlov said the jury could hear part of it again."
    )
    quotes, found = _read(text)
    (quote,) = quotes
    assert quote.speaker_key is None or "orlov" not in quote.speaker_key
    (credit,) = [a for a in found if a.source_key == "hana orlov"]
    assert text[credit.content.start : credit.content.end].startswith("the jury could hear")


def test_a_quote_before_its_own_cue_keeps_its_speaker() -> None:
    text = 'Trial\n\n"The recording is plainly unfair," said Hana Orlov, a defence lawyer.'
    quotes, _ = _read(text)
    (quote,) = quotes
    assert quote.speaker_key is not None and "orlov" in quote.speaker_key


def test_a_verb_after_a_conjunction_does_not_frame_the_quote_before_it() -> None:
    text = (
        "Trial\n\n"
        'Defense lawyers strongly objected to the recording as "plainly unfair," '
        "though Judge Hana Orlov said the jury could hear part of it again."
    )
    quotes, _ = _read(text)
    (quote,) = quotes
    assert quote.speaker_key is None or "orlov" not in quote.speaker_key
