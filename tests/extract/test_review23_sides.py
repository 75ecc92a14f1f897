"""Who speaks in a trial report: the sides, the court's people, requests.

"The defence put the losses at 95 million" is the defence's estimate; in "A argued
that ..., while B said ..." the second clause is B's; "Deputy Prosecutor Ines Varga"
is a person whatever the recognizer made of her name, "a court clerk" and "the jury
foreman" are unnamed people, not documents; "asked not to be named" states nothing.
"""

from __future__ import annotations

from pathlib import Path

from corrobora.extract.analyze import analyze_article
from corrobora.model import AnalyzedArticle, Claim, SourceKind
from corrobora.settings import AnalyzeParams
from tests.stories import attributions, credit_of, fact_with, text_article, write_article


def _analyzed(text: str, outlet: str) -> AnalyzedArticle:
    return analyze_article(text_article(text, outlet), AnalyzeParams())


def _claim(found: AnalyzedArticle, words: str) -> Claim:
    (claim,) = [c for c in found.claims if words in c.text]
    return claim


# --- a side of a trial puts a figure on the losses ----------------------------------


def test_the_defence_putting_a_figure_on_losses_is_credited() -> None:
    text = (
        "Prosecutors told the court that savers lost 230 million crowns. "
        "The defence put the losses at 40 million crowns."
    )
    found = attributions(text, "Lindqvist Wire")
    credit = credit_of(found, "put", text)
    assert credit.source_key == "defence"
    assert credit.kind is SourceKind.ORGANIZATION
    assert credit.statement
    assert "40 million" in text[credit.content.start : credit.content.end]


def test_the_prosecution_and_prosecutors_are_one_side() -> None:
    text = (
        "The prosecution put the damage at 12 million crowns. "
        "Prosecutors said the scheme ran for six years."
    )
    found = attributions(text, "Lindqvist Wire")
    assert {(a.source_key, a.kind) for a in found} == {("prosecution", SourceKind.ORGANIZATION)}


# --- a parallel clause with a speaker of its own ------------------------------------


def test_a_while_clause_with_its_own_speaker_is_that_speakers() -> None:
    text = (
        "Marten Solberg's lawyers argued that savers lost no more than 40 million crowns, "
        "while prosecutors said the losses came to 230 million crowns."
    )
    found = _analyzed(text, "Lindqvist Wire")
    second = _claim(found, "losses came to")
    assert second.attribution is not None
    assert second.attribution.source_key == "prosecution"
    first = credit_of(found.attributions, "argued", text)
    assert "230" not in text[first.content.start : first.content.end]


def test_the_defence_and_the_one_clients_lawyers_are_one_origin(tmp_path: Path) -> None:
    write_article(
        tmp_path, "a.txt", "Lindqvist Wire", "2027-03-04T09:00:00Z",
        "Marten Solberg was sentenced on Thursday to nine years in prison for fraud. "
        "The defence put the losses at 40 million crowns.",
        title="Solberg sentenced",
    )  # fmt: skip
    write_article(
        tmp_path, "b.txt", "Orrby Post", "2027-03-04T11:00:00Z",
        "Marten Solberg was sentenced on Thursday to nine years in prison for fraud. "
        "Solberg's lawyers argued that the losses came to 40 million crowns.",
        title="Solberg gets nine years",
    )  # fmt: skip
    fact = fact_with(tmp_path, "The defence put")
    assert "lindqvist wire" not in fact.origins
    assert len(fact.origins) == 1


# --- the people of a court are persons ----------------------------------------------


def test_a_titled_prosecutor_is_a_person() -> None:
    text = (
        '"The jury saw through the story. Nobody is above the law," Deputy Prosecutor '
        "Ines Varga told reporters outside the courthouse."
    )
    (credit,) = attributions(text, "Lindqvist Wire")
    assert credit.kind is SourceKind.PERSON


def test_a_name_after_a_lower_case_title_is_a_person() -> None:
    text = "The jury saw through the story, prosecutor Ines Varga said."
    (credit,) = attributions(text, "Lindqvist Wire")
    assert credit.source_key == "ines varga"
    assert credit.kind is SourceKind.PERSON


def test_a_clerk_and_a_foreman_are_unnamed_people() -> None:
    text = (
        "The court has received 1,140 restitution claims, a court clerk said on Tuesday. "
        "The jury foreman said the jury had reached a verdict after three days."
    )
    found = attributions(text, "Lindqvist Wire")
    clerk = credit_of(found, "clerk", text)
    foreman = credit_of(found, "foreman", text)
    assert clerk.kind is SourceKind.ANONYMOUS
    assert foreman.kind is SourceKind.ANONYMOUS
    assert foreman.source_key == "jury foreman"


# --- a request states nothing -------------------------------------------------------


def test_asking_not_to_be_named_states_nothing() -> None:
    text = (
        "Halvard Pharma found the impurity in February, two people familiar with the "
        "matter said. They asked not to be named because they were not authorized to "
        "discuss the tests."
    )
    found = attributions(text, "Lindqvist Wire")
    asked = credit_of(found, "asked", text)
    assert not asked.statement
    assert credit_of(found, "said", text).statement
