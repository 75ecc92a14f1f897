"""The provenance graph of a story laid out for SVG: who credits or copies whom.

Nodes are the story's articles and the sources they credit; an arrow goes from an
article to the source it credits. Copies are collapsed into the article they copy (the
node says how many), and a credited outlet that has its own article in the story is
drawn as that article, so chains of re-reporting show. Columns follow the direction
of credit: articles nobody credits on the left, upstream sources to the right.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from ..report.common import StoryView
from ..text import canonical_key
from .links import article_url

NODE_WIDTH = 200
NODE_HEIGHT = 34
COLUMN_GAP = 70
ROW_GAP = 12
PAD = 8
MAX_LABEL = 26


@dataclass(frozen=True, slots=True)
class Node:
    """A box: an article (linked) or a credited source, with its full name as title."""

    x: int
    y: int
    label: str
    title: str
    kind: str
    href: str | None


@dataclass(frozen=True, slots=True)
class Edge:
    """An arrow from the crediting node to the credited one, as an SVG path."""

    path: str
    title: str


@dataclass(frozen=True, slots=True)
class Graph:
    """The laid-out graph; empty when nobody credits or copies anyone."""

    width: int
    height: int
    node_width: int
    node_height: int
    nodes: tuple[Node, ...]
    edges: tuple[Edge, ...]


def _short(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= MAX_LABEL else text[: MAX_LABEL - 1].rstrip() + "…"


class _Collector:
    """Gathers nodes and deduplicated edges before layout."""

    def __init__(self, view: StoryView) -> None:
        self.view = view
        self.original = {a: link.copy_of for a, link in view.copies.items()}
        self.copies_of: dict[str, list[str]] = defaultdict(list)
        self.order: list[str] = []
        self.kind: dict[str, str] = {}
        self.edges: dict[tuple[str, str], list[str]] = {}
        self.outlet_article: dict[str, str] = {}
        for article_id in view.article_ids:
            if article_id not in view.copies:
                key = view.article_origin_key(article_id)
                self.outlet_article.setdefault(key, article_id)

    def root(self, article_id: str) -> str:
        seen = set()
        while article_id in self.original and article_id not in seen:
            seen.add(article_id)
            article_id = self.original[article_id]
        return article_id

    def node(self, node: str, kind: str) -> str:
        if node in self.view.index:
            node, kind = self.root(node), "article"
        elif canonical_key(node) in self.outlet_article:
            node, kind = self.outlet_article[canonical_key(node)], "article"
        if node not in self.kind:
            self.order.append(node)
            self.kind[node] = kind
        return node

    def collect(self) -> None:
        for copy, original in sorted(self.original.items()):
            self.copies_of[self.root(original)].append(copy)
        for edge in self.view.provenance():
            if edge.relation == "copy_of":
                continue
            kind = edge.relation.removeprefix("credits_") or "source"
            source = self.node(edge.source, "article")
            target = self.node(edge.target, kind)
            if source != target:
                self.edges.setdefault((source, target), []).append(edge.relation)
        for original in self.copies_of:
            self.node(original, "article")


def _columns(order: list[str], edges: list[tuple[str, str]]) -> dict[str, int]:
    """Longest path from a node nobody credits; a cycle stops after one pass per node."""
    column = dict.fromkeys(order, 0)
    for _ in range(len(order)):
        changed = False
        for source, target in edges:
            if column[target] < column[source] + 1 <= len(order):
                column[target] = column[source] + 1
                changed = True
        if not changed:
            break
    return column


def provenance_graph(view: StoryView, story_id: str) -> Graph:
    """Return the laid-out provenance graph of a story."""
    found = _Collector(view)
    found.collect()
    if not found.edges and not found.copies_of:
        return Graph(0, 0, NODE_WIDTH, NODE_HEIGHT, (), ())
    column = _columns(found.order, list(found.edges))
    rows: dict[int, int] = defaultdict(int)
    place: dict[str, tuple[int, int]] = {}
    nodes = []
    for node in found.order:
        col = column[node]
        x = PAD + col * (NODE_WIDTH + COLUMN_GAP)
        y = PAD + rows[col] * (NODE_HEIGHT + ROW_GAP)
        rows[col] += 1
        place[node] = (x, y)
        kind = found.kind[node]
        if kind == "article":
            name = view.label(node)
            copies = found.copies_of.get(node, [])
            label = _short(name) if not copies else _short(f"{name} +{len(copies)} cop.")
            title = name
            if copies:
                title += " — copied by " + ", ".join(view.label(c) for c in copies)
            href: str | None = article_url(node, story_id=story_id)
        else:
            name = view.origin_name(node)
            label, title, href = _short(name), f"{name} ({kind})", None
        nodes.append(Node(x, y, label, title, kind, href))
    edges = []
    for (source, target), relations in found.edges.items():
        (x1, y1), (x2, y2) = place[source], place[target]
        start_x, start_y = x1 + NODE_WIDTH, y1 + NODE_HEIGHT // 2
        end_x, end_y = x2, y2 + NODE_HEIGHT // 2
        bend = max(30, abs(end_x - start_x) // 2)
        path = (
            f"M{start_x},{start_y} C{start_x + bend},{start_y} "
            f"{end_x - bend},{end_y} {end_x - 4},{end_y}"
        )
        said = ", ".join(sorted({r.replace("_", " ") for r in relations}))
        title = f"{view.provenance_label(source)} {said} {view.provenance_label(target)}"
        edges.append(Edge(path, title))
    width = PAD * 2 + (max(column.values()) + 1) * (NODE_WIDTH + COLUMN_GAP) - COLUMN_GAP
    height = PAD * 2 + max(rows.values()) * (NODE_HEIGHT + ROW_GAP) - ROW_GAP
    return Graph(width, height, NODE_WIDTH, NODE_HEIGHT, tuple(nodes), tuple(edges))
