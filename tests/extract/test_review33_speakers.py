"""Who speaks a quote, and which verbs of speech report no one's words.

"X announced changes, causing groups to charge that ... “...”": the groups speak the
quoted words, not X. "went on to praise Vance and to let fans know “...”": the subject
speaks, never the one praised. A speaker inside a dash aside speaks only inside it.
"while posting a .919 OPS", "That's not to say", "rest assured that" report no one,
and "entered the process hoping ..." is the hope of whoever entered it.
"""

from __future__ import annotations

from pathlib import Path

from corrobora.extract.analyze import analyze_article
from corrobora.model import AnalyzedArticle, Quote
from corrobora.settings import AnalyzeParams
from tests.stories import attributions, fact_with, text_article, write_article


def _analyzed(text: str) -> AnalyzedArticle:
    return analyze_article(text_article(text, "Norrby Wire"), AnalyzeParams())


def _quote(found: AnalyzedArticle, words: str) -> Quote:
    (quote,) = [q for q in found.quotes if words in q.text]
    return quote


# --- the subject of a caused report is no speaker ------------------------------------


def test_words_of_a_caused_charge_are_the_chargers() -> None:
    found = _analyzed(
        "Fisheries Minister Alma Roost announced sweeping changes Tuesday to the Coastal "
        'Waters Act, causing conservation groups to charge that the "late rules" set to '
        'take effect before Premier-elect Jon Vail takes office are "designed to gut the '
        "country's oldest marine-protection law.\""
    )
    quote = _quote(found, "designed to gut")
    assert quote.speaker == "conservation groups"


# --- the subject of coordinated infinitives speaks ------------------------------------


def test_the_one_praised_does_not_speak_the_quote() -> None:
    found = _analyzed(
        "It's official: Tomas Vance is taking over the director's chair for the Night Tide "
        "sequel.\nAuthor Ilsa Brenner confirmed the news on her official website on Saturday "
        "morning.\nBrenner went on to praise Vance and to let fans know that "
        '"torches and pitchforks are not going to be necessary."'
    )
    quote = _quote(found, "torches and pitchforks")
    assert quote.speaker == "Ilsa Brenner"


# --- a speaker inside a dash aside ----------------------------------------------------


def test_a_speaker_inside_a_dash_aside_speaks_only_there() -> None:
    found = _analyzed(
        "Prosecutor Terry Wade told The Post after the hearing — where Voss's lawyer "
        'Mark Heller said she was "settled in" at Seaside Recovery — '
        '"I hear she\'s on her way to the airport."'
    )
    assert _quote(found, "on her way").speaker == "Terry Wade"
    assert _quote(found, "settled in").speaker == "Mark Heller"


# --- verbs of speech in senses that report nothing ------------------------------------


def test_posting_a_figure_is_no_post() -> None:
    text = "Ralf Osk has scored 30 goals in six seasons, while posting a .412 average."
    assert attributions(text, "Norrby Wire") == ()


def test_posting_on_a_website_still_reports() -> None:
    text = "The mayor posted on her website that the bridge would reopen on Friday."
    (found,) = attributions(text, "Norrby Wire")
    assert found.cue == "post"


def test_thats_not_to_say_is_the_writers_own() -> None:
    text = "That's not to say the Herons can not sweeten their offer."
    assert attributions(text, "Norrby Wire") == ()


def test_rest_assured_addresses_the_reader() -> None:
    text = "In the case of Osk, rest assured that the Herons want him."
    assert attributions(text, "Norrby Wire") == ()


def test_a_hope_is_of_whoever_entered_the_process() -> None:
    text = (
        "Osk's agent, Mira Dahl, entered the free agency process hoping her client "
        "could attract a 10-year deal."
    )
    keys = {a.source_key for a in attributions(text, "Norrby Wire")}
    assert "free agency process" not in keys
    assert keys <= {"mira dahl"}


def test_a_players_figure_stays_the_outlets(tmp_path: Path) -> None:
    write_article(
        tmp_path, "a.txt", "Norrby Wire", "2027-05-02T09:00:00Z",
        "The Herons have made an offer to free agent Ralf Osk. "
        "Osk has scored 30 goals in six seasons, while posting a .412 average.",
        title="Herons bid for Osk",
    )  # fmt: skip
    write_article(
        tmp_path, "b.txt", "Skerra Post", "2027-05-02T11:00:00Z",
        "The Herons have made a five-year offer to free agent Ralf Osk.",
        title="Osk offer",
    )  # fmt: skip
    fact = fact_with(tmp_path, "while posting")
    assert fact.origins == ("norrby wire",)
