"""Who reports: readers, spliced reports, the subject of what is said, the one told.

Reading a text is no report ("after he read the transcripts"); "A said ..., he also
said ..." are two reports of A's; in "..., saying Lund could sit out" Lund is talked
about, not speaking; in '"...," Ann Vale, a veteran, told Kerr in a letter' Kerr hears.
"""

from __future__ import annotations

from corrobora.extract.analyze import analyze_article
from corrobora.model import AnalyzedArticle, Attribution, Quote
from corrobora.settings import AnalyzeParams
from tests.stories import text_article


def _analyzed(text: str) -> AnalyzedArticle:
    return analyze_article(text_article(text, "Norrby Wire"), AnalyzeParams())


def _quote(found: AnalyzedArticle, words: str) -> Quote:
    (quote,) = [q for q in found.quotes if words in q.text]
    return quote


def _credits(found: AnalyzedArticle, text: str, words: str) -> list[Attribution]:
    return [a for a in found.attributions if words in text[a.span.start : a.span.end]]


def test_a_reader_of_transcripts_reports_nothing() -> None:
    text = (
        "Jail death\n\n"
        "Tomas Brell, 52, hanged himself in his cell on Tuesday evening after he is believed "
        "to have read police wiretap transcripts implicating him in the affair.\n"
    )
    found = _analyzed(text)
    assert not [a for a in found.attributions if a.cue == "read"]
    assert not [a for a in found.attributions if a.statement and a.source_key == "tomas brell"]


def test_reading_out_a_statement_still_reports() -> None:
    text = "Club statement\n\nThe chairman read a statement saying the club regretted the error.\n"
    assert [a for a in _analyzed(text).attributions if a.cue == "read"]


def test_a_report_spliced_before_he_also_said_keeps_its_speaker() -> None:
    text = (
        "Lund out for the season\n\n"
        "Rune Lund is done, for the season at least.\n"
        "Lund sprained the ligament in his left knee in the game against the Bears on "
        "Thursday night.\n"
        "Head Coach Ivar Moberg said Lund's knee does not need surgery this time, just a "
        "little rest, he also said that if the team were still in playoff contention, then "
        "he wouldn't have placed Lund on the injured list.\n"
    )
    found = _analyzed(text)
    (said,) = _credits(found, text, "Moberg said")
    assert said.source_key == "ivar moberg"
    assert "surgery" in text[said.content.start : said.content.end]
    (also,) = _credits(found, text, "he also said")
    assert also.source_key == "ivar moberg"
    assert "surgery" not in text[also.content.start : also.content.end]


def test_the_subject_of_what_is_said_is_no_speaker() -> None:
    text = (
        "Lund may sit out\n\n"
        "Beat writer Hanna Storm puts this in a one liner, saying Lund "
        '"could sit out the final two games."\n'
    )
    found = _analyzed(text)
    assert _quote(found, "final two games").speaker_key == "hanna storm"
    (saying,) = _credits(found, text, "saying")
    assert saying.source_key == "hanna storm"


def test_the_one_told_in_a_letter_is_no_speaker() -> None:
    text = (
        "Letters back the deputy\n\n"
        "In the last week of November, the archives released letters urging Kerr to appoint "
        "Dahl as director.\n"
        '"He has the integrity, the ability, the experience and the image to ensure that our '
        'bureau will continue to deserve and keep its good name," Anton Vale Jr., legal '
        "attache to the embassy and a 30-year bureau veteran, told Kerr in an April letter.\n"
    )
    found = _analyzed(text)
    assert _quote(found, "integrity").speaker_key == "anton vale jr"
