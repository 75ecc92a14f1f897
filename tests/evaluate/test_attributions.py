"""The quotes and attributions tasks: span matching, names, scores, and end-to-end runs."""

from __future__ import annotations

from pathlib import Path

import pytest

from corrobora.errors import ConfigError
from corrobora.evaluate.attributions import (
    Names,
    evaluate_attributions,
    evaluate_quotes,
    match_spans,
    score_attributions,
    score_quotes,
)
from corrobora.evaluate.brat import BratCorpus, BratDocument, GoldAttribution
from corrobora.evaluate.metrics import Evaluation, Score
from corrobora.model import AnalyzedArticle, Article, Attribution, Quote, SourceKind, Span
from corrobora.settings import Settings
from corrobora.text import article_id

SHARED = Path(__file__).resolve().parents[2] / ".." / "shared"
POLNEAR_DEV = SHARED / "data" / "polnear" / "dev"


def at(text: str, words: str, nth: int = 0) -> Span:
    """The span of the ``nth`` occurrence of ``words`` in ``text``."""
    start = -1
    for _ in range(nth + 1):
        start = text.index(words, start + 1)
    return Span(start, start + len(words))


def score(evaluation: Evaluation, name: str) -> Score:
    return next(s for s in evaluation.scores if s.name == name)


# --------------------------------------------------------------------------------------
# match_spans and Names
# --------------------------------------------------------------------------------------


def test_match_spans_pairs_one_to_one_by_largest_overlap() -> None:
    gold = [(Span(0, 10),), (Span(20, 30), Span(40, 50))]
    predicted = [(Span(2, 10),), (Span(0, 4),), (Span(22, 48),), (Span(60, 70),)]
    assert match_spans(gold, predicted) == [(0, 0), (1, 2)]


def test_match_spans_needs_half_of_the_shorter_span() -> None:
    gold = [(Span(0, 100),)]
    assert match_spans(gold, [(Span(95, 105),)]) == [(0, 0)]  # 5 of 10 characters: half
    assert match_spans(gold, [(Span(96, 106),)]) == []
    assert match_spans(gold, [(Span(90, 105),)]) == [(0, 0)]
    assert match_spans(gold, [(Span(100, 120),)]) == []


def test_names_tell_names_pronouns_and_descriptions_apart() -> None:
    names = Names.of(
        "Officials said the plan failed. The officials met Ada Quill, the mayor of Riverton, "
        "and Republican senators."
    )
    assert names.kind("the mayor, Ada Quill,") == "name"
    assert names.kind("She") == "pronoun"
    assert names.kind("Officials") == "description"
    assert names.kind("Republican senators") == "description"
    assert names.runs("Riverton Mayor Ada Quill") == [["riverton"], ["ada", "quill"]]


@pytest.mark.parametrize(
    ("predicted", "gold", "expected"),
    [
        ("Ada Quill", "the mayor, Ada Quill,", True),
        ("Quill", "Mayor Ada Quill", True),
        ("Ada Quill", "Quill", True),
        ("Ada Quill's", "ADA QUILL", True),
        ("Ada Quill", "Bo Lin", False),
        ("Bo Lin", "Lin campaign aide Ada Quill", False),
        ("Ada Quill", "Riverton spokeswoman Ada Quill", True),
        ("Ada Quill Jr.", "Quill", True),
        (None, "Ada Quill", False),
        ("Ada Quill", "she", False),
        ("Ada Quill", "Ada Quill, president of Riverton Public Radio", True),
        ("Ada Quill", "Ada Quill, who served under George W. Bush,", True),
        ("Bo Lin", "Ada Quill, president of Riverton Public Radio", False),
    ],
)
def test_names_agree(predicted: str | None, gold: str, expected: bool) -> None:
    assert Names.of("a spokeswoman and a campaign aide").agree(predicted, gold) is expected


# --------------------------------------------------------------------------------------
# Scores on hand-made predictions (no parsing)
# --------------------------------------------------------------------------------------

TEXT = (
    "Council Votes\n\n"
    "“The bridge will open in May,” the mayor, Ada Quill, said. “We are ready.”\n\n"
    "Officials said the cost had “nearly doubled” since March.\n\n"
    "“Trust us,” she said. “Call me,” Bo Lin said.\n\n"
    "“Nobody asked us,” a resident said.\n"
)
ID = article_id(TEXT)


def gold_relations() -> tuple[GoldAttribution, ...]:
    def rel(ident: str, content: tuple[Span, ...], source: str, said: int) -> GoldAttribution:
        return GoldAttribution(ident, 1, content, (at(TEXT, source),), (at(TEXT, "said", said),))

    return (
        rel(
            "E1",
            (at(TEXT, "“The bridge will open in May,”"), at(TEXT, "“We are ready.”")),
            "the mayor, Ada Quill,",
            0,
        ),
        rel("E2", (at(TEXT, "the cost had “nearly doubled” since March"),), "Officials", 1),
        rel("E4", (at(TEXT, "“Trust us,”"),), "she", 2),
        rel("E5", (at(TEXT, "“Call me,”"),), "Bo Lin", 3),
        rel("E3", (at(TEXT, "“Nobody asked us,”"),), "a resident", 4),
    )


def quote(words: str, speaker: str | None) -> Quote:
    span = at(TEXT, words)
    return Quote(ID, span, (span,), words, speaker, None, "say" if speaker else None)


def attribution(words: str, content: str, source: str, nth: int = 0) -> Attribution:
    return Attribution(
        ID, at(TEXT, words, nth), at(TEXT, content), source, source.lower(), SourceKind.PERSON, ""
    )


def corpus_and_analysis() -> tuple[BratCorpus, list[AnalyzedArticle | None]]:
    document = BratDocument(
        "doc", "doc.txt", "doc.ann", TEXT, "doc", "Council Votes", gold_relations()
    )
    article = Article(ID, TEXT, "Council Votes", "doc")
    quotes = (
        quote("The bridge will open in May,", "Ada Quill"),
        quote("We are ready.", "Ada Quill"),
        quote("nearly doubled", None),
        quote("Trust us,", None),
        quote("Call me,", "Ada Quill"),
        quote("Council Votes", None),
    )
    attributions = (
        attribution("the mayor, Ada Quill, said", "The bridge will open in May,", "Ada Quill"),
        attribution("the mayor, Ada Quill, said", "The bridge will open in May,", "City Hall"),
        attribution("Officials said", "the cost had “nearly doubled” since March", "Officials"),
        attribution("said", "Call me,", "Bo Lin", nth=1),
        attribution("Council", "Council Votes", "Council"),
    )
    analysis = AnalyzedArticle(article, (), (), quotes, attributions, ())
    return BratCorpus((document,), ("x.ann:3: a problem",), {"documents": 1}), [analysis]


def test_score_quotes_counts_spans_splits_partial_quotes_and_speakers() -> None:
    corpus, analyses = corpus_and_analysis()
    evaluation = score_quotes(corpus, analyses, data="here", problems=("y.txt: another",))
    spans = score(evaluation, "quote spans")
    assert (spans.true_positives, spans.false_positives, spans.false_negatives) == (3, 3, 1)
    assert spans.extra == {"split": 1, "inside_indirect": 1}
    lenient = score(evaluation, "quote spans, lenient")
    assert (lenient.false_positives, lenient.precision) == (1, 0.75)
    speaker = score(evaluation, "quote speaker")
    assert (speaker.true_positives, speaker.false_positives, speaker.false_negatives) == (1, 1, 1)
    assert speaker.extra["accuracy"] == 0.5
    named = score(evaluation, "quote speaker named")
    assert named.extra["rate"] == pytest.approx(2 / 3)
    assert (named.extra["pronoun_items"], named.extra["pronoun_rate"]) == (1, 0.0)
    assert evaluation.counts["gold_quotes"] == 4
    assert evaluation.counts["predicted_quotes"] == 6
    assert evaluation.problems == ("x.ann:3: a problem", "y.txt: another")
    assert evaluation.task == "quotes"
    assert "quotation marks" in evaluation.rules


def test_score_attributions_matches_contents_then_sources_and_cues() -> None:
    corpus, analyses = corpus_and_analysis()
    evaluation = score_attributions(corpus, analyses, data="here")
    content = score(evaluation, "attribution content")
    assert (content.true_positives, content.false_positives, content.false_negatives) == (3, 1, 2)
    assert content.extra == {"recall_direct": 0.5, "recall_indirect": 1.0}
    source = score(evaluation, "attribution source")
    assert (source.extra["rate"], source.extra["items"]) == (1.0, 3)
    cue = score(evaluation, "attribution cue")
    assert cue.extra["rate"] == pytest.approx(2 / 3)
    assert evaluation.counts["predicted_attributions"] == 4
    assert evaluation.counts["gold_attributions"] == 5


def test_scores_skip_documents_corrobora_failed_on() -> None:
    corpus, _ = corpus_and_analysis()
    evaluation = score_attributions(corpus, [None], data="here")
    assert score(evaluation, "attribution content").true_positives == 0
    assert evaluation.counts["gold_attributions"] == 0


# --------------------------------------------------------------------------------------
# End to end on small files written here (parses with the spaCy model)
# --------------------------------------------------------------------------------------

HARBOR = (
    "Harbor Plan Approved\n\n"
    "“We will rebuild the harbor by next summer,” said Mara Okafor, the port director.\n\n"
    "The council said that the budget would rise.\n"
)


def harbor_ann() -> str:
    def t(ident: str, label: str, words: str, nth: int = 0) -> str:
        span = at(HARBOR, words, nth)
        return f"{ident}\t{label} {span.start} {span.end}\t{words}"

    return "\n".join(
        [
            t("T1", "Content", "“We will rebuild the harbor by next summer,”"),
            t("T2", "Cue", "said"),
            t("T3", "Source", "Mara Okafor, the port director"),
            t("T4", "Attribution", "said"),
            "E1\tAttribution:T4 Content:T1 Cue:T2 Source:T3",
            t("T5", "Source", "The council"),
            t("T6", "Cue", "said", 1),
            t("T7", "Content", "that the budget would rise"),
            t("T8", "Attribution", "said", 1),
            "E2\tAttribution:T8 Content:T7 Cue:T6 Source:T5",
            "",
        ]
    )


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("brat")
    (root / "a_harbor.txt").write_text(HARBOR, encoding="utf-8")
    (root / "a_harbor.ann").write_text(harbor_ann(), encoding="utf-8")
    (root / "broken.txt").write_text(HARBOR, encoding="utf-8")
    broken = harbor_ann().replace("E2\t", "E2 ") + f"T9\tContent 5 {len(HARBOR) + 9}\tx\n"
    (root / "broken.ann").write_text(broken, encoding="utf-8")
    (root / "alone.txt").write_text("No annotation file.\n", encoding="utf-8")
    return root


def test_evaluate_quotes_end_to_end(folder: Path) -> None:
    calls: list[tuple[int, int]] = []
    evaluation = evaluate_quotes(folder, Settings(), progress=lambda d, t: calls.append((d, t)))
    assert calls == [(1, 2), (2, 2)]
    spans = score(evaluation, "quote spans")
    assert (spans.true_positives, spans.false_negatives) == (2, 0)
    assert score(evaluation, "quote speaker").extra["accuracy"] == 1.0
    assert evaluation.problems == (
        f"{folder / 'alone.txt'}: no .ann file for this text",
        f"{folder / 'broken.ann'}:10: cannot parse the line "
        "'E2 Attribution:T8 Content:T7 Cue:T6 Sour…'",
        f"{folder / 'broken.ann'}:11: offsets 5-{len(HARBOR) + 9} of T9 are beyond the text "
        f"({len(HARBOR)} characters)",
    )
    assert evaluation.counts["documents"] == 2
    assert evaluation.data == str(folder)


def test_evaluate_attributions_end_to_end(folder: Path) -> None:
    evaluation = evaluate_attributions(folder, Settings(), limit=1)
    assert evaluation.counts["documents"] == 1
    content = score(evaluation, "attribution content")
    assert content.true_positives >= 1
    assert content.extra["recall_direct"] == 1.0
    assert evaluation.problems == (f"{folder / 'alone.txt'}: no .ann file for this text",)


def test_evaluate_rejects_a_missing_folder(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="does not exist"):
        evaluate_quotes(tmp_path / "absent", Settings())


# --------------------------------------------------------------------------------------
# Real data
# --------------------------------------------------------------------------------------


@pytest.mark.shared
@pytest.mark.skipif(not POLNEAR_DEV.is_dir(), reason="../shared/data/polnear is not available")
def test_quotes_and_attributions_on_two_polnear_dev_files() -> None:
    quotes = evaluate_quotes(POLNEAR_DEV, Settings(), limit=2)
    assert quotes.counts["documents"] == 2
    assert quotes.problems == ()
    assert quotes.counts["gold_quotes"] > 0
    assert score(quotes, "quote spans").recall >= 0.5
    attributions = evaluate_attributions(POLNEAR_DEV, Settings(), limit=2)
    assert score(attributions, "attribution content").true_positives > 0
    assert attributions.counts["gold_attributions"] > attributions.counts["gold_direct_quotes"]
