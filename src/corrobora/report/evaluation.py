"""Rendering of evaluation results (``corrobora evaluate``): a terminal table or JSON."""

from __future__ import annotations

import json

from rich import box
from rich.console import Console
from rich.table import Table
from rich.text import Text

from ..evaluate.metrics import Evaluation

_SHOWN_PROBLEMS = 20


def render_evaluation_json(evaluation: Evaluation) -> str:
    """Return the evaluation as an indented JSON document."""
    return json.dumps(evaluation.as_dict(), indent=2, ensure_ascii=False)


def render_evaluation_terminal(evaluation: Evaluation, console: Console) -> None:
    """Print the scores, the counts behind them and any problems met in the data."""
    console.print(Text(f"{evaluation.task} on {evaluation.data}", style="bold"))
    if evaluation.counts:
        counts = ", ".join(f"{k}: {v}" for k, v in evaluation.counts.items())
        console.print(Text(counts, style="dim"))
    table = Table(box=box.SIMPLE_HEAD)
    for name in ("Measure", "Precision", "Recall", "F1", "TP", "FP", "FN", "Other"):
        table.add_column(name, justify="left" if name in ("Measure", "Other") else "right")
    for score in evaluation.scores:
        other = ", ".join(
            f"{k} {v:.3f}" if v % 1 else f"{k} {v:.0f}" for k, v in score.extra.items()
        )
        table.add_row(
            Text(score.name),
            f"{score.precision:.3f}",
            f"{score.recall:.3f}",
            f"{score.f1:.3f}",
            _count(score.true_positives),
            _count(score.false_positives),
            _count(score.false_negatives),
            Text(other),
        )
    console.print(table)
    if evaluation.rules:
        console.print(Text(f"Rules: {evaluation.rules}", style="dim"))
    if evaluation.problems:
        console.print(Text(f"{len(evaluation.problems)} problem(s) in the data:", style="yellow"))
        for problem in evaluation.problems[:_SHOWN_PROBLEMS]:
            console.print(Text(f"  {problem}"))
        hidden = len(evaluation.problems) - _SHOWN_PROBLEMS
        if hidden > 0:
            console.print(Text(f"  ... and {hidden} more (see --json)", style="dim"))


def _count(value: float) -> str:
    return f"{value:.0f}" if value == int(value) else f"{value:.1f}"
