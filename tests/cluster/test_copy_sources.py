"""A copy points at the earlier article it reuses, not at the earliest of a chain."""

from __future__ import annotations

import itertools
from datetime import UTC, datetime, timedelta

import pytest

from corrobora.chains import chain_end, links_above
from corrobora.cluster import find_copies
from corrobora.cluster.fingerprint import shingles
from corrobora.model import CopyLink
from corrobora.settings import ClusterParams

PARAMS = ClusterParams()
T0 = datetime(2024, 9, 14, 7, 0, tzinfo=UTC)

# An operator's statement, as a first outlet ran it (names invented).
STATEMENT = (
    "Norvane Power said on Friday that the repair of the damaged pipeline near Brell would "
    'take about ten days, depending on the tides. "Divers have located the leak and a '
    "replacement section is being shipped from the yard at Ostmar. Work will begin as soon "
    'as the harbour authority grants the permits," Norvane Power said in a statement.'
)
# A second outlet's own account, which then reproduces the statement.
OWN_ACCOUNT = (
    "The Brell pipeline, which carries fuel from the coastal terminal to three inland "
    "towns, has been shut since Wednesday after a fishing trawler dragged its anchor across "
    "the seabed. Filling stations in the valley have started to ration diesel, and the "
    "regional council has asked drivers to avoid unnecessary journeys until supplies return."
)
FOLLOW_UP = (
    '"Divers have located the leak and a replacement section is being shipped from the '
    'yard at Ostmar. Work will begin as soon as the harbour authority grants the permits," '
    "Norvane Power said in a statement."
)
# A third outlet runs the second outlet's account word for word, with one line of its own.
OWN_LINE = "Bus operators said they would add extra services for commuters next week."


# What a rewrite of the statement adds in its own words.
REWRITE = (
    "Fishermen in the bay said the leak had left an oily sheen along the northern shore, "
    "and the coastguard has closed two slipways while a cleanup crew works through the night."
)


def _links(articles: list) -> dict[str, CopyLink]:
    return {link.article_id: link for link in find_copies(articles, PARAMS)}


def _containment(left: str, right: str) -> float:
    a, b = shingles(left, PARAMS.shingle_words), shingles(right, PARAMS.shingle_words)
    return len(a & b) / min(len(a), len(b))


def test_a_repost_of_an_accounts_own_words_points_at_that_account(make_article) -> None:
    first = make_article(STATEMENT, outlet="Harbour Post", published=T0)
    second_text = OWN_ACCOUNT + "\n\n" + FOLLOW_UP
    second = make_article(second_text, outlet="Valley News", published=T0 + timedelta(hours=20))
    third_text = OWN_ACCOUNT + "\n\n" + OWN_LINE
    third = make_article(third_text, outlet="Ridge Wire", published=T0 + timedelta(hours=26))
    # the third reuses the second's own words, hardly any of the first's
    assert _containment(third_text, STATEMENT) < PARAMS.copy_threshold
    assert _containment(second_text, STATEMENT) >= PARAMS.copy_threshold
    for order in itertools.permutations([first, second, third]):
        links = _links(list(order))
        assert links[third.article.id].copy_of == second.article.id
        assert links[third.article.id].similarity == pytest.approx(
            _containment(third_text, second_text)
        )
        assert links[third.article.id].similarity >= PARAMS.copy_threshold


def test_a_repost_of_a_repost_of_the_original_words_points_at_the_original(make_article) -> None:
    first = make_article(OWN_ACCOUNT + "\n\n" + FOLLOW_UP, published=T0)
    padded = OWN_ACCOUNT + "\n\n" + FOLLOW_UP + "\n\n" + OWN_LINE
    second = make_article(padded, published=T0 + timedelta(hours=1))
    third = make_article(OWN_ACCOUNT, published=T0 + timedelta(hours=2))
    links = _links([third, second, first])
    # the third holds nothing the second added: it copies the first as much as the second
    assert links[third.article.id].copy_of == first.article.id
    assert links[second.article.id].copy_of == first.article.id


def test_an_article_is_no_copy_of_one_it_shares_nothing_with(make_article) -> None:
    # the later article joins the two earlier ones, which have nothing in common
    account = make_article(OWN_ACCOUNT, published=T0)
    statement = make_article(STATEMENT, published=T0 + timedelta(hours=1))
    both = OWN_ACCOUNT + "\n\n" + STATEMENT + "\n\n" + OWN_LINE
    joined = make_article(both, published=T0 + timedelta(hours=2))
    links = _links([joined, statement, account])
    assert set(links) == {joined.article.id}
    assert links[joined.article.id].similarity >= PARAMS.copy_threshold


def test_an_article_two_copies_hold_in_common_ties_them(make_article) -> None:
    # the second rewrote most of the first; a third copies the lead both kept
    first = make_article(STATEMENT + "\n\n" + OWN_ACCOUNT, published=T0)
    kept = STATEMENT.split('"')[0]
    second_text = kept + "\n\n" + OWN_LINE + " " + REWRITE
    second = make_article(second_text, published=T0 + timedelta(hours=1))
    third = make_article(kept, published=T0 + timedelta(hours=2))
    assert _containment(second_text, STATEMENT + "\n\n" + OWN_ACCOUNT) < PARAMS.copy_threshold
    links = _links([third, second, first])
    assert links[second.article.id].copy_of == first.article.id
    assert links[third.article.id].copy_of == first.article.id


def test_a_chain_of_links_ends_at_its_root_and_never_loops() -> None:
    parent = {"c": "b", "b": "a", "x": "y", "y": "x"}
    assert list(links_above(parent, "c")) == ["b", "a"]
    assert chain_end(parent, "c") == "a"
    assert list(links_above(parent, "x")) == ["y", "x"]
