"""``corrobora evaluate``: score corrobora against annotated data in standard formats."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any, Protocol

from ..errors import ConfigError
from ..settings import Settings
from .attributions import evaluate_attributions, evaluate_quotes
from .claims import evaluate_claims
from .copies import evaluate_copies
from .metrics import Evaluation, Score
from .pairs import evaluate_pairs
from .stories import evaluate_stories

__all__ = ["ENCODING_TASKS", "TASKS", "Evaluation", "Score", "run_task"]

Task = Callable[..., Evaluation]

TASKS: Mapping[str, Task] = {
    "stories": evaluate_stories,
    "copies": evaluate_copies,
    "quotes": evaluate_quotes,
    "attributions": evaluate_attributions,
    "pairs": evaluate_pairs,
    "claims": evaluate_claims,
}
"""Evaluation tasks by name."""

ENCODING_TASKS = frozenset({"stories", "pairs", "claims"})
"""Tasks that encode sentences with the embedding model (the others never load it)."""

_OPTIONS: Mapping[str, frozenset[str]] = {
    "stories": frozenset({"topics"}),
    "copies": frozenset(),
    "quotes": frozenset({"limit"}),
    "attributions": frozenset({"limit"}),
    "pairs": frozenset({"limit"}),
    "claims": frozenset({"topics", "mentions"}),
}


class PhasedProgress(Protocol):
    """The progress interface of :mod:`corrobora.api` (start a phase, advance it)."""

    def start(self, label: str, total: int | None) -> None:
        """Begin a phase of ``total`` items."""

    def advance(self, n: int = 1) -> None:
        """``n`` more items are done."""


def run_task(
    task: str,
    data: Path,
    settings: Settings,
    options: Mapping[str, Any] | None = None,
    *,
    progress: PhasedProgress | None = None,
) -> Evaluation:
    """Run the evaluation ``task`` on ``data``.

    Raises:
        ConfigError: unknown task, an option the task does not take, or unusable data.
    """
    if task not in TASKS:
        raise ConfigError(f"unknown evaluation task {task!r}; choose one of: {', '.join(TASKS)}")
    options = dict(options or {})
    extra = sorted(set(options) - _OPTIONS[task])
    if extra:
        raise ConfigError(f"the {task} task does not take the option(s): {', '.join(extra)}")
    return TASKS[task](data, settings, progress=_adapt(progress), **options)


def _adapt(progress: PhasedProgress | None) -> Callable[[int, int], None] | None:
    if progress is None:
        return None
    state = {"done": 0, "started": False}

    def report(done: int, total: int) -> None:
        if not state["started"]:
            progress.start("Evaluating", total)
            state["started"] = True
        if done > state["done"]:
            progress.advance(done - state["done"])
            state["done"] = done

    return report
