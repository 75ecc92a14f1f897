"""Stories go to the reconciling workers in chunks bounded by stories and by articles."""

from __future__ import annotations

import pytest

from corrobora.model import Story
from corrobora.pipeline import StoryWork, story_chunks

from .reconcile.conftest import make_analysis


def _work(sizes: list[int]) -> list[StoryWork]:
    items: list[StoryWork] = []
    for number, size in enumerate(sizes):
        ids = [f"s{number}a{k}" for k in range(size)]
        members = tuple(make_analysis(i, "Coast Courier", ["The pier closed."]) for i in ids)
        items.append((Story(f"s{number}", "t", tuple(ids)), members, ()))
    return items


def _shape(chunks: list[list[StoryWork]]) -> list[list[int]]:
    return [[len(members) for _, members, _ in chunk] for chunk in chunks]


def test_chunks_close_at_the_story_or_the_article_bound():
    work = _work([1, 1, 1, 5, 2, 9, 1, 1])
    assert _shape(list(story_chunks(work, 3, 6))) == [[1, 1, 1], [5], [2], [9], [1, 1]]
    assert _shape(list(story_chunks(work, 16, 64))) == [[1, 1, 1, 5, 2, 9, 1, 1]]
    assert [item for chunk in story_chunks(work, 2, 4) for item in chunk] == work


def test_bounds_below_one_are_refused():
    with pytest.raises(ValueError, match="at least one story"):
        list(story_chunks(_work([1]), 0, 4))
