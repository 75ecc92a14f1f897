"""Scores shared by every evaluation task: counts, precision, recall, F1.

A task reads annotations in a standard format, runs corrobora on the same texts, and
returns an :class:`Evaluation`: named scores with the counts behind them, plus the
problems met in the data (a malformed line, a missing file), each naming file and line,
so that one bad record is reported while the rest is still scored.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True, slots=True)
class Score:
    """Precision, recall and F1 of one measure, from its counts.

    ``extra`` carries figures that are not P/R/F1 (accuracy, a count of items).
    """

    name: str
    true_positives: float
    false_positives: float
    false_negatives: float
    extra: dict[str, float] = field(default_factory=dict)

    @property
    def precision(self) -> float:
        """Share of predicted items that are right."""
        predicted = self.true_positives + self.false_positives
        return self.true_positives / predicted if predicted else 0.0

    @property
    def recall(self) -> float:
        """Share of gold items that are found."""
        gold = self.true_positives + self.false_negatives
        return self.true_positives / gold if gold else 0.0

    @property
    def f1(self) -> float:
        """Harmonic mean of precision and recall."""
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict[str, Any]:
        """Return the score as plain JSON-ready values."""
        return {
            "name": self.name,
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
            "tp": self.true_positives,
            "fp": self.false_positives,
            "fn": self.false_negatives,
            **{k: round(v, 4) for k, v in self.extra.items()},
        }


def ratio_score(name: str, precision: float, recall: float, items: int) -> Score:
    """Return a Score from averaged precision and recall (e.g. B-cubed) over ``items``.

    The counts are scaled so that precision and recall come out as given.
    """
    tp = precision * recall * items
    fp = tp / precision - tp if precision else float(items)
    fn = tp / recall - tp if recall else float(items)
    return Score(name, tp, fp, fn, {"items": float(items)})


@dataclass(frozen=True, slots=True)
class Evaluation:
    """The outcome of one evaluation task on one data set."""

    task: str
    data: str
    scores: tuple[Score, ...]
    counts: dict[str, int] = field(default_factory=dict)
    problems: tuple[str, ...] = ()
    rules: str = ""

    def as_dict(self) -> dict[str, Any]:
        """Return the evaluation as plain JSON-ready values."""
        return {
            "task": self.task,
            "data": self.data,
            "scores": [s.as_dict() for s in self.scores],
            "counts": dict(self.counts),
            "problems": list(self.problems),
            "rules": self.rules,
        }
