"""The stories task: the ECB+ reader, label blindness, and scoring on tiny folders."""

from __future__ import annotations

import re
from pathlib import Path
from xml.sax.saxutils import escape

import pytest

from corrobora.errors import ConfigError
from corrobora.evaluate.ecbplus import (
    QuoteState,
    detokenize,
    parse_ecb_tokens,
    read_ecbplus,
    sentences_to_article,
)
from corrobora.evaluate.stories import evaluate_stories
from corrobora.settings import Settings

SHARED = Path(__file__).resolve().parents[2] / ".." / "shared"
ECBPLUS = SHARED / "data" / "ecbplus" / "raw_xml"

_TOKEN = re.compile(r"n't|'s|\w+(?:[.-]\w+)*|[^\w\s]")


def ecb_xml(sentences: list[str], *, url: str | None = None) -> str:
    """An ECB+-style document: one token element per token, sentence 0 the URL if given."""
    rows = ([url] if url else []) + sentences
    tokens = []
    t_id = 1
    for number, sentence in enumerate(rows):
        words = re.findall(r"[\w.]+|[^\w\s]", sentence) if url and number == 0 else None
        for position, token in enumerate(words or _TOKEN.findall(sentence)):
            tokens.append(
                f'<token t_id="{t_id}" sentence="{number}" number="{position}">'
                f"{escape(token)}</token>"
            )
            t_id += 1
    return (
        '<Document doc_name="x.xml" doc_id="DOC1">\n'
        + "\n".join(tokens)
        + "\n<Markables>\n</Markables>\n<Relations>\n</Relations>\n</Document>\n"
    )


FLOOD = [
    "River Tamsel floods the village of Orrinby after three days of rain.",
    "The river rose two metres overnight and water entered forty homes in Orrinby.",
    "Residents were moved to the school hall, the mayor Edda Varsk said.",
    "No one was hurt, but the main road to Orrinby is closed.",
]
FLOOD_2 = [
    "Orrinby homes under water as the Tamsel bursts its banks.",
    "Forty houses in the village were flooded when the Tamsel rose after heavy rain.",
    "Mayor Edda Varsk said families spent the night in the school hall.",
    "The road into Orrinby remains closed.",
]
FIRE = [
    "Fire destroys the old mill at Orrinby.",
    "A fire broke out at the disused Orrinby grain mill late on Friday.",
    "Firefighters from three stations fought the blaze for six hours.",
    "The cause of the fire is not known, fire chief Corin Abelard said.",
]
FIRE_2 = [
    "Blaze guts historic Orrinby grain mill.",
    "The grain mill in Orrinby burned down on Friday night.",
    "Fire chief Corin Abelard said crews from three stations needed six hours to put it out.",
    "Investigators will examine the cause of the blaze.",
]
CHESS = [
    "Lisbeth Harrowgate wins the Kelmar chess open.",
    "Harrowgate beat the defending champion Tomas Ulberg in the final round in Kelmar.",
    "The win earns her a place in the national championship.",
]
CHESS_2 = [
    "Harrowgate takes Kelmar chess title.",
    "Lisbeth Harrowgate won the Kelmar open after defeating Tomas Ulberg in the last round.",
    "She qualifies for the national championship with the win.",
]


def write_corpus(root: Path) -> Path:
    """Two topics: 7 (flood vs fire in one village) and 9 (chess, one event only)."""
    (root / "7").mkdir(parents=True)
    (root / "9").mkdir(parents=True)
    (root / "7" / "7_1ecb.xml").write_text(ecb_xml(FLOOD), encoding="utf-8")
    (root / "7" / "7_2ecb.xml").write_text(ecb_xml(FLOOD_2), encoding="utf-8")
    (root / "7" / "7_1ecbplus.xml").write_text(
        ecb_xml(FIRE, url="http://www.example.org/news/mill-fire.html"), encoding="utf-8"
    )
    (root / "7" / "7_2ecbplus.xml").write_text(
        ecb_xml(FIRE_2, url="http://www.example.org/news/mill-blaze.html"), encoding="utf-8"
    )
    (root / "9" / "9_1ecb.xml").write_text(ecb_xml(CHESS), encoding="utf-8")
    (root / "9" / "9_2ecb.xml").write_text(ecb_xml(CHESS_2), encoding="utf-8")
    return root


# --- detokenization -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("tokens", "text"),
    [
        (["He", "did", "n't", "go", ",", "she", "said", "."], "He didn't go, she said."),
        (["The", "mayor", "'s", "office", "(", "east", ")"], "The mayor's office (east)"),
        (["a", "15", "-", "year", "-", "old", "on", "11", "/", "30"], "a 15-year-old on 11/30"),
        (["at", "05", ":", "40", "PM", ":", "ok"], "at 05:40 PM: ok"),
        (["``", "Yes", ",", "''", "he", "said"], '"Yes," he said'),
        (["Lohan", "’", "s", "lawyer"], "Lohan’s lawyer"),
        (["costs", "$", "5", "or", "10", "%"], "costs $5 or 10%"),
        (["“", "We", "won", "”", "."], "“We won”."),
    ],
)
def test_detokenize(tokens: list[str], text: str) -> None:
    assert detokenize(tokens) == text


def test_straight_quotes_open_and_close_across_sentences() -> None:
    state = QuoteState()
    first = detokenize(['"', "We", "will", "stay", "."], state)
    second = detokenize(["It", "is", "home", ".", '"', "she", "said"], state)
    assert first == '"We will stay.'
    assert second == 'It is home." she said'


# --- reading ------------------------------------------------------------------------


def test_tokens_are_grouped_by_sentence_in_order() -> None:
    xml = (
        '<Document><token t_id="3" sentence="1" number="0">Second</token>'
        '<token t_id="2" sentence="0" number="1">one</token>'
        '<token t_id="1" sentence="0" number="0">First</token></Document>'
    )
    assert parse_ecb_tokens(xml.encode()) == [["First", "one"], ["Second"]]


def test_malformed_xml_names_the_position() -> None:
    with pytest.raises(ValueError, match=r"not well-formed XML \(line 1, column \d+\)"):
        parse_ecb_tokens(b'<Document><token t_id="1" sentence="0">A</Document>')


def test_token_without_sentence_is_an_error() -> None:
    with pytest.raises(ValueError, match="token 4 has no numeric sentence"):
        parse_ecb_tokens(b'<Document><token t_id="4">A</token></Document>')


def test_url_sentence_is_dropped_and_title_is_the_first_sentence() -> None:
    url = ["http", ":", "/", "/", "www", ".", "example", ".", "org", "/", "a", ".", "html"]
    article = sentences_to_article([url, ["Mill", "burns"], ["It", "burned", "."]])
    assert article is not None
    assert article.title == "Mill burns"
    assert article.text == "Mill burns\nIt burned."
    assert sentences_to_article([url]) is None


def test_reader_labels_and_blind_articles(tmp_path: Path) -> None:
    root = write_corpus(tmp_path / "corpus")
    corpus = read_ecbplus(root)
    assert corpus.topics == ("7", "9")
    assert corpus.problems == ()
    names = [document.name for document in corpus.documents]
    assert names[:2] == ["7/7_1ecb.xml", "7/7_1ecbplus.xml"]
    stories = {document.name: document.story for document in corpus.documents}
    assert stories["7/7_2ecbplus.xml"] == "7/ecbplus"
    assert stories["9/9_2ecb.xml"] == "9/ecb"
    for document in corpus.documents:
        article = document.article
        assert "http" not in article.text
        assert article.url is None
        assert article.path is None
        assert article.published is None
        stem = Path(document.name).stem
        assert stem not in article.outlet
        assert "ecb" not in article.outlet
        assert re.fullmatch(r"doc-[0-9a-f]{8}", article.outlet)
    fire = next(d for d in corpus.documents if d.name == "7/7_1ecbplus.xml").article
    assert fire.title == FIRE[0]
    assert fire.text.splitlines()[1] == FIRE[1]


def test_reader_reports_bad_files_and_keeps_the_rest(tmp_path: Path) -> None:
    root = write_corpus(tmp_path / "corpus")
    (root / "7" / "7_3ecb.xml").write_text("<Document><token>unclosed", encoding="utf-8")
    (root / "7" / "notes.xml").write_text(ecb_xml(["A note."]), encoding="utf-8")
    corpus = read_ecbplus(root)
    assert len(corpus.documents) == 6
    assert len(corpus.problems) == 2
    assert any("7_3ecb.xml: not well-formed XML (line 1" in p for p in corpus.problems)
    assert any("notes.xml: the name does not end in ecb.xml" in p for p in corpus.problems)


def test_reader_topics_option(tmp_path: Path) -> None:
    root = write_corpus(tmp_path / "corpus")
    corpus = read_ecbplus(root, topics="9, 44")
    assert corpus.topics == ("9",)
    assert {d.topic for d in corpus.documents} == {"9"}
    assert corpus.problems == (f"{root}: topic '44' is not a folder of XML files there",)
    with pytest.raises(ConfigError, match="none of the topics 44"):
        read_ecbplus(root, topics=["44"])


def test_reader_errors_for_unusable_paths(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="does not exist"):
        read_ecbplus(tmp_path / "missing")
    (tmp_path / "empty" / "1").mkdir(parents=True)
    with pytest.raises(ConfigError, match="holds no ECB\\+ XML files"):
        read_ecbplus(tmp_path / "empty")


def test_one_topic_folder_can_be_given_directly(tmp_path: Path) -> None:
    root = write_corpus(tmp_path / "corpus")
    corpus = read_ecbplus(root / "9")
    assert corpus.topics == ("9",)
    assert [d.name for d in corpus.documents] == ["9_1ecb.xml", "9_2ecb.xml"]


# --- the task -----------------------------------------------------------------------


def test_evaluate_stories_on_a_tiny_corpus(tmp_path: Path) -> None:
    root = write_corpus(tmp_path / "corpus")
    (root / "9" / "9_3ecb.xml").write_text("<Document>", encoding="utf-8")
    # The same text under another name is one article, so it shares its story.
    (root / "9" / "9_4ecb.xml").write_text(ecb_xml(CHESS), encoding="utf-8")
    calls: list[tuple[int, int]] = []
    evaluation = evaluate_stories(root, Settings(), progress=lambda d, t: calls.append((d, t)))
    assert evaluation.task == "stories"
    assert evaluation.counts["documents"] == 7
    assert evaluation.counts["articles"] == 6
    assert evaluation.counts["topics"] == 2
    assert evaluation.counts["gold stories"] == 3
    assert 1 <= evaluation.counts["predicted stories"] <= 6
    assert calls[-1] == (6, 6)
    assert len(evaluation.problems) == 1
    assert "9_3ecb.xml: not well-formed XML" in evaluation.problems[0]
    stories, topics = evaluation.scores
    assert stories.name == "stories (B-cubed)"
    assert topics.name == "topics (B-cubed)"
    assert stories.extra["items"] == 7
    # Topics are coarser than stories: precision against them can only be higher.
    assert topics.precision >= stories.precision - 1e-9
    assert 0.0 < stories.f1 <= 1.0
    assert "blind" in evaluation.rules
    # The chess reports share no event with the village ones.
    assert stories.precision > 0.5


def test_evaluate_stories_raises_for_a_missing_folder(tmp_path: Path) -> None:
    with pytest.raises(ConfigError):
        evaluate_stories(tmp_path / "nothing", Settings())


@pytest.mark.shared
@pytest.mark.skipif(not ECBPLUS.exists(), reason="../shared is not beside the repository")
def test_evaluate_stories_on_one_ecbplus_topic() -> None:
    evaluation = evaluate_stories(ECBPLUS, Settings(), topics=["2"])
    files = list((ECBPLUS / "2").glob("*.xml"))
    assert evaluation.counts["documents"] == len(files)
    assert evaluation.counts["gold stories"] == 2
    assert evaluation.problems == ()
    stories, topics = evaluation.scores
    # One topic: every document shares the gold topic, so topic precision is perfect.
    assert topics.precision == pytest.approx(1.0)
    # A loose floor: corrobora measured 0.85 B-cubed F1 on the eight dev topics.
    assert stories.f1 > 0.5
