"""Who a titled role names: another office holder, a described name, a story's one holder.

"the fire chief" never names a person the article titles as governor; a bare occupation
conjoined to a name before it ("said Harwick grocer and author Ines Varga") describes
that person, and the place before it is no speaker; "a detective" is an unnamed
person, and the story's one detective named elsewhere is its one origin.
"""

from __future__ import annotations

from pathlib import Path

from corrobora.extract.analyze import analyze_article
from corrobora.model import AnalyzedArticle, Attribution, SourceKind
from corrobora.settings import AnalyzeParams
from tests.stories import fact_with, text_article, write_article


def _analyzed(text: str) -> AnalyzedArticle:
    return analyze_article(text_article(text, "Valley Ledger"), AnalyzeParams())


def _credits(found: AnalyzedArticle, text: str, words: str) -> list[Attribution]:
    return [a for a in found.attributions if words in text[a.span.start : a.span.end]]


def test_a_role_never_names_a_person_titled_with_another_office() -> None:
    text = (
        "Mayor's chapel burned\n\n"
        "Brenmark Mayor Olle Tarvis's chapel has been badly damaged in a blaze.\n"
        "Damage to the Orlo Chapel is put at $2 million.\n"
        'The fire chief says the blaze "is clearly deliberate."\n'
    )
    found = _analyzed(text)
    (credit,) = _credits(found, text, "fire chief")
    assert credit.source_key != "olle tarvis"
    assert credit.kind is SourceKind.ANONYMOUS
    (quote,) = [q for q in found.quotes if "clearly deliberate" in q.text]
    assert quote.speaker_key != "olle tarvis"


def test_the_role_an_office_holder_holds_still_names_him() -> None:
    text = (
        "Mayor opens bridge\n\n"
        "Mayor Olle Tarvis opened the Orlo bridge on Monday.\n"
        'The mayor said the bridge "was long overdue."\n'
    )
    found = _analyzed(text)
    (credit,) = _credits(found, text, "The mayor")
    assert credit.source_key == "olle tarvis"


def test_a_place_and_occupations_before_a_name_describe_the_speaker() -> None:
    text = (
        "Dairy losses mount\n\n"
        "The province put another $500,000 into the dairy, but it did not help.\n"
        '"In May alone, they lost $200,000," said Harwick grocer and author Ines Varga, '
        "a critic of the premier.\n"
    )
    found = _analyzed(text)
    credits = _credits(found, text, "said Harwick")
    assert [c.source_key for c in credits] == ["ines varga"]
    (quote,) = [q for q in found.quotes if "In May alone" in q.text]
    assert quote.speaker_key == "ines varga"


def test_a_detective_is_an_unnamed_person() -> None:
    text = (
        "Baker held for trial\n\n"
        "Ansel Drue, 51, will face trial for arson after a hearing on Monday.\n"
        "A detective testified about Drue's account to police.\n"
    )
    found = _analyzed(text)
    (credit,) = _credits(found, text, "detective")
    assert credit.kind is SourceKind.ANONYMOUS


def test_a_role_the_story_gives_one_named_person_is_that_person(tmp_path: Path) -> None:
    write_article(
        tmp_path,
        "a.txt",
        "Harbor Courier",
        "2024-05-02T09:00:00",
        "Detective Pavel Orsk, speaking at Ansel Drue's hearing on Monday, said Drue "
        "confessed to setting the bakery fire.\n"
        "Drue, 51, will face trial for arson.\n",
    )
    write_article(
        tmp_path,
        "b.txt",
        "Metro Wire",
        "2024-05-02T11:00:00",
        "Ansel Drue, 51, will face trial for arson after a hearing on Monday.\n"
        "A detective testified that Drue confessed to setting the bakery fire.\n",
    )
    fact = fact_with(tmp_path, "A detective testified")
    assert "detective" not in fact.origins
    assert "metro wire" not in fact.origins
    assert "pavel orsk" in fact.origins
