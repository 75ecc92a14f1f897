"""The copies task: reading gold copy_of links, scoring rules, and a tiny end-to-end run."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from corrobora.errors import ConfigError
from corrobora.evaluate.copies import evaluate_copies, read_copy_records, score_copies
from corrobora.settings import Settings

HARBOUR = (
    "The harbour authority of Velmont closed the northern quay on Tuesday after cracks "
    "were found in its concrete deck.\n"
    "Engineers from the regional works department said the damage was caused by years of "
    "heavy lorry traffic and winter storms.\n"
    "Ferries to the islands of Oskerra and Little Brann will use the southern quay until "
    "repairs are finished, which could take four months.\n"
    "Harbour master Ilse Moravec said the closure would delay some freight deliveries but "
    "that passenger services would run on time.\n"
    "The repair bill is estimated at 2.3 million euros and will be shared by the town and "
    "the regional government."
)
BAKERY = (
    "A bakery in the old town of Grisham Vale has won the national bread award for the "
    "third year running.\n"
    "Owner Petra Lindqvist said the secret was a sourdough starter kept alive since her "
    "grandmother opened the shop in 1961.\n"
    "The judges praised the crust and the open crumb of the winning rye loaf.\n"
    "The shop plans to open a second branch near the railway station next spring."
)


def line(record: dict[str, object]) -> str:
    return json.dumps(record) + "\n"


def write(path: Path, records: list[dict[str, object] | str]) -> Path:
    path.write_text(
        "".join(r if isinstance(r, str) else line(r) for r in records), encoding="utf-8"
    )
    return path


# --- scoring rules ------------------------------------------------------------------


def test_links_to_the_original_or_another_copy_are_right() -> None:
    gold = {"b": "a", "c": "b"}  # a chain: c copies b, which copies a
    predicted = {"b": "a", "c": "a"}
    links, pairs, groups = score_copies(gold, predicted, ["a", "b", "c", "d"])
    assert (links.true_positives, links.false_positives, links.false_negatives) == (2, 0, 0)
    assert pairs.f1 == 1.0
    assert groups.f1 == pytest.approx(1.0)


def test_an_original_marked_as_a_copy_is_wrong_but_the_group_is_right() -> None:
    links, pairs, groups = score_copies({"b": "a"}, {"a": "b"}, ["a", "b"])
    assert (links.true_positives, links.false_positives, links.false_negatives) == (0, 1, 1)
    assert pairs.f1 == 1.0
    assert groups.f1 == pytest.approx(1.0)


def test_missed_and_spurious_links() -> None:
    gold = {"b": "a", "d": "c"}
    predicted = {"b": "a", "e": "a"}
    links, pairs, groups = score_copies(gold, predicted, ["a", "b", "c", "d", "e"])
    assert (links.true_positives, links.false_positives, links.false_negatives) == (1, 1, 1)
    # Gold pairs {a,b} {c,d}; predicted {a,b,e}: pairs ab right, ae and be wrong, cd missed.
    assert (pairs.true_positives, pairs.false_positives, pairs.false_negatives) == (1, 2, 1)
    assert groups.precision < 1.0
    assert groups.recall < 1.0


# --- reading ------------------------------------------------------------------------


def test_bad_lines_become_problems_and_the_rest_is_read(tmp_path: Path) -> None:
    path = write(
        tmp_path / "gold.jsonl",
        [
            {"id": "a", "text": "First.", "copy_of": None},
            "{not json\n",
            "\n",
            "[1, 2]\n",
            {"text": "No id.", "copy_of": None},
            {"id": "c", "text": "No copy_of field."},
            {"id": "d", "copy_of": None},
            {"id": "a", "text": "Again a.", "copy_of": None},
            {"id": "e", "text": "Copies nobody.", "copy_of": "zzz"},
            {"id": "f", "text": "Copies e, which is dropped.", "copy_of": "e"},
            {"id": "g", "text": "Copies itself.", "copy_of": "g"},
            {"id": 7, "text": "An integer id.", "copy_of": "a"},
            {"id": "h", "text": "Bad copy_of.", "copy_of": ["a"]},
            {"id": "i", "text": "Bad date.", "copy_of": None, "published": "soon"},
            '{"id": ' + "9" * 5_000 + ', "text": "A long id.", "copy_of": null}\n',
        ],
    )
    records, problems, files = read_copy_records(path)
    assert files == 1
    assert [r.gold_id for r in records] == ["a", "7"]
    assert records[1].copy_of == "a"
    assert records[0].article.text == "First."
    where = str(path)
    expected = [
        f"{where}:2: invalid JSON",
        f"{where}:4: expected an article object",
        f"{where}:5: no 'id'",
        f"{where}:6: article 'c' has no 'copy_of' field",
        f"{where}:7: the record has no 'text' or 'html' field",
        f"{where}:8: the id 'a' was given before",
        f"{where}:13: article 'h': 'copy_of' must be an id or null",
        f"{where}:14: bad 'published' field",
        f"{where}:15: invalid JSON (a number of more than 4300 digits)",
        f"{where}:9: copy_of 'zzz' names no article of the data",
        f"{where}:11: article 'g' is a copy of itself",
        f"{where}:10: copy_of 'e' names no article of the data",
    ]
    assert len(problems) == len(expected)
    for problem, start in zip(problems, expected, strict=True):
        assert problem.startswith(start), (problem, start)


def test_a_folder_of_files_with_links_across_files(tmp_path: Path) -> None:
    write(tmp_path / "one.jsonl", [{"id": "a", "text": "Original.", "copy_of": None}])
    (tmp_path / "sub").mkdir()
    write(tmp_path / "sub" / "two.jsonl", [{"id": "b", "text": "Copy.", "copy_of": "a"}])
    (tmp_path / "notes.txt").write_text("not read", encoding="utf-8")
    records, problems, files = read_copy_records(tmp_path)
    assert (files, problems) == (2, [])
    assert [(r.gold_id, r.copy_of) for r in records] == [("a", None), ("b", "a")]


def test_unusable_data_raises(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="does not exist"):
        evaluate_copies(tmp_path / "missing.jsonl", Settings())
    with pytest.raises(ConfigError, match=r"holds no \.jsonl files"):
        evaluate_copies(tmp_path, Settings())
    bad = write(tmp_path / "bad.jsonl", ["{oops\n"])
    with pytest.raises(ConfigError, match=r"no usable article record \(first problem: .*bad"):
        evaluate_copies(bad, Settings())


# --- end to end ---------------------------------------------------------------------


def test_evaluate_copies_end_to_end(tmp_path: Path) -> None:
    lines = HARBOUR.split("\n")
    path = write(
        tmp_path / "copies.jsonl",
        [
            {
                "id": "orig",
                "title": "Velmont quay closed",
                "text": HARBOUR,
                "outlet": "Velmont Herald",
                "published": "2024-05-07T08:00:00Z",
                "copy_of": None,
            },
            # Same text under another headline: one article to corrobora.
            {
                "id": "retitled",
                "title": "Cracks shut Velmont quay",
                "text": HARBOUR,
                "outlet": "Coastal Wire",
                "published": "2024-05-07T10:00:00Z",
                "copy_of": "orig",
            },
            # Trimmed from the bottom with a boilerplate line; copies the retitled copy.
            {
                "id": "trimmed",
                "html": "<html><body><article>"
                + "".join(f"<p>{text}</p>" for text in lines[:3])
                + "<p>Sign up for our newsletter to get the top stories every morning.</p>"
                + "</article></body></html>",
                "title": "Quay shut",
                "published": "2024-05-07T12:00:00Z",
                "copy_of": "retitled",
            },
            {
                "id": "bakery",
                "text": BAKERY,
                "published": "2024-05-07T09:00:00Z",
                "copy_of": None,
            },
            "{broken\n",
        ],
    )
    calls: list[tuple[int, int]] = []
    evaluation = evaluate_copies(path, Settings(), progress=lambda d, t: calls.append((d, t)))
    assert evaluation.task == "copies"
    assert evaluation.problems == (
        f"{path}:5: invalid JSON (Expecting property name enclosed in double quotes at column 2)",
    )
    assert evaluation.counts["articles"] == 4
    assert evaluation.counts["distinct texts"] == 3
    assert evaluation.counts["gold copies"] == 2
    assert evaluation.counts["gold groups"] == 1
    assert calls[-1] == (3, 3)
    links, pairs, groups = evaluation.scores
    assert [s.name for s in evaluation.scores] == [
        "copy links",
        "copy pairs",
        "copy groups (B-cubed)",
    ]
    assert (links.true_positives, links.false_positives, links.false_negatives) == (2, 0, 0)
    assert pairs.f1 == 1.0
    assert groups.f1 == pytest.approx(1.0)
    assert "gold copy group" in evaluation.rules
