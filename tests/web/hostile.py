"""Articles written to attack the web pages: markup and script in every field a page shows.

Each payload, if it ever ran, would set ``window.__pwned`` or open a dialog; the browser
tests check that neither happens and that the payloads show as plain text.
"""

from __future__ import annotations

import json
from pathlib import Path

SCRIPT = "<script>window.__pwned = 1; alert('script')</script>"
IMG = "<img src=x onerror=\"window.__pwned = 2; alert('img')\">"
SVG = "<svg onload=\"window.__pwned = 3; alert('svg')\">"
JS_URL = "javascript:window.__pwned=4;alert('url')"
BROKEN = '<div class="x><p onclick="window.__pwned = 5"unclosed <b><i>bold</b>'
PAYLOADS = (SCRIPT, IMG, SVG, JS_URL, BROKEN)

_TXT = f"""Title: Harbor crane collapse {SCRIPT} injures workers
Outlet: Gazette {IMG} Daily
URL: {JS_URL}
Published: 2026-04-07T09:00:00+00:00

A crane collapsed at the Kellby container harbor on Monday morning, injuring 12 workers, the harbor authority said. {SCRIPT}

"We heard a crack and then the whole arm came down," said Tomas Venn, a foreman at the terminal. {IMG}

The harbor authority said the crane had passed an inspection in January. Click <a href="{JS_URL}">here</a> for more {BROKEN}.

Officials closed the north quay while investigators examined the wreckage. {SVG}
"""

_HTML = f"""<!doctype html>
<html><head><title>Crane falls at Kellby harbor &lt;script&gt;window.__pwned=6&lt;/script&gt;</title>
<meta property="og:site_name" content="Coastal &lt;img src=x onerror=alert(7)&gt; Times">
<meta property="article:published_time" content="2026-04-07T11:30:00+00:00">
<script>window.__pwned = 8;</script></head>
<body onload="window.__pwned = 9">
<article>
<h1>Crane falls at Kellby harbor</h1>
<p>A crane collapsed at the Kellby container harbor on Monday morning, injuring 15 workers, according to the harbor authority. &lt;script&gt;window.__pwned = 10&lt;/script&gt;</p>
<p>"We heard a crack and then the whole arm came down," foreman Tomas Venn said. &lt;img src=x onerror="window.__pwned=11"&gt;</p>
<p>The harbor authority said the crane had passed an inspection in January. <a href="{JS_URL}">Read more</a> &lt;svg onload=alert(12)&gt;</p>
<p>Officials closed the north quay while investigators examined the wreckage.
<div><p onclick="alert(13)">unclosed <b><i>markup
</article>
</body></html>
"""

_JSONL = {
    "title": f"Kellby crane {SVG} collapse",
    "outlet": f"Radio {SCRIPT}",
    "url": JS_URL,
    "published": "2026-04-07T13:00:00+00:00",
    "text": (
        "A crane collapsed at the Kellby container harbor on Monday, injuring 12 workers, the "
        f"harbor authority said. {BROKEN} Officials closed the north quay while investigators "
        f"examined the wreckage. {IMG}"
    ),
}


def write_hostile_inputs(folder: Path) -> list[Path]:
    """Write the hostile .txt, .html and .jsonl inputs into ``folder``; return their paths."""
    txt = folder / "gazette.txt"
    txt.write_text(_TXT, encoding="utf-8")
    html = folder / "coastal.html"
    html.write_text(_HTML, encoding="utf-8")
    jsonl = folder / "radio.jsonl"
    jsonl.write_text(json.dumps(_JSONL) + "\n", encoding="utf-8")
    return [txt, html, jsonl]
