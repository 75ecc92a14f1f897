"""Who speaks: a trailing participle, she and he, owned groups, titles, sounds, participles.

A participle after a time clause that follows its main clause says more of the main
clause's subject; "she" never resolves to a man the article shows as one; "the
attorneys" after "X's attorneys" are that counsel, never X; "the District Attorney"
after "District Attorney Jo Lind" is Jo Lind, and abbreviated titles ("Dist. Atty.")
are no part of a name; "began to cry" frames no quote; "a parolee wanted on
suspicion" makes the parolee no source.
"""

from __future__ import annotations

from corrobora.extract.analyze import analyze_article
from corrobora.extract.entities import strip_titles
from corrobora.model import AnalyzedArticle, Attribution, Quote
from corrobora.settings import AnalyzeParams
from tests.stories import text_article


def _analyzed(text: str) -> AnalyzedArticle:
    return analyze_article(text_article(text, "Valley Ledger"), AnalyzeParams())


def _quote(found: AnalyzedArticle, words: str) -> Quote:
    (quote,) = [q for q in found.quotes if words in q.text]
    return quote


def _credits(found: AnalyzedArticle, text: str, words: str) -> list[Attribution]:
    return [a for a in found.attributions if words in text[a.span.start : a.span.end]]


def test_a_participle_after_a_time_clause_is_the_main_subjects() -> None:
    text = (
        "Killer sentenced\n\n"
        "A judge on Friday sentenced Orrin Vasko to life for the depot shooting.\n"
        "Mara Quist spoke briefly before Judge Tom Vale made the final ruling, reading "
        "from a letter written by her son.\n"
        '"Why did you hide behind a door?" she read from the letter.\n'
    )
    found = _analyzed(text)
    (reading,) = _credits(found, text, "reading")
    assert reading.source_key == "mara quist"
    (read,) = _credits(found, text, "she read")
    assert read.source_key != "tom vale"
    assert _quote(found, "hide behind").speaker_key != "tom vale"


def test_she_never_resolves_to_a_man() -> None:
    text = (
        "Verdict due Friday\n\n"
        "Mara Quist testified for an hour on Tuesday.\n"
        "Judge Tom Vale said he would rule on Friday.\n"
        '"I have waited four years for this," she said.\n'
    )
    assert _quote(_analyzed(text), "waited four years").speaker_key == "mara quist"


def test_he_never_resolves_to_a_widow() -> None:
    text = (
        "Guard's killer jailed\n\n"
        "Piet Lindgren testified on Monday.\n"
        "Marit Vasko, the widow of a guard, took the stand after him.\n"
        '"We were never told," he said.\n'
    )
    assert _quote(_analyzed(text), "never told").speaker_key != "marit vasko"


def test_the_attorneys_are_the_counsel_not_the_client() -> None:
    text = (
        "Killer seeks new trial\n\n"
        "A judge on Friday upheld the sentence of Orrin Vasko for the depot shooting.\n"
        "Vasko's attorneys made a motion for a new trial, arguing that the jury was misled.\n"
        "The attorneys also argued that the judge refused to hear a key witness.\n"
    )
    found = _analyzed(text)
    (argued,) = _credits(found, text, "The attorneys")
    assert argued.source_key != "orrin vasko"
    (arguing,) = _credits(found, text, "arguing")
    assert argued.source_key == arguing.source_key


def test_the_titled_role_is_the_person_titled_before() -> None:
    text = (
        "Gang member charged\n\n"
        "District Attorney Jo Lind announced on Tuesday that charges were filed against "
        "Orrin Vasko.\n"
        '"We will not let the killers go free," the District Attorney said.\n'
    )
    assert _quote(_analyzed(text), "killers go free").speaker_key == "jo lind"


def test_abbreviated_titles_are_no_part_of_the_name() -> None:
    text = (
        "Gang member charged\n\n"
        "Charges were filed Tuesday against Orrin Vasko in the killing of Deputy Ray Ortiz, "
        "said Dist. Atty. Mike Dunn.\n"
    )
    (filed,) = _credits(_analyzed(text), text, "Atty")
    assert filed.source_key == "mike dunn"


def test_a_family_that_began_to_cry_frames_no_quote() -> None:
    text = (
        "Killer sentenced\n\n"
        "A judge on Friday sentenced Orrin Vasko to life for the depot shooting.\n"
        'Carla Mendes told Vasko in a firm voice, "You did not break our family," as her '
        "family began to cry.\n"
        '"And you will be remembered as a coward," she said.\n'
    )
    found = _analyzed(text)
    assert not [a for a in found.attributions if a.cue == "cry"]
    assert _quote(found, "break our family").speaker_key == "carla mendes"
    assert _quote(found, "remembered as a coward").speaker_key == "carla mendes"


def test_a_suspect_wanted_on_suspicion_is_no_source() -> None:
    text = (
        "Guard shot dead\n\n"
        "A guard was fatally shot on Friday outside a depot, police said.\n"
        "Deputies identified the suspect as Juan Carlos Medina, 27, a parolee wanted on "
        "suspicion of attempted murder in another case.\n"
    )
    found = _analyzed(text)
    assert not [a for a in found.attributions if a.source_key == "parolee"]


def test_abbreviated_titles_are_no_part_of_a_person_key() -> None:
    assert strip_titles("Dist. Atty. Greg Cooley") == "greg cooley"
    assert strip_titles("Asst. Dist. Atty. Ines Varga") == "ines varga"
