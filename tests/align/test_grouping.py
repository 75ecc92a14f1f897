"""Average-linkage grouping: the kept group totals give the groups of the plain definition."""

from __future__ import annotations

import random
from dataclasses import replace
from itertools import combinations

import pytest

from corrobora.align.grouping import group_scored
from corrobora.model import Claim

from ..reconcile.conftest import make_claim


def claims_with_ids(ids: list[str]) -> list[Claim]:
    return [replace(make_claim("a", f"Claim {i} about the harbour.", 0), id=i) for i in ids]


def plain_average_linkage(
    ids: list[str], scored: list[tuple[float, str, str]], threshold: float
) -> list[list[str]]:
    """The definition: merge two groups when the mean over all their pairs reaches it."""
    scored = [item for item in scored if item[0] >= threshold / 2]
    sim = {(a, b): s for s, a, b in scored}
    group_of = {i: i for i in ids}
    members = {i: [i] for i in ids}
    for _score, a, b in scored:
        ga, gb = group_of[a], group_of[b]
        if ga == gb:
            continue
        left, right = members[ga], members[gb]
        total = sum(sim.get((x, y) if x < y else (y, x), 0.0) for x in left for y in right)
        if total / (len(left) * len(right)) < threshold:
            continue
        keep, drop = (ga, gb) if ga < gb else (gb, ga)
        members[keep] = sorted(members[keep] + members.pop(drop))
        for claim_id in members[keep]:
            group_of[claim_id] = keep
    order = {i: n for n, i in enumerate(ids)}
    return sorted(members.values(), key=lambda group: min(order[i] for i in group))


@pytest.mark.parametrize("seed", range(20))
def test_groups_match_the_plain_definition(seed: int) -> None:
    rng = random.Random(seed)
    ids = [f"c{n:03d}" for n in range(rng.randint(5, 60))]
    claims = claims_with_ids(ids)
    density = rng.uniform(0.1, 0.9)
    scored = [
        (round(rng.uniform(0.0, 1.0), 3), a, b)
        for a, b in combinations(ids, 2)
        if rng.random() < density
    ]
    scored.sort(key=lambda item: (-item[0], item[1], item[2]))
    for threshold in (0.1, 0.42, 0.7):
        expected = plain_average_linkage(ids, scored, threshold)
        assert group_scored(claims, scored, threshold) == expected


def test_a_chain_of_close_pairs_does_not_merge_distant_claims() -> None:
    claims = claims_with_ids(["a", "b", "c"])
    scored = [(0.9, "a", "b"), (0.9, "b", "c")]  # a and c share nothing
    assert group_scored(claims, scored, 0.5) == [["a", "b"], ["c"]]
