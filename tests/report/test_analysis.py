"""Renderers of `corrobora analyze`: JSON keys and spans, terminal tables, layered HTML.

The analyses are built by hand over invented text, so every expected value is known.
"""

from __future__ import annotations

import io
import json
import math
from dataclasses import replace
from datetime import UTC, date, datetime
from html.parser import HTMLParser

from hypothesis import given, settings
from hypothesis import strategies as st
from rich.console import Console

from corrobora.model import (
    AnalyzedArticle,
    Article,
    Attribution,
    Claim,
    DateMention,
    EntityKind,
    Mention,
    Modality,
    Quantity,
    Quote,
    SourceKind,
    Span,
)
from corrobora.report import (
    analysis_document,
    render_analysis_html,
    render_analysis_json,
    render_analysis_terminal,
)
from corrobora.report.analysis_html import Mark, layered_html

HOSTILE = '<script>alert("x")</script>'
TEXT = (
    "Port officials said 40 pumps & 3 barges reached Lowmere on Tuesday. "
    '"The dikes will hold," engineer Ivo Marsh said, "at least until May." '
    f"The ferry will not run before June, according to the Tern Valley Courier. {HOSTILE}"
)
AID = "art-lowmere"


def at(phrase: str, occurrence: int = 0) -> Span:
    """The span of the ``occurrence``-th appearance of ``phrase`` in TEXT."""
    start = -1
    for _ in range(occurrence + 1):
        start = TEXT.index(phrase, start + 1)
    return Span(start, start + len(phrase))


def claim(cid: str, span: Span, **fields: object) -> Claim:
    base = Claim(
        id=cid,
        article_id=AID,
        span=span,
        text=span.slice(TEXT),
        sentence=0,
        terms=("term",),
        entity_keys=(),
    )
    return replace(base, **fields)  # type: ignore[arg-type]


S1 = at("Port officials said 40 pumps & 3 barges reached Lowmere on Tuesday.")
S2 = at('"The dikes will hold," engineer Ivo Marsh said, "at least until May."')
S3 = at("The ferry will not run before June, according to the Tern Valley Courier.")
S4 = at(HOSTILE)

PUMPS = Quantity(at("40 pumps"), "40 pumps", 40.0, "pump")
BARGES = Quantity(at("3 barges"), "3 barges", 3.0, "barge")
TUESDAY = DateMention(at("Tuesday"), "Tuesday", date(2025, 3, 4), date(2025, 3, 4))
MAY = DateMention(at("May"), "May", date(2025, 5, 1), date(2025, 5, 31))
JUNE = DateMention(at("June"), "June", None, None)

OFFICIALS = Attribution(
    AID,
    at("Port officials said"),
    at("40 pumps & 3 barges reached Lowmere on Tuesday"),
    "Port officials",
    "port officials",
    SourceKind.ANONYMOUS,
    "say",
)
MARSH = Attribution(
    AID,
    at("engineer Ivo Marsh said"),
    at('The dikes will hold," engineer Ivo Marsh said, "at least until May.'),
    "Ivo Marsh",
    "ivo marsh",
    SourceKind.PERSON,
    "say",
)
COURIER = Attribution(
    AID,
    at("according to the Tern Valley Courier"),
    at("The ferry will not run before June"),
    "the Tern Valley Courier",
    "tern valley courier",
    SourceKind.OUTLET,
    "according to",
)
QUOTE = Quote(
    AID,
    at('The dikes will hold," engineer Ivo Marsh said, "at least until May.'),
    (at("The dikes will hold,"), at("at least until May.")),
    "The dikes will hold, at least until May.",
    "Ivo Marsh",
    "ivo marsh",
    "say",
)
ENTITIES = (
    Mention(at("Lowmere"), "Lowmere", "lowmere", EntityKind.PLACE),
    Mention(at("Ivo Marsh"), "Ivo Marsh", "ivo marsh", EntityKind.PERSON),
    Mention(
        at("the Tern Valley Courier"),
        "the Tern Valley Courier",
        "tern valley courier",
        EntityKind.ORGANIZATION,
    ),
    # Crosses the boundary between the two overlapping claims C4 and C5.
    Mention(at("Courier. <script"), "Courier. <script", 'x"key<>', EntityKind.OTHER),
)
# C4 and C5 overlap on "Courier." on purpose.
CLAIMS = (
    claim(
        "c-pumps",
        S1,
        terms=("pump", "barge", "reach", "lowmere", "tuesday"),
        entity_keys=("lowmere",),
        quantities=(PUMPS, BARGES),
        dates=(TUESDAY,),
        attribution=OFFICIALS,
    ),
    claim(
        "c-dikes",
        S2,
        sentence=1,
        modality=Modality.FUTURE,
        quoted=True,
        dates=(MAY,),
        attribution=MARSH,
    ),
    claim(
        "c-ferry",
        at("The ferry will not run before June"),
        sentence=2,
        negated=True,
        modality=Modality.FUTURE,
        dates=(JUNE,),
        attribution=COURIER,
    ),
    claim("c-courier", at("according to the Tern Valley Courier."), sentence=2),
    claim("c-tail", at("Courier. " + HOSTILE), sentence=3),
)
ARTICLE = Article(
    id=AID,
    text=TEXT,
    title=f"Lowmere floods {HOSTILE}",
    outlet='Courier & "Sons" <b>',
    url="javascript:alert(1)",
    published=datetime(2025, 3, 4, 9, 30, tzinfo=UTC),
    language="en",
    path="in/lowmere.txt",
)
ANALYSIS = AnalyzedArticle(
    article=ARTICLE,
    sentences=(S1, S2, S3, S4),
    mentions=ENTITIES,
    quotes=(QUOTE,),
    attributions=(OFFICIALS, MARSH, COURIER),
    claims=CLAIMS,
    quantities=(PUMPS, BARGES),
    dates=(TUESDAY, MAY, JUNE),
    analyzer="hand-built@1",
)


def shuffled() -> AnalyzedArticle:
    """The same analysis with every list in another order."""
    return replace(
        ANALYSIS,
        sentences=ANALYSIS.sentences[::-1],
        mentions=ANALYSIS.mentions[::-1],
        attributions=ANALYSIS.attributions[::-1],
        claims=ANALYSIS.claims[::-1],
        quantities=ANALYSIS.quantities[::-1],
        dates=ANALYSIS.dates[::-1],
    )


# -- JSON -------------------------------------------------------------------------------


def test_document_keys_are_exact() -> None:
    doc = analysis_document([ANALYSIS])
    assert list(doc) == ["corrobora", "schema", "articles"]
    article = doc["articles"][0]
    assert list(article) == [
        "id",
        "path",
        "outlet",
        "title",
        "url",
        "published",
        "language",
        "analyzer",
        "text_length",
        "counts",
        "sentences",
        "entities",
        "quotes",
        "attributions",
        "claims",
        "quantities",
        "dates",
        "text",
    ]
    assert set(article["entities"][0]) == {"span", "text", "key", "kind"}
    assert set(article["quotes"][0]) == {
        "label",
        "span",
        "parts",
        "text",
        "speaker",
        "speaker_key",
        "cue",
        "direct",
    }
    attribution_keys = {
        "span",
        "content",
        "source",
        "source_key",
        "kind",
        "cue",
        "statement",
        "text",
        "content_text",
    }
    assert set(article["attributions"][0]) == attribution_keys
    first = article["claims"][0]
    assert set(first) == {
        "id",
        "label",
        "span",
        "text",
        "sentence",
        "terms",
        "entity_keys",
        "quantities",
        "dates",
        "predicate",
        "negated",
        "modality",
        "attribution",
        "quoted",
    }
    assert set(first["quantities"][0]) == {"span", "text", "value", "unit"}
    assert set(first["dates"][0]) == {"span", "text", "start", "end"}
    assert set(first["attribution"]) == attribution_keys


def test_document_values() -> None:
    article = analysis_document([ANALYSIS])["articles"][0]
    assert article["id"] == AID
    assert article["path"] == "in/lowmere.txt"
    assert article["published"] == "2025-03-04T09:30:00+00:00"
    assert article["analyzer"] == "hand-built@1"
    assert article["text_length"] == len(TEXT)
    assert article["text"] == TEXT
    assert article["counts"] == {
        "sentences": 4,
        "entities": 4,
        "quotes": 1,
        "attributions": 3,
        "claims": 5,
        "quantities": 2,
        "dates": 3,
    }
    assert article["sentences"][0] == [0, S1.end]
    pumps = article["claims"][0]
    assert pumps["label"] == "C1" and pumps["id"] == "c-pumps"
    assert pumps["modality"] == "asserted" and pumps["negated"] is False
    assert pumps["quantities"][0] == {
        "span": [PUMPS.span.start, PUMPS.span.end],
        "text": "40 pumps",
        "value": 40.0,
        "unit": "pump",
    }
    assert pumps["dates"][0]["start"] == "2025-03-04"
    assert pumps["attribution"]["source_key"] == "port officials"
    assert pumps["attribution"]["kind"] == "anonymous"
    ferry = next(c for c in article["claims"] if c["id"] == "c-ferry")
    assert ferry["negated"] is True and ferry["modality"] == "future"
    assert ferry["dates"][0]["start"] is None and ferry["dates"][0]["end"] is None
    quote = article["quotes"][0]
    assert quote["parts"] == [[p.start, p.end] for p in QUOTE.parts]
    assert quote["speaker_key"] == "ivo marsh" and quote["cue"] == "say"
    courier = article["attributions"][2]
    assert courier["text"] == "according to the Tern Valley Courier"
    assert courier["content_text"] == "The ferry will not run before June"


def test_every_span_slices_to_its_text() -> None:
    article = json.loads(render_analysis_json([ANALYSIS]))["articles"][0]
    text: str = article["text"]

    def cut(span: list[int]) -> str:
        return text[span[0] : span[1]]

    for entity in article["entities"]:
        assert cut(entity["span"]) == entity["text"]
    for item in article["quantities"] + article["dates"]:
        assert cut(item["span"]) == item["text"]
    for attribution in article["attributions"]:
        assert cut(attribution["span"]) == attribution["text"]
        assert cut(attribution["content"]) == attribution["content_text"]
    for c in article["claims"]:
        assert cut(c["span"]) == c["text"]
        for item in c["quantities"] + c["dates"]:
            assert cut(item["span"]) == item["text"]
    for quote in article["quotes"]:
        assert " ".join(cut(p) for p in quote["parts"]) == quote["text"]
    assert [cut(s) for s in article["sentences"]][1].startswith('"The dikes')


def test_json_text_is_the_document_with_spans_on_one_line() -> None:
    text = render_analysis_json([ANALYSIS])
    assert json.loads(text) == analysis_document([ANALYSIS])
    assert f'"span": [{PUMPS.span.start}, {PUMPS.span.end}]' in text
    assert HOSTILE.replace('"', '\\"') in text  # JSON escapes, nothing else


def test_output_does_not_depend_on_input_order() -> None:
    assert render_analysis_json([ANALYSIS]) == render_analysis_json([shuffled()])
    assert render_analysis_html([ANALYSIS]) == render_analysis_html([shuffled()])


def test_spans_beyond_the_text_and_odd_numbers_do_not_break_the_renderers() -> None:
    late = Span(len(TEXT) - 3, len(TEXT) + 20)
    odd = replace(
        ANALYSIS,
        attributions=(replace(COURIER, span=late),),
        quantities=(Quantity(at("40"), "40", math.inf, ""),),
        claims=(claim("c-late", late, text="lost words"),),
    )
    article = json.loads(render_analysis_json([odd]))["articles"][0]
    assert article["attributions"][0]["text"] is None
    assert article["quantities"][0]["value"] is None
    page = render_analysis_html([odd])
    assert "beyond text" in page
    assert visible_runs(page)[0] == TEXT
    out = console()
    render_analysis_terminal([odd], out)
    assert "beyond text" in out.export_text()


# -- HTML -------------------------------------------------------------------------------


class TextRuns(HTMLParser):
    """Collect the text of the highlighted article and the classes over each piece."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.depth = 0
        self.stack: list[set[str]] = []
        self.runs: list[tuple[str, frozenset[str]]] = []
        self.tags: list[tuple[str, dict[str, str | None]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        named = dict(attrs)
        self.tags.append((tag, named))
        classes = set((named.get("class") or "").split())
        if tag == "div" and "analysis-text" in classes:
            self.depth = 1
        elif self.depth and tag == "span":
            self.stack.append(classes)
        elif self.depth:
            self.depth += 1

    def handle_endtag(self, tag: str) -> None:
        if not self.depth:
            return
        if tag == "span" and self.stack:
            self.stack.pop()
        elif tag == "div":
            self.depth -= 1

    def handle_data(self, data: str) -> None:
        if self.depth:
            covering = frozenset().union(*self.stack) if self.stack else frozenset()
            self.runs.append((data, covering))


def parse(page: str) -> TextRuns:
    parser = TextRuns()
    parser.feed(page)
    parser.close()
    return parser


def visible_runs(page: str) -> tuple[str, list[frozenset[str]]]:
    """The article text shown on the page and the classes over each of its characters."""
    runs = parse(page).runs
    text = "".join(data for data, _ in runs)
    classes = [covering for data, covering in runs for _ in data]
    return text, classes


def expected_classes() -> list[set[str]]:
    """What each character of TEXT should be marked as, from the hand-built spans."""
    marks: list[set[str]] = [set() for _ in TEXT]

    def put(span: Span, kind: str) -> None:
        for i in range(span.start, span.end):
            marks[i].add(kind)

    for i, c in enumerate(sorted(CLAIMS, key=lambda c: (c.span, c.id))):
        put(c.span, "cl2" if i % 2 else "cl")
    for a in (OFFICIALS, MARSH, COURIER):
        put(a.span, "at")
    for part in QUOTE.parts:
        put(part, "q")
    for m in ENTITIES:
        put(m.span, "en")
    for q in (PUMPS, BARGES):
        put(q.span, "nu")
    for d in (TUESDAY, MAY, JUNE):
        put(d.span, "da")
    return marks


def test_page_shows_the_exact_text_with_every_character_marked_by_its_spans() -> None:
    text, classes = visible_runs(render_analysis_html([ANALYSIS]))
    assert text == TEXT
    assert [set(c) for c in classes] == expected_classes()
    # The two overlapping claims layer on "Courier." instead of breaking the markup.
    courier = at("Courier.").start
    assert {"cl", "cl2", "en", "at"} <= classes[courier]


def test_hostile_text_is_escaped_and_page_is_self_contained() -> None:
    page = render_analysis_html([ANALYSIS])
    lowered = page.lower()
    assert "<script" not in lowered and "<b>" not in lowered
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in page
    assert 'href="javascript:' not in lowered
    assert '<code class="muted">javascript:alert(1)</code>' in page
    assert "x&quot;key&lt;&gt;" in page
    tags = parse(page).tags
    names = {tag for tag, _ in tags}
    assert not names & {"script", "link", "img", "iframe", "object", "embed", "base", "form"}
    for tag, attrs in tags:
        assert not any(name.startswith("on") for name in attrs), (tag, attrs)
    policy = [a["content"] for t, a in tags if a.get("http-equiv") == "Content-Security-Policy"]
    assert policy and "default-src 'none'" in (policy[0] or "")


def test_page_has_legend_tables_and_offsets() -> None:
    page = render_analysis_html([ANALYSIS])
    assert '<ul class="legend">' in page
    for kind in ("cl", "cl2", "q", "at", "en", "nu", "da", "sb"):
        assert f'<span class="{kind}">' in page
    assert "<h3>Claims (5)</h3>" in page and "<h3>Entities (4)</h3>" in page
    assert f'<td class="span">{S1.start}–{S1.end}</td>' in page
    assert "credited to Port officials (anonymous, &quot;say&quot;)" in page
    assert "date June = ?" in page
    assert "number 40 pumps = 40 pump" in page
    assert 'title="sentence starts · ' in page
    assert 'lang="en"' in page


def test_layered_html_clips_marks_and_keeps_control_characters_one_for_one() -> None:
    text = "a\x00b<c>\nd"
    marks = [Mark(1, 4, "q", "quote"), Mark(3, 99, "en", 'e"'), Mark(2, 2, "nu", "empty")]
    html = layered_html(text, marks)
    shown, classes = visible_runs(f'<div class="analysis-text">{html}</div>')
    assert shown == "a\ufffdb<c>\nd"
    assert [sorted(c) for c in classes] == [
        [],
        ["q"],
        ["q"],
        ["en", "q"],
        ["en"],
        ["en"],
        ["en"],
        ["en"],
    ]
    assert 'title="e&quot;"' in html


@st.composite
def text_and_marks(draw: st.DrawFn) -> tuple[str, list[Mark]]:
    """A short text and marks mostly inside it (some running past its end)."""
    text = draw(st.text(alphabet='ab <&>"\n', max_size=20))
    bound = st.integers(0, len(text) + 2)
    kinds = st.sampled_from(["cl", "q", "en"])
    pairs = draw(st.lists(st.tuples(bound, bound, kinds), max_size=6))
    return text, [Mark(min(a, b), max(a, b), kind, kind) for a, b, kind in pairs]


@settings(max_examples=80, deadline=None)
@given(case=text_and_marks())
def test_layered_html_marks_exactly_the_covered_characters(case: tuple[str, list[Mark]]) -> None:
    text, marks = case
    html = layered_html(text, marks, [Span(0, len(text))])
    shown, classes = visible_runs(f'<div class="analysis-text">{html}</div>')
    assert shown == text
    for i, covering in enumerate(classes):
        assert set(covering) == {m.kind for m in marks if m.start <= i < m.end}


def test_several_articles_get_a_table_of_contents_and_empty_input_a_page() -> None:
    other = replace(ANALYSIS, article=replace(ARTICLE, id="art-2", title="Second"))
    page = render_analysis_html([ANALYSIS, other])
    assert '<a href="#article-2">Second</a>' in page
    assert 'id="article-1-C1"' in page and 'id="article-2-C1"' in page
    empty = render_analysis_html([])
    assert "No articles." in empty and "Content-Security-Policy" in empty


# -- terminal ---------------------------------------------------------------------------


def console() -> Console:
    return Console(record=True, width=160, file=io.StringIO())


def test_terminal_header_and_tables() -> None:
    out = console()
    render_analysis_terminal([ANALYSIS], out)
    text = out.export_text()
    assert f"Lowmere floods {HOSTILE}" in text
    assert "4 sentences · 4 entities · 1 quote · 3 attributions · 5 claims" in text
    meta = 'Courier & "Sons" <b> · 2025-03-04 09:30 UTC · en · in/lowmere.txt · article art-lowmere'
    assert meta in text
    for title in ("Entities", "Quotes", "Attributions", "Claims"):
        assert title in text
    lines = text.splitlines()
    c1 = next(line for line in lines if line.strip().startswith("C1 "))
    assert f"{S1.start}–{S1.end}" in c1
    assert any("negated" in line for line in lines)
    assert any("date Tuesday = 2025-03-04" in line for line in lines)
    assert any(f"parts {QUOTE.parts[0].start}–{QUOTE.parts[0].end}" in line for line in lines)
    assert any("tern valley courier" in line for line in lines)


def test_terminal_prints_brackets_literally_and_handles_no_articles() -> None:
    bracketed = replace(ANALYSIS, article=replace(ARTICLE, title="[bold]Not markup[/bold]"))
    out = console()
    render_analysis_terminal([bracketed], out)
    assert "[bold]Not markup[/bold]" in out.export_text()
    empty = console()
    render_analysis_terminal([], empty)
    assert "No articles." in empty.export_text()


def test_an_act_is_marked_in_every_renderer() -> None:
    act = replace(COURIER, statement=False)
    analysis = replace(ANALYSIS, attributions=(OFFICIALS, act))
    document = analysis_document([analysis])
    flags = {a["cue"]: a["statement"] for a in document["articles"][0]["attributions"]}
    assert flags == {"say": True, COURIER.cue: False}
    assert render_analysis_html([analysis]).count("an act: no origin") == 1
    out = console()
    render_analysis_terminal([analysis], out)
    assert out.export_text().count("an act: no origin") == 1
    assert "an act: no origin" not in render_analysis_html([ANALYSIS])


def test_a_narrow_terminal_wraps_the_credited_statement() -> None:
    out = Console(record=True, width=80, file=io.StringIO())
    render_analysis_terminal([ANALYSIS], out)
    table = out.export_text().split("Attributions", 1)[1].split("Claims", 1)[0]
    words = " ".join(table.split())
    for credited in ("reached Lowmere on Tuesday", "ferry will not run before June"):
        assert all(word in words for word in credited.split()), credited
