"""A self-contained HTML report of a story analysis (``reader story --html FILE``).

One file, inline CSS, no scripts and no remote resources: the only URLs are the
articles' own (http(s) only), shown as links. Every piece of article text goes through
:func:`html.escape`. Sections: the articles, the shared-text matrix as a heat map,
provenance, conflicting figures, quotes across sources, the shared passages side by side
with word diffs, lines only one source has, entities only some sources mention, labels (the
words each source uses for one referent) and the timeline.
"""

from __future__ import annotations

from html import escape

from reader.analysis.step_faults import ENTITIES, FIGURES, LINES, PROVENANCE, QUOTES
from reader.engine.change_kinds import without_style_changes
from reader.reports.link_groups import LinkLine, link_lines
from reader.reports.markdown import counted, first_carrier_basis, first_quote_basis

TYPE_CHECKING = False  # typing is not imported at run time: it costs start-up
if TYPE_CHECKING:
    from collections.abc import Sequence

    from reader.analysis.story import Story
    from reader.library.model import Article

_CSS = """
body{font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:0 auto;max-width:1180px;
 padding:24px;color:#1d232b;background:#fff}
h1{font-size:26px;margin:0 0 4px}\
h2{font-size:20px;margin:32px 0 8px;border-bottom:2px solid #e3e7ec;padding-bottom:4px}
h3{font-size:16px;margin:18px 0 6px}.muted{color:#5b6673}.small{font-size:13px}
table{border-collapse:collapse;margin:8px 0}\
th,td{border:1px solid #d5dbe2;padding:4px 8px;text-align:left;vertical-align:top}
th{background:#f3f5f8;font-weight:600}
table.heat td.cell{text-align:center;min-width:70px;font-variant-numeric:tabular-nums}
table.heat td.self{background:#eef0f3;color:#98a2ad}
.badge{display:inline-block;padding:0 6px;border-radius:9px;font-size:12px;background:#e7ecf2;color:#334}
.badge.rewritten,.badge.reworded{background:#fbe3d0;color:#7a3b00}.badge.verbatim{background:#d9f0dd;color:#1d5a28}
.badge.edited{background:#e4e3fa;color:#3a3490}.badge.altered{background:#fbe3d0;color:#7a3b00}
.conflict{border:1px solid #e8c9a8;background:#fffaf4;border-radius:6px;padding:8px 12px;margin:10px 0}
.value{font-weight:700;font-size:17px}
.sentence{margin:4px 0 8px 14px;padding-left:8px;border-left:3px solid #e3e7ec}
mark{background:#ffe28a;padding:0 1px}
.pair{display:grid;grid-template-columns:1fr 1fr;gap:14px;margin:6px 0 16px}
.side{border:1px solid #d5dbe2;border-radius:6px;padding:8px 10px;white-space:pre-wrap;overflow-wrap:anywhere;
 font-size:14px}
.side h4{margin:0 0 6px;font-size:13px;color:#5b6673;white-space:normal}
del{background:#fde0e0;color:#8a1c1c;text-decoration:line-through}
ins{background:#d8f3dc;color:#14532d;text-decoration:underline;font-weight:600}
ul.lines li{margin:3px 0}
td.carried{white-space:nowrap}td.carried .diff{white-space:normal}
details{margin:6px 0}summary{cursor:pointer;font-weight:600}
.badge.loaded{background:#fde0e0;color:#8a1c1c}.badge.neutral{background:#e7ecf2;color:#334}
"""


def _e(text: object) -> str:
    return escape("" if text is None else str(text), quote=True)


def _heat(share: float) -> str:
    """Background for a matrix cell: white at 0, deep orange at 100%."""
    if share <= 0:
        return "background:#ffffff"
    light = 96 - 56 * min(1.0, share)
    colour = "#fff" if light < 60 else "#1d232b"
    return f"background:hsl(22,90%,{light:.0f}%);color:{colour}"


def _label(a: Article) -> str:
    return f"{a.id} ({a.outlet_label})"


def _articles(story: Story) -> list[str]:
    out = ["<h2>Articles</h2>", "<table><tr><th>id</th><th>outlet</th><th>title</th><th>words</th>"
           "<th>published</th><th>url</th></tr>"]
    for a in story.articles:
        url = a.url if a.url and a.url.lower().startswith(("http://", "https://")) else None
        link = (f'<a href="{_e(url)}" rel="noreferrer noopener">{_e(url)}</a>' if url
                else '<span class="muted">—</span>')
        out.append(f"<tr><td>{_e(a.id)}</td><td>{_e(a.outlet_label)}</td><td>{_e(a.title)}</td><td>{a.words}</td>"
                   f"<td>{_e(a.published or '—')}</td><td>{link}</td></tr>")
    out.append("</table>")
    return out


def _unaligned(pairs: int) -> str:
    """How many unrelated pairs were not aligned, in words: "1 unrelated pair was"."""
    return f"{pairs} unrelated pair{' was' if pairs == 1 else 's were'} not aligned (0%)."


def _matrix(story: Story) -> list[str]:
    arts = story.articles
    out = ["<h2>Shared text</h2>",
           '<p class="muted small">Each cell: the share of the <b>row</b> article\'s words that lie in passages it '
           f"shares with the column article. {_unaligned(story.skipped_pairs)}</p>",
           '<table class="heat"><tr><th></th>' + "".join(f"<th>{_e(a.id)}</th>" for a in arts) + "</tr>"]
    for i, a in enumerate(arts):
        cells = []
        # matrix_row: the row in time linear in it (None: not aligned), as not_aligned and shared give each cell
        for j, s in enumerate(story.matrix_row(i)):
            if i == j:
                cells.append('<td class="cell self">—</td>')
                continue
            if s is None:
                cells.append('<td class="cell self" title="copies of one widely carried text, each aligned with '
                             'the fullest copy, not with each other">n/a</td>')
                continue
            cells.append(f'<td class="cell" style="{_heat(s)}" title="{_e(a.id)} in {_e(arts[j].id)}">'
                         f"{s:.0%}</td>")
        out.append(f"<tr><th>{_e(a.id)}</th>{''.join(cells)}</tr>")
    out.append("</table>")
    return out


def _provenance(story: Story) -> list[str]:
    out = ["<h2>Provenance</h2>"]
    if fault := story.faults.get(PROVENANCE):      # (a step that stopped: its section is empty, not "none")
        return [*out, f'<p class="muted">{_e(fault)}.</p>']
    apart = [f"<li><b>{_e(t.a)}</b> and <b>{_e(t.b)}</b> {_e(t.reason)}.</li>" for t in story.templates]
    if not story.links:
        out.append('<p class="muted">No article draws substantially on another.</p>')
        return [*out, "<ul>", *apart, "</ul>"] if apart else out
    out.append("<ul>")
    for fam in story.families:
        name = f" ({_e(fam.source_name)})" if fam.source_name else ""
        out.append(f"<li>Family {fam.id}: {_e(', '.join(fam.members))} — source: {_e(fam.source_kind)}{name}, "
                   f"by {_e(fam.rule)}: {_e(fam.reason)}<ul>")
        for line in link_lines(fam.links):
            link = line.link
            if link is None:
                out.append(_group_item(line))
                continue
            badge = ' <span class="badge reworded">reworded copy</span>' if link.reworded else ""
            if link.directed:
                text = (f"<b>{_e(link.copy)}</b> draws on <b>{_e(link.source)}</b> — {link.copy_contained:.0%} "
                        f"of its words shared (by {_e(link.basis)}: {_e(link.reason)})")
            else:
                text = (f"<b>{_e(link.copy)}</b> and <b>{_e(link.source)}</b> share text "
                        f"({link.copy_contained:.0%} / {link.source_contained:.0%}): {_e(link.reason)}")
            out.append(f"<li>{text}{badge}</li>")
        out.append("</ul></li>")
    out += [*apart, "</ul>"]
    unsourced = [a.id for a in story.articles if not story.provenance[a.id]["draws_on"]]
    out.append(f'<p class="muted small">Drawing on no other article here: {_e(", ".join(unsourced))}</p>')
    return out


def _group_item(line: LinkLine) -> str:
    names = ", ".join(f"<b>{_e(m)}</b>" for m in line.members)
    badge = ' <span class="badge reworded">reworded copies</span>' if line.reworded else ""
    return (f"<li>{names} share text, {_e(line.pairs_phrase())}"
            f": {_e(line.reason)}{badge}</li>")


def _conflicts(story: Story) -> list[str]:
    from reader.analysis.conflicts import LEARNED_NOTE, SHARED_TEXT_NOTE

    fault = story.faults.get(FIGURES)      # (a step that stopped: its section is empty, not "none")
    out = ["<h2>Conflicting figures</h2>", *([f'<p class="muted">{_e(fault)}.</p>'] if fault else [])]
    times = [f'<p class="muted small"><b>{_e(t.article)}</b> {_e(t.reason)}.</p>' for t in story.other_times]
    if not story.conflicts:
        return [*out, *([] if fault else ['<p class="muted">No figures disagree across sources.</p>']), *times]
    for c in story.conflicts:
        out.append(f'<div class="conflict"><h3>{_e(c.quantity)}</h3>')
        if c.shared_text:
            out.append(f'<p class="muted small">{_e(SHARED_TEXT_NOTE)}</p>')
        if c.learned:
            out.append(f'<p class="muted small">{_e(LEARNED_NOTE)}</p>')
        for v in c.values:
            out.append(f'<div><span class="value">{_e(v.stated)}</span> — {_e(", ".join(v.articles))}</div>')
            for u in v.uses:
                f = u.figure
                s0 = f.sentence_start
                sent = u.sentence
                a, b = f.number_start - s0, f.number_end - s0
                out.append(f'<div class="sentence"><span class="muted small">{_e(u.article)}:</span> '
                           f"{_e(sent[:a])}<mark>{_e(sent[a:b])}</mark>{_e(sent[b:])}</div>")
        out.append("</div>")
    return out + times


def _quotes(story: Story) -> list[str]:
    groups = [g for g in story.quote_groups if len(g.carried_by) > 1]
    out = ["<h2>Quotes across sources</h2>"]
    if fault := story.faults.get(QUOTES):
        return [*out, f'<p class="muted">{_e(fault)}.</p>']
    if not groups:
        return [*out, '<p class="muted">No quotation appears in more than one source.</p>']
    out.append("<table><tr><th>quote</th><th>speaker</th><th>carried by</th></tr>")
    for g in groups:
        rows = []
        others = dict(g.other_speakers())
        for o in g.occurrences:
            badge = f' <span class="badge {_e(o.relation)}">{_e(o.relation)}</span>'
            if o.article in others:
                badge += f' <strong>said by {_e(others[o.article])} here</strong>'
            diff = ""
            if o.relation == "altered":
                diff = '<br><span class="diff">' + _diff_html(o.diff, "both") + "</span>"
            rows.append(f"{_e(o.article)}{badge}{diff}")
        out.append(f"<tr><td>“{_e(g.canonical.quote.text)}”</td><td>{_e(g.speaker or '—')}</td>"
                   f"<td class=\"carried\">{'<br>'.join(rows)}</td></tr>")
    out.append("</table>")
    return out


def _diff_html(diff: Sequence[tuple[int, str]], side: str) -> str:
    parts = []
    for op, text in without_style_changes(diff, side):
        if op == 0:
            parts.append(_e(text))
        elif op == -1 and side in ("a", "both"):
            parts.append(f"<del>{_e(text)}</del>")
        elif op == 1 and side in ("b", "both"):
            parts.append(f"<ins>{_e(text)}</ins>")
    return "".join(parts)


def _passages(story: Story) -> list[str]:
    out = ["<h2>Shared passages</h2>",
           '<p class="muted small">Words only in the left article are <del>struck through</del>; words only in the '
           "right one are <ins>underlined</ins>.</p>"]
    arts = story.articles
    any_pair = False
    for (i, j), comp in sorted(story.comparisons.items(), key=lambda kv: -(kv[1].a_shared + kv[1].b_shared)):
        if not comp.passages:
            continue
        any_pair = True
        a, b = arts[i], arts[j]
        out.append(f"<h3>{_e(_label(a))} ⟷ {_e(_label(b))} <span class=\"muted small\">{comp.a_shared:.0%} / "
                   f"{comp.b_shared:.0%} shared · {len(comp.passages)} passage{'s' if len(comp.passages) != 1 else ''}"
                   "</span></h3>")
        for n, p in enumerate(comp.passages, 1):
            badge = f'<span class="badge {_e(p.kind)}">{_e(p.kind)}</span>'
            if p.quotation:
                badge += (' <span class="badge quotation" title="both quote the speaker: not evidence of copying">'
                          'quotation</span>')
            out.append(f'<div class="pair"><div class="side"><h4>⟨{n}⟩ {_e(a.id)} · {p.a_words} words '
                       f'{badge}</h4>{_diff_html(p.diff, "a")}</div>'
                       f'<div class="side"><h4>⟨{n}⟩ {_e(b.id)} · {p.b_words} words '
                       f'{badge}</h4>{_diff_html(p.diff, "b")}</div></div>')
    if not any_pair:
        from reader.analysis.story import ONE_ARTICLE

        note = ONE_ARTICLE if len(arts) < 2 else "No two articles share a passage."
        return [out[0], f'<p class="muted">{note}</p>']
    return out


def _unique(story: Story) -> list[str]:
    out = ["<h2>Lines only one source has</h2>"]
    if len(story.articles) < 2:
        from reader.analysis.story import ONE_ARTICLE

        return [*out, f'<p class="muted">{ONE_ARTICLE}</p>']
    if fault := story.faults.get(LINES):
        return [*out, f'<p class="muted">{_e(fault)}.</p>']
    for a in story.articles:
        lines = story.unique_lines.get(a.id, [])
        out.append(f"<details{' open' if 0 < len(lines) <= 8 else ''}><summary>{_e(_label(a))} — {len(lines)} "
                   f"line{'s' if len(lines) != 1 else ''}</summary><ul class=\"lines\">")
        out += [f"<li>{_e(a.body[s:e])}</li>" for s, e in lines]
        out.append("</ul></details>")
    return out


def _entities(story: Story) -> list[str]:
    out = ["<h2>Entities only some sources mention</h2>"]
    if fault := story.faults.get(ENTITIES):
        return [*out, f'<p class="muted">{_e(fault)}.</p>']
    if not story.entities:
        return [*out, '<p class="muted">Every source mentions the same people, organisations and places.</p>']
    out.append("<table><tr><th>name</th><th>type</th><th>mentioned by</th><th>not by</th></tr>")
    for r in story.entities:
        out.append(f"<tr><td>{_e(r['name'])}</td><td>{_e(r['type'])}</td><td>{_e(', '.join(r['articles']))}</td>"
                   f"<td class=\"muted\">{_e(', '.join(r['missing']))}</td></tr>")
    out.append("</table>")
    return out


def _labels(story: Story) -> list[str]:
    """Issue 16: the words each source uses for one referent, with the lexicon's notes."""
    from reader.analysis.labels import labels_json

    out = ["<h2>Labels</h2>", '<p class="muted small">The words each source uses for the same person, group or '
           "place, with the sentence each stands in. Words the label lexicon lists are marked with its note; "
           "reader judges no other word.</p>"]
    referents = labels_json(story.labels, story.analysed)
    if not referents:
        out.append('<p class="muted">No person, group or place is named in different words by the sources.</p>')
    for r in referents:
        out += [f"<h3>{_e(r['referent'])} <span class=\"badge\">{_e(r['kind'])}</span></h3>",
                "<table><tr><th>source</th><th>words</th><th>in the sentence</th></tr>"]
        for b in r["by_article"]:
            words = "<br>".join(_label_html(lab) for lab in b["labels"])
            sentences = "".join(f'<div class="sentence">{_marked(lab)}</div>' for lab in b["labels"])
            out.append(f"<tr><td>{_e(b['outlet'] or 'Unknown outlet')}<br><span class=\"muted small\">"
                       f"{_e(b['article'])}</span></td><td>{words}</td><td class=\"small\">{sentences}</td></tr>")
        out.append("</table>")
    notes = {lab["lexicon"]["term"]: lab["lexicon"] for r in referents for b in r["by_article"]
             for lab in b["labels"] if lab["lexicon"]}
    if notes:
        out.append('<p class="small">What the lexicon says of the marked words:</p><ul class="lines small">')
        for m in notes.values():
            sources = f" <span class=\"muted\">Sources: {_e('; '.join(m['sources']))}.</span>" if m["sources"] else ""
            out.append(f"<li><b>{_e(m['term'])}</b> ({_e(m['side'])}, {_e(m['group'])}): {_e(m['note'])}{sources}</li>")
        out.append("</ul>")
    return out


def _label_html(lab: dict) -> str:
    count = f' <span class="muted">×{lab["count"]}</span>' if lab["count"] > 1 else ""
    mark = f' <span class="badge {_e(lab["lexicon"]["side"])}">{_e(lab["lexicon"]["side"])}</span>' \
        if lab["lexicon"] else ""
    quoted = ' <span class="muted small">(in a quotation)</span>' if lab["quoted"] else ""
    return f"{_e(lab['text'])}{count}{mark}{quoted}"


def _marked(lab: dict) -> str:
    """The label's first sentence with the label highlighted."""
    sentence = lab["evidence"][0]["sentence"] if lab["evidence"] else ""
    at = sentence.find(lab["text"])
    if at < 0:
        return _e(sentence)
    end = at + len(lab["text"])
    return f"{_e(sentence[:at])}<mark>{_e(sentence[at:end])}</mark>{_e(sentence[end:])}"


def _timeline(story: Story) -> list[str]:
    """Issue 16: published order, first carriers of shared passages and quotes."""
    from reader.analysis.timeline import build_timeline, timeline_json

    data = timeline_json(story, story.timeline if story.timeline is not None else build_timeline(story))
    basis = {"published": "published", "fetched": "fetched (no date)", "listed": "no date or fetch time"}
    outlets = {a.id: a.outlet_label for a in story.articles}
    out = ["<h2>Timeline</h2>", "<table><tr><th>#</th><th>article</th><th>outlet</th><th>when</th><th>from</th></tr>"]
    for n, e in enumerate(data["order"], 1):
        out.append(f"<tr><td>{n}</td><td>{_e(e['article'])}</td><td>{_e(outlets[e['article']])}</td>"
                   f"<td>{_e(e['when'] or '—')}</td><td class=\"muted\">{basis[e['basis']]}</td></tr>")
    out += ["</table>", "<h3>Who first carried each shared passage</h3>"]
    if not data["passages"]:
        out.append('<p class="muted">No two articles share a passage.</p>')
    out.append('<ul class="lines">')
    for p in data["passages"]:
        how = first_carrier_basis(p)
        out.append(f"<li>⟨{p['passage']}⟩ <b>{_e(p['first'])}</b> <span class=\"muted\">({how})</span>, "
                   f"carried by {_e(', '.join(p['carried_by']))}: “{_e(p['excerpt'])}”</li>")
    out.append("</ul>")
    shared = [q for q in data["quotes"] if len(q["carried_by"]) > 1]
    out += ["<h3>Where each shared quote first appeared</h3>", '<ul class="lines">']
    if not shared:
        out.append('<li class="muted">No quotation appears in more than one source.</li>')
    for q in shared:
        how = first_quote_basis(q)
        who = f" — {_e(q['speaker'])}" if q["speaker"] else ""
        out.append(f"<li>“{_e(q['text'])}”{who}: <b>{_e(q['first'])}</b> <span class=\"muted\">({how})</span>; "
                   f"also {_e(', '.join(q['carried_by'][1:]))}</li>")
    out.append("</ul>")
    return out


def story_html(story: Story, title: str = "Story report") -> str:
    """The whole report as one HTML document (a string)."""
    body = [f"<h1>{_e(title)}</h1>",
            f'<p class="muted">{counted(len(story.articles), "article")} · '
            f'{counted(len(story.links), "provenance link")} · '
            f"{counted(len(story.conflicts), 'conflicting figure')} · made by reader</p>"]
    for section in (_articles, _matrix, _provenance, _conflicts, _quotes, _passages, _unique, _entities, _labels,
                    _timeline):
        body += section(story)
    return ("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
            "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">"
            f"<title>{_e(title)}</title><style>{_CSS}</style></head>\n<body>\n"
            + "\n".join(body) + "\n</body></html>\n")
