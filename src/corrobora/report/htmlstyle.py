"""The style sheet of the HTML report: inline, readable on screen and on paper."""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

from .. import __version__

CSP = "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'"
"""Content-Security-Policy of the page: no scripts, no remote loads, only inline CSS."""

CSS = """
:root {
  --ink: #1d1f23; --muted: #5c6370; --rule: #d8dbe0; --paper: #ffffff; --panel: #f6f7f9;
  --good: #1a7f37; --bad: #b42318; --warn: #9a6700; --mark: #fff1a8; --link: #0b57d0;
}
* { box-sizing: border-box; }
html { font-size: 16px; }
body {
  margin: 0 auto; max-width: 60rem; padding: 1.5rem 1.25rem 4rem; color: var(--ink);
  background: var(--paper); line-height: 1.5;
  font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
}
h1 { font-size: 1.6rem; margin: 0 0 .25rem; }
h2 {
  font-size: 1.4rem; margin: 2.5rem 0 .25rem; padding-top: 1rem;
  border-top: 3px solid var(--ink);
}
h3 { font-size: 1.1rem; margin: 2rem 0 .5rem; border-bottom: 1px solid var(--rule); }
h4 { font-size: 1rem; margin: 1.5rem 0 .5rem; }
h5 { font-size: .95rem; margin: 1rem 0 .5rem; color: var(--muted); }
a { color: var(--link); }
.meta, .muted { color: var(--muted); }
.meta { margin: .25rem 0; }
.tag {
  display: inline-block; font-size: .75rem; padding: 0 .45rem; border-radius: .6rem;
  border: 1px solid currentColor; vertical-align: .1em; white-space: nowrap;
}
.corroborated .tag, .tag.corroborated { color: var(--good); }
.conflicting .tag, .tag.conflicting { color: var(--bad); }
.single_source .tag, .tag.single_source { color: var(--warn); }
.fact {
  margin: .75rem 0 1.25rem; padding: .5rem .75rem; border-left: 4px solid var(--rule);
  background: var(--panel); break-inside: avoid;
}
.fact.corroborated { border-left-color: var(--good); }
.fact.conflicting { border-left-color: var(--bad); }
.fact.single_source { border-left-color: var(--warn); }
.fact-text { margin: 0 0 .25rem; font-weight: 600; }
.fid { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; color: var(--muted); }
.evidence { list-style: none; margin: .5rem 0 0; padding: 0; }
.evidence li { margin: .35rem 0; }
.who { font-weight: 600; }
.note { color: var(--muted); font-size: .9rem; }
blockquote {
  margin: .15rem 0 0 1rem; padding: 0 0 0 .6rem; border-left: 2px solid var(--rule);
  font-family: Georgia, "Times New Roman", serif;
}
mark { background: var(--mark); color: inherit; padding: 0 .1em; }
.conflict { margin: .5rem 0; }
.values { display: flex; flex-wrap: wrap; gap: .5rem; margin-top: .35rem; }
.value {
  flex: 1 1 14rem; padding: .4rem .6rem; background: var(--paper);
  border: 1px solid var(--bad); border-radius: .3rem;
}
.value blockquote { margin-left: 0; }
.quote { margin: .75rem 0 1.25rem; break-inside: avoid; }
.wording { font-family: Georgia, "Times New Roman", serif; }
del { color: var(--bad); text-decoration: line-through; background: #fde7e7; }
ins { color: var(--good); text-decoration: underline; background: #e6f6ea; }
table { border-collapse: collapse; width: 100%; margin: .5rem 0; font-size: .92rem; }
th, td {
  border: 1px solid var(--rule); padding: .3rem .45rem; text-align: left; vertical-align: top;
}
thead th { background: var(--panel); }
td.cell { text-align: center; width: 4.5rem; }
td.in { color: var(--good); font-weight: 700; }
td.out { color: var(--muted); }
.matrix th.col { writing-mode: horizontal-tb; font-weight: 600; }
nav ol { margin: .25rem 0; }
ul.plain { padding-left: 1.1rem; }
code { font-size: .85em; overflow-wrap: anywhere; }
footer { margin-top: 3rem; color: var(--muted); font-size: .85rem; }
@media (prefers-color-scheme: dark) {
  :root {
    --ink: #e6e6e6; --muted: #a0a6b0; --rule: #3a3f47; --paper: #16181c; --panel: #1f2228;
    --good: #4ac26b; --bad: #ff7b72; --warn: #d29922; --mark: #5c4d00; --link: #7cacf8;
  }
  del { background: #4b1c1c; }
  ins { background: #173a23; }
}
@media print {
  :root {
    --ink: #000; --muted: #444; --rule: #999; --paper: #fff; --panel: #fff; --link: #000;
  }
  body { max-width: none; padding: 0; font-size: 10.5pt; }
  nav, footer { display: none; }
  h2 { break-before: page; }
  h2:first-of-type { break-before: auto; }
  h3, h4, h5 { break-after: avoid; }
  .fact, .quote, tr { break-inside: avoid; }
  a[href]::after { content: " <" attr(href) ">"; font-size: .8em; color: var(--muted); }
  mark, del, ins, .tag { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
""".strip()


def page(
    *,
    title: str,
    heading: str,
    meta: str,
    body: Sequence[str],
    footer: str,
    extra_css: str = "",
) -> str:
    """Return a complete, self-contained HTML page around ``body``.

    Every HTML output of corrobora goes through here, so the security policy, the
    referrer rule and the style sheet are set in one place.

    Args:
        title: the page title, plain text (escaped here).
        heading: the visible heading, plain text (escaped here).
        meta: the line under the heading, plain text (escaped here).
        body: markup lines between the header and the footer, already escaped.
        footer: the footer sentence, plain text (escaped here).
        extra_css: more inline CSS for this kind of page.
    """
    style = f"{CSS}\n{extra_css}" if extra_css else CSS
    return "\n".join(
        [
            "<!doctype html>",
            '<html lang="en">',
            "<head>",
            '<meta charset="utf-8">',
            f'<meta http-equiv="Content-Security-Policy" content="{CSP}">',
            '<meta name="referrer" content="no-referrer">',
            '<meta name="viewport" content="width=device-width, initial-scale=1">',
            f'<meta name="generator" content="corrobora {_esc(__version__)}">',
            f"<title>{_esc(title)}</title>",
            f"<style>\n{style}\n</style>",
            "</head>",
            "<body>",
            "<header>",
            f"<h1>{_esc(heading)}</h1>",
            f'<p class="meta">{_esc(meta)}</p>',
            "</header>",
            *body,
            f"<footer>{escape(footer, quote=False)}</footer>",
            "</body>",
            "</html>",
        ]
    )


def _esc(text: str) -> str:
    return escape(text, quote=True)
