"""Partial quotes, long split quotes, learned attribution cues and generic sources."""

from __future__ import annotations

from corrobora.extract.attribution import find_attributions
from corrobora.extract.entities import find_mentions
from corrobora.extract.nlp import parse
from corrobora.extract.quotes import find_quotes, scan_quotes
from corrobora.model import Attribution, Quote, SourceKind

from .conftest import build_article


def analyze(text: str, model: str) -> tuple[tuple[Quote, ...], tuple[Attribution, ...]]:
    article = build_article(text)
    doc = parse(text, model)
    mentions = find_mentions(doc, article)
    quotes = find_quotes(doc, article, mentions)
    return quotes, find_attributions(doc, article, mentions, quotes)


def credited(found: tuple[Attribution, ...], cue: str) -> list[Attribution]:
    return [a for a in found if a.cue == cue]


# -- partial quotes ---------------------------------------------------------------


def test_partial_quote_inside_indirect_speech_is_not_direct(model: str) -> None:
    text = 'Senator Ann Lee said the plan was "dead on arrival" and left the room.'
    quotes, found = analyze(text, model)
    (quote,) = quotes
    assert quote.text == "dead on arrival"
    assert quote.direct is False
    (said,) = credited(found, "say")
    assert said.content.slice(text).startswith("the plan was")
    assert said.source_key == "ann lee"


def test_words_running_on_after_the_quote_make_it_partial(model: str) -> None:
    text = 'Most voters said "people in politics" cannot be trusted, a poll found.'
    (quote,) = analyze(text, model)[0]
    assert quote.direct is False


def test_quote_after_a_comma_colon_or_cue_verb_is_direct(model: str) -> None:
    for text in (
        'Ann Lee said, "We will win this state."',
        'Ann Lee said: "We will win this state."',
        'The crowd chanted "Lock her up!" for minutes.\n\nAnn Lee kept saying "we will win."',
    ):
        quotes = analyze(text, model)[0]
        assert quotes and all(q.direct for q in quotes), text


def test_markup_attribute_values_are_not_quotes() -> None:
    text = '<tweet author="@SpeakerRyan" datetime="2016-07-05">Read it.</tweet>'
    assert scan_quotes(text) == []


# -- split quotes -----------------------------------------------------------------


def test_quote_split_by_a_long_speaker_description_is_one_quote(model: str) -> None:
    text = (
        "''Some courses are adapting, others are not,'' said Paul H. Chipok, a lawyer "
        "in Orlando who specializes in land use. ''It costs $100,000 a month.''"
    )
    (quote,) = analyze(text, model)[0]
    assert len(quote.parts) == 2
    assert quote.speaker_key is not None and "chipok" in quote.speaker_key


def test_question_split_by_its_cue_is_one_quote(model: str) -> None:
    text = "“Is this the best they can do?” Mary Stone wrote. “It is disgraceful.”"
    (quote,) = analyze(text, model)[0]
    assert [p.slice(text) for p in quote.parts] == [
        "Is this the best they can do?",
        "It is disgraceful.",
    ]


# -- speakers ---------------------------------------------------------------------


def test_any_verb_right_after_a_quote_names_the_speaker(model: str) -> None:
    text = (
        "Tom Bennett and Ann Paradis stood in line.\n\n"
        "“They are all here for the free stuff,” Bennett shot back with a laugh."
    )
    quotes = analyze(text, model)[0]
    assert quotes[0].speaker_key == "tom bennett"


def test_dash_signature_on_the_next_line(model: str) -> None:
    text = "“I went to Wall Street before the crash.”\n\n- Hillary Clinton, speaking in Iowa."
    (quote,) = analyze(text, model)[0]
    assert quote.speaker_key == "hillary clinton"


def test_headline_name_colon_quote(model: str) -> None:
    text = "Donald Trump: ‘I’m the Worst Thing That Ever Happened to Them.’\n\nMore text."
    quote = analyze(text, model)[0][0]
    assert quote.speaker_key == "donald trump"
    assert quote.cue == ":"


def test_person_is_preferred_to_the_place_in_a_title(model: str) -> None:
    text = (
        '"The way he has been acting is a demonstration," said former Massachusetts '
        "congressman Barney Frank."
    )
    (quote,) = analyze(text, model)[0]
    assert quote.speaker_key == "barney frank"


# -- learned cues and generic sources ---------------------------------------------


def test_learned_cues_credit_their_complement(model: str) -> None:
    text = (
        "Polls show Sanders surging in Iowa before the caucuses.\n\n"
        "Governor Ann Lee vowed to repeal the health law in her first year."
    )
    found = analyze(text, model)[1]
    show = next(a for a in found if a.cue == "show")
    assert show.content.slice(text).startswith("Sanders surging")
    assert show.kind is SourceKind.ANONYMOUS
    vow = next(a for a in found if a.cue == "vow")
    assert vow.source_key == "ann lee"
    assert "repeal the health law" in vow.content.slice(text)


def test_unresolved_subject_is_credited_by_its_words(model: str) -> None:
    text = "In the survey, 21 percent said they would not vote at all."
    (item,) = analyze(text, model)[1]
    assert item.source == "21 percent"
    assert item.kind is SourceKind.ANONYMOUS
    assert item.content.slice(text) == "they would not vote at all"


def test_singular_thing_as_subject_is_a_document(model: str) -> None:
    text = "A flight map later showed that no aircraft crossed the border."
    (item,) = analyze(text, model)[1]
    assert item.kind is SourceKind.DOCUMENT


def test_statement_inside_another_statement_is_not_credited_again(model: str) -> None:
    text = "Senator Ann Lee said that Governor Tom Ray wants to raise taxes on farms."
    found = analyze(text, model)[1]
    assert [a.source_key for a in found] == ["ann lee"]


def test_content_before_the_cue(model: str) -> None:
    text = "The campaign will work hard to win over Latino voters, Ann Lee said on Monday."
    (item,) = analyze(text, model)[1]
    assert item.content.slice(text).startswith("The campaign will work hard")
    assert item.source_key == "ann lee"
