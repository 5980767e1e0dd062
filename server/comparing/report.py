"""The report's Similarity section: the pairs a session is in and their matched fragments.

A signal to review, never a verdict. The section names the other session and the lines
matched on both sides with where each came from, but never shows the other candidate's code:
a candidate may read their own report.
"""

from __future__ import annotations

import html
from typing import Any, Final

from server.comparing.service import session_pairs

__all__ = ["similarity_html", "similarity_markdown", "similarity_section"]

_NOTE: Final = ("Similar code is a reason to look, never a verdict: compare the fragments "
                "side by side (the proctor console) and read where each came from.")


async def similarity_section(session_id: int) -> list[dict[str, Any]] | None:
    """The pairs the session is in, most similar first, the session on the left; None if none."""
    return await session_pairs(session_id) or None


def _lines(side: dict[str, Any]) -> str:
    first, last = side["lines"]
    return f"{side['path']} lines {first}–{last}" if first != last else \
        f"{side['path']} line {first}"


def similarity_markdown(section: list[dict[str, Any]] | None) -> str:
    """The section as Markdown (empty without pairs)."""
    if not section:
        return ""
    out = ["", "## Similarity", "", _NOTE, "",
           "| other session | similarity | longest fragment | fragments |", "|---|---|---|---|"]
    for pair in section:
        out.append(f"| {pair['sessions'][1]} | {pair['similarity']:.0%} | "
                   f"{pair['longest_fragment']} tokens | {len(pair['fragments'])} |")
    for pair in section:
        out += ["", f"### With session {pair['sessions'][1]} ({pair['similarity']:.0%})", "",
                "| this session | provenance | other session | provenance |", "|---|---|---|---|"]
        for f in pair["fragments"]:
            out.append(f"| {_cell(_lines(f['left']))} | {f['left'].get('provenance', '')} | "
                       f"{_cell(_lines(f['right']))} | {f['right'].get('provenance', '')} |")
    return "\n".join(out) + "\n"


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")[:300]


def similarity_html(section: list[dict[str, Any]] | None) -> str:
    """The section as an HTML fragment (empty without pairs); every text escaped."""
    if not section:
        return ""
    e = html.escape
    rows = "".join(
        f"<tr><td>{int(p['sessions'][1])}</td><td>{p['similarity']:.0%}</td>"
        f"<td>{int(p['longest_fragment'])} tokens</td><td>{len(p['fragments'])}</td></tr>"
        for p in section)
    details = "".join(
        f"<h3>With session {int(p['sessions'][1])} ({p['similarity']:.0%})</h3><table>"
        "<tr><th>this session</th><th>provenance</th><th>other session</th><th>provenance</th></tr>"
        + "".join(f"<tr><td>{e(_lines(f['left']))}</td><td>{e(str(f['left'].get('provenance', '')))}"
                  f"</td><td>{e(_lines(f['right']))}</td>"
                  f"<td>{e(str(f['right'].get('provenance', '')))}</td></tr>"
                  for f in p["fragments"]) + "</table>"
        for p in section)
    return (f'<section id="similarity"><h2>Similarity</h2><p>{e(_NOTE)}</p><table><tr>'
            "<th>other session</th><th>similarity</th><th>longest fragment</th><th>fragments</th>"
            f"</tr>{rows}</table>{details}</section>")
