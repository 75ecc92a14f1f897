"""Reading ECB+-style XML folders into Articles and their gold story and topic labels.

An ECB+ folder holds one sub-folder per topic; each holds token files named
``<topic>_<n>ecb.xml`` (one event of the topic) and ``<topic>_<n>ecbplus.xml`` (another,
similar event). A file is a ``<Document>`` of ``<token t_id sentence number>`` elements;
annotations after the tokens are ignored here. In ``*ecbplus.xml`` files sentence 0 is
the URL the text was found at.

The text of a document is rebuilt from its tokens: sentences become lines, tokens are
joined by single spaces except where English punctuation attaches (no space before
``,`` ``.`` ``'s`` ``n't``, none after an opening bracket or quotation mark, none around
a hyphen or slash between words). A first sentence that is only a URL is dropped. The
Article carries nothing of the file: its title is the first sentence, its outlet a
neutral name derived from the text (the corpus has no outlets), no URL, no path and no
publication date (the corpus has none), so the labels cannot reach the pipeline.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from ..errors import ConfigError
from ..model import Article
from ..text import article_id

__all__ = [
    "EcbCorpus",
    "EcbDocument",
    "QuoteState",
    "detokenize",
    "parse_ecb_tokens",
    "read_ecbplus",
    "sentences_to_article",
]

_NAME = re.compile(r"^(?P<stem>.+?)(?P<kind>ecbplus|ecb)\.xml$", re.IGNORECASE)
_URL = re.compile(r"^(?:https?:|www\.)\S*$", re.IGNORECASE)
_NUMBER = re.compile(r"^-?\d+$")

#: Tokens written without a space before them.
_ATTACH_LEFT = frozenset(
    {",", ".", ";", ":", "?", "!", "%", ")", "]", "}", "''", "”", "’", "'", "...", "…"}
)
#: Clitics written without a space before them (compared case-insensitively).
_CLITICS = frozenset({"'s", "n't", "'re", "'ve", "'ll", "'d", "'m", "’s", "n’t", "’re", "’ve"})
#: Clitics split from their apostrophe ("Lohan ’ s"): attached when they follow one.
_BARE_CLITICS = frozenset({"s", "t", "re", "ve", "ll", "d", "m"})
_APOSTROPHES = frozenset({"'", "’"})
#: Tokens written without a space after them.
_ATTACH_RIGHT = frozenset({"(", "[", "{", "``", "“", "‘", "$", "#"})
#: Tokens glued to both neighbours when both are words or numbers ("15-year-old", "11/30").
_JOINERS = frozenset({"-", "/"})


@dataclass(frozen=True, slots=True)
class EcbDocument:
    """One document of the corpus: its Article and its gold labels.

    Attributes:
        name: the file's path relative to the data folder (``"1/1_10ecb.xml"``).
        topic: the topic folder's name.
        story: the gold story, ``"<topic>/ecb"`` or ``"<topic>/ecbplus"``.
        article: the article rebuilt from the tokens, blind to the labels.
    """

    name: str
    topic: str
    story: str
    article: Article


@dataclass(frozen=True, slots=True)
class EcbCorpus:
    """The documents read from a folder, the topics they came from, and the problems met."""

    documents: tuple[EcbDocument, ...]
    topics: tuple[str, ...]
    problems: tuple[str, ...]


def _natural_key(name: str) -> tuple[tuple[int, int | str], ...]:
    return tuple(
        (0, int(part)) if part.isdigit() else (1, part) for part in re.split(r"(\d+)", name) if part
    )


def _topic_folders(folder: Path) -> list[tuple[str, Path]]:
    """The topic folders under ``folder`` (or ``folder`` itself when it holds XML files)."""
    topics = [
        (child.name, child)
        for child in folder.iterdir()
        if child.is_dir() and any(child.glob("*.xml"))
    ]
    if any(folder.glob("*.xml")):
        topics.append((folder.name, folder))
    return sorted(topics, key=lambda item: _natural_key(item[0]))


def _wanted_topics(topics: Sequence[str] | str | None) -> list[str] | None:
    if topics is None:
        return None
    items = topics.split(",") if isinstance(topics, str) else list(topics)
    return [str(item).strip() for item in items if str(item).strip()]


def read_ecbplus(folder: Path, *, topics: Sequence[str] | str | None = None) -> EcbCorpus:
    """Read every document of an ECB+-style folder, in topic then file-name order.

    Args:
        folder: a folder of topic sub-folders of XML files, or one topic folder.
        topics: read only these topic folders (names, or one comma-separated string);
            a requested topic that is not there becomes a problem.

    Returns:
        The documents and the problems met: an unreadable or malformed file, a file
        whose name does not tell its sub-topic, a requested topic that is missing.

    Raises:
        ConfigError: ``folder`` does not exist, holds no XML files, or holds none of
            the requested topics.
    """
    if not folder.exists():
        raise ConfigError(f"the data path {folder} does not exist")
    if not folder.is_dir():
        raise ConfigError(f"the stories task reads a folder of ECB+ topic folders, not {folder}")
    available = _topic_folders(folder)
    if not available:
        raise ConfigError(f"{folder} holds no ECB+ XML files (expected <topic>/<name>.xml)")
    problems: list[str] = []
    wanted = _wanted_topics(topics)
    if wanted is not None:
        by_name = dict(available)
        for name in wanted:
            if name not in by_name:
                problems.append(f"{folder}: topic {name!r} is not a folder of XML files there")
        available = [(name, path) for name, path in available if name in wanted]
        if not available:
            raise ConfigError(
                f"none of the topics {', '.join(wanted)} is a folder of XML files in {folder}"
            )
    documents: list[EcbDocument] = []
    for topic, path in available:
        for file in sorted(path.glob("*.xml"), key=lambda p: _natural_key(p.name)):
            result = _read_document(folder, topic, file)
            if isinstance(result, str):
                problems.append(result)
            else:
                documents.append(result)
    return EcbCorpus(tuple(documents), tuple(name for name, _ in available), tuple(problems))


def _read_document(root: Path, topic: str, file: Path) -> EcbDocument | str:
    """Read one file; return the document, or a problem line naming the file."""
    shown = str(file)
    match = _NAME.match(file.name)
    if match is None:
        return f"{shown}: the name does not end in ecb.xml or ecbplus.xml, so its event is unknown"
    try:
        data = file.read_bytes()
    except OSError as error:
        return f"{shown}: cannot be read ({error.strerror or error})"
    try:
        sentences = parse_ecb_tokens(data)
    except ValueError as error:
        return f"{shown}: {error}"
    article = sentences_to_article(sentences)
    if article is None:
        return f"{shown}: no text once the source URL is dropped"
    name = file.relative_to(root).as_posix() if file.is_relative_to(root) else file.name
    story = f"{topic}/{match.group('kind').lower()}"
    return EcbDocument(name=name, topic=topic, story=story, article=article)


def parse_ecb_tokens(data: bytes) -> list[list[str]]:
    """Return the tokens of an ECB+ XML document, grouped by sentence in sentence order.

    Raises:
        ValueError: the XML is not well-formed, has no tokens, or a token lacks a
            numeric ``sentence`` attribute; the message says where.
    """
    try:
        root = ET.fromstring(data)
    except ET.ParseError as error:
        line, column = error.position
        raise ValueError(f"not well-formed XML (line {line}, column {column})") from None
    sentences: dict[int, list[tuple[int, str]]] = {}
    for position, token in enumerate(root.iter("token")):
        sentence = token.get("sentence", "")
        if not _NUMBER.match(sentence.strip()):
            where = token.get("t_id") or str(position + 1)
            raise ValueError(f"token {where} has no numeric sentence attribute")
        number = token.get("number", "")
        order = int(number) if _NUMBER.match(number.strip()) else position
        text = (token.text or "").strip()
        if text:
            sentences.setdefault(int(sentence), []).append((order, text))
    if not sentences:
        raise ValueError("no <token> elements with text")
    return [
        [text for _, text in sorted(tokens, key=lambda item: item[0])]
        for _, tokens in sorted(sentences.items())
    ]


def sentences_to_article(sentences: Sequence[Sequence[str]]) -> Article | None:
    """Build a label-blind Article from tokenized sentences (None when nothing is left).

    A first sentence that is only a URL is dropped; the title is the first remaining
    sentence; the outlet is ``doc-`` and the start of the article id.
    """
    rows = [list(tokens) for tokens in sentences if tokens]
    if rows and _URL.match("".join(rows[0])):
        rows = rows[1:]
    lines = list(_detokenize_lines(rows))
    lines = [line for line in lines if line]
    if not lines:
        return None
    text = "\n".join(lines)
    identifier = article_id(text)
    return Article(id=identifier, text=text, title=lines[0], outlet=f"doc-{identifier[:8]}")


def _detokenize_lines(rows: Sequence[Sequence[str]]) -> Iterator[str]:
    quotes = QuoteState()
    for tokens in rows:
        yield detokenize(tokens, quotes)


class QuoteState:
    """Whether a quotation is open, carried from one sentence of a document to the next.

    A straight ``"`` token opens a quotation when none is open and closes it otherwise.
    """

    def __init__(self) -> None:
        self.open = False


def _is_word(token: str) -> bool:
    return bool(token) and token[-1].isalnum()


def _starts_word(token: str) -> bool:
    return bool(token) and token[0].isalnum()


def detokenize(tokens: Sequence[str], quotes: QuoteState | None = None) -> str:
    """Join tokens into text, attaching punctuation the way English is written.

    Penn Treebank quotes (two backquotes, two apostrophes) become ``"``; a straight
    ``"`` token opens a quotation when none is open (tracked across the calls sharing
    ``quotes``) and closes it otherwise.

    >>> detokenize(["He", "did", "n't", "say", ",", "``", "Yes", "''", "."])
    'He didn\\'t say, "Yes".'
    """
    state = quotes if quotes is not None else QuoteState()
    out: list[str] = []
    glue_next = False
    previous = ""
    for index, token in enumerate(tokens):
        following = tokens[index + 1] if index + 1 < len(tokens) else ""
        shown = token
        attach = glue_next
        glue_next = False
        if token in ("``", "''"):
            shown = '"'
            state.open = token == "``"
            if token == "``":
                glue_next = True
            else:
                attach = True
        elif token == '"':
            if state.open:
                attach = True
            else:
                glue_next = True
            state.open = not state.open
        else:
            if token.count('"') % 2:
                state.open = not state.open
            clitic = token.casefold() in _CLITICS or (
                previous in _APOSTROPHES and token.casefold() in _BARE_CLITICS
            )
            if token in _ATTACH_LEFT or clitic:
                attach = True
            if token in _ATTACH_RIGHT:
                glue_next = True
            if token in _JOINERS and _is_word(previous) and _starts_word(following):
                attach = glue_next = True
            elif token == ":" and previous.isdigit() and following.isdigit():
                attach = glue_next = True  # a time of day: "05:40"
        if out and not attach:
            out.append(" ")
        out.append(shown)
        previous = token
    return "".join(out)
