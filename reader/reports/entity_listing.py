"""The human listing of ``reader entities``: merged entity records grouped by type."""

from __future__ import annotations

from reader.analysis.entities import TYPES
from reader.reports.output import style

TYPE_HEADINGS = {"person": "People", "organization": "Organisations", "place": "Places", "date": "Dates",
                 "figure": "Figures"}


def format_entities(records: list[dict], colour: bool = False) -> str:
    """The human listing of :func:`entities_json` records, grouped by type."""
    lines: list[str] = []
    for t in TYPES:
        group = [r for r in records if r["type"] == t]
        if not group:
            continue
        if lines:
            lines.append("")
        lines.append(style(f"{TYPE_HEADINGS[t]} ({len(group)})", "1", colour))
        width = min(40, max(len(r["name"]) for r in group))
        for r in group:
            where = ", ".join(f"{a} {n}" for a, n in r["counts"].items())
            extra = [a for a in r["aliases"] if a != r["name"]]
            if t == "figure":
                extra = sorted({f["counts"] for f in r.get("figures", []) if f.get("counts")})
                label = "counts: "
            else:
                label = "also: "
            tail = f"  ({label}{'; '.join(extra)})" if extra else ""
            lines.append(f"  {r['name']:<{width}}  {r['mentions']:>3}×  {where}{style(tail, '2', colour)}")
    return "\n".join(lines) + ("\n" if lines else "")
