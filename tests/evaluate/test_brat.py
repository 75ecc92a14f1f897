"""Reading brat standoff attribution annotations: lines, offsets, layouts, direct quotes."""

from __future__ import annotations

from pathlib import Path

import pytest

from corrobora.errors import ConfigError
from corrobora.evaluate.brat import is_direct_quote, parse_ann, read_brat
from corrobora.model import Span

SHARED = Path(__file__).resolve().parents[2] / ".." / "shared"
POLNEAR_DEV = SHARED / "data" / "polnear" / "dev"

TEXT = (
    "Budget Talks Stall\n\n"
    "“The bridge will open in May,” the mayor, Ada Quill, told reporters on Monday. "
    "“We are ready.”\n\n"
    "Officials said the cost had doubled.\n"
)


def at(text: str, words: str, nth: int = 0) -> tuple[int, int]:
    """Character offsets of the ``nth`` occurrence of ``words`` in ``text``."""
    start = -1
    for _ in range(nth + 1):
        start = text.index(words, start + 1)
    return start, start + len(words)


def t_line(ident: str, label: str, text: str, *parts: str) -> str:
    """A brat T line for the given words (several words: a discontinuous span)."""
    spans = [at(text, p) for p in parts]
    offsets = ";".join(f"{a} {b}" for a, b in spans)
    return f"{ident}\t{label} {offsets}\t{' '.join(text[a:b] for a, b in spans)}"


def polnear_ann(text: str = TEXT) -> str:
    """Two relations in PolNeAR's shape: a split quote and an indirect statement."""
    return "\n".join(
        [
            t_line("T1", "Content", text, "“The bridge will open in May,”", "“We are ready.”"),
            t_line("T2", "Source", text, "the mayor, Ada Quill,"),
            t_line("T3", "Cue", text, "told"),
            t_line("T4", "Attribution", text, "told"),
            "E1\tAttribution:T4 Content:T1 Cue:T3 Source:T2",
            t_line("T5", "Source", text, "Officials"),
            t_line("T6", "Cue", text, "said"),
            t_line("T7", "Content", text, "the cost had doubled"),
            t_line("T8", "Attribution", text, "said"),
            "E2\tAttribution:T8 Content:T7 Cue:T6 Source:T5",
            t_line("T9", "Discard", text, "Budget Talks Stall"),
            "#1\tAnnotatorNotes T7\ta note",
            "",
        ]
    )


def spans(text: str, *parts: str) -> tuple[Span, ...]:
    return tuple(Span(*at(text, p)) for p in parts)


# --------------------------------------------------------------------------------------
# parse_ann
# --------------------------------------------------------------------------------------


def test_parse_ann_reads_events_with_discontinuous_content() -> None:
    relations, problems, dropped = parse_ann(polnear_ann(), TEXT, "a.ann")
    assert problems == ()
    assert dropped == 0
    assert [r.ident for r in relations] == ["E1", "E2"]
    quote, statement = relations
    assert quote.content == spans(TEXT, "“The bridge will open in May,”", "“We are ready.”")
    assert quote.source == spans(TEXT, "the mayor, Ada Quill,")
    assert quote.cue == spans(TEXT, "told")
    assert quote.line == 5
    assert statement.content == spans(TEXT, "the cost had doubled")


def test_parse_ann_joins_extra_contents_and_keeps_relations_without_source() -> None:
    ann = "\n".join(
        [
            t_line("T1", "Content", TEXT, "“The bridge will open in May,”"),
            t_line("T2", "Content", TEXT, "“We are ready.”"),
            t_line("T3", "Cue", TEXT, "told"),
            "E1\tAttribution-no-source:T3 Content:T1 Content2:T2 Cue:T3",
            "E2\tAttribution-no-source:T3",
        ]
    )
    relations, problems, dropped = parse_ann(ann, TEXT, "a.ann")
    assert problems == ()
    assert dropped == 1
    (relation,) = relations
    assert relation.content == spans(TEXT, "“The bridge will open in May,”", "“We are ready.”")
    assert relation.source == ()
    assert relation.cue == spans(TEXT, "told")


def test_parse_ann_links_r_relations_through_cues() -> None:
    ann = "\n".join(
        [
            t_line("T1", "Source", TEXT, "the mayor, Ada Quill,"),
            t_line("T2", "Cue", TEXT, "told"),
            t_line("T3", "Content", TEXT, "“The bridge will open in May,”"),
            t_line("T4", "Content", TEXT, "“We are ready.”"),
            t_line("T5", "Content", TEXT, "the cost had doubled"),
            "R1\tSpeaker Arg1:T1 Arg2:T2",
            "R2\tContent Arg1:T2 Arg2:T3",
            "R3\tContent Arg1:T4 Arg2:T2",
        ]
    )
    relations, problems, _ = parse_ann(ann, TEXT, "a.ann")
    assert problems == ()
    first, lone = relations
    assert first.content == spans(TEXT, "“The bridge will open in May,”", "“We are ready.”")
    assert first.source == spans(TEXT, "the mayor, Ada Quill,")
    assert first.cue == spans(TEXT, "told")
    assert lone.content == spans(TEXT, "the cost had doubled")
    assert (lone.source, lone.cue) == ((), ())


def test_parse_ann_reports_bad_lines_and_offsets_and_keeps_the_rest() -> None:
    lines = polnear_ann().splitlines()
    lines.insert(2, "this line is not brat")
    lines.append(f"T20\tContent 10 {len(TEXT) + 50}\twhatever")
    lines.append("E9\tAttribution:T8 Content:T20 Cue:T6")
    lines.append("E10\tAttribution:T8 Content:T99")
    lines.append("T21\tContent 30 20\tbackwards")
    relations, problems, _ = parse_ann("\n".join(lines), TEXT, "data/a.ann")
    assert [r.ident for r in relations] == ["E1", "E2"]
    assert problems == (
        "data/a.ann:3: cannot parse the line 'this line is not brat'",
        f"data/a.ann:14: offsets 10-{len(TEXT) + 50} of T20 are beyond the text "
        f"({len(TEXT)} characters)",
        "data/a.ann:17: T21 starts at 30, after its end 20",
        "data/a.ann:16: E10 refers to T99, which is not a text annotation",
    )


def test_parse_ann_reads_words_that_run_over_a_line_break() -> None:
    text = "Intro.\n\n“First line.\nSecond line,” she said.\n"
    a, b = at(text, "“First line.\nSecond line,”")
    ann = (
        f"T1\tContent {a} {b}\t“First line.\nSecond line,”\n"
        + t_line("T2", "Source", text, "she")
        + "\n"
        + t_line("T3", "Cue", text, "said")
        + "\nE1\tAttribution:T3 Content:T1 Cue:T3 Source:T2\n"
    )
    relations, problems, _ = parse_ann(ann, text, "a.ann")
    assert problems == ()
    assert relations[0].content == (Span(a, b),)


def test_parse_ann_converts_utf8_byte_offsets() -> None:
    text = "Café “déjà vu” — Zoë said the ñandú “runs fast.”"
    quote = "“runs fast.”"
    start = len(text[: text.index(quote)].encode("utf-8"))
    end = start + len(quote.encode("utf-8"))
    relations, problems, _ = parse_ann(f"T1\tContent {start} {end}\t{quote}", text, "a.ann")
    assert problems == ()
    assert relations[0].content == spans(text, quote)


def test_parse_ann_reports_words_that_differ_from_the_text() -> None:
    a, b = at(TEXT, "Officials")
    relations, problems, _ = parse_ann(f"T1\tContent {a} {b}\tReporters", TEXT, "a.ann")
    assert problems == (
        "a.ann:1: the words of T1 differ from the text at its offsets (kept as character offsets)",
    )
    assert relations[0].content == (Span(a, b),)


# --------------------------------------------------------------------------------------
# is_direct_quote
# --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "parts", "expected"),
    [
        ("“We are ready.” she said", ["“We are ready.”"], True),
        ('"We are ready," she said', ["We are ready"], True),
        ("He said: «Nous sommes prêts.»", ["Nous sommes prêts."], True),
        ("‘In Their Heads’ was the headline", ["‘In Their Heads’"], True),
        ("“A,” he said. “B.”", ["“A,”", "“B.”"], True),
        ("He said “the plan” was “dead.”", ["“the plan” was “dead.”"], False),
        ("He said the plan was “dead.”", ["the plan was “dead.”"], False),
        ("He said the plan was dead.", ["the plan was dead"], False),
        ('“A " B.” he said', ['“A " B.”'], False),
        ("“One.\n\nTwo.” she said", ["“One.", "Two.”"], True),
        ("“One.” The “two.”", ["“One.", "two.”"], True),
        ("“One,” he said, the two.", ["“One,”", "the two"], False),
        ("Quoted “Q: ‘why?’” he said", ["“Q: ‘why?’”"], True),
    ],
)
def test_is_direct_quote(text: str, parts: list[str], expected: bool) -> None:
    assert is_direct_quote(text, spans(text, *parts)) is expected


def test_is_direct_quote_needs_a_span() -> None:
    assert not is_direct_quote("“x”", ())


# --------------------------------------------------------------------------------------
# read_brat: layouts and malformed folders
# --------------------------------------------------------------------------------------


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_read_brat_pairs_a_flat_folder_and_reports_orphans(tmp_path: Path) -> None:
    write(tmp_path / "one.txt", TEXT)
    write(tmp_path / "one.ann", polnear_ann())
    write(tmp_path / "lonely.txt", "No annotations here.\n")
    write(tmp_path / "stray.ann", "T1\tContent 0 2\tNo\n")
    write(tmp_path / "sub" / "two.txt", TEXT)
    write(tmp_path / "sub" / "two.ann", polnear_ann())
    corpus = read_brat(tmp_path)
    assert [d.name for d in corpus.documents] == ["one", "two"]
    assert corpus.problems == (
        f"{tmp_path / 'stray.ann'}: no .txt file for this annotation file",
        f"{tmp_path / 'lonely.txt'}: no .ann file for this text",
    )
    first = corpus.documents[0]
    assert first.text == TEXT
    assert (first.outlet, first.title) == ("one", "Budget Talks Stall")
    assert corpus.counts["relations"] == 4
    assert corpus.counts["documents"] == 2


def test_read_brat_polnear_layout_uses_the_first_annotator_and_metadata(tmp_path: Path) -> None:
    root = tmp_path / "corpus"
    write(root / "dev" / "text" / "wire_2016-01-02_bridge.txt", TEXT)
    write(root / "dev" / "attributions" / "wire_2016-01-02_bridge_b2.ann", "")
    write(root / "dev" / "attributions" / "wire_2016-01-02_bridge_a1.ann", polnear_ann())
    write(
        root / "metadata.tsv",
        "compartment\tfilename\tpublisher\ttitle\n"
        "dev\twire_2016-01-02_bridge\tthe-wire\tBridge talks stall\n",
    )
    corpus = read_brat(root / "dev")
    (document,) = corpus.documents
    assert document.ann_path.endswith("wire_2016-01-02_bridge_a1.ann")
    assert (document.outlet, document.title) == ("the-wire", "Bridge talks stall")
    assert len(document.attributions) == 2
    assert corpus.counts["other_annotator_files"] == 1
    assert read_brat(root).documents == corpus.documents


def test_read_brat_accepts_one_file_and_a_limit(tmp_path: Path) -> None:
    for name in ("a", "b", "c"):
        write(tmp_path / f"{name}.txt", TEXT)
        write(tmp_path / f"{name}.ann", polnear_ann())
    assert [d.name for d in read_brat(tmp_path / "b.ann").documents] == ["b"]
    assert [d.name for d in read_brat(tmp_path / "c.txt").documents] == ["c"]
    limited = read_brat(tmp_path, limit=2)
    assert [d.name for d in limited.documents] == ["a", "b"]
    assert limited.counts["texts"] == 3


def test_read_brat_reports_undecodable_text(tmp_path: Path) -> None:
    (tmp_path / "bad.txt").write_bytes(b"caf\xe9 au lait")
    write(tmp_path / "bad.ann", "")
    write(tmp_path / "good.txt", TEXT)
    write(tmp_path / "good.ann", polnear_ann())
    corpus = read_brat(tmp_path)
    assert [d.name for d in corpus.documents] == ["good"]
    assert corpus.problems == (f"{tmp_path / 'bad.txt'}: not UTF-8 text (byte 3)",)


def test_read_brat_rejects_missing_or_empty_data(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="does not exist"):
        read_brat(tmp_path / "nowhere")
    write(tmp_path / "notes.md", "nothing of the format")
    with pytest.raises(ConfigError, match=r"no \.txt/\.ann pair"):
        read_brat(tmp_path)
    with pytest.raises(ConfigError, match="limit"):
        read_brat(tmp_path, limit=0)


# --------------------------------------------------------------------------------------
# Real data
# --------------------------------------------------------------------------------------


@pytest.mark.shared
@pytest.mark.skipif(not POLNEAR_DEV.is_dir(), reason="../shared/data/polnear is not available")
def test_read_brat_on_polnear_dev_files() -> None:
    corpus = read_brat(POLNEAR_DEV, limit=3)
    assert len(corpus.documents) == 3
    assert corpus.problems == ()
    for document in corpus.documents:
        assert document.attributions
        for relation in document.attributions:
            for span in (*relation.content, *relation.source, *relation.cue):
                assert span.end <= len(document.text)
    quotes = [
        r for d in corpus.documents for r in d.attributions if is_direct_quote(d.text, r.content)
    ]
    assert quotes
