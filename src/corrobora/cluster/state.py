"""What a store keeps of a story to cluster new articles against it later.

A :class:`StoryState` holds the clustering views of the story's members (so new
articles can be scored against them, see :mod:`corrobora.cluster.linkage`), its period,
its most common blocking keys (so new articles find it) and the name of the linked
group it belongs to (so that the whole group can be clustered again when an article
links to it, see :mod:`corrobora.cluster.incremental`).

The stored form (:func:`state_to_json`) holds the members and the group's name only, not
the group's size, so that a story whose members stay the same keeps the same stored text
while its group grows around it: it is neither written nor decoded again. The store
counts a group's articles when they are needed (``Store.articles_under_keys``).

A :class:`StoryOutline` is the part of a state that finding candidates needs: the
group and each member's id, date and blocking keys, without the word vectors. It is
stored beside the state (:func:`outline_to_json`, about a fifteenth of its size), so an
incremental batch reads the outlines of the many stories its articles could meet and
decodes the whole state only of the few whose members it scores.
"""

from __future__ import annotations

import sys
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from .features import StoryFeatures
from .linkage import canonical_order, moment_of

#: Blocking keys kept per story: those most of its members carry.
STORY_KEYS = 64
#: Prefix of the blocking key every story of one linked group is posted under.
GROUP_KEY_PREFIX = "g:"


@dataclass(slots=True)
class StoryState:
    """One story as clustering sees it.

    Attributes:
        ref: the story's id (or a provisional name until ids are chosen).
        members: the members' clustering views, in canonical order.
        group: the name of the linked group the story belongs to.
        group_size: how many articles that group holds, as far as known here (at least
            the story's own members; not stored, see the module's note).
        first: publication time of the earliest dated member (UTC), or None.
        last: that of the latest dated member, or None.
        keys: the :data:`STORY_KEYS` blocking keys most members carry, with counts.
    """

    ref: str
    members: list[StoryFeatures]
    group: str
    group_size: int = 0
    first: datetime | None = None
    last: datetime | None = None
    keys: Counter[str] = field(default_factory=Counter)

    @classmethod
    def of(
        cls, ref: str, members: Sequence[StoryFeatures], group: str, group_size: int = 0
    ) -> StoryState:
        """The state of a story made of ``members``."""
        ordered = sorted({item.article_id: item for item in members}.values(), key=canonical_order)
        moments = [moment for moment in map(moment_of, ordered) if moment is not None]
        keys: Counter[str] = Counter()
        for item in ordered:
            keys.update(set(item.blocking_keys))
        ranked = sorted(keys.items(), key=lambda item: (-item[1], item[0]))[:STORY_KEYS]
        return cls(
            ref=ref,
            members=ordered,
            group=group,
            group_size=max(group_size, len(ordered)),
            first=min(moments) if moments else None,
            last=max(moments) if moments else None,
            keys=Counter(dict(ranked)),
        )

    @property
    def member_ids(self) -> list[str]:
        """The members' article ids, in canonical order."""
        return [item.article_id for item in self.members]

    @property
    def outline(self) -> StoryOutline:
        """The story as candidate search sees it."""
        return StoryOutline(
            self.ref,
            self.group,
            tuple(MemberOutline(m.article_id, m.published, m.blocking_keys) for m in self.members),
        )

    @property
    def posting_keys(self) -> list[str]:
        """The keys the story is found under: its blocking keys and its group's key."""
        return [*sorted(self.keys), group_key(self.group)]


@dataclass(frozen=True, slots=True)
class MemberOutline:
    """What candidate search needs of a stored member: its id, date and blocking keys."""

    article_id: str
    published: datetime | None
    blocking_keys: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class StoryOutline:
    """A stored story as candidate search sees it: its group and its members' outlines.

    Attributes:
        ref: the story's id.
        group: the name of the linked group the story belongs to.
        members: its members' outlines, in canonical order.
    """

    ref: str
    group: str
    members: tuple[MemberOutline, ...]

    @property
    def member_ids(self) -> list[str]:
        """The members' article ids, in canonical order."""
        return [item.article_id for item in self.members]


def group_key(group: str) -> str:
    """The blocking key every story of the linked group ``group`` is posted under."""
    return GROUP_KEY_PREFIX + group


def _time_to_json(moment: datetime | None) -> str | None:
    return None if moment is None else moment.isoformat()


def _time_from_json(value: str | None) -> datetime | None:
    return None if value is None else datetime.fromisoformat(value)


def features_to_json(features: StoryFeatures) -> dict[str, Any]:
    """A clustering view as plain JSON values (floats kept exactly)."""
    return {
        "id": features.article_id,
        "published": _time_to_json(features.published),
        "channels": {channel: dict(vector) for channel, vector in features.channels.items()},
        "embedding": None if features.embedding is None else list(features.embedding),
        "keys": list(features.blocking_keys),
    }


def features_from_json(data: Mapping[str, Any]) -> StoryFeatures:
    """The view :func:`features_to_json` wrote (``KeyError``, ``TypeError`` when malformed)."""
    embedding = data["embedding"]
    return StoryFeatures(
        article_id=str(data["id"]),
        published=_time_from_json(data["published"]),
        channels={
            str(channel): {str(key): float(value) for key, value in vector.items()}
            for channel, vector in data["channels"].items()
        },
        embedding=None if embedding is None else tuple(float(value) for value in embedding),
        blocking_keys=tuple(str(key) for key in data["keys"]),
    )


def state_to_json(state: StoryState) -> dict[str, Any]:
    """A state as plain JSON values: its group's name and its members (not the group's size)."""
    return {
        "group": state.group,
        "members": [features_to_json(item) for item in state.members],
    }


def state_from_json(ref: str, data: Mapping[str, Any]) -> StoryState:
    """The state :func:`state_to_json` wrote, under the story id ``ref``.

    A ``group_size`` an older version stored is ignored: it is counted by the store now.

    Raises:
        ValueError: the data is not a state (a missing or mistyped field).
    """
    try:
        members = [features_from_json(item) for item in data["members"]]
        return StoryState.of(ref, members, str(data["group"]))
    except (KeyError, TypeError, AttributeError, ValueError) as error:
        raise ValueError(f"not a story state: {error}") from None


def outline_to_json(state: StoryState) -> dict[str, Any]:
    """The outline of a state as plain JSON values (the members' fields as in the state)."""
    return {
        "group": state.group,
        "members": [
            {
                "id": item.article_id,
                "published": _time_to_json(item.published),
                "keys": list(item.blocking_keys),
            }
            for item in state.members
        ],
    }


def outline_from_json(ref: str, data: Mapping[str, Any]) -> StoryOutline:
    """The outline :func:`outline_to_json` wrote (or that of a whole stored state).

    The blocking keys are interned: many outlines are kept decoded at once, and their
    members share most keys.

    Raises:
        ValueError: the data is not an outline (a missing or mistyped field).
    """
    try:
        members = sorted(
            (
                MemberOutline(
                    str(item["id"]),
                    _time_from_json(item["published"]),
                    tuple(sys.intern(str(key)) for key in item["keys"]),
                )
                for item in data["members"]
            ),
            key=canonical_order,
        )
        return StoryOutline(ref, str(data["group"]), tuple(members))
    except (KeyError, TypeError, AttributeError, ValueError) as error:
        raise ValueError(f"not a story outline: {error}") from None
