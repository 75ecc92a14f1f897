"""Direct quotes: quotation marks (scan_quotes) and speakers (find_quotes)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from corrobora.extract.attribution import find_attributions
from corrobora.extract.entities import find_mentions
from corrobora.extract.nlp import parse
from corrobora.extract.quotes import find_quotes, scan_quotes
from corrobora.model import Quote
from corrobora.settings import DEFAULT_MODEL

from .conftest import build_article, needs_seeds, seed_articles

MODEL = DEFAULT_MODEL  # hypothesis tests cannot take the session fixture


def texts(text: str) -> list[str]:
    """The quoted passages of ``text``, parts joined by a space."""
    return [" ".join(p.slice(text) for p in raw.parts) for raw in scan_quotes(text)]


def quotes_of(text: str, model: str) -> tuple[Quote, ...]:
    article = build_article(text)
    doc = parse(text, model)
    return find_quotes(doc, article, find_mentions(doc, article))


def only(quotes: tuple[Quote, ...], fragment: str) -> Quote:
    found = [q for q in quotes if fragment in q.text]
    assert len(found) == 1, (fragment, quotes)
    return found[0]


# -- quotation marks ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('He said "we are ready" and left.', ["we are ready"]),
        ("She said “the vote counts” twice.", ["the vote counts"]),
        ("Il a dit « nous restons » hier.", ["nous restons"]),
        ("Er sagte »wir bleiben« gestern.", ["wir bleiben"]),
        ("Er sagte „wir bleiben“ gestern.", ["wir bleiben"]),
        ("Il a dit ‹ non › encore.", ["non"]),
        ("The aide said 'we will see' later.", ["we will see"]),
        ("The aide said ‘we will see’ later.", ["we will see"]),
        ("Er sagte ‚wir bleiben‘ gestern.", ["wir bleiben"]),
        ("He said ''we will see'' later.", ["we will see"]),
    ],
)
def test_quotation_mark_styles(text: str, expected: list[str]) -> None:
    assert texts(text) == expected


def test_content_span_excludes_the_marks() -> None:
    text = "Rivera said: “We won.” Then she left."
    (raw,) = scan_quotes(text)
    assert raw.parts[0].slice(text) == "We won."
    assert text[raw.open_at] == "“"
    assert raw.close_end is not None and text[raw.close_end - 1] == "”"


def test_nested_single_quotes_stay_inside_the_double_quote() -> None:
    text = "“I told him ‘never again’ and he agreed,” she said. \"Don't say 'maybe',\" he said."
    assert texts(text) == ["I told him ‘never again’ and he agreed,", "Don't say 'maybe',"]


def test_apostrophes_are_not_quotation_marks() -> None:
    text = "Maduro's aides don't agree. The officials’ view wouldn’t change, and the '90s are gone."
    assert scan_quotes(text) == []


def test_plural_possessive_inside_a_single_quoted_quote() -> None:
    text = "He said ‘the workers’ union is strong’ and smiled."
    assert texts(text) == ["the workers’ union is strong"]


def test_multi_paragraph_quote_by_convention_is_one_quote() -> None:
    text = (
        'Lopez said: "We will cut costs this year.\n'
        '"And we will raise wages next year."\n'
        "Nobody objected."
    )
    raws = scan_quotes(text)
    assert len(raws) == 1
    assert [p.slice(text) for p in raws[0].parts] == [
        "We will cut costs this year.",
        "And we will raise wages next year.",
    ]


def test_quote_closed_on_the_next_line_is_one_quote() -> None:
    text = "A source said, “First, the fund was cut.\nSecond, the staff left.”\nThe end."
    raws = scan_quotes(text)
    assert len(raws) == 1
    assert [p.slice(text) for p in raws[0].parts] == [
        "First, the fund was cut.",
        "Second, the staff left.",
    ]
    assert raws[0].close_end == text.index("”") + 1


def test_unbalanced_mark_closes_at_the_paragraph_end_only() -> None:
    text = 'He called it "fake news and walked out.\nLater she said "all is well" again.'
    raws = scan_quotes(text)
    assert texts(text) == ["fake news and walked out.", "all is well"]
    assert raws[0].close_end is None
    assert raws[1].close_end is not None


def test_new_opening_mark_recovers_an_unclosed_quote() -> None:
    text = 'He said "yes and then she said "no" to that.'
    assert texts(text) == ["yes and then she said", "no"]


def test_stray_closing_mark_and_empty_quotes_are_ignored() -> None:
    assert scan_quotes("It ended.” Then “” was all.") == []


def test_short_scare_quotes_are_kept() -> None:
    text = "He called it “a phone call” and the airspace “closed in its entirety.”"
    assert texts(text) == ["a phone call", "closed in its entirety."]


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ab .,\n'\"“”‘’«»„‹›:")), max_size=80))
def test_scan_never_fails_and_parts_are_clean(text: str) -> None:
    previous_end = -1
    for raw in scan_quotes(text):
        assert raw.parts
        assert raw.open_at <= raw.parts[0].start
        for part in raw.parts:
            assert previous_end <= part.start < part.end <= len(text)
            chunk = part.slice(text)
            assert chunk == chunk.strip()
            assert "\n" not in chunk
            previous_end = part.end
        if raw.close_end is not None:
            assert raw.parts[-1].end < raw.close_end <= len(text)


@pytest.mark.parametrize(
    "text",
    ["", "\n\n", "“", '"""', "'''", "«»«", "He said:", "“A,” he said, “", "‘a’ ‘b’ ’c‘"],
)
def test_degenerate_texts(model: str, text: str) -> None:
    article = build_article(text)
    doc = parse(text, model)
    mentions = find_mentions(doc, article)
    quotes = find_quotes(doc, article, mentions)
    find_attributions(doc, article, mentions, quotes)
    for quote in quotes:
        assert quote.text.strip()


PIECES = [
    *"ab .,:!?\n'\"“”‘’«»―-()",
    "said ",
    "told ",
    "according to ",
    "the newspaper ",
    "Maria Lopez ",
    "The Valley Times ",
    "he ",
    "officials ",
    "\u00a0",
]


@settings(max_examples=40, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=30).map("".join))
def test_any_text_yields_well_formed_quotes_and_attributions(text: str) -> None:
    article = build_article(text)
    doc = parse(text, MODEL)
    mentions = find_mentions(doc, article)
    quotes = find_quotes(doc, article, mentions)
    for quote in quotes:
        assert quote.text.strip()
        assert all(0 <= p.start < p.end <= len(text) for p in quote.parts)
        assert (quote.speaker is None) == (quote.cue is None)
    for item in find_attributions(doc, article, mentions, quotes):
        assert 0 <= item.span.start < item.span.end <= len(text)
        assert 0 <= item.content.start < item.content.end <= len(text)
        assert item.source and item.source_key


# -- speakers -------------------------------------------------------------------------


def test_split_quote_is_one_quote_with_two_parts(model: str) -> None:
    text = (
        "Prime Minister Jane Holt met union leaders.\n"
        "“We will not back down,” she said, “and nobody can make us.”"
    )
    (quote,) = quotes_of(text, model)
    assert len(quote.parts) == 2
    assert quote.text == "We will not back down and nobody can make us."
    assert quote.span.slice(text).startswith("We will not back down")
    assert quote.span.slice(text).endswith("make us.")
    assert (quote.speaker, quote.speaker_key, quote.cue) == ("Jane Holt", "jane holt", "say")


def test_quote_split_by_a_cue_sentence_is_one_quote(model: str) -> None:
    text = (
        "Prime Minister Jane Holt met union leaders.\n"
        "“We will not back down,” she said. “Nobody can make us.”"
    )
    (quote,) = quotes_of(text, model)
    assert len(quote.parts) == 2
    assert quote.text == "We will not back down. Nobody can make us."
    assert quote.speaker_key == "jane holt"


def test_two_quotes_in_two_sentences_stay_two(model: str) -> None:
    text = (
        "Prime Minister Jane Holt met union leaders.\n"
        "“We will not back down.” she said. “Nobody can make us.”"
    )
    assert len(quotes_of(text, model)) == 2


@pytest.mark.parametrize(
    "text",
    [
        "Maria Lopez said: “The plant will close in June.”",
        "“The plant will close in June,” Maria Lopez said.",
        "“The plant will close in June,” said Maria Lopez.",
        "Maria Lopez told reporters, “The plant will close in June.”",
        "According to Maria Lopez, “The plant will close in June.”",
    ],
)
def test_speaker_next_to_the_quote(model: str, text: str) -> None:
    (quote,) = quotes_of(text, model)
    assert quote.text.startswith("The plant will close in June")
    assert quote.speaker == "Maria Lopez"
    assert quote.speaker_key == "maria lopez"
    assert quote.cue in ("say", "tell", "according to")


def test_pronoun_speaker_is_the_last_person_subject(model: str) -> None:
    text = (
        "Governor Paul Reed met Anna Cole on Friday.\n"
        "Reed, however, later clarified his plans. Asked about Cole, he limited himself to "
        'saying, "It was a useful meeting."'
    )
    quote = only(quotes_of(text, model), "useful meeting")
    assert (quote.speaker, quote.speaker_key, quote.cue) == ("Paul Reed", "paul reed", "say")


def test_description_speaker_uses_the_title(model: str) -> None:
    text = (
        "President Laura Vance spoke with Omar Haddad on Monday.\n"
        "Haddad left early. “We made progress,” the president said."
    )
    quote = only(quotes_of(text, model), "progress")
    assert quote.speaker_key == "laura vance"


def test_age_description_speaker(model: str) -> None:
    text = "Robert Klein retired last year.\n“I have no regrets,” the 79-year-old said."
    quote = only(quotes_of(text, model), "regrets")
    assert quote.speaker_key == "robert klein"


def test_scare_quotes_get_the_speaker_of_their_clause(model: str) -> None:
    text = (
        "Senator Mark Olsen spoke on Sunday.\n"
        "He declared the border “closed in its entirety” and announced that "
        "patrols could begin “very soon.”"
    )
    quotes = quotes_of(text, model)
    assert [q.text for q in quotes] == ["closed in its entirety", "very soon."]
    assert all(q.speaker_key == "mark olsen" for q in quotes)
    assert [q.cue for q in quotes] == ["declare", "announce"]


def test_following_quote_inherits_the_speaker(model: str) -> None:
    text = "“We have a deal,” said union chief Tom Reyes. “It is a good one.”\n“We start Monday.”"
    quotes = quotes_of(text, model)
    # the first two parts are one quote split by its cue sentence
    assert [len(q.parts) for q in quotes] == [2, 1]
    assert [q.speaker_key for q in quotes] == ["tom reyes"] * 2


def test_quote_with_an_unresolved_cue_does_not_inherit(model: str) -> None:
    text = "Ann Price spoke first. She said: “I stay.”\n“We stay too,” Price’s deputy said."
    quotes = quotes_of(text, model)
    assert quotes[0].speaker_key == "ann price"
    assert (quotes[1].speaker, quotes[1].speaker_key, quotes[1].cue) == (None, None, None)


def test_quote_without_a_cue_has_no_speaker(model: str) -> None:
    text = "The agency issued a warning about “heightened military activity.”"
    (quote,) = quotes_of(text, model)
    assert (quote.speaker, quote.speaker_key, quote.cue) == (None, None, None)
    assert quote.direct is False  # words quoted inside the sentence: a partial quote


def test_anonymous_speaker_has_words_but_no_key(model: str) -> None:
    text = "Officials met on Monday.\nA senior official said, “Nothing was agreed.”"
    (quote,) = quotes_of(text, model)
    assert quote.speaker == "senior official"
    assert quote.speaker_key is None
    assert quote.cue == "say"


def test_unbalanced_article_still_yields_its_other_quotes(model: str) -> None:
    text = 'Dana Fox called it "a mistake.\nLater, Fox said: "We will appeal."'
    quotes = quotes_of(text, model)
    assert [q.text for q in quotes] == ["a mistake.", "We will appeal."]
    assert quotes[1].speaker_key == "dana fox"


# -- the seeds ------------------------------------------------------------------------


@needs_seeds
def test_seed_quotes(model: str) -> None:
    first, second = seed_articles()
    quotes = quotes_of(first.text, model)
    phone = only(quotes, "went well or badly, it was a phone call")
    assert (phone.speaker, phone.speaker_key, phone.cue) == ("Donald Trump", "donald trump", "say")
    scare = next(q for q in quotes if q.text.startswith("a phone call"))
    assert scare.speaker_key == "donald trump"

    quotes = quotes_of(second.text, model)
    told = only(quotes, "I wouldn’t say it went well or badly.")
    assert (told.speaker_key, told.cue) == ("donald trump", "tell")
    relayed = only(quotes, "First, Maduro asked for global amnesty")
    assert len(relayed.parts) == 2
    assert "Second, they asked" in relayed.text
    assert "\n" not in relayed.text
    assert relayed.speaker_key is None and relayed.cue == "say"
    closed = only(quotes, "closed in its entirety")
    assert closed.speaker_key == "donald trump"


# -- harder frames ------------------------------------------------------------------

SIGNED = "“We are not done yet.” ― Ana Ruiz\n“Nor are we.” ― Tom Baker"


@pytest.mark.parametrize(
    ("text", "fragment", "key", "cue"),
    [
        (
            "“We are not done yet.” ― Ana Ruiz\n“Nor are we.” ― Tom Baker",
            "not done",
            "ana ruiz",
            "―",
        ),
        (
            "“We are not done yet.” ― Ana Ruiz\n“Nor are we.” ― Tom Baker",
            "Nor are",
            "tom baker",
            "―",
        ),
        ("Taxes will rise. Said Ellis: “Nobody wants that.”", "Nobody wants", "ellis", "say"),
        (
            '"He would be a great senator," Rep. Ann Lee (D-Md.) said in an interview.',
            "great senator",
            "ann lee",
            "say",
        ),
        (
            "Pat Caddell spoke at length.\nCaddell continued:\n\n“The numbers are very similar.”",
            "numbers are",
            "pat caddell",
            "continue",
        ),
        (
            "Kerry met Lavrov on Friday, Adam Schiff said. “The timing matters.”",
            "timing matters",
            "adam schiff",
            "say",
        ),
        (
            "“It is over. Completely over,” said Leslie Wimes, a local party official.",
            "Completely over",
            "leslie wimes",
            "say",
        ),
        (
            "The clip shows footage of Maria Lopez saying, “We will win this.”",
            "win this",
            "maria lopez",
            "say",
        ),
        (
            "The city hired Chief Dan Hall, who said the plan was “a disaster.”",
            "a disaster",
            "dan hall",
            "say",
        ),
        ("Ana Ruiz called the decision “a disgrace” on Monday.", "disgrace", "ana ruiz", "call"),
        (
            "Critics attacked Ana Ruiz’s claim that crime had “doubled overnight.”",
            "doubled",
            "ana ruiz",
            "claim",
        ),
    ],
)
def test_harder_frames(model: str, text: str, fragment: str, key: str, cue: str) -> None:
    quote = only(quotes_of(text, model), fragment)
    assert (quote.speaker_key, quote.cue) == (key, cue)


def test_document_speaker_through_a_relative_clause(model: str) -> None:
    text = "Dana Fox released a letter from her doctor that says she is in “excellent health.”"
    quote = only(quotes_of(text, model), "excellent health")
    assert quote.speaker is not None and "letter" in quote.speaker
    assert quote.speaker_key is None
    assert quote.cue == "say"


def test_unnamed_person_by_role(model: str) -> None:
    text = "Bob Smith ran in 2012.\n“That was outrageous,” Smith's former campaign strategist said."
    quote = only(quotes_of(text, model), "outrageous")
    assert quote.speaker == "Smith's former campaign strategist"
    assert quote.speaker_key is None


def test_quoted_show_names_are_not_speech_of_the_cue(model: str) -> None:
    text = "Gary Johnson tells MSNBC’s “Morning Joe” that he is ready."
    quote = only(quotes_of(text, model), "Morning Joe")
    assert quote.speaker is None


def test_predicate_of_a_claim_is_not_the_claimant_s_words(model: str) -> None:
    text = "The fact-checkers ruled that Ana Ruiz’s statement was “true.”"
    quote = only(quotes_of(text, model), "true")
    assert quote.speaker_key != "ana ruiz"
