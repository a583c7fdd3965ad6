"""Score reader on probes: invented stories written with their truth before reader first ran
on them (conflicting figures, traps that must stay quiet, copy relations, speakers).

    python -m benchmarks.probe_eval [PROBE_DIR ...] [--details]

A probe folder holds one folder per story (Markdown articles with front matter, the file
stem the article id) and ``truth.json``::

    {"stories": {"s1": {
        "conflicts": [{"what": "…", "a": "id", "a_figure": "about 300",
                       "a_snippet": "about 300 workers were told to leave",
                       "b": "id", "b_figure": "420", "b_snippet": "420 employees were evacuated"}],
        "traps": [{"what": "…", "a": "id", "a_snippet": "…", "b": "id", "b_snippet": "…"}],
        "copies": [{"copy": "id", "source": "id"}],
        "speakers": [{"article": "id", "quote_snippet": "words inside the quotation",
                      "speaker": "Full Name"}]}}}

Each story is analysed by the installed ``reader story DIR --json`` run with this
interpreter (``python -m reader``, so run it from the tree to be measured). A truth conflict
is found when one of reader's conflicts puts a figure whose sentence holds ``a_snippet`` and
whose text overlaps ``a_figure`` in one value and such a figure for ``b`` in another (the
snippet is four words or more of the truth's article; a carrier printing the same words
tells the same figure). A conflict of reader's is spurious when no two of its figures in
different values make a truth conflict and its values are not the two of one (the truth's
disagreement told in other sentences: another carrier's wording; listed by ``--details``);
``traps`` counts those whose figures are a trap's two sentences. A copy is found when reader
relates its two articles (a link of any kind); a false copy claim is a directed "draws on"
link the truth does not list. A speaker is right when the quotation holding the snippet in
that article is given to a name holding the truth's last name, wrong when given to another,
none when given to no one or not found.

The stories are the project's own invented text, kept in ``benchmarks/probes/`` once they
have been measured once (a probe run before anyone read it is the held-out measure; after
that it is development material).
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

Json = dict[str, Any]
_SPACE = re.compile(r"\s+")
_NUMBER = re.compile(r"\d[\d,]*(?:[.:]\d+)?")
_QUOTES = str.maketrans({"“": '"', "”": '"', "‘": "'", "’": "'"})
COLUMNS = ("conflicts", "spurious", "traps", "copies", "false copies", "speakers right", "wrong", "none")


def norm(text: str) -> str:
    """Lower case, one space between words, straight quotation marks."""
    return _SPACE.sub(" ", text.translate(_QUOTES)).strip().lower()


def run_story(folder: Path) -> Json:
    """reader's story JSON for one folder of articles."""
    proc = subprocess.run([sys.executable, "-m", "reader", "story", str(folder), "--json"],
                          capture_output=True, text=True, check=False)
    if proc.returncode != 0:
        raise RuntimeError(f"reader story {folder} exited {proc.returncode}: {proc.stderr[-400:]}")
    data: Json = json.loads(proc.stdout)
    return data


def _figure_span(figure: Json, snippet: str, text: str) -> bool:
    """Whether reader's figure sits where the truth's figure text sits in its snippet."""
    sentence = norm(figure.get("sentence", ""))
    snippet, text = norm(snippet), norm(text)
    at = sentence.find(snippet)
    if at < 0:
        return False
    inner = snippet.find(text)
    lo = at + max(inner, 0)
    hi = lo + (len(text) if inner >= 0 else len(snippet))
    before = figure.get("sentence", "")[: max(figure["start"] - figure["sentence_start"], 0)]
    rel_start = len(_SPACE.sub(" ", before.translate(_QUOTES)).lstrip())   # (its end's space kept, as in the sentence)
    rel_end = rel_start + len(norm(figure["text"]))
    return rel_start < hi and lo < rel_end


def _located(figure: Json, snippet: str, text: str | None) -> bool:
    """Whether reader's figure is the truth's: in a sentence holding the snippet (in the
    truth's article, or in another that prints the same words, as a carrier does) and, when
    ``text`` is given, where that text sits in it."""
    if text is None:
        return norm(snippet) in norm(figure.get("sentence", ""))
    return _figure_span(figure, snippet, text)


def _cross_pairs(conflict: Json) -> Iterator[tuple[Json, Json]]:
    values = conflict["values"]
    for i, one in enumerate(values):
        for other in values[i + 1:]:
            for fa in one["figures"]:
                for fb in other["figures"]:
                    yield fa, fb


def _matches(conflict: Json, entry: Json, with_figures: bool) -> bool:
    a_text = entry.get("a_figure") if with_figures else None
    b_text = entry.get("b_figure") if with_figures else None
    for fa, fb in _cross_pairs(conflict):
        for x, y in ((fa, fb), (fb, fa)):
            if _located(x, entry["a_snippet"], a_text) and _located(y, entry["b_snippet"], b_text):
                return True
    return False


def _number(text: str) -> float | None:
    """The first number a truth figure prints ("about 1,100", "Forty-two", "2:15 p.m." → 2.15)."""
    from reader.analysis.figures import number_word_value

    if m := _NUMBER.search(text):
        return float(m.group().replace(",", "").replace(":", "."))
    for word in re.findall(r"[A-Za-z]+", text.replace("-", " ")):
        if (value := number_word_value(word.lower())) is not None:
            return float(value)
    return None


def _values(conflict: Json) -> set[float]:
    out = set()
    for value in conflict["values"]:
        if (n := _number(value["stated"])) is not None:
            out.add(n)
    return out


def _related(story: Json, one: str, other: str) -> bool:
    return any({link["copy"], link["source"]} == {one, other} for link in story["provenance"]["links"])


def _speaker(story: Json, entry: Json) -> str:
    snippet = norm(entry["quote_snippet"])
    last = norm(entry["speaker"]).split()[-1]
    for quote in story["quotes"]:
        if snippet in norm(quote["text"]) and any(o["article"] == entry["article"] for o in quote["occurrences"]):
            speaker = norm(quote.get("speaker") or "")
            if not speaker:
                return "none"
            return "right" if last in speaker.split() else "wrong"
    return "none"


def score_story(story: Json, truth: Json) -> tuple[dict[str, int], list[str]]:
    """Counts of one story (``COLUMNS``) and the lines ``--details`` prints."""
    conflicts, details = story["conflicts"], []
    counts = dict.fromkeys(COLUMNS, 0)
    for entry in truth.get("conflicts", []):
        if any(_matches(c, entry, True) for c in conflicts):
            counts["conflicts"] += 1
        else:
            details.append(f"  missed {entry['what']}: {entry['a']} “{entry['a_snippet']}”"
                           f" / {entry['b']} “{entry['b_snippet']}”")
    told = [{_number(e["a_figure"]), _number(e["b_figure"])} for e in truth.get("conflicts", [])]
    for c in conflicts:
        if any(_matches(c, e, True) for e in truth.get("conflicts", [])):
            continue
        shown = " / ".join(f"{v['stated']} {sorted(v['articles'])}" for v in c["values"])
        if any(None not in pair and len(pair) == 2 and pair <= _values(c) for pair in told):
            details.append(f"  truth's values, other sentences {c['quantity']}: {shown}")
            continue
        counts["spurious"] += 1
        trap = any(_matches(c, t, False) for t in truth.get("traps", []))
        counts["traps"] += trap
        details.append(f"  {'trap' if trap else 'spurious'} {c['quantity']}: {shown}")
    copies = {(e["copy"], e["source"]) for e in truth.get("copies", [])}
    counts["copies"] = sum(_related(story, *pair) for pair in copies)
    for link in story["provenance"]["links"]:
        if link.get("directed") and (link["copy"], link["source"]) not in copies:
            counts["false copies"] += 1
            details.append(f"  false copy claim: {link['copy']} draws on {link['source']} ({link.get('reason', '')})")
    for entry in truth.get("speakers", []):
        verdict = _speaker(story, entry)
        counts["speakers right" if verdict == "right" else verdict] += 1
        if verdict != "right":
            details.append(f"  speaker {verdict}: {entry['article']} “{entry['quote_snippet']}” ({entry['speaker']})")
    return counts, details


def _totals(truth: Json) -> dict[str, int]:
    return {"conflicts": len(truth.get("conflicts", [])), "copies": len(truth.get("copies", [])),
            "speakers right": len(truth.get("speakers", []))}


def _row(name: str, counts: dict[str, int], totals: dict[str, int]) -> str:
    cells = [f"{counts[c]}/{totals[c]}" if c in totals else str(counts[c]) for c in COLUMNS]
    return "| " + " | ".join([name, *cells]) + " |"


def evaluate(probe: Path, details: bool) -> tuple[list[str], dict[str, int], dict[str, int]]:
    """Table rows of one probe and its summed counts and totals."""
    truth = json.loads((probe / "truth.json").read_text(encoding="utf-8"))["stories"]
    rows, summed, totals = [], dict.fromkeys(COLUMNS, 0), dict.fromkeys(("conflicts", "copies", "speakers right"), 0)
    for name in sorted(truth, key=lambda s: (len(s), s)):
        counts, lines = score_story(run_story(probe / name), truth[name])
        story_totals = _totals(truth[name])
        rows.append(_row(f"{probe.name}/{name}", counts, story_totals))
        if details:
            rows.extend(lines)
        for k in COLUMNS:
            summed[k] += counts[k]
        for k, v in story_totals.items():
            totals[k] += v
    rows.append(_row(f"{probe.name} TOTAL", summed, totals))
    return rows, summed, totals


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("probes", nargs="*", type=Path, help="probe folders (default: benchmarks/probes/*)")
    parser.add_argument("--details", action="store_true", help="print each miss, spurious conflict and wrong speaker")
    args = parser.parse_args(argv)
    kept = Path(__file__).parent / "probes"
    probes = args.probes or sorted(p for p in kept.glob("*") if (p / "truth.json").is_file())
    if not probes:
        print("no probe folders given or found under benchmarks/probes")
        return 0
    print("| story | " + " | ".join(COLUMNS) + " |")
    print("|" + "---|" * (len(COLUMNS) + 1))
    for probe in probes:
        rows, _, _ = evaluate(probe, args.details)
        print("\n".join(rows), flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
