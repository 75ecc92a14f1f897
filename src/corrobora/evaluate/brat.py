"""Brat standoff attribution annotations (PolNeAR style): ``.txt`` + ``.ann`` pairs.

An attribution relation links a Source, a Cue and a Content text-bound annotation
(``T`` lines, possibly discontinuous: ``T3<TAB>Content 10 20;25 40<TAB>words``) through
an event (``E`` line, PolNeAR: ``E1<TAB>Attribution:T4 Content:T3 Cue:T2 Source:T1``;
extra contents as ``Content2``) or through binary relations (``R`` lines, grouped by
cue). Offsets are characters of the ``.txt`` as stored (PolNeAR's are); a span whose
recorded words match the UTF-8 bytes at those offsets but not the characters is
converted. Problems (an unpaired file, an unparsable line, offsets beyond the text)
are collected as ``file:line: sentence`` strings and the rest is still read.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import ConfigError
from ..model import Span

__all__ = [
    "BratCorpus",
    "BratDocument",
    "GoldAttribution",
    "is_direct_quote",
    "parse_ann",
    "read_brat",
]

_T_LINE = re.compile(r"(T\d+)\t(\S+) (\d+ \d+(?:;\d+ \d+)*)(?:\t(.*))?")
_E_LINE = re.compile(r"(E\d+)\t(\S+?):(\S+)((?: +\S+:\S+)*) *")
_R_LINE = re.compile(r"(R\d+)\t(\S+) +\S+:(\S+) +\S+:(\S+) *")
_IGNORED_LINE = re.compile(r"[AMN#*]\S*\t")
"""Attributes, normalizations, notes and equivalences: valid brat, not needed here."""
_ROLES = ("source", "cue", "content")
_TRAILING_DIGITS = re.compile(r"\d+$")

_DOUBLE_OPEN = frozenset("“„‟«")
_DOUBLE_CLOSE = frozenset("”»")
_SINGLE_OPEN = frozenset("‘‚‹")
_SINGLE_CLOSE = frozenset("’›")
_STRAIGHT = {'"': "double", "'": "single"}
_PUNCTUATION = frozenset(".,;:!?…")


@dataclass(frozen=True, slots=True)
class GoldAttribution:
    """One annotated attribution: its content and, when annotated, source and cue.

    ``ident`` is the annotation id (``E3``, or the content's ``T`` id for relations
    built from ``R`` lines); ``line`` is the ``.ann`` line that declares it.
    """

    ident: str
    line: int
    content: tuple[Span, ...]
    source: tuple[Span, ...] = ()
    cue: tuple[Span, ...] = ()


@dataclass(frozen=True, slots=True)
class BratDocument:
    """One annotated text: the ``.txt`` exactly as stored and its gold attributions."""

    name: str
    text_path: str
    ann_path: str
    text: str
    outlet: str
    title: str
    attributions: tuple[GoldAttribution, ...]


@dataclass(frozen=True, slots=True)
class BratCorpus:
    """The documents read from a data path, with the problems met and the counts."""

    documents: tuple[BratDocument, ...]
    problems: tuple[str, ...] = ()
    counts: dict[str, int] = field(default_factory=dict)


@dataclass(slots=True)
class _TextBound:
    ident: str
    role: str | None
    label: str
    spans: list[tuple[int, int]]
    line: int
    words: str | None


# --------------------------------------------------------------------------------------
# One .ann file
# --------------------------------------------------------------------------------------


def parse_ann(
    ann: str, text: str, where: str
) -> tuple[tuple[GoldAttribution, ...], tuple[str, ...], int]:
    """Read the attribution relations of one ``.ann`` file against its ``text``.

    Args:
        ann: the ``.ann`` file's contents.
        text: the ``.txt`` file's contents, as stored.
        where: the ``.ann`` path, used to name problems (``where:line: ...``).

    Returns:
        The relations that have a content (sorted by position), the problems met, and
        the number of relations dropped because they have no content.
    """
    problems: list[str] = []
    bounds: dict[str, _TextBound] = {}
    events: list[tuple[str, int, str, list[tuple[str, str]]]] = []
    links: list[tuple[str, str, int]] = []
    last: _TextBound | None = None
    for number, raw in enumerate(ann.split("\n"), start=1):
        line = raw.rstrip("\r")
        if not line.strip():
            continue
        if match := _T_LINE.fullmatch(line):
            ident, label, offsets, words = match.groups()
            spans = [(int(a), int(b)) for a, b in (p.split(" ") for p in offsets.split(";"))]
            last = _TextBound(ident, _role(label), label, spans, number, words)
            bounds[ident] = last
            continue
        if match := _E_LINE.fullmatch(line):
            ident, _kind, trigger, rest = match.groups()
            args = [tuple(a.split(":", 1)) for a in rest.split()]
            events.append((ident, number, trigger, [(r, t) for r, t in args]))
        elif match := _R_LINE.fullmatch(line):
            _ident, _kind, first, second = match.groups()
            links.append((first, second, number))
        elif _IGNORED_LINE.match(line):
            pass
        elif last is not None and _continues(last, line, text):
            last.words = f"{last.words}\n{line}"
            continue
        else:
            problems.append(f"{where}:{number}: cannot parse the line {_excerpt(line)}")
        last = None
    valid = _check_bounds(bounds, text, where, problems)
    relations, without_content = _from_events(events, bounds, valid, where, problems)
    linked = {t for _, _, _, args in events for _, t in args}
    relations += _from_links(links, bounds, valid, linked, where, problems)
    relations.sort(key=lambda r: (r.content[0].start, r.line))
    return tuple(relations), tuple(problems), without_content


def _role(label: str) -> str | None:
    name = _TRAILING_DIGITS.sub("", label).casefold()
    return name if name in _ROLES else None


def _continues(bound: _TextBound, line: str, text: str) -> bool:
    """``line`` holds more of ``bound``'s words (words that ran over a line break)."""
    if bound.words is None or any(b > len(text) for _, b in bound.spans):
        return False
    expected = " ".join(" ".join(text[a:b] for a, b in bound.spans).split())
    return expected.startswith(" ".join(f"{bound.words}\n{line}".split()))


def _excerpt(line: str, width: int = 40) -> str:
    return repr(line if len(line) <= width else line[:width] + "…")


def _check_bounds(
    bounds: dict[str, _TextBound], text: str, where: str, problems: list[str]
) -> dict[str, tuple[Span, ...]]:
    """Validate each text-bound annotation's offsets; return the usable ones as spans."""
    valid: dict[str, tuple[Span, ...]] = {}
    encoded: bytes | None = None
    for bound in bounds.values():
        spans = bound.spans
        if any(a > b for a, b in spans):
            a, b = next((a, b) for a, b in spans if a > b)
            problems.append(f"{where}:{bound.line}: {bound.ident} starts at {a}, after its end {b}")
            continue
        in_range = all(b <= len(text) for _, b in spans)
        if in_range and _same_words(bound.words, [text[a:b] for a, b in spans]):
            valid[bound.ident] = tuple(Span(a, b) for a, b in spans)
            continue
        if encoded is None:
            encoded = text.encode("utf-8")
        converted = _from_bytes(encoded, spans)
        if converted is not None and _same_words(bound.words, [text[a:b] for a, b in converted]):
            valid[bound.ident] = tuple(Span(a, b) for a, b in converted)
        elif not in_range:
            end = max(b for _, b in spans)
            start = min(a for a, _ in spans)
            problems.append(
                f"{where}:{bound.line}: offsets {start}-{end} of {bound.ident} are beyond "
                f"the text ({len(text)} characters)"
            )
        else:
            problems.append(
                f"{where}:{bound.line}: the words of {bound.ident} differ from the text at "
                "its offsets (kept as character offsets)"
            )
            valid[bound.ident] = tuple(Span(a, b) for a, b in spans)
    return valid


def _same_words(words: str | None, pieces: Sequence[str]) -> bool:
    if words is None:
        return True
    return words.split() == " ".join(pieces).split()


def _from_bytes(encoded: bytes, spans: Sequence[tuple[int, int]]) -> list[tuple[int, int]] | None:
    """Character offsets of UTF-8 byte offsets, or None when they do not fall on characters."""
    out: list[tuple[int, int]] = []
    try:
        for a, b in spans:
            if b > len(encoded):
                return None
            start = len(encoded[:a].decode("utf-8"))
            out.append((start, start + len(encoded[a:b].decode("utf-8"))))
    except UnicodeDecodeError:
        return None
    return out


def _from_events(
    events: Sequence[tuple[str, int, str, list[tuple[str, str]]]],
    bounds: dict[str, _TextBound],
    valid: dict[str, tuple[Span, ...]],
    where: str,
    problems: list[str],
) -> tuple[list[GoldAttribution], int]:
    relations: list[GoldAttribution] = []
    without_content = 0
    for ident, number, trigger, args in events:
        parts: dict[str, list[Span]] = {role: [] for role in _ROLES}
        for role, ref in args:
            bound = bounds.get(ref)
            if bound is None:
                problems.append(
                    f"{where}:{number}: {ident} refers to {ref}, which is not a text annotation"
                )
                continue
            name = _role(role) or bound.role
            if name is not None and ref in valid:
                parts[name].extend(valid[ref])
        if not parts["cue"] and trigger in valid and bounds[trigger].role is None:
            parts["cue"].extend(valid[trigger])
        if not parts["content"]:
            without_content += 1
            continue
        relations.append(
            GoldAttribution(
                ident,
                number,
                tuple(sorted(parts["content"])),
                tuple(sorted(parts["source"])),
                tuple(sorted(parts["cue"])),
            )
        )
    return relations, without_content


def _from_links(
    links: Sequence[tuple[str, str, int]],
    bounds: dict[str, _TextBound],
    valid: dict[str, tuple[Span, ...]],
    in_events: set[str],
    where: str,
    problems: list[str],
) -> list[GoldAttribution]:
    """Relations from ``R`` lines, grouped through cues and contents; lone contents too.

    Cues and contents linked to each other form one relation; a source joins every
    relation it is linked to (one source may speak several times). A content that no
    event or relation mentions is a relation of its own, without source or cue.
    """
    parent: dict[str, str] = {}

    def find(x: str) -> str:
        while parent.setdefault(x, x) != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    sources: list[tuple[str, str]] = []
    first_line: dict[str, int] = {}
    for first, second, number in links:
        missing = [ref for ref in (first, second) if ref not in bounds]
        if missing:
            problems.append(
                f"{where}:{number}: a relation refers to {missing[0]}, which is not defined"
            )
            continue
        roles = (bounds[first].role, bounds[second].role)
        for ref in (first, second):
            first_line[ref] = min(first_line.get(ref, number), number)
        if roles[0] in ("cue", "content") and roles[1] in ("cue", "content"):
            parent[find(first)] = find(second)
        elif roles[0] == "source" and roles[1] in ("cue", "content"):
            sources.append((first, second))
        elif roles[1] == "source" and roles[0] in ("cue", "content"):
            sources.append((second, first))
    for ident, bound in bounds.items():
        if bound.role == "content" and ident not in in_events:
            find(ident)
            first_line.setdefault(ident, bound.line)
    groups: dict[str, list[str]] = {}
    for node in list(parent):
        groups.setdefault(find(node), []).append(node)
    source_of: dict[str, list[str]] = {}
    for source, target in sources:
        if target in parent:
            source_of.setdefault(find(target), []).append(source)
    relations: list[GoldAttribution] = []
    for root, members in groups.items():
        content = sorted(
            s for m in members if bounds[m].role == "content" for s in valid.get(m, ())
        )
        if not content:
            continue
        cue = sorted(s for m in members if bounds[m].role == "cue" for s in valid.get(m, ()))
        speaker = sorted(s for m in source_of.get(root, ()) for s in valid.get(m, ()))
        ident = min((m for m in members if bounds[m].role == "content"), key=_id_order)
        line = min(first_line.get(m, bounds[m].line) for m in members)
        relations.append(GoldAttribution(ident, line, tuple(content), tuple(speaker), tuple(cue)))
    return relations


def _id_order(ident: str) -> tuple[int, str]:
    digits = ident[1:]
    return (int(digits) if digits.isdigit() else 0, ident)


# --------------------------------------------------------------------------------------
# Direct quotes
# --------------------------------------------------------------------------------------


def is_direct_quote(text: str, spans: Sequence[Span]) -> bool:
    """True when every part of a content lies inside quotation marks of its own.

    Parts separated only by white space count as one part.
    A part is quoted when it opens with a quotation mark (or one touches its start)
    and closes with the same kind of mark (or one follows it, after closing
    punctuation such as ``,`` or ``.``), and no mark of that kind inside it closes the
    quote early (“A” and “B” is two quotes with words between, not one quote).
    """
    return bool(spans) and all(_quoted(text, span) for span in _joined(text, spans))


def _joined(text: str, spans: Sequence[Span]) -> list[Span]:
    """Parts separated only by white space joined (brat splits spans at line breaks)."""
    joined: list[Span] = []
    for span in sorted(spans):
        last = joined[-1] if joined else None
        if last is not None and (span.start <= last.end or text[last.end : span.start].isspace()):
            joined[-1] = Span(last.start, max(last.end, span.end))
        else:
            joined.append(span)
    return joined


def _quoted(text: str, span: Span) -> bool:
    start, end = span.start, span.end
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start >= end:
        return False
    opening = _opening_mark(text, start)
    closing = _closing_mark(text, end)
    if opening is None or closing is None:
        return False
    open_at, family = opening
    close_at, close_family = closing
    if family != close_family or close_at <= open_at:
        return False
    return _balanced(text[open_at + 1 : close_at], family)


def _family(char: str, *, opening: bool) -> str | None:
    if char in _STRAIGHT:
        return _STRAIGHT[char]
    if opening:
        return "double" if char in _DOUBLE_OPEN else "single" if char in _SINGLE_OPEN else None
    return "double" if char in _DOUBLE_CLOSE else "single" if char in _SINGLE_CLOSE else None


def _opening_mark(text: str, start: int) -> tuple[int, str] | None:
    """The opening mark at ``start`` or touching it from the left: (position, family)."""
    for at in (start, start - 1):
        if at >= 0 and (family := _family(text[at], opening=True)) is not None:
            return at, family
    return None


def _closing_mark(text: str, end: int) -> tuple[int, str] | None:
    """The closing mark ending the words before ``end`` or right after them."""
    last = end - 1
    if (family := _family(text[last], opening=False)) is not None:
        return last, family
    at = end
    while at < len(text) and at < end + 3 and text[at] in _PUNCTUATION:
        at += 1
    if at < len(text) and (family := _family(text[at], opening=False)) is not None:
        return at, family
    return None


def _balanced(inner: str, family: str) -> bool:
    """No mark of ``family`` inside the quote closes it before its end."""
    if family == "single":
        return True  # a single mark inside may be an apostrophe: not checked
    depth = 0
    for char in inner:
        if char in _DOUBLE_OPEN:
            depth += 1
        elif char in _DOUBLE_CLOSE:
            depth -= 1
            if depth < 0:
                return False
    return inner.count('"') % 2 == 0


# --------------------------------------------------------------------------------------
# Folders: plain .txt/.ann pairs, or PolNeAR's text/ and attributions/ sub-folders
# --------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Pair:
    name: str
    text: Path
    ann: Path
    others: int


def read_brat(data: Path, *, limit: int | None = None) -> BratCorpus:
    """Read the ``.txt``/``.ann`` pairs under ``data`` (a folder, or one of the files).

    Layouts: a folder (searched recursively) of ``NAME.txt`` with ``NAME.ann`` beside
    it, or PolNeAR's ``text/NAME.txt`` with ``attributions/NAME_ANNOTATOR.ann`` (a
    compartment such as ``dev/``, or the corpus root holding several). When several
    annotators annotated one text, the first ``.ann`` in sorted file-name order is used
    (an exact ``NAME.ann`` comes first). ``metadata.tsv`` in the folder or up to two
    folders above supplies outlet (``publisher``) and title; otherwise the outlet is the
    file name without extension and the title the first line of the text.

    Args:
        data: the folder or file to read.
        limit: read at most this many documents (the first in sorted order).

    Raises:
        ConfigError: ``data`` does not exist or holds no ``.txt``/``.ann`` pair.
    """
    if not data.exists():
        raise ConfigError(f"the data path {data} does not exist")
    if limit is not None and limit < 1:
        raise ConfigError(f"limit must be at least 1, got {limit}")
    problems: list[str] = []
    pairs = list(_pairs(data, problems))
    if not pairs:
        raise ConfigError(
            f"no .txt/.ann pair (brat standoff) found under {data}: expected NAME.txt beside "
            "NAME.ann, or PolNeAR's text/ and attributions/ folders"
        )
    metadata = _metadata(data if data.is_dir() else data.parent)
    documents: list[BratDocument] = []
    counts = {"texts": len(pairs), "other_annotator_files": sum(p.others for p in pairs)}
    without_content = 0
    for pair in pairs[:limit] if limit is not None else pairs:
        text = _read_text(pair.text, problems)
        ann = _read_text(pair.ann, problems)
        if text is None or ann is None:
            continue
        relations, found, dropped = parse_ann(ann, text, str(pair.ann))
        problems.extend(found)
        without_content += dropped
        outlet, title = metadata.get(pair.name, (pair.name, _first_line(text, pair.name)))
        documents.append(
            BratDocument(pair.name, str(pair.text), str(pair.ann), text, outlet, title, relations)
        )
    counts["documents"] = len(documents)
    counts["relations"] = sum(len(d.attributions) for d in documents)
    counts["relations_without_content"] = without_content
    return BratCorpus(tuple(documents), tuple(problems), counts)


def _pairs(data: Path, problems: list[str]) -> Iterator[_Pair]:
    if data.is_file():
        yield from _file_pair(data, problems)
        return
    handled: set[Path] = set()
    for folder in sorted([data, *(p for p in data.rglob("*") if p.is_dir())]):
        if folder in handled:
            continue
        texts, anns = folder / "text", folder / "attributions"
        if texts.is_dir() and anns.is_dir():
            handled.update({texts, anns})
            yield from _match(texts, anns, problems)
        elif any(p.suffix in (".txt", ".ann") for p in folder.iterdir() if p.is_file()):
            yield from _match(folder, folder, problems)


def _file_pair(path: Path, problems: list[str]) -> Iterator[_Pair]:
    """The pair one file belongs to, beside it or in PolNeAR's sibling folder."""
    if path.suffix not in (".txt", ".ann"):
        return
    folder = path.parent
    texts, anns = folder, folder
    if folder.name in ("text", "attributions") and (folder.parent / "attributions").is_dir():
        texts, anns = folder.parent / "text", folder.parent / "attributions"
    elsewhere: list[str] = []
    pairs = [p for p in _match(texts, anns, elsewhere) if path in (p.text, p.ann)]
    if path.suffix == ".ann" and pairs and pairs[0].ann != path:
        pairs = [_Pair(pairs[0].name, pairs[0].text, path, 0)]
    if not pairs:
        problems.extend(x for x in elsewhere if x.startswith(f"{path}:"))
    yield from pairs


def _match(texts: Path, anns: Path, problems: list[str]) -> Iterator[_Pair]:
    """Pair each text with its annotation files (``NAME.ann`` or ``NAME_ANNOTATOR.ann``)."""
    stems = {p.stem: p for p in texts.glob("*.txt") if p.is_file()}
    found: dict[str, list[Path]] = {}
    for path in sorted(p for p in anns.glob("*.ann") if p.is_file()):
        stem = path.stem
        base = stem if stem in stems else stem.rsplit("_", 1)[0] if "_" in stem else stem
        if base not in stems:
            problems.append(f"{path}: no .txt file for this annotation file")
            continue
        found.setdefault(base, []).append(path)
    for stem in sorted(stems):
        candidates = sorted(found.get(stem, []), key=lambda p: (p.stem != stem, p.name))
        if not candidates:
            problems.append(f"{stems[stem]}: no .ann file for this text")
            continue
        yield _Pair(stem, stems[stem], candidates[0], len(candidates) - 1)


def _read_text(path: Path, problems: list[str]) -> str | None:
    try:
        raw = path.read_bytes()
    except OSError as exc:
        problems.append(f"{path}: cannot be read ({exc.strerror or exc})")
        return None
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        problems.append(f"{path}: not UTF-8 text (byte {exc.start})")
        return None


def _first_line(text: str, fallback: str) -> str:
    for line in text.splitlines():
        if line.strip():
            return line.strip()
    return fallback


def _metadata(folder: Path) -> dict[str, tuple[str, str]]:
    """Outlet and title by file name from the nearest ``metadata.tsv`` (PolNeAR's)."""
    for place in (folder, folder.parent, folder.parent.parent):
        path = place / "metadata.tsv"
        if not path.is_file():
            continue
        table: dict[str, tuple[str, str]] = {}
        try:
            with path.open(encoding="utf-8", newline="") as handle:
                for row in csv.DictReader(handle, delimiter="\t"):
                    name, outlet = row.get("filename"), row.get("publisher")
                    if name and outlet:
                        table[name] = (outlet, row.get("title") or name)
        except (OSError, UnicodeDecodeError, csv.Error):
            return {}
        return table
    return {}
