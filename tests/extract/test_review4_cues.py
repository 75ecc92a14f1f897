""" "add" and "protest" report words only with a clause or a quote, not with a thing."""

from __future__ import annotations

import pytest

from .test_attribution_review import attributions_of


@pytest.mark.parametrize(
    "text",
    [
        "The tax adds 14 cents to a pack of cigarettes.",
        "The tax, which adds 14 cents to a litre of diesel, takes effect on August 1.",
        "The ministry added a clause to the bill.",
        "A large crowd protested outside parliament.",
        "A large crowd protested in Veldmark on Saturday over the government's fuel tax.",
    ],
)
def test_adding_a_thing_or_protesting_credits_no_one(model: str, text: str) -> None:
    assert attributions_of(text, model) == ()


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        ("Vega added that the tax would be repealed.", "add", "the tax would be repealed"),
        ("Vega added the tax would be repealed.", "add", "the tax would be repealed"),
        ('"The tax will be repealed," Vega added.', "add", "The tax will be repealed,"),
        ('Vega added: "The tax will be repealed."', "add", "The tax will be repealed."),
        ("Vega protested that the tax was unfair.", "protest", "the tax was unfair"),
    ],
)
def test_adding_or_protesting_words_still_credits_the_speaker(
    model: str, text: str, cue: str, content: str
) -> None:
    (item,) = attributions_of(text, model)
    assert (item.source, item.cue, item.statement) == ("Vega", cue, True)
    assert item.content.slice(text) == content
