"""The memoizing encoder: each distinct text encoded once, rows in the order asked."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from corrobora.align.embeddings import Matrix, MemoEncoder
from corrobora.model import Story
from corrobora.pipeline import reconcile_chunk
from corrobora.reconcile import reconcile
from corrobora.settings import ReconcileParams

from ..reconcile.conftest import make_analysis


class CountingEncoder:
    """A stand-in model: a text's vector comes from its length; every call is recorded."""

    name = "counting"

    def __init__(self) -> None:
        self.calls: list[list[str]] = []

    def encode(self, texts: Sequence[str]) -> Matrix:
        self.calls.append(list(texts))
        rows = [[1.0, float(len(text))] for text in texts]
        matrix = np.asarray(rows, dtype=np.float32)
        return matrix / np.linalg.norm(matrix, axis=1, keepdims=True)


def test_each_distinct_text_is_encoded_once_in_one_call():
    inner = CountingEncoder()
    memo = MemoEncoder(inner)
    memo.prepare(["b", "a", "b", "cc"])
    assert inner.calls == [["b", "a", "cc"]]
    rows = memo.encode(["cc", "a", "a"])
    assert inner.calls == [["b", "a", "cc"]]  # all known: no new call
    assert rows.shape == (3, 2)
    np.testing.assert_allclose(rows, inner.encode(["cc", "a", "a"]))


def test_only_new_texts_reach_the_model():
    inner = CountingEncoder()
    memo = MemoEncoder(inner)
    memo.encode(["one", "two"])
    memo.encode(["two", "three", "three"])
    assert inner.calls == [["one", "two"], ["three"]]
    assert memo.encode([]).shape == (0, 0)
    assert memo.name == "counting"


def _stories() -> list[tuple[Story, list, list]]:
    line = "The northern pier was closed by the harbour authority on Monday."
    a = make_analysis("a", "Coast Courier", [line, "Ferries ran late."], day=1)
    b = make_analysis("b", "Harbour Post", [line, "Two cranes were moved."], day=2)
    c = make_analysis("c", "Bay Times", ["The bridge reopened after repairs."], day=3)
    return [(Story("s1", "t", ("a", "b")), [a, b], []), (Story("s2", "t", ("c",)), [c], [])]


def test_a_chunk_of_stories_is_encoded_in_one_call(monkeypatch):
    inner = CountingEncoder()
    monkeypatch.setattr("corrobora.pipeline.load_encoder", lambda setting: inner)
    params = ReconcileParams(embeddings="auto")
    work = [(story, tuple(analyses), tuple(copies)) for story, analyses, copies in _stories()]
    chunked = reconcile_chunk(work, params)
    assert len(inner.calls) == 1
    texts = inner.calls[0]
    assert len(texts) == len(set(texts)) == 4  # the repeated line is encoded once
    # the same reconciliations as one story at a time with the model itself
    alone = [
        reconcile(story, analyses, copies, params, encoder=CountingEncoder())
        for story, analyses, copies in _stories()
    ]
    assert chunked == alone
