import itertools
from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest

from corrobora.cluster import find_copies
from corrobora.cluster.copies import MIN_SHARED_SHINGLES, lsh_threshold
from corrobora.cluster.fingerprint import shingles
from corrobora.model import AnalyzedArticle, CopyLink
from corrobora.settings import ClusterParams

PARAMS = ClusterParams()


def containment(left: frozenset[str], right: frozenset[str]) -> float:
    """Share of the smaller set's shingles found in the other: the oracle the scores meet."""
    return len(left & right) / min(len(left), len(right))


T0 = datetime(2025, 6, 2, 8, 0, tzinfo=UTC)

# A wire story written for these tests (names invented), one paragraph per item.
WIRE = [
    "A freight train carrying grain derailed near the town of Kessling early on Monday, "
    "spilling twelve wagons down an embankment and cutting the main line between the "
    "port and the capital, the national rail operator said.",
    "No one was hurt in the accident, which happened shortly after four in the morning "
    "as the train crossed a bridge over the swollen Ardel river. The driver and his "
    "assistant walked away from the locomotive unharmed, according to the operator.",
    "Engineers were inspecting the bridge on Monday afternoon to find out whether days "
    "of heavy rain had weakened its foundations. Passenger services were replaced by "
    "buses, and the operator warned that repairs could take at least a week.",
    "Local farmers said the spilled wheat would be lost, and environmental officials "
    "asked residents downstream not to draw water from the river until tests were done.",
    "The line carries most of the region's grain exports, and traders said the closure "
    "could delay shipments at the height of the harvest season.",
]
BOILERPLATE = (
    "Sign up for our morning newsletter to get the day's top stories in your inbox. "
    "Follow us on social media and share this article with your friends and family."
)
OTHER_EVENT = (
    "The city council of Marrow Bay voted on Thursday to build a new public library on "
    "the site of the old fish market, ending a debate that had lasted nearly a decade. "
    "The project will cost about forty million, most of it paid by a regional fund, and "
    "construction is expected to start next spring. Opponents had wanted the land to be "
    "used for housing, but the mayor said the library would include study rooms, a "
    "children's wing and a rooftop garden open to everyone."
)
# The same event as WIRE, reported independently in other words.
SAME_EVENT_OTHER_WORDS = (
    "Twelve grain wagons ended up at the foot of an embankment near Kessling on Monday "
    "when a goods train came off the rails on the Ardel bridge before dawn. The crew "
    "escaped without injury. Rail officials blamed nobody yet but said inspectors would "
    "check whether the recent downpours had undermined the structure, and buses now "
    "replace passenger trains on the route. Grain merchants fear export delays during "
    "the harvest, while farmers count the cost of the ruined wheat and residents have "
    "been told to avoid drawing river water."
)


def wire(*paragraphs: int) -> str:
    return "\n\n".join(WIRE[i] for i in paragraphs)


def links_by_id(links: tuple[CopyLink, ...]) -> dict[str, CopyLink]:
    return {link.article_id: link for link in links}


@pytest.fixture
def original(make_article) -> AnalyzedArticle:
    return make_article(
        wire(0, 1, 2, 3, 4), title="Grain train derails", outlet="wire", published=T0
    )


@pytest.mark.parametrize(
    ("variant", "text", "title"),
    [
        # Equal texts share one id, so here the new headline also heads the text.
        (
            "new headline",
            "Derailment cuts vital grain line\n\n" + wire(0, 1, 2, 3, 4),
            "Derailment cuts vital grain line",
        ),
        ("trimmed", wire(0, 1, 2), "Grain train derails"),
        ("cut to the lead", wire(0), "Train derails"),
        ("paragraph added", wire(0, 1, 2, 3, 4) + "\n\nThe bridge was built in 1911.", ""),
        ("boilerplate added", BOILERPLATE + "\n\n" + wire(0, 1, 2, 3, 4) + BOILERPLATE, ""),
        (
            "lightly reworded",
            wire(0, 1, 2, 3, 4)
            .replace("early on Monday", "on Monday morning")
            .replace("No one was hurt", "Nobody was injured")
            .replace("at least a week", "a week or more")
            .replace("Local farmers", "Farmers in the area"),
            "",
        ),
    ],
)
def test_copies_are_marked(make_article, original, variant, text, title):
    copy = make_article(text, title=title, outlet="local", published=T0 + timedelta(hours=3))
    links = find_copies([original, copy], PARAMS)
    assert len(links) == 1, variant
    link = links[0]
    assert (link.article_id, link.copy_of) == (copy.article.id, original.article.id)
    assert PARAMS.copy_threshold <= link.similarity <= 1.0


@pytest.mark.parametrize("text", [OTHER_EVENT, SAME_EVENT_OTHER_WORDS])
def test_independent_reports_are_not_copies(make_article, original, text):
    other = make_article(text, outlet="daily", published=T0 + timedelta(hours=1))
    assert find_copies([original, other], PARAMS) == ()


def test_a_shared_sentence_is_not_a_copy(make_article, original):
    # Another article that quotes one sentence of the wire story inside its own text.
    text = OTHER_EVENT + " " + WIRE[4] + " " + SAME_EVENT_OTHER_WORDS
    other = make_article(text, published=T0 + timedelta(hours=1))
    assert find_copies([original, other], PARAMS) == ()


def test_the_earlier_article_is_the_original_whatever_the_input_order(make_article):
    early = make_article(wire(0, 1, 2, 3), published=T0 + timedelta(hours=1))
    late = make_article(wire(0, 1, 2, 3, 4), published=T0 + timedelta(hours=5))
    for order in ([early, late], [late, early]):
        (link,) = find_copies(order, PARAMS)
        assert (link.article_id, link.copy_of) == (late.article.id, early.article.id)


def test_ties_and_missing_dates_order_by_id_then_dated_first(make_article):
    a = make_article(wire(0, 1, 2, 3), published=T0)
    b = make_article(wire(0, 1, 2, 3, 4), published=T0)
    first, second = sorted([a, b], key=lambda x: x.article.id)
    (link,) = find_copies([b, a], PARAMS)
    assert (link.article_id, link.copy_of) == (second.article.id, first.article.id)

    undated = make_article(wire(0, 1, 2, 3, 4))
    dated = make_article(wire(0, 1, 2, 3), published=T0 + timedelta(days=30))
    (link,) = find_copies([undated, dated], PARAMS)
    assert (link.article_id, link.copy_of) == (undated.article.id, dated.article.id)


def test_a_copy_of_a_copy_points_at_the_article_it_reuses(make_article):
    a = make_article(wire(0, 1, 2, 3, 4), published=T0)
    b = make_article(wire(0, 1, 2, 3) + "\n\n" + OTHER_EVENT, published=T0 + timedelta(hours=1))
    c = make_article(wire(0, 1) + "\n\n" + OTHER_EVENT, published=T0 + timedelta(hours=2))
    sets = {x.article.id: shingles(x.article.text, PARAMS.shingle_words) for x in (a, b, c)}
    # C copies B (the wire's lead and B's own paragraph), too little of A to copy it alone.
    assert containment(sets[c.article.id], sets[a.article.id]) < PARAMS.copy_threshold
    for order in itertools.permutations([a, b, c]):
        links = links_by_id(find_copies(order, PARAMS))
        assert set(links) == {b.article.id, c.article.id}
        assert links[b.article.id].copy_of == a.article.id
        assert links[c.article.id].copy_of == b.article.id
        expected = containment(sets[c.article.id], sets[b.article.id])
        assert links[c.article.id].similarity == pytest.approx(expected)


def test_groups_of_copies_stay_apart(make_article, original):
    copy = make_article(wire(0, 1, 2, 3), published=T0 + timedelta(hours=1))
    other = make_article(OTHER_EVENT, published=T0 - timedelta(hours=1))
    other_copy = make_article(OTHER_EVENT + " " + BOILERPLATE, published=T0 + timedelta(hours=2))
    links = links_by_id(find_copies([other_copy, copy, original, other], PARAMS))
    assert links[copy.article.id].copy_of == original.article.id
    assert links[other_copy.article.id].copy_of == other.article.id
    assert len(links) == 2


def test_duplicates_empty_texts_and_tiny_texts(make_article, original):
    empty = make_article("", published=T0)
    tiny = make_article("A freight train carrying grain derailed.", published=T0 + timedelta(1))
    assert find_copies([original, original, empty, tiny], PARAMS) == ()
    assert find_copies([], PARAMS) == ()


def test_threshold_is_respected(make_article, original):
    half = make_article(wire(0, 1) + " " + OTHER_EVENT, published=T0 + timedelta(hours=1))
    sets = [shingles(x.article.text, 3) for x in (original, half)]
    score = containment(*sets)
    assert len(sets[0] & sets[1]) >= MIN_SHARED_SHINGLES
    strict = ClusterParams(copy_threshold=min(1.0, score + 0.01))
    lenient = ClusterParams(copy_threshold=max(0.0, score - 0.01))
    assert find_copies([original, half], strict) == ()
    assert len(find_copies([original, half], lenient)) == 1


def test_lsh_threshold_allows_texts_twice_as_long():
    # Containment t with one set twice the other's size gives Jaccard t / (3 - t).
    assert lsh_threshold(0.6) == pytest.approx(0.25)
    assert 0.0 < lsh_threshold(0.0) < lsh_threshold(0.9) < 1.0


def test_an_article_id_with_a_new_text_is_fingerprinted_again(make_article, original):
    copy = make_article(wire(0, 1, 2), outlet="local", published=T0 + timedelta(hours=2))
    assert len(find_copies([original, copy], PARAMS)) == 1
    # Same id, another text (as after an edit): the kept fingerprint must not be used.
    edited = replace(copy, article=replace(copy.article, text=OTHER_EVENT))
    assert find_copies([original, edited], PARAMS) == ()
    assert len(find_copies([original, copy], PARAMS)) == 1
