"""Decoded clustering states are kept per process and decoded again when the text changes."""

import json
from datetime import UTC, datetime

import pytest

from corrobora.cluster.features import StoryFeatures
from corrobora.cluster.state import StoryState, outline_from_json, outline_to_json, state_to_json
from corrobora.storystates import DecodedOutlines, DecodedStates


def _state(*ids: str) -> StoryState:
    members = [
        StoryFeatures(
            article_id=article_id,
            published=datetime(2026, 3, day, tzinfo=UTC),
            channels={"words": {"harbour": 0.5, article_id: 0.25}},
            embedding=None,
            blocking_keys=("harbour", article_id),
        )
        for day, article_id in enumerate(ids, start=1)
    ]
    return StoryState.of("s1", members, "g1", len(members))


def _text(state: StoryState) -> str:
    return json.dumps(state_to_json(state))


def test_the_same_text_is_decoded_once() -> None:
    kept = DecodedStates(8)
    text = _text(_state("a", "b"))
    first = kept.state("s1", text)
    assert first.member_ids == ["a", "b"] and first.ref == "s1"
    assert kept.state("s1", text) is first
    assert kept.state("s1", "".join(text)) is first  # an equal string, another object


def test_a_changed_text_or_another_story_is_decoded_again() -> None:
    kept = DecodedStates(8)
    before = kept.state("s1", _text(_state("a", "b")))
    grown = kept.state("s1", _text(_state("a", "b", "c")))
    assert grown is not before and grown.member_ids == ["a", "b", "c"]
    other = kept.state("s2", _text(_state("a", "b")))
    assert other is not before and other.ref == "s2"


def test_the_least_recently_used_state_goes_first() -> None:
    kept = DecodedStates(2)
    texts = [_text(_state(name)) for name in ("a", "b", "c")]
    first = kept.state("s1", texts[0])
    kept.state("s2", texts[1])
    assert kept.state("s1", texts[0]) is first  # s1 used again: s2 is now the oldest
    kept.state("s3", texts[2])
    assert len(kept) == 2
    assert kept.state("s1", texts[0]) is first


@pytest.mark.parametrize("text", ["{not json", "[1, 2]", '{"group": "g"}'])
def test_a_bad_text_is_a_value_error(text: str) -> None:
    with pytest.raises(ValueError):
        DecodedStates(2).state("s1", text)


def test_a_group_size_stored_by_an_older_version_is_ignored() -> None:
    data = json.loads(_text(_state("a1", "a2")))
    assert "group_size" not in data  # counted by the store, so a growing group keeps the text
    decoded = DecodedStates(4).state("s1", json.dumps({**data, "group_size": 99}))
    assert decoded.group_size == 2
    assert decoded.member_ids == ["a1", "a2"]


def test_an_outline_holds_the_members_ids_dates_and_keys_only() -> None:
    state = _state("b", "a")
    written = outline_to_json(state)
    assert all(set(member) == {"id", "published", "keys"} for member in written["members"])
    assert len(json.dumps(written)) < len(_text(state))
    from_outline = outline_from_json("s1", written)
    assert from_outline == state.outline
    assert from_outline.member_ids == ["b", "a"]  # canonical order: b is dated first
    assert outline_from_json("s1", json.loads(_text(state))) == from_outline  # a whole state


def test_outlines_are_kept_like_states() -> None:
    kept = DecodedOutlines(4)
    text = json.dumps(outline_to_json(_state("a", "b")))
    first = kept.outline("s1", text)
    assert kept.outline("s1", text) is first
    assert kept.outline("s1", json.dumps(outline_to_json(_state("a", "c")))) is not first


@pytest.mark.parametrize(
    "text", ["{not json", "[1, 2]", '{"group": "g"}', '{"group": "g", "members": [{"id": "a"}]}']
)
def test_a_bad_outline_is_a_value_error(text: str) -> None:
    with pytest.raises(ValueError):
        DecodedOutlines(2).outline("s1", text)
