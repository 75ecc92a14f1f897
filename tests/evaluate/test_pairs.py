"""The ``pairs`` evaluation task: reading MRPC-style TSV, same-claim and conflict-flag scores."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from corrobora.errors import ConfigError
from corrobora.evaluate.pairs import (
    RULES,
    PairRecord,
    evaluate_pairs,
    read_pairs,
    score_pairs,
    sentence_claim,
)
from corrobora.extract import analyze_article
from corrobora.model import Article
from corrobora.settings import ReconcileParams, Settings
from corrobora.text import article_id

SHARED = Path(__file__).resolve().parents[2] / ".." / "shared"
MRPC = SHARED / "data" / "mrpc" / "msr_paraphrase_train.txt"
HEADER = "Quality\t#1 ID\t#2 ID\t#1 String\t#2 String"

# Invented pairs: (label, sentence1, sentence2), each chosen for one outcome.
SAME = (
    1,
    "The harbour authority said 40 ships were stuck in the storm on Monday.",
    "Forty ships were stuck in the storm, the harbour authority said.",
)
NUMBER_CONFLICT = (
    0,
    "The factory will cut 300 jobs next year, the company said.",
    "The factory will cut 450 jobs next year, the company said.",
)
UNRELATED = (
    0,
    "Lemons grow well in the warm hills above the bay.",
    "The city council voted to rebuild the old stone bridge.",
)
FLAGGED_POSITIVE = (
    1,
    "The charity raised $2.5 million for the new hospital wing.",
    "The charity collected $3 million for the new hospital wing.",
)
DATE_CONFLICT = (
    0,
    "The museum reopened on March 3, 2004, after the long repairs.",
    "The museum reopened on June 9, 2004, after the long repairs.",
)
ONE_SIDED = (
    0,
    "The bank raised its main rate by 2 percent.",
    "The bank raised its main rate again.",
)
PAIRS = (SAME, NUMBER_CONFLICT, UNRELATED, FLAGGED_POSITIVE, DATE_CONFLICT, ONE_SIDED)


def write_tsv(path: Path, rows: list[str], *, bom: bool = False) -> Path:
    text = "\n".join([HEADER, *rows]) + "\n"
    path.write_bytes((b"\xef\xbb\xbf" if bom else b"") + text.encode("utf-8"))
    return path


def pair_rows(pairs: tuple[tuple[int, str, str], ...]) -> list[str]:
    return [f"{label}\t{i}1\t{i}2\t{a}\t{b}" for i, (label, a, b) in enumerate(pairs)]


@pytest.fixture(scope="module")
def words_only() -> Settings:
    """Settings without the embedding model, so that the tests stay fast and self-contained."""
    return Settings(reconcile=ReconcileParams(embeddings="none"))


def test_read_pairs_reports_each_malformed_row_and_keeps_the_rest(tmp_path: Path) -> None:
    rows = [
        "1\t1\t2\tThe ferry left at noon.\tThe ferry sailed at noon.",
        "1\t3\t4\tonly four columns",
        "2\t5\t6\tA label of two.\tIs not allowed.",
        "0\t7\t8\t \tThe second sentence is here.",
        "",
        "0\t9\t10\tOne\textra\tcolumn",
        "0\t11\t12\tThe river rose.\tThe river fell.",
    ]
    path = write_tsv(tmp_path / "pairs.tsv", rows, bom=True)
    with path.open("ab") as handle:
        handle.write(b"1\t13\t14\tbad \xff byte\tThe rest.\n")
    records, problems, files = read_pairs(path)
    assert files == 1
    assert [(r.line, r.label, r.id1) for r in records] == [(2, 1, "1"), (8, 0, "11")]
    assert records[0].sentence1 == "The ferry left at noon."
    assert problems == [
        f"{path}:3: expected 5 tab-separated columns (label, id1, id2, sentence1, sentence2), "
        "found 4",
        f"{path}:4: label '2' is not 0 or 1",
        f"{path}:5: sentence1 is empty",
        f"{path}:7: expected 5 tab-separated columns (label, id1, id2, sentence1, sentence2), "
        "found 6",
        f"{path}:9: not UTF-8 text",
    ]


def test_read_pairs_notes_a_first_line_that_looks_like_data(tmp_path: Path) -> None:
    path = tmp_path / "noheader.tsv"
    path.write_text("1\t1\t2\tA cat sat.\tA cat sat down.\n0\t3\t4\tRain fell.\tSnow fell.\n")
    records, problems, _ = read_pairs(path)
    assert [r.line for r in records] == [2]
    assert problems == [f"{path}:1: looks like a pair but is read as the header"]


def test_read_pairs_stops_at_the_limit_and_reads_a_folder_in_name_order(tmp_path: Path) -> None:
    write_tsv(tmp_path / "b.tsv", pair_rows(PAIRS[:2]))
    write_tsv(tmp_path / "a.txt", pair_rows(PAIRS[2:5]))
    (tmp_path / "notes.md").write_text("not pairs")
    records, problems, files = read_pairs(tmp_path)
    assert problems == [] and files == 2
    assert [Path(r.source).name for r in records] == ["a.txt"] * 3 + ["b.tsv"] * 2
    limited, _, read = read_pairs(tmp_path, limit=4)
    assert len(limited) == 4 and read == 2
    assert limited[-1].sentence1 == PAIRS[0][1]


def test_unusable_data_is_a_config_error(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="no such file or folder"):
        read_pairs(tmp_path / "missing.tsv")
    if Path("/dev/null").exists():
        with pytest.raises(ConfigError, match="/dev/null: not a regular file or a folder"):
            read_pairs(Path("/dev/null"))
    with pytest.raises(ConfigError, match=r"no \.tsv or \.txt files"):
        read_pairs(tmp_path)
    bad = write_tsv(tmp_path / "bad.tsv", ["yes\t1\t2\tA.\tB."])
    with pytest.raises(ConfigError, match=r"no sentence pairs found.*label 'yes' is not 0 or 1"):
        read_pairs(bad)
    with pytest.raises(ConfigError, match="limit must be a positive"):
        read_pairs(bad, limit=0)


def test_sentence_claim_covers_the_whole_sentence(words_only: Settings) -> None:
    text = "The council met in March 2002 and approved 1,200 new homes."
    analysis = analyze_article(Article(article_id(text), text, "", "t"), words_only.analyze)
    assert len(analysis.claims) == 2
    claim = sentence_claim(analysis)
    assert claim.span.slice(text) == text and claim.id == article_id(text)
    assert {"council", "meet", "approve", "home"} <= set(claim.terms)
    assert [q.value for q in claim.quantities] == [1200.0]
    assert [(d.start.isoformat() if d.start else None) for d in claim.dates] == ["2002-03-01"]


def test_score_pairs_decides_same_claim_and_conflicts(words_only: Settings) -> None:
    records = [PairRecord("t", i, label, "a", "b", x, y) for i, (label, x, y) in enumerate(PAIRS)]
    calls: list[tuple[int, int]] = []
    outcomes = score_pairs(
        records, words_only, progress=lambda d, t: calls.append((d, t)), story_pairs=4
    )
    assert calls == [(0, 6), (4, 6), (6, 6)]
    same, number, unrelated, positive, dated, one_sided = outcomes
    threshold = words_only.reconcile.same_threshold
    assert same.score >= threshold > unrelated.score
    assert not same.differ and not same.flagged  # "40" and "Forty" are one value
    assert number.numbers_differ and number.number_flag and not number.date_flag
    assert positive.flagged and positive.record.label == 1
    assert dated.dates_differ and dated.date_flag and not dated.numbers_differ
    assert one_sided.one_sided and not one_sided.differ and not one_sided.flagged
    assert all(0.0 <= o.score <= 1.0 for o in outcomes)


def test_evaluate_pairs_counts_on_invented_sentences(tmp_path: Path, words_only: Settings) -> None:
    path = write_tsv(tmp_path / "pairs.tsv", [*pair_rows(PAIRS), "1\tx\ty\tonly two"])
    evaluation = evaluate_pairs(path, words_only)
    assert evaluation.task == "pairs" and evaluation.data == str(path)
    assert evaluation.problems == (
        f"{path}:8: expected 5 tab-separated columns (label, id1, id2, sentence1, sentence2), "
        "found 4",
    )
    assert evaluation.rules == RULES
    counts = evaluation.counts
    assert (counts["pairs"], counts["positives"], counts["negatives"]) == (6, 2, 4)
    assert counts["files"] == 1 and counts["sentences"] == 12 and counts["seconds"] >= 0
    same, flag = evaluation.scores
    assert same.name == "same claim"
    assert same.true_positives + same.false_negatives == 2
    assert same.true_positives + same.false_positives + same.false_negatives + same.extra[
        "tn"
    ] == pytest.approx(6)
    assert same.extra["accuracy"] == pytest.approx((same.true_positives + same.extra["tn"]) / 6)
    # Gold conflicts: the number and the date pair; the flagged positive is a false positive.
    assert (flag.true_positives, flag.false_positives, flag.false_negatives) == (2, 1, 0)
    assert flag.precision == pytest.approx(2 / 3) and flag.recall == 1.0
    assert flag.extra["negatives_differing"] == 2
    assert flag.extra["negatives_one_sided"] == 1
    assert flag.extra["positives_differing"] == 1
    assert flag.extra["flagged"] == 3
    json.dumps(evaluation.as_dict())


def test_story_size_is_stated_in_the_rules(tmp_path: Path, words_only: Settings) -> None:
    path = write_tsv(tmp_path / "pairs.tsv", pair_rows(PAIRS[:2]))
    evaluation = evaluate_pairs(path, words_only, story_pairs=1, limit=1)
    assert "pseudo-stories of 1 consecutive pairs (2 sentences)" in evaluation.rules
    assert evaluation.counts["pairs"] == 1
    assert "pseudo-stories of 150 consecutive pairs (300 sentences)" in RULES
    with pytest.raises(ConfigError, match="story_pairs must be positive"):
        evaluate_pairs(path, words_only, story_pairs=0)


@pytest.mark.shared
@pytest.mark.skipif(not MRPC.exists(), reason="../shared is not beside the repository")
def test_first_mrpc_pairs(words_only: Settings) -> None:
    with MRPC.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle, delimiter="\t", quoting=csv.QUOTE_NONE))[1:41]
    evaluation = evaluate_pairs(MRPC, words_only, limit=40)
    assert evaluation.problems == ()
    assert evaluation.counts["pairs"] == 40
    assert evaluation.counts["positives"] == sum(row[0] == "1" for row in rows)
    same, flag = evaluation.scores
    # Words alone on these 40 pairs: most same-claim pairs are found, and most
    # different-number negatives are flagged.
    assert same.extra["accuracy"] >= 0.55 and same.f1 >= 0.65
    assert flag.extra["negatives_differing"] >= 5
    assert flag.recall >= 0.5 and flag.precision >= 0.5
