"""Who speaks a quote, and which quotes of a story's articles are one utterance.

Quoted sentences with no cue of their own go on with the statement the sentence
before them reports; a nickname or a chant in the writer's sentence is nobody's quote;
a speaker's words stop before the quote they introduce. Quotes are grouped on their
content words, not on "the ... of the" alone, and one short phrase quoted word for word
from unnamed sources is one utterance.
"""

from __future__ import annotations

from pathlib import Path

from corrobora import api
from corrobora.extract.entities import find_mentions
from corrobora.extract.nlp import parse
from corrobora.extract.quotes import find_quotes
from corrobora.model import Quote, QuoteGroup, Span
from corrobora.reconcile.quotes import group_quotes
from corrobora.settings import AnalyzeParams, ReconcileParams, Settings

from .stories import text_article, write_article


def _quotes(text: str) -> tuple[Quote, ...]:
    article = text_article(text, "Harbour Post")
    doc = parse(text, AnalyzeParams().model)
    return find_quotes(doc, article, find_mentions(doc, article))


def _quote_with(text: str, words: str) -> Quote:
    (quote,) = [q for q in _quotes(text) if words in q.text]
    return quote


def _story_quotes(folder: Path) -> tuple[QuoteGroup, ...]:
    settings = Settings(reconcile=ReconcileParams(embeddings="none"))
    (report,) = api.compare([folder], settings).reports
    return report.reconciliation.quotes


def _said(article_id: str, text: str, speaker: str | None, key: str | None) -> Quote:
    span = Span(0, len(text))
    return Quote(article_id, span, (span,), text, speaker, key, "say" if speaker else None)


def test_a_quote_after_a_reported_denial_is_the_denier_s() -> None:
    text = (
        "Mila Ortan will not lead the harbour board next year, the Coastal Times reports.\n"
        "The chairwoman denied reports that her talks with the council had failed.\n"
        '"Contrary to what has been said, the council has been very fair with me. '
        'We simply see the future differently."\n'
    )
    quote = _quote_with(text, "Contrary to what")
    assert quote.speaker_key == "mila ortan"
    assert quote.direct


def test_a_quote_after_a_plain_sentence_keeps_no_speaker() -> None:
    text = (
        "Mila Ortan chairs the harbour board.\n"
        "The harbour board met on Monday to weigh the budget for next year.\n"
        '"The budget is far too small for the work ahead of us."\n'
    )
    assert _quote_with(text, "far too small").speaker is None


def test_a_nickname_and_a_chant_are_nobody_s_quotes() -> None:
    text = (
        "The referee Ivo Dorn stopped the fight in the seventh round, saving 'The Hammer' "
        "from further punishment moments after warning his corner.\n"
        "Lena Brask urged on the fans in the arena when the first chants of "
        '"Brask, Brask" rang out.\n'
    )
    for words in ("The Hammer", "Brask, Brask"):
        quote = _quote_with(text, words)
        assert not quote.direct
        assert quote.speaker is None, words


def test_a_speaker_s_name_stops_before_the_quote_it_introduces() -> None:
    text = (
        "The harbour board is still in talks with the council.\n"
        "The paper cites an unnamed official close to the talks, who calls them "
        '"a bruising affair."\n'
    )
    speaker = _quote_with(text, "bruising affair").speaker
    assert speaker is not None
    assert "bruising" not in speaker and '"' not in speaker
    assert speaker.endswith("close to the talks")


def test_quotes_sharing_only_function_words_are_two_utterances() -> None:
    quotes = [
        _said(
            "post", "Ada Brune is the last great star of the silent films,", "Ivo Dorn", "ivo dorn"
        ),
        _said("times", "the voice of the century.", None, None),
    ]
    groups = group_quotes(quotes, ["post", "times"], 0.6)
    assert len(groups) == 2


def test_a_short_denial_is_no_wording_of_another_speaker_s_quote() -> None:
    long_quote = (
        "The world of the harbour has many fans, and it will be my duty to keep it safe. "
        "This is not a task to be taken lightly."
    )
    quotes = [
        _said("post", long_quote, "Ivo Dorn", "ivo dorn"),
        _said("times", "No, it is not official,", "board representative", None),
    ]
    groups = group_quotes(quotes, ["post", "times"], 0.6)
    assert len(groups) == 2


def test_a_phrase_quoted_from_unnamed_sources_is_one_utterance() -> None:
    quotes = [
        _said("post", "a bruising affair,", "source close to the talks", None),
        _said("times", "a bruising affair.", "inside source", None),
        _said("wire", "a bruising affair,", "official familiar with the talks", None),
    ]
    (group,) = group_quotes(quotes, ["post", "times", "wire"], 0.6)
    assert {v.article_id for v in group.variants} == {"post", "times", "wire"}


def test_a_short_phrase_of_a_named_speaker_stays_apart_from_an_unnamed_one() -> None:
    quotes = [
        _said("post", "a bruising affair,", "Ivo Dorn", "ivo dorn"),
        _said("times", "a bruising affair.", "inside source", None),
    ]
    assert len(group_quotes(quotes, ["post", "times"], 0.6)) == 2


def test_a_continued_statement_is_one_quote_group_in_the_story(tmp_path: Path) -> None:
    write_article(
        tmp_path,
        "a.txt",
        "Harbour Post",
        "2026-03-10T18:00:00",
        "Mila Ortan will not lead the harbour board next year, she said on Tuesday.\n"
        "The chairwoman denied reports that her talks with the council had failed.\n"
        '"Contrary to what has been said, the council has been very fair with me."\n',
    )
    write_article(
        tmp_path,
        "b.txt",
        "Coastal Times",
        "2026-03-10T20:00:00",
        "Mila Ortan will not lead the harbour board next year.\n"
        '"Contrary to what has been said, the council has been very fair with me," '
        "Ortan said.\n",
    )
    (group,) = [g for g in _story_quotes(tmp_path) if "Contrary" in g.variants[0].text]
    assert len(group.variants) == 2
    assert {v.speaker_key for v in group.variants} == {"mila ortan"}
