"""What the report shows: the coverage table at any width, a wording conflict's evidence
(review 17).

At a width too narrow for the outlet names the coverage columns are headed by article
numbers, and too narrow for all the numbers they are split over several tables: no
article's column is ever dropped or left without a head. The evidence of a quote's
rewording is the quoted words its span names, never the cue between two parts; a part
left out at an end is a cut and a written-out contraction no change.
"""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from rich.console import Console

from corrobora.model import Conflict, ConflictKind, Quote, Span
from corrobora.reconcile.wording import reworded, wording_conflict
from corrobora.report import render_terminal
from tests.reconcile.conftest import make_claim
from tests.report.sample import report
from tests.stories import story_facts, write_article


def _coverage(width: int) -> list[str]:
    """The lines of the coverage section of the sample report at ``width`` columns."""
    out = Console(record=True, width=width, file=io.StringIO())
    render_terminal([report()], out)
    lines = out.export_text().splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith("Coverage"))
    end = next(i for i, line in enumerate(lines) if line.startswith("Timeline"))
    return lines[start + 1 : end]


@pytest.mark.parametrize("width", [36, 50, 64, 80, 120])
def test_every_article_has_a_headed_column(width: int) -> None:
    lines = _coverage(width)
    marks = sum(line.count("●") + line.count("·") for line in lines)
    assert marks == 4 * 3  # every fact's cell of every article
    assert all(len(line) <= width for line in lines)
    heads = " ".join(line for line in lines if line.strip().startswith("Fact"))
    if "Harbor Gazette" not in heads:
        assert "Columns are the article numbers" in " ".join(lines)
        assert set(heads.split()) >= {"1", "2", "3"}
    assert "…  " not in heads


def test_outlet_names_head_the_columns_when_they_fit() -> None:
    heads = next(line for line in _coverage(120) if line.strip().startswith("Fact"))
    assert "Harbor Gazette" in heads and "River Times" in heads


# -- the evidence of a quote-wording conflict -------------------------------------------

SAID = (
    '"The river is rising and it is still climbing. If you live by the embankment, move '
    'uphill tonight," said Ines Corla, a spokesperson for the Tarrow Flood Office. '
    '"Take your medicines with you."'
)
RESAID = (
    "“The river is rising and it's still climbing. If you live by the embankment, move "
    "uphill now,” flood office spokeswoman Ines Corla said on Monday."
)


def _wording(folder: Path) -> Conflict:
    """The one quote-wording conflict of the story in ``folder``."""
    (conflict,) = [
        c for f in story_facts(folder) for c in f.conflicts if c.kind is ConflictKind.WORDING
    ]
    return conflict


def test_wording_evidence_is_the_quoted_words_it_spans(tmp_path: Path) -> None:
    first = "The Tarrow burst its banks at Wendle on Monday.\n\n" + SAID
    second = "The Tarrow has burst its banks at Wendle.\n\n" + RESAID
    write_article(tmp_path, "a.txt", "Northwire", "2026-10-12T06:00:00+00:00", first)
    write_article(tmp_path, "b.txt", "Valley Courier", "2026-10-12T09:00:00+00:00", second)
    conflict = _wording(tmp_path)
    # the cut second part and the written-out "it's" are no change
    assert conflict.detail == "“tonight” → “now”"
    bodies = {"tonight": first, "now": second}
    for value in conflict.values:
        (body,) = [b for word, b in bodies.items() if word in value.text]
        assert body[value.span.start : value.span.end] == value.text
        assert "said" not in value.text


def test_whole_parts_at_an_end_are_a_cut() -> None:
    said = "The river is rising fast tonight"
    assert not reworded(said + " and it is still climbing", "The river's rising fast tonight")
    text = f'"{said}," she said. "Take your medicines with you."'
    parts = (Span(1, 1 + len(said)), Span(text.index("Take"), len(text) - 1))
    quote = Quote(
        "a",
        Span(1, len(text) - 1),
        parts,
        said + ". Take your medicines with you.",
        "Ines Corla",
        "ines corla",
        "said",
    )
    other = "The river is rising quickly tonight"
    claim_a = make_claim("a", text, 0)
    claim_b = make_claim("b", f'"{other}," she said.', 0)
    quote_b = Quote(
        "b",
        Span(1, 1 + len(other)),
        (Span(1, 1 + len(other)),),
        other,
        "Ines Corla",
        "ines corla",
        "said",
    )
    conflict = wording_conflict(claim_a, claim_b, [quote], [quote_b], 0.6)
    assert conflict is not None and conflict.detail == "“fast” → “quickly”"
    assert conflict.values[0].text == said and conflict.values[0].span == parts[0]
