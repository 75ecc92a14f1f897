"""Denials by ruling out, figures stated by their counter, affiliated speakers (review 16).

"X ruled out Y-ing" is X's statement that Y will not be done, as "refused to Y" and
"rejected calls to Y" deny Y; "police counted 9,000 cyclists", "the organisers claimed
40,000" and "gave a figure of 25,000" state a figure by their subject; "Ilka Vennor of
the Federation of Port Workers said" names the person Ilka Vennor; a refusal to comment
("did not respond to a request for comment") is no claim; and a bare count after a
second participle ("killing 9 people and injuring about 30") counts what the first does.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from corrobora import api
from corrobora.extract.analyze import analyze_article
from corrobora.model import AnalyzedArticle, Claim, ConflictKind, EntityKind
from corrobora.settings import AnalyzeParams, ReconcileParams, Settings
from tests.stories import attributions, credit_of, fact_with, text_article, write_article


def _analysis(text: str, outlet: str = "Brenmoor Daily") -> AnalyzedArticle:
    """The whole per-article analysis of ``text`` published by ``outlet``."""
    return analyze_article(text_article(text, outlet), AnalyzeParams())


def _claim(analysis: AnalyzedArticle, words: str) -> Claim:
    """The one claim of ``analysis`` whose text holds ``words``."""
    (claim,) = [c for c in analysis.claims if words in c.text]
    return claim


# --- 1. "ruled out X-ing", "refused to X", "rejected calls to X" ---------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Transport minister Eva Dalgren ruled out closing the ferry line.",
        "The council refused to close the ferry line.",
        "Transport minister Eva Dalgren rejected calls to close the ferry line.",
    ],
)
def test_ruling_out_an_act_denies_it(sentence: str) -> None:
    claim = _claim(_analysis(sentence), "ferry line")
    assert (claim.negated, claim.predicate) == (True, "close")


def test_not_ruling_out_an_act_does_not_deny_it() -> None:
    claim = _claim(_analysis("Eva Dalgren did not rule out closing the ferry line."), "ferry")
    assert (claim.negated, claim.predicate) == (False, "close")


def test_ruling_out_is_a_statement_of_its_subject() -> None:
    text = "Transport minister Eva Dalgren ruled out closing the ferry line."
    ruled = credit_of(attributions(text, "Brenmoor Daily"), "ruled out", text)
    assert (ruled.source_key, ruled.statement) == ("eva dalgren", True)
    assert _claim(_analysis(text), "ferry").attribution == ruled


def test_a_ruled_out_act_agrees_with_a_said_denial(tmp_path: Path) -> None:
    write_article(
        tmp_path,
        "a.txt",
        "Brenmoor Daily",
        "2026-09-03T09:00:00+00:00",
        "Ferry passengers protested in Brenmoor on Wednesday. Transport minister Eva "
        "Dalgren said on Wednesday that the ferry line would not be closed.",
    )
    write_article(
        tmp_path,
        "b.txt",
        "Harbour Courier",
        "2026-09-03T15:00:00+00:00",
        "A protest by ferry passengers filled the Brenmoor quay. Transport minister Eva "
        "Dalgren ruled out closing the ferry line.",
    )
    fact = fact_with(tmp_path, "ruled out")
    assert any("would not be closed" in s.text for s in fact.support)
    assert not [c for c in fact.conflicts if c.kind is ConflictKind.NEGATION]
    assert fact.origins == ("eva dalgren",)


# --- 2. figures stated by who counted or claimed them --------------------------------


@pytest.mark.parametrize(
    ("text", "words", "key"),
    [
        (
            "Police counted 9,000 cyclists, while the organisers claimed 40,000.",
            "counted",
            "police",
        ),
        (
            "Police counted 9,000 cyclists, while the organisers claimed 40,000.",
            "claimed",
            "organiser",
        ),
        ("The organisers claimed 40,000.", "claimed", "organiser"),
        ("The organisers gave a figure of 25,000.", "gave", "organiser"),
    ],
)
def test_a_counted_or_claimed_figure_is_stated_by_its_subject(
    text: str, words: str, key: str
) -> None:
    found = credit_of(attributions(text, "Brenmoor Daily"), words, text)
    assert (found.source_key, found.statement) == (key, True)


def test_only_counting_a_figure_states_it() -> None:
    text = "Officials counted the ballots overnight. Police counted 9,000 cyclists."
    found = [a.source_key for a in attributions(text, "Brenmoor Daily") if a.statement]
    assert found == ["police"]


def test_a_counted_figure_has_one_origin(tmp_path: Path) -> None:
    write_article(
        tmp_path,
        "a.txt",
        "Brenmoor Daily",
        "2026-09-05T12:00:00+00:00",
        "Thousands of cyclists rode through Brenmoor on Saturday for safer streets. "
        "Police put the number of cyclists at 9,000.",
    )
    write_article(
        tmp_path,
        "b.txt",
        "Harbour Courier",
        "2026-09-05T18:00:00+00:00",
        "Saturday's ride for safer streets filled central Brenmoor. Police counted 9,000 "
        "cyclists, while the organisers claimed 40,000.",
    )
    assert fact_with(tmp_path, "put the number").origins == ("police",)
    assert fact_with(tmp_path, "organisers claimed").origins == ("organiser",)


# --- 3. "X of the <organization>" names X ----------------------------------------------


def test_a_name_of_an_organization_is_the_person() -> None:
    text = (
        '"We will stay out until they improve the offer," Ilka Vennor of the Federation '
        "of Port Workers said at the gates. The Bank of the Northern Isles said rates "
        "would rise."
    )
    analysis = _analysis(text)
    kinds = {m.key: m.kind for m in analysis.mentions}
    assert kinds["ilka vennor"] is EntityKind.PERSON
    assert kinds["federation of port workers"] is EntityKind.ORGANIZATION
    assert "bank of the northern isles" in kinds  # no person's name before "of the"
    assert [q.speaker_key for q in analysis.quotes] == ["ilka vennor"]


def test_an_affiliated_speaker_is_one_quote_group(tmp_path: Path) -> None:
    write_article(
        tmp_path,
        "a.txt",
        "Brenmoor Daily",
        "2026-09-07T09:00:00+00:00",
        'Dock workers walked out in Brenmoor on Monday. "We will stay out until the '
        'offer is improved," Ilka Vennor, chairwoman of the Federation of Port Workers, told '
        "reporters.",
    )
    write_article(
        tmp_path,
        "b.txt",
        "Harbour Courier",
        "2026-09-07T15:00:00+00:00",
        'The Brenmoor dock strike began on Monday. "We will stay out until they improve '
        'the offer," Ilka Vennor of the Federation of Port Workers said at the gates.',
    )
    settings = Settings(reconcile=ReconcileParams(embeddings="none"))
    (report,) = api.compare([tmp_path], settings).reports
    assert [g.speaker_key for g in report.reconciliation.quotes] == ["ilka vennor"]


# --- 5. a refusal to comment states nothing -------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "The port authority did not respond to a request for comment.",
        "The port authority did not immediately respond to requests for comment.",
        "The port authority would not comment.",
        "A spokesman for the port declined to elaborate.",
        "The port authority did not return calls seeking comment.",
    ],
)
def test_a_refusal_to_comment_is_no_claim(sentence: str) -> None:
    kept = "The navy did not respond to the attack. The port authority did not confirm the fee."
    assert [c.text for c in _analysis(f"{kept} {sentence}").claims] == [
        "The navy did not respond to the attack.",
        "The port authority did not confirm the fee.",
    ]


def test_a_statement_after_a_refusal_to_comment_stays() -> None:
    text = "The mayor would not comment, but said the quay was safe."
    assert [c.text for c in _analysis(text).claims] == ["said the quay was safe"]


# --- 4. a count after a second participle ----------------------------------------------


def test_a_bare_count_after_a_second_participle_takes_the_first_unit() -> None:
    text = (
        "A gas explosion tore through a market in Brenmoor on Friday, killing at least 9 "
        "people and injuring about 30, officials said."
    )
    analysis = _analysis(text)
    assert [(q.value, q.unit) for q in analysis.quantities] == [(9.0, "people"), (30.0, "people")]
    injured = _claim(analysis, "injuring")
    assert "killing" not in injured.text
    assert [(q.value, q.unit) for q in injured.quantities] == [(30.0, "people")]
    money = _analysis("The fund is raising $2 million and employing 300.")
    assert [q.unit for q in money.quantities] == ["USD", ""]  # no one a sum counts
