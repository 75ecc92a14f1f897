"""Who speaks words overheard, names behind a prefixed word, bodies named by everyday words.

"Marla Quist heard her son yell, “…”": the son yelled the words, as in "recalled her son
yelling"; the hearer never speaks them. "post-Soviet Morvania's history": the prefixed
word is no part of the name after it, which is a country, a place. "Election Watch
said": a name made of everyday words names a body, not a person.
"""

from __future__ import annotations

from corrobora.extract.analyze import analyze_article
from corrobora.model import EntityKind, Mention, Quote, SourceKind
from corrobora.settings import AnalyzeParams
from tests.stories import attributions, text_article

_OUTLET = "Kestrel Daily"


def _quote(sentence: str) -> Quote:
    text = "House fire on Brell Road\n\nA house on Brell Road burned down on Sunday night.\n"
    article = text_article(text + sentence, _OUTLET)
    (quote,) = analyze_article(article, AnalyzeParams()).quotes
    return quote


def _mentions(body: str) -> tuple[Mention, ...]:
    article = text_article(f"Vote held\n\n{body}\n", _OUTLET)
    return analyze_article(article, AnalyzeParams()).mentions


def test_a_quote_heard_from_a_relative_is_theirs() -> None:
    quote = _quote('Marla Quist heard her son yell, "Mom, get out of the house!"')
    assert (quote.speaker, quote.cue) == ("her son", "yell")


def test_a_named_person_heard_shouting_speaks() -> None:
    quote = _quote('Neighbours heard Tomas Brell shout, "Get out of the house!"')
    assert (quote.speaker, quote.cue) == ("Tomas Brell", "shout")


def test_the_hearer_is_never_the_one_heard() -> None:
    quote = _quote('Dana Kell said she heard him say, "Stay inside."')
    assert quote.speaker is None


def test_a_country_after_an_era_prefixed_word_is_a_place() -> None:
    found = _mentions(
        "For the first time in post-Soviet Morvania's history, its parliamentary"
        " elections will have two parties, the Norl news agency reported."
    )
    assert ("morvania", EntityKind.PLACE) in [(m.key, m.kind) for m in found]


def test_an_era_prefixed_word_opening_a_sentence_hides_no_name() -> None:
    found = _mentions("Ex-Soviet Kyrbekistan held a parliamentary vote on Sunday.")
    assert [(m.text, m.kind) for m in found] == [("Kyrbekistan", EntityKind.PLACE)]


def test_the_prefixed_word_is_no_part_of_the_name() -> None:
    found = _mentions("Voters in post-Soviet Kaldonia went to the polls on Sunday.")
    assert [(m.text, m.key, m.kind) for m in found] == [("Kaldonia", "kaldonia", EntityKind.PLACE)]


def test_a_prefixed_word_alone_names_nothing() -> None:
    found = _mentions(
        "For the first time in post-Soviet Ostrelia's history, its parliamentary"
        " elections will have two parties."
    )
    assert [m.key for m in found] == ["ostrelia"]


def test_a_stance_word_is_cut_from_a_body_s_name() -> None:
    found = _mentions("Pro-Kremlin Ostravia party won a majority of the seats.")
    assert "pro-kremlin ostravia" not in [m.key for m in found]
    assert "ostravia" in [m.key for m in found]


def test_a_name_of_everyday_words_speaking_is_a_body() -> None:
    found = attributions(
        "Vote criticised\n\nElection Watch said the vote was neither free nor fair.\n", _OUTLET
    )
    assert [(a.source_key, a.kind) for a in found] == [("election watch", SourceKind.ORGANIZATION)]


def test_a_titled_name_of_everyday_words_stays_a_person() -> None:
    found = attributions(
        "Vote criticised\n\nJudge Long said the vote count would stand.\n", _OUTLET
    )
    assert [a.kind for a in found] == [SourceKind.PERSON]
