from pathlib import Path

import pytest

from corrobora.evaluate.incremental import evaluate_incremental
from corrobora.settings import Settings

from .test_stories import write_corpus


@pytest.mark.parametrize("batch_size", [1, 2, 50])
def test_incremental_and_batch_agree_on_a_tiny_corpus(tmp_path: Path, batch_size: int) -> None:
    root = write_corpus(tmp_path / "corpus")
    evaluation = evaluate_incremental(root, Settings(), batch_size=batch_size, seed=3)
    names = [score.name for score in evaluation.scores]
    assert names == ["agreement (B-cubed)", "batch vs gold", "incremental vs gold"]
    agreement = evaluation.scores[0]
    assert 0.0 < agreement.f1 <= 1.0
    counts = evaluation.counts
    assert counts["batch size"] == batch_size
    assert counts["articles"] > 0
    if batch_size >= counts["articles"]:
        # One batch holding everything is the batch run, in another order of arrival
        # inside it: both are taken in publication order, so they are identical.
        assert agreement.f1 == pytest.approx(1.0)


def test_batch_size_must_be_positive(tmp_path: Path) -> None:
    root = write_corpus(tmp_path / "corpus")
    with pytest.raises(ValueError, match="batch_size"):
        evaluate_incremental(root, Settings(), batch_size=0)
