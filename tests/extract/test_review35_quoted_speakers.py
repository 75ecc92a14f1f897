"""Who speaks: "X quoted Y as saying", a "he" past a report nested in his own, names.

In "the Daily News quoted Y as saying" Y speaks, the paper only relays; a speech verb
inside what a man reports ("he said, an officer arrested him after the officer said
...") is no antecedent of his later "he said"; a plural role ("the two jurors") is no
single person titled before; "Juror No. 8" is one designation; a hyphenated agency
name ("ALBA-TASS") is one organization.
"""

from __future__ import annotations

import pytest

from corrobora.extract.analyze import analyze_article
from corrobora.model import AnalyzedArticle, Attribution, Quote, SourceKind
from corrobora.settings import AnalyzeParams

from ..stories import text_article


def _analyzed(text: str) -> AnalyzedArticle:
    return analyze_article(text_article(text, "Valley Ledger"), AnalyzeParams())


def _quote(found: AnalyzedArticle, words: str) -> Quote:
    (quote,) = [q for q in found.quotes if words in q.text]
    return quote


def _credits(found: AnalyzedArticle, cue_words: str) -> list[Attribution]:
    text = found.article.text
    return [a for a in found.attributions if cue_words in text[a.span.start : a.span.end]]


def test_quoted_as_saying_credits_the_object_not_the_paper() -> None:
    text = (
        "Teen shot by police\n\n"
        "Witnesses said that the teen did not have a gun.\n"
        '"The cops, they just jumped out of the car so fast," the Harbor Daily Times '
        "quoted witness Marlo Fenwick as saying.\n"
    )
    assert _quote(_analyzed(text), "jumped out of the car").speaker_key == "marlo fenwick"


def test_an_unnamed_speaker_quoted_as_saying_is_relayed_by_the_paper() -> None:
    text = (
        "Teen shot by police\n\n"
        "The Harbor Daily Times quoted a neighbour as saying the shots came in quick "
        "succession.\n"
    )
    found = _analyzed(text)
    keys = {a.source_key for a in _credits(found, "saying")}
    assert keys and "harbor daily times" in keys


def test_a_speech_verb_inside_his_own_report_is_not_his_antecedent() -> None:
    text = (
        "Barber describes stop\n\n"
        "His barber, Julian Clark, agreed.\n"
        "Two years before, he said, an officer stopped him in front of the shop and then "
        "arrested him after the officer said his licence had expired; he spent a day in "
        "custody sorting it out, he said.\n"
        '"They have a hard time because there is a lot of crime here," he said of the '
        "police.\n"
    )
    assert _quote(_analyzed(text), "hard time").speaker_key == "julian clark"


def test_a_plural_role_is_no_person_titled_before() -> None:
    text = (
        "Jury spares killer\n\n"
        '"Everyone was respectful, "said Juror No. 8, one of six women on the panel.\n'
        "The two jurors, who did not give their names, said the closed-door deliberations "
        "never became hostile.\n"
    )
    (credit,) = _credits(_analyzed(text), "two jurors")
    assert credit.source_key != "juror no 8"
    assert credit.kind is SourceKind.ANONYMOUS


def test_a_numbered_designation_is_one_name() -> None:
    text = (
        "Jury spares killer\n\n"
        '"Everyone was respectful," said Juror No. 8, one of six women on the panel.\n'
    )
    found = _analyzed(text)
    assert {m.key for m in found.mentions if "Juror" in m.text} == {"juror no 8"}


@pytest.mark.parametrize("agency", ["ALBA-TASS", "KORA-TASS"])
def test_a_hyphenated_agency_name_is_one_organization(agency: str) -> None:
    text = (
        "Election to have two parties\n\n"
        "For the first time, the country's parliamentary elections will have two parties, "
        f"{agency} reported September 26, citing the Central Election Commission.\n"
    )
    credits = _credits(_analyzed(text), "reported")
    assert {a.source for a in credits} == {agency}
    assert all(a.kind is not SourceKind.PERSON for a in credits)
