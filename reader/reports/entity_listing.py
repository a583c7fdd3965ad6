"""The human listing of ``reader entities``: merged entity records grouped by type."""

from __future__ import annotations

from reader.analysis.entities import TYPES
from reader.reports.output import style
from reader.text.cells import cell_width, wrap

TYPE_HEADINGS = {"person": "People", "organization": "Organisations", "place": "Places", "date": "Dates",
                 "figure": "Figures"}


def format_entities(records: list[dict], colour: bool = False, width: int | None = None) -> str:
    """The human listing of :func:`entities_json` records, grouped by type; with a
    ``width`` (the terminal's), each row's list of articles wraps under itself."""
    lines: list[str] = []
    for t in TYPES:
        group = [r for r in records if r["type"] == t]
        if not group:
            continue
        if lines:
            lines.append("")
        lines.append(style(f"{TYPE_HEADINGS[t]} ({len(group)})", "1", colour))
        name_width = min(40, max(len(r["name"]) for r in group))
        for r in group:
            where = ", ".join(f"{a} {n}" for a, n in r["counts"].items())
            extra = [a for a in r["aliases"] if a != r["name"]]
            if t == "figure":
                extra = sorted({f["counts"] for f in r.get("figures", []) if f.get("counts")})
                label = "counts: "
            else:
                label = "also: "
            tail = f"  ({label}{'; '.join(extra)})" if extra else ""
            head = f"  {r['name']:<{name_width}}  {r['mentions']:>3}×  "
            if width and cell_width(head + where + tail) > width:
                rows = wrap(head + where + tail, width, " " * min(cell_width(head), width // 2))
                lines += [*rows[:-1], _dim_tail(rows[-1], tail, colour)]
            else:
                lines.append(f"{head}{where}{style(tail, '2', colour)}")
    return "\n".join(lines) + ("\n" if lines else "")


def _dim_tail(row: str, tail: str, colour: bool) -> str:
    """The last wrapped row with the aliases' part dimmed, as an unwrapped row has it."""
    tail = tail.strip()
    at = row.rfind(tail[:12]) if tail else -1
    return row[:at] + style(row[at:], "2", colour) if colour and at > 0 else row
