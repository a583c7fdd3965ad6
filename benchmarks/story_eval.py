"""Story analysis against the hand-made gold of the development stories (``stories-dev``).

    python -m benchmarks.story_eval [--data DIR] [--story NAME] [--verbose] [--json]

The data is read from ``../shared/data/stories-dev`` (next to the repository; ``--data``
points elsewhere): one folder per story with seven articles ``[0-9][0-9]-*.md`` and a
``gold.json`` (its README describes every field). The texts are copyrighted news: this
module only reads them where they lie, never copies them (or strings from them) into the
repository, and prints ids, offsets, counts and reader's own labels, not article text.
When the folder is absent it says so and exits 0.

Each story's articles (exactly the ``[0-9][0-9]-*.md`` files) go through the stable CLI,
``python -m reader story FILES --json``, in a child process with a fresh cache folder, so
the figures do not depend on reader's internals. Offsets in that JSON index the article
*body*: the text after the line that closes the front matter (:func:`split_body`).

Locating gold text
    Gold strings (sentences, quotes, figure wordings) are exact substrings of the body;
    they are found with ``str.find`` (a whitespace- and quote-style-tolerant pattern is
    the fallback). Sentences are located in order, each after the previous one, so a
    repeated sentence gets its own place. A quote is looked for right after a quotation
    mark first; ``count`` occurrences are scored when the gold gives a count.
    Two spans *match* when they overlap by at least half of the shorter one
    (:func:`overlaps_enough`).

The measures, one row per story and a total (sums of the counts, so rates are micro
averages):

1. **Pair detection.** Gold ``shared_text`` (a pair reuses at least one sentence
   verbatim or edited) against reader relating the pair (a ``pairs`` entry with at least
   one passage that is not a quotation both carry: reader's ``quotation``, the gold's
   ``same-quote``). Precision and recall over the 21 pairs. Passages with the distractor are
   false pairs, also counted apart.
2. **Reused-sentence coverage.** Every sentence (each side, distinct) in a gold
   ``verbatim`` or ``edited`` link; covered when at least half of its characters lie in
   reader's passages *for that pair* (the side of the passage that belongs to the
   article, and the words a passage marks as moved to or from that side). A sentence
   with any verbatim link counts as verbatim, else as edited.
3. **Derived pairs related.** Among pairs with ``relation.derived``, the share reader
   relates at all: a passage, or a provenance link in either direction.
4. **Copy claims.** Every directed provenance link "copy X draws on source Y". It is
   supported when the gold says X derives from Y: ``origin.derivations[X].derives_from``
   *begins with* Y's id (``"02-... (syndicated)"``; an id mentioned later, as in "the
   same text as 03-...", is not a derivation), or a clause of
   ``origin.copies_between_articles`` (split at ``;``, ignored when it begins with
   "none") names X first and Y after it. Anything else is a false claim, in particular a
   direction between two carriers of one wire text (same-wire-copy, wire-update) where
   the gold has no article-to-article derivation; a claim whose reverse is supported is
   counted as *reversed*. Undirected links ("shares") are counted apart, not as false;
   those on pairs the gold neither derives nor finds text shared in (``sh.unrel``) are
   counted too. Gold article-to-article derivations (``gold copies``) are counted with
   what reader made of them: a link in the right direction, an undirected one
   (``undir``), the reverse (``rev``), or nothing.
5. **Quotes.** Gold quotes of kind ``full`` and ``partial`` (not ``term``, not
   ``optional``); found when a reader quote occurrence in the same article matches the
   gold span. Speakers, over found quotes whose gold speaker is not null, with the
   occurrence's own speaker: *right* when one of the gold ``speakers`` keys occurs in it
   (lower-cased), *wrong* when it is named but matches no key, *null* when reader names
   nobody. ``grp`` repeats *right* with the quote group's speaker as fallback for a
   null occurrence speaker. ``extra``: reader occurrences overlapping no gold quote of
   any kind.
6. **Conflicts.** Gold ``figures`` with status ``conflict``. Each gold wording is located
   in its article (every occurrence). A reader figure *hits* an article's wording when
   it is in that article and its span (``start``/``end``) overlaps the wording; the
   *loose* rule also accepts a figure whose sentence (``sentence_start``/``_end``) holds
   at least half of the wording, unless the figure itself lies on the wording of another
   gold figure (a sentence often states two quantities). A gold conflict is *found* when
   one reader conflict has figures hitting the wordings of two or more different
   articles (``loose``: with the loose rule); *opposed* when, under the loose rule, those
   articles sit in two or more different reader values (reader states the disagreement,
   not just the quantity). A reader conflict is *spurious* when, under the loose rule,
   it reaches no gold conflict figure in two articles; spurious ones that reach an
   ``agree`` figure in two articles are counted apart, as are those involving the
   distractor. ``stray``: figures inside a matched reader conflict that lie on the
   wording of a different gold figure (two quantities mixed into one conflict).
7. **Unique lines.** Gold ``unique`` sentences; found when a reader unique line of the
   same article matches it. A reader unique line is *wrong* when it matches a gold
   sentence that has any verbatim, edited or paraphrased link (another article carries
   it); ``of them reused`` counts those with a verbatim or edited link, the others are
   carried only as paraphrase.
8. **The distractor.** Reader pairs with passages involving it (false pairs, also in 1),
   provenance links, quote groups it shares with other articles (the same quotation can
   rightly recur in it) and conflicts that count it.

Also printed: the machine's core count, load and the wall time of each ``reader story``
run (starting Python included). ``--verbose`` lists every false pair, uncovered sentence,
missed derived pair, false copy claim, missed quote or speaker, missed or spurious
conflict and wrong unique line, by article id and body offsets. ``--json`` prints all
counts and rates (and with ``--verbose`` the lists) instead of the tables. A ``reader``
run that fails (the package being edited) is retried (``--retries``, ``--wait``); the
exit status is 1 only when a story could not be run at all.
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import re
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DATA = ROOT.parent / "shared" / "data" / "stories-dev"
ARTICLE_GLOB = "[0-9][0-9]-*.md"

Span = tuple[int, int]
Gold = dict[str, Any]
Result = dict[str, Any]

QUOTE_MARKS = "\"'“”‘’«»„\u201a‹›"
_FENCE_RE = re.compile(r"^(?:-{3,}|\.{3})[ \t]*$")
REUSE_KINDS = ("verbatim", "edited")
CARRIED_KINDS = ("verbatim", "edited", "paraphrased")
MATCH_SHARE = 0.5


# --- bodies and spans ------------------------------------------------------------------


def split_body(text: str) -> str:
    """The article body as reader sees it: everything after the line closing the front
    matter (a first line ``---`` and the next fence line); the whole text without one."""
    end = text.find("\n") + 1 or len(text)
    if not text.startswith("---") or not _FENCE_RE.match(text[:end].rstrip("\n")):
        return text
    start = end
    while start < len(text):
        end = text.find("\n", start) + 1 or len(text)
        if _FENCE_RE.match(text[start:end].rstrip("\n")):
            return text[end:]
        start = end
    return text


def _loose_pattern(needle: str) -> re.Pattern[str]:
    """``needle`` with any whitespace run and any quotation mark style accepted."""
    parts: list[str] = []
    for token in re.split(r"(\s+)", needle.strip()):
        if not token:
            continue
        if token.isspace():
            parts.append(r"\s+")
        else:
            parts.append("".join(f"[{re.escape(QUOTE_MARKS)}]" if c in QUOTE_MARKS else re.escape(c)
                                 for c in token))
    return re.compile("".join(parts))


def find_all(body: str, needle: str) -> list[Span]:
    """Every non-overlapping occurrence of ``needle`` in ``body``: exact matches, or when
    there are none, matches that differ only in whitespace or quotation mark style."""
    if not needle.strip():
        return []
    spans: list[Span] = []
    at = body.find(needle)
    while at >= 0:
        spans.append((at, at + len(needle)))
        at = body.find(needle, at + len(needle))
    if spans:
        return spans
    return [m.span() for m in _loose_pattern(needle).finditer(body)]


def locate(body: str, needle: str, start: int = 0) -> Span | None:
    """The first occurrence of ``needle`` at or after ``start``, else the first anywhere."""
    spans = find_all(body, needle)
    for span in spans:
        if span[0] >= start:
            return span
    return spans[0] if spans else None


def sentence_spans(body: str, sentences: Iterable[str]) -> list[Span | None]:
    """Spans of the gold sentence units, located in order (each after the previous)."""
    out: list[Span | None] = []
    cursor = 0
    for sentence in sentences:
        span = locate(body, sentence, cursor)
        out.append(span)
        if span is not None and span[0] >= cursor:
            cursor = span[1]
    return out


def quote_spans(body: str, quote: str, count: int = 1) -> list[Span]:
    """Where a gold quote stands: occurrences right after a quotation mark first (a short
    quote can also occur inside other text), at most ``count`` of them."""
    spans = find_all(body, quote)
    marked = [s for s in spans if s[0] > 0 and body[s[0] - 1] in QUOTE_MARKS]
    return (marked or spans)[:max(1, count)]


def overlap(a: Span, b: Span) -> int:
    """Characters two half-open spans have in common."""
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def overlaps_enough(a: Span, b: Span, share: float = MATCH_SHARE) -> bool:
    """True when the spans overlap by at least ``share`` of the shorter one."""
    common = overlap(a, b)
    shorter = min(a[1] - a[0], b[1] - b[0])
    return common > 0 and common >= share * shorter


def covered(span: Span, spans: Iterable[Span]) -> float:
    """Share of ``span``'s characters that lie in the union of ``spans``."""
    length = span[1] - span[0]
    if length <= 0:
        return 0.0
    clipped = sorted((max(s[0], span[0]), min(s[1], span[1])) for s in spans if overlap(s, span) > 0)
    total, reach = 0, span[0]
    for s, e in clipped:
        s = max(s, reach)
        if e > s:
            total += e - s
            reach = e
    return total / length


# --- gold and reader JSON ----------------------------------------------------------------


def pair_key(a: str, b: str) -> tuple[str, str]:
    return (a, b) if a <= b else (b, a)


def gold_pairs(gold: Gold) -> dict[tuple[str, str], dict[str, Any]]:
    return {pair_key(p["a"], p["b"]): p for p in gold["pairs"]}


def reader_pairs(result: Result) -> dict[tuple[str, str], dict[str, Any]]:
    """Reader's pairs that have at least one passage that is not a quotation both carry
    (the gold does not count a quotation of one source in two reports as shared text)."""
    return {pair_key(p["a"], p["b"]): p for p in result.get("pairs", [])
            if any(not x.get("quotation") for x in p.get("passages", []))}


def passage_spans(pair: dict[str, Any], article: str) -> list[Span]:
    """The spans of a reader pair's passages on ``article``'s side, with the words each
    passage marks as moved there (a sentence the copy placed elsewhere: the panes mark it
    as shared, ``moved``, wherever it lies)."""
    side = "a" if pair["a"] == article else "b"
    spans = [(p[f"{side}_start"], p[f"{side}_end"]) for p in pair.get("passages", [])]
    spans += [(m[f"{side}_start"], m[f"{side}_end"]) for p in pair.get("passages", []) for m in p.get("moved", [])]
    return spans


def _ids_in_order(text: str, ids: Iterable[str]) -> list[str]:
    found: list[tuple[int, str]] = []
    for article in ids:
        m = re.search(rf"(?<![\w-]){re.escape(article)}(?![\w-])", text)
        if m:
            found.append((m.start(), article))
    return [a for _, a in sorted(found)]


def leading_ids(text: str, ids: Iterable[str]) -> list[str]:
    """Article ids that ``text`` begins with (``"02-x"``, ``"02-x and 03-y (...)"``)."""
    known = sorted(ids, key=len, reverse=True)
    out: list[str] = []
    rest = text.strip()
    while True:
        hit = next((a for a in known if rest.startswith(a) and not re.match(r"[\w-]", rest[len(a):len(a) + 1])),
                   None)
        if hit is None:
            return out
        out.append(hit)
        rest = re.sub(r"^\s*(?:,|and|&|\+)?\s*", "", rest[len(hit):])


def gold_copy_sources(gold: Gold) -> dict[str, set[str]]:
    """Article id -> ids of the set's articles the gold says it copies (see module doc)."""
    ids = list(gold["articles"])
    origin = gold.get("origin", {})
    out: dict[str, set[str]] = {a: set() for a in ids}
    for article, d in origin.get("derivations", {}).items():
        for source in leading_ids(str(d.get("derives_from", "")), ids):
            if source != article:
                out.setdefault(article, set()).add(source)
    between = origin.get("copies_between_articles")
    if isinstance(between, str) and not between.strip().lower().startswith("none"):
        for clause in between.split(";"):
            named = _ids_in_order(clause, ids)
            if len(named) >= 2:
                out.setdefault(named[0], set()).update(named[1:])
    return out


def gold_carried(gold: Gold, bodies: dict[str, str]) -> dict[str, dict[Span, str]]:
    """Per article, spans of the gold sentences that another article carries: ``"reused"``
    (a verbatim or edited link) or else ``"paraphrased"``."""
    spans = {a: sentence_spans(bodies.get(a, ""), d["sentences"]) for a, d in gold["articles"].items()}
    out: dict[str, dict[Span, str]] = {a: {} for a in gold["articles"]}
    for p in gold["pairs"]:
        for link in p.get("aligned", []):
            if link["kind"] not in CARRIED_KINDS:
                continue
            how = "reused" if link["kind"] in REUSE_KINDS else "paraphrased"
            for side in ("a", "b"):
                span = spans[p[side]][link[side]]
                if span is not None and out[p[side]].get(span) != "reused":
                    out[p[side]][span] = how
    return out


# --- scoring -----------------------------------------------------------------------------


@dataclass
class Section:
    counts: dict[str, int] = field(default_factory=dict)
    details: list[str] = field(default_factory=list)

    def add(self, key: str, n: int = 1) -> None:
        self.counts[key] = self.counts.get(key, 0) + n


def _relation(gold: Gold, key: tuple[str, str]) -> str:
    p = gold_pairs(gold).get(key)
    return p["relation"]["type"] if p else "?"


def score_pairs(gold: Gold, result: Result) -> Section:
    """Measure 1: gold shared_text against reader relating the pair, and the distractor."""
    sec = Section({"gold": 0, "reader": 0, "tp": 0, "fp": 0, "fn": 0, "distractor": 0})
    found = reader_pairs(result)
    distractor = gold.get("distractor")
    for key, p in gold_pairs(gold).items():
        truth, said = bool(p["shared_text"]), key in found
        sec.add("gold", truth)
        sec.add("reader", said)
        if truth and said:
            sec.add("tp")
        elif said:
            sec.add("fp")
            kinds = ",".join(sorted({x.get("kind", "?") for x in found[key]["passages"]}))
            sec.details.append(f"false pair {key[0]} ~ {key[1]}: {len(found[key]['passages'])} passage(s) "
                               f"[{kinds}]; gold {p['relation']['type']}")
        elif truth:
            sec.add("fn")
            sec.details.append(f"missed pair {key[0]} ~ {key[1]}: gold {p['relation']['type']}, level {p['level']}")
        if said and distractor in key:
            sec.add("distractor")
    return sec


def score_coverage(gold: Gold, bodies: dict[str, str], result: Result) -> Section:
    """Measure 2: gold reused sentences covered at least half by reader's passages."""
    sec = Section({"verbatim": 0, "verbatim_cov": 0, "edited": 0, "edited_cov": 0})
    found = reader_pairs(result)
    spans = {a: sentence_spans(bodies.get(a, ""), d["sentences"]) for a, d in gold["articles"].items()}
    for key, p in gold_pairs(gold).items():
        kinds: dict[tuple[str, int], str] = {}
        for link in p.get("aligned", []):
            if link["kind"] not in REUSE_KINDS:
                continue
            for side in ("a", "b"):
                slot = (p[side], link[side])
                if kinds.get(slot) != "verbatim":
                    kinds[slot] = link["kind"]
        missed = 0
        for (article, index), kind in sorted(kinds.items()):
            span = spans[article][index]
            share = 0.0
            if span is not None and key in found:
                share = covered(span, passage_spans(found[key], article))
            sec.add(kind)
            if share >= MATCH_SHARE:
                sec.add(kind + "_cov")
            else:
                missed += 1
                sec.details.append(f"uncovered {kind} sentence {article}#{index} of pair {key[0]} ~ {key[1]} "
                                   f"({share:.0%} covered)")
        if missed:
            sec.details.append(f"  pair {key[0]} ~ {key[1]} ({p['relation']['type']}): {missed} of {len(kinds)} "
                               "reused sentences not covered")
    return sec


def _link_keys(result: Result) -> set[tuple[str, str]]:
    return {pair_key(lk["copy"], lk["source"]) for lk in result.get("provenance", {}).get("links", [])}


def score_derived(gold: Gold, result: Result) -> Section:
    """Measure 3: derived pairs that reader relates by a passage or a provenance link."""
    sec = Section({"derived": 0, "related": 0, "by_link_only": 0})
    found, links = reader_pairs(result), _link_keys(result)
    for key, p in gold_pairs(gold).items():
        if not p["relation"].get("derived"):
            continue
        sec.add("derived")
        if key in found or key in links:
            sec.add("related")
            sec.add("by_link_only", key not in found)
        else:
            sec.details.append(f"derived pair not related {key[0]} ~ {key[1]}: gold {p['relation']['type']}, "
                               f"shared_text {p['shared_text']}")
    return sec


def score_links(gold: Gold, result: Result) -> Section:
    """Measure 4: directed copy claims the gold does not support; undirected links apart."""
    sec = Section({"directed": 0, "supported": 0, "false": 0, "reversed": 0, "shares": 0, "shares_unrelated": 0,
                   "gold_copies": 0, "copies_right": 0, "copies_shared": 0, "copies_reversed": 0})
    sources = gold_copy_sources(gold)
    pairs = gold_pairs(gold)
    said: dict[tuple[str, str], str] = {}   # (copy, source) -> basis, or "shares" for both orders
    for lk in result.get("provenance", {}).get("links", []):
        x, y = lk["copy"], lk["source"]
        key = pair_key(x, y)
        p = pairs.get(key)
        related = bool(p and (p["shared_text"] or p["relation"].get("derived")))
        if not lk.get("directed"):
            sec.add("shares")
            said[(x, y)] = said[(y, x)] = "shares"
            if not related:
                sec.add("shares_unrelated")
                sec.details.append(f"undirected link {x} ~ {y} on an unrelated pair (gold {_relation(gold, key)})")
            continue
        sec.add("directed")
        said[(x, y)] = lk.get("basis", "?")
        if y in sources.get(x, set()):
            sec.add("supported")
            continue
        sec.add("false")
        reversed_ = x in sources.get(y, set())
        sec.add("reversed", reversed_)
        why = "reversed: the gold has it the other way" if reversed_ else "no article-to-article derivation in gold"
        sec.details.append(f"FALSE COPY CLAIM {x} draws on {y} (basis {lk.get('basis')}); "
                           f"gold {_relation(gold, key)}; {why}")
    for copy, srcs in sorted(sources.items()):
        for source in sorted(srcs):
            sec.add("gold_copies")
            got = said.get((copy, source))
            if got == "shares":
                sec.add("copies_shared")
                what = "undirected link only"
            elif got is not None:
                sec.add("copies_right")
                what = f"found ({got})"
            elif (source, copy) in said:
                sec.add("copies_reversed")
                what = "reversed"
            else:
                what = "no link"
            sec.details.append(f"gold copy {copy} draws on {source}: {what}")
    return sec


def _quote_occurrences(result: Result) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    for group in result.get("quotes", []):
        for occ in group.get("occurrences", []):
            out.append(occ | {"group_speaker": group.get("speaker")})
    return out


def speaker_matches(speaker: str | None, keys: Iterable[str]) -> bool:
    """True when one of the gold's lower-case keys occurs in reader's speaker."""
    if not speaker:
        return False
    low = speaker.lower()
    return any(k and k.lower() in low for k in keys)


def score_quotes(gold: Gold, bodies: dict[str, str], result: Result) -> Section:
    """Measure 5: quote recall and speaker accuracy (see module doc)."""
    sec = Section({"gold": 0, "found": 0, "with_speaker": 0, "right": 0, "wrong": 0, "null": 0,
                   "right_group": 0, "reader": 0, "extra": 0})
    by_article: dict[str, list[dict[str, Any]]] = {}
    for occ in _quote_occurrences(result):
        by_article.setdefault(occ["article"], []).append(occ)
    for article, quotes in gold.get("quotes", {}).items():
        body = bodies.get(article, "")
        occs = by_article.get(article, [])
        all_gold: list[Span] = []
        for q in quotes:
            spans = quote_spans(body, q["q"], int(q.get("count", 1)))
            all_gold.extend(spans)
            if q.get("optional") or q.get("kind") not in ("full", "partial"):
                continue
            for span in spans:
                sec.add("gold")
                hits = [o for o in occs if overlaps_enough(span, (o["start"], o["end"]))]
                if not hits:
                    sec.details.append(f"missed quote {article}@{span[0]}-{span[1]} ({q['kind']}, "
                                       f"speaker {q.get('speaker')})")
                    continue
                sec.add("found")
                if q.get("speaker") is None:
                    continue
                sec.add("with_speaker")
                best = max(hits, key=lambda o: overlap(span, (o["start"], o["end"])))
                keys = q.get("speakers") or []
                own = best.get("speaker")
                if speaker_matches(own, keys):
                    sec.add("right")
                elif own:
                    sec.add("wrong")
                    sec.details.append(f"wrong speaker {article}@{span[0]}: reader {own!r}, gold {q['speaker']!r}")
                else:
                    sec.add("null")
                    sec.details.append(f"no speaker {article}@{span[0]}: gold {q['speaker']!r}"
                                       + (f", group says {best['group_speaker']!r}" if best.get("group_speaker")
                                          else ""))
                if speaker_matches(own or best.get("group_speaker"), keys):
                    sec.add("right_group")
        for o in occs:
            sec.add("reader")
            if not any(overlap(s, (o["start"], o["end"])) > 0 for s in all_gold):
                sec.add("extra")
                sec.details.append(f"extra quote {article}@{o['start']}-{o['end']} (speaker {o.get('speaker')!r})")
    return sec


def _wording_spans(body: str, wording: str | list[str]) -> list[Span]:
    words = [wording] if isinstance(wording, str) else list(wording)
    return [s for w in words for s in find_all(body, w)]


def figure_hits(figure: dict[str, Any], spans: Iterable[Span], loose: bool = False) -> bool:
    """True when a reader figure lies on one of a gold wording's spans; ``loose``: or its
    sentence holds at least half of one (module doc, 6)."""
    own = (figure["start"], figure["end"])
    sentence = (figure.get("sentence_start", own[0]), figure.get("sentence_end", own[1]))
    for s in spans:
        if overlap(own, s) > 0:
            return True
        if loose and overlap(sentence, s) * 2 >= s[1] - s[0] > 0:
            return True
    return False


Wordings = dict[str, list[Span]]   # article id -> spans of one gold figure's wording


def conflict_hits(conflict: dict[str, Any], wordings: Wordings, loose: bool,
                  others: Iterable[Wordings] = ()) -> dict[str, set[int]]:
    """Article -> indices of the reader conflict's values whose figures hit the gold wording.
    Under the loose rule a figure that lies on the wording of another gold figure
    (``others``) is that figure's, not a sentence-level hit of this one."""
    others = list(others)
    out: dict[str, set[int]] = {}
    for index, value in enumerate(conflict.get("values", [])):
        for fig in value.get("figures", []):
            spans = wordings.get(fig["article"])
            if not spans or not figure_hits(fig, spans, loose):
                continue
            if loose and not figure_hits(fig, spans) and any(figure_hits(fig, o.get(fig["article"], []))
                                                             for o in others):
                continue
            out.setdefault(fig["article"], set()).add(index)
    return out


def _opposed(hits: dict[str, set[int]]) -> bool:
    """True when the hit articles lie in two or more different reader values."""
    values: set[int] = set()
    for indices in hits.values():
        values |= indices
    return len(hits) >= 2 and len(values) >= 2


def score_conflicts(gold: Gold, bodies: dict[str, str], result: Result) -> Section:
    """Measure 6: gold conflicting figures found, reader conflicts spurious (module doc)."""
    sec = Section({"gold": 0, "found": 0, "loose": 0, "opposed": 0, "reader": 0, "spurious": 0,
                   "spurious_agree": 0, "spurious_distractor": 0, "stray": 0})
    conflicts = result.get("conflicts", [])
    figures = [(f, {a: _wording_spans(bodies.get(a, ""), w) for a, w in f["values"].items()})
               for f in gold.get("figures", [])]

    def others(i: int) -> list[Wordings]:
        return [w for j, (_, w) in enumerate(figures) if j != i]

    for number, (fig, wordings) in enumerate(figures):
        if fig.get("status") != "conflict":
            continue
        sec.add("gold")
        strict = [conflict_hits(c, wordings, False) for c in conflicts]
        loose = [conflict_hits(c, wordings, True, others(number)) for c in conflicts]
        found = any(len(h) >= 2 for h in strict)
        found_loose = any(len(h) >= 2 for h in loose)
        sec.add("found", found)
        sec.add("loose", found_loose)
        opposed = any(_opposed(h) for h in loose)
        sec.add("opposed", opposed)
        state = "found" if found else "found (loose rule)" if found_loose else "MISSED"
        reach = max((len(h) for h in loose), default=0)
        sec.details.append(f"gold conflict #{number} {fig['quantity']!r} over {len(fig['values'])} articles: "
                           f"{state}{', opposed' if opposed else ''}; best reader conflict reaches {reach} article(s)")
    distractor = gold.get("distractor")
    for c in conflicts:
        sec.add("reader")
        reached = [(fig, len(conflict_hits(c, wordings, True, others(i)))) for i, (fig, wordings) in enumerate(figures)]
        matched = [i for i, (fig, n) in enumerate(reached) if n >= 2 and fig.get("status") == "conflict"]
        if matched:
            # figures of the conflict that lie on another gold figure's wording: mixed quantities
            for value in c.get("values", []):
                for f in value.get("figures", []):
                    if any(figure_hits(f, figures[i][1].get(f["article"], [])) for i in matched):
                        continue
                    strays = [g["quantity"] for g, w in figures if figure_hits(f, w.get(f["article"], []))]
                    if strays:
                        sec.add("stray")
                        sec.details.append(f"reader conflict {c.get('quantity')!r} (gold "
                                           f"{figures[matched[0]][0]['quantity']!r}) also counts {f['article']}"
                                           f"@{f['start']}-{f['end']} (value {value.get('display')}), which is gold "
                                           f"figure {strays[0]!r}")
            continue
        sec.add("spurious")
        agree = [fig["quantity"] for fig, n in reached if n >= 2 and fig.get("status") == "agree"]
        sec.add("spurious_agree", bool(agree))
        with_distractor = distractor in c.get("articles", [])
        sec.add("spurious_distractor", with_distractor)
        values = " vs ".join(f"{v.get('display')} ({','.join(a[:2] for a in v.get('articles', []))})"
                             for v in c.get("values", []))
        sec.details.append(f"spurious conflict {c.get('quantity')!r}: {values}"
                           + (f"; gold agree figure {agree[0]!r}" if agree else "")
                           + ("; involves the distractor" if with_distractor else ""))
    return sec


def score_unique(gold: Gold, bodies: dict[str, str], result: Result) -> Section:
    """Measure 7: gold unique sentences found; reader unique lines another article carries."""
    sec = Section({"gold": 0, "found": 0, "reader": 0, "wrong": 0, "wrong_reused": 0})
    lines = {u["article"]: [(x["start"], x["end"]) for x in u.get("lines", [])]
             for u in result.get("unique_lines", [])}
    carried = gold_carried(gold, bodies)
    for article, sentences in gold.get("unique", {}).items():
        body = bodies.get(article, "")
        mine = lines.get(article, [])
        for sentence in sentences:
            sec.add("gold")
            span = locate(body, sentence)
            if span is not None and any(overlaps_enough(span, x) for x in mine):
                sec.add("found")
            else:
                where = f"@{span[0]}-{span[1]}" if span else " (not located)"
                sec.details.append(f"missed unique sentence {article}{where}")
    for article, mine in lines.items():
        for x in mine:
            sec.add("reader")
            hows = {how for s, how in carried.get(article, {}).items() if overlaps_enough(x, s)}
            if hows:
                sec.add("wrong")
                sec.add("wrong_reused", "reused" in hows)
                how = "verbatim/edited" if "reused" in hows else "paraphrased only"
                sec.details.append(f"wrong unique line {article}@{x[0]}-{x[1]}: another article carries it ({how})")
    return sec


def score_distractor(gold: Gold, result: Result) -> Section:
    """What reader relates the distractor to: passages (false pairs), provenance links,
    quote groups it shares with other articles, conflicts that count it."""
    sec = Section({"passages": 0, "pairs": 0, "links": 0, "quote_groups": 0, "conflicts": 0})
    d = gold.get("distractor")
    if not d:
        return sec
    for key, p in reader_pairs(result).items():
        if d in key:
            other = key[0] if key[1] == d else key[1]
            sec.add("pairs")
            sec.add("passages", len(p["passages"]))
            sec.details.append(f"distractor {d} ~ {other}: {len(p['passages'])} passage(s) (a false pair)")
    for lk in result.get("provenance", {}).get("links", []):
        if d in (lk["copy"], lk["source"]):
            sec.add("links")
            sec.details.append(f"provenance link {lk['copy']} -> {lk['source']} (basis {lk.get('basis')}) "
                               "involves the distractor")
    for g in result.get("quotes", []):
        carried = g.get("carried_by", [])
        if d in carried and len(carried) > 1:
            sec.add("quote_groups")
            sec.details.append(f"quote group {g.get('id')} (speaker {g.get('speaker')!r}) joins the distractor with "
                               + ", ".join(a for a in carried if a != d))
    for c in result.get("conflicts", []):
        if d in c.get("articles", []):
            sec.add("conflicts")
            sec.details.append(f"conflict {c.get('quantity')!r} counts the distractor")
    if not sec.details:
        sec.details.append(f"distractor {d}: related to nothing")
    return sec


SCORERS: dict[str, Callable[[Gold, dict[str, str], Result], Section]] = {
    "pairs": lambda g, b, r: score_pairs(g, r),
    "coverage": score_coverage,
    "derived": lambda g, b, r: score_derived(g, r),
    "links": lambda g, b, r: score_links(g, r),
    "quotes": score_quotes,
    "conflicts": score_conflicts,
    "unique": score_unique,
    "distractor": lambda g, b, r: score_distractor(g, r),
}


def score_story(gold: Gold, bodies: dict[str, str], result: Result) -> dict[str, Section]:
    return {name: scorer(gold, bodies, result) for name, scorer in SCORERS.items()}


def offset_mismatches(bodies: dict[str, str], result: Result) -> int:
    """Reader spans whose text is not the body's text there (a body read differently)."""
    bad = 0
    for occ in _quote_occurrences(result):
        body = bodies.get(occ["article"], "")
        bad += body[occ["start"]:occ["end"]] != occ.get("text")
    for u in result.get("unique_lines", []):
        body = bodies.get(u["article"], "")
        bad += sum(body[x["start"]:x["end"]] != x.get("text") for x in u.get("lines", []))
    return bad


# --- rates and tables --------------------------------------------------------------------


def ratio(num: int, den: int) -> float | None:
    return num / den if den else None


def _r(x: float | None) -> str:
    return "-" if x is None else f"{x:.2f}"


Column = tuple[str, Callable[[dict[str, int]], str]]


def _n(key: str) -> Callable[[dict[str, int]], str]:
    return lambda c: str(c.get(key, 0))


@dataclass(frozen=True)
class Rate:
    """A column that divides a sum of counts by another; ``key`` names it in the JSON."""

    num: tuple[str, ...]
    den: tuple[str, ...]

    def value(self, c: dict[str, int]) -> float | None:
        return ratio(sum(c.get(k, 0) for k in self.num), sum(c.get(k, 0) for k in self.den))

    def __call__(self, c: dict[str, int]) -> str:
        return _r(self.value(c))

    @property
    def key(self) -> str:
        return "+".join(self.num) + "/" + "+".join(self.den)


def _rate(num: str, den: str) -> Rate:
    return Rate((num,), (den,))


TABLES: dict[str, tuple[str, list[Column]]] = {
    "pairs": ("1. Pair detection: gold shared_text vs reader passages (21 pairs a story)", [
        ("gold", _n("gold")), ("reader", _n("reader")), ("tp", _n("tp")), ("fp", _n("fp")), ("fn", _n("fn")),
        ("prec", _rate("tp", "reader")), ("recall", _rate("tp", "gold")), ("distractor fp", _n("distractor"))]),
    "coverage": ("2. Reused-sentence coverage: gold verbatim/edited sentences >= half covered by the pair's passages", [
        ("verbatim", _n("verbatim")), ("covered", _n("verbatim_cov")), ("rate", _rate("verbatim_cov", "verbatim")),
        ("edited", _n("edited")), ("covered", _n("edited_cov")), ("rate", _rate("edited_cov", "edited")),
        ("all rate", Rate(("verbatim_cov", "edited_cov"), ("verbatim", "edited")))]),
    "derived": ("3. Derived pairs related (a passage or a provenance link)", [
        ("derived", _n("derived")), ("related", _n("related")), ("rate", _rate("related", "derived")),
        ("by link only", _n("by_link_only"))]),
    "links": ("4. Copy claims: directed links the gold does not support; undirected links apart", [
        ("directed", _n("directed")), ("supported", _n("supported")), ("FALSE", _n("false")),
        ("false/dir", _rate("false", "directed")), ("reversed", _n("reversed")), ("shares", _n("shares")),
        ("sh.unrel", _n("shares_unrelated")), ("gold copies", _n("gold_copies")), ("right", _n("copies_right")),
        ("undir", _n("copies_shared")), ("rev", _n("copies_reversed"))]),
    "quotes": ("5. Quotes: gold full/partial found; speakers of found quotes with a gold speaker", [
        ("gold", _n("gold")), ("found", _n("found")), ("recall", _rate("found", "gold")),
        ("w/spk", _n("with_speaker")), ("right", _rate("right", "with_speaker")),
        ("wrong", _rate("wrong", "with_speaker")), ("null", _rate("null", "with_speaker")),
        ("right grp", _rate("right_group", "with_speaker")), ("reader", _n("reader")), ("extra", _n("extra"))]),
    "conflicts": ("6. Conflicts: gold conflicting figures found; reader conflicts matching none", [
        ("gold", _n("gold")), ("found", _n("found")), ("loose", _n("loose")), ("opposed", _n("opposed")),
        ("recall", _rate("found", "gold")), ("loose rec", _rate("loose", "gold")), ("reader", _n("reader")),
        ("spurious", _n("spurious")), ("on agree", _n("spurious_agree")),
        ("w/distr", _n("spurious_distractor")), ("stray", _n("stray"))]),
    "unique": ("7. Unique lines: gold unique sentences found; reader lines another article carries", [
        ("gold", _n("gold")), ("found", _n("found")), ("recall", _rate("found", "gold")),
        ("reader", _n("reader")), ("wrong", _n("wrong")), ("of them reused", _n("wrong_reused")),
        ("wrong rate", _rate("wrong", "reader"))]),
    "distractor": ("8. The distractor: what reader relates it to (passages with it are false pairs)", [
        ("false pairs", _n("pairs")), ("passages", _n("passages")), ("links", _n("links")),
        ("shared quote groups", _n("quote_groups")), ("conflicts", _n("conflicts"))]),
}


def format_table(title: str, columns: list[Column], rows: list[tuple[str, dict[str, int]]]) -> str:
    names = [name for name, _ in rows]
    width = max([len("story"), *map(len, names)])
    cells = [[f(c) for _, f in columns] for _, c in rows]
    widths = [max(len(h), *(len(r[i]) for r in cells)) for i, (h, _) in enumerate(columns)]
    lines = [title, "  ".join(["story".ljust(width), *(h.rjust(w) for (h, _), w in zip(columns, widths, strict=True))])]
    for i, (name, row) in enumerate(zip(names, cells, strict=True)):
        if i == len(names) - 1 and len(names) > 1:
            lines.append("-" * len(lines[1]))
        lines.append("  ".join([name.ljust(width), *(v.rjust(w) for v, w in zip(row, widths, strict=True))]))
    return "\n".join(lines)


def totals(per_story: Iterable[dict[str, Section]]) -> dict[str, dict[str, int]]:
    out: dict[str, dict[str, int]] = {}
    for sections in per_story:
        for name, sec in sections.items():
            bucket = out.setdefault(name, {})
            for k, v in sec.counts.items():
                bucket[k] = bucket.get(k, 0) + v
    return out


def rates(name: str, counts: dict[str, int]) -> dict[str, float | None]:
    """The section's rates (``"num/den"`` -> value, None when the denominator is 0)."""
    return {f.key: None if (v := f.value(counts)) is None else round(v, 4)
            for _, f in TABLES[name][1] if isinstance(f, Rate)}


# --- running -----------------------------------------------------------------------------


@dataclass
class StoryRun:
    name: str
    gold: Gold
    bodies: dict[str, str]
    result: Result | None
    seconds: float
    error: str = ""


def story_folders(data: Path) -> list[Path]:
    return sorted(p for p in data.iterdir() if p.is_dir() and (p / "gold.json").is_file())


def run_reader(files: list[Path], retries: int, wait: float) -> tuple[Result | None, float, str]:
    """``reader story FILES --json`` in a child process with a fresh cache folder; a failed
    run (another helper may be mid-edit) is retried after ``wait`` seconds."""
    error = ""
    for attempt in range(retries + 1):
        if attempt:
            print(f"  reader failed ({error}); retrying in {wait:.0f}s", file=sys.stderr)
            time.sleep(wait)
        with tempfile.TemporaryDirectory(prefix="story-eval-cache-") as cache:
            env = os.environ | {"READER_CACHE_DIR": cache}
            started = time.perf_counter()
            proc = subprocess.run([sys.executable, "-m", "reader", "story", *map(str, files), "--json"],
                                  cwd=ROOT, env=env, capture_output=True, text=True, check=False)
            seconds = time.perf_counter() - started
        if proc.returncode == 0:
            try:
                return json.loads(proc.stdout), seconds, ""
            except json.JSONDecodeError as exc:
                error = f"bad JSON: {exc}"
        else:
            error = (proc.stderr.strip().splitlines() or [f"exit {proc.returncode}"])[-1][:200]
    return None, 0.0, error


def load_story(folder: Path, retries: int, wait: float) -> StoryRun:
    gold = json.loads((folder / "gold.json").read_text(encoding="utf-8"))
    files = sorted(folder.glob(ARTICLE_GLOB))
    bodies = {f.stem: split_body(f.read_text(encoding="utf-8")) for f in files}
    result, seconds, error = run_reader(files, retries, wait)
    return StoryRun(folder.name, gold, bodies, result, seconds, error)


def short_name(story: str) -> str:
    return story.split("-")[0]


def machine() -> dict[str, Any]:
    info: dict[str, Any] = {"cores": os.cpu_count(), "python": sys.version.split()[0]}
    if hasattr(os, "sched_getaffinity"):
        info["usable_cores"] = len(os.sched_getaffinity(0))
    if hasattr(os, "getloadavg"):
        info["load"] = [round(x, 2) for x in os.getloadavg()]
    return info


def story_json(run: StoryRun, sections: dict[str, Section], verbose: bool) -> dict[str, Any]:
    out: dict[str, Any] = {"seconds": round(run.seconds, 3),
                           "offset_mismatches": offset_mismatches(run.bodies, run.result or {})}
    for name, sec in sections.items():
        out[name] = {"counts": sec.counts, "rates": rates(name, sec.counts)}
        if verbose:
            out[name]["details"] = sec.details
    return out


def subset_claims(folder: Path, sizes: list[int], retries: int, wait: float) -> dict[str, int]:
    """Copy claims when the story is told by fewer sources: ``reader story`` on every
    subset of ``sizes`` articles of the story, with measure 4's counts summed (a claim
    that holds with all seven articles can turn false when the true source is missing)."""
    gold = json.loads((folder / "gold.json").read_text(encoding="utf-8"))
    files = sorted(folder.glob(ARTICLE_GLOB))
    out = {"runs": 0, "failed": 0, "directed": 0, "false": 0, "shares": 0, "shares_unrelated": 0}
    for size in sizes:
        for subset in itertools.combinations(files, size):
            result, _, _ = run_reader(list(subset), retries, wait)
            if result is None:
                out["failed"] += 1
                continue
            out["runs"] += 1
            counts = score_links(gold, result).counts
            for key in ("directed", "false", "shares", "shares_unrelated"):
                out[key] += counts.get(key, 0)
    return out


def print_subsets(folders: list[Path], sizes: list[int], retries: int, wait: float) -> None:
    print(f"Copy claims on every subset of {', '.join(map(str, sizes))} articles of each story")
    head = f"{'story':<10} {'runs':>5} {'failed':>6} {'directed':>8} {'FALSE':>5} {'shares':>6} {'sh.unrel':>8}"
    print(head)
    total = dict.fromkeys(("runs", "failed", "directed", "false", "shares", "shares_unrelated"), 0)
    for folder in folders:
        c = subset_claims(folder, sizes, retries, wait)
        total = {k: total[k] + c[k] for k in total}
        print(f"{short_name(folder.name):<10} {c['runs']:>5} {c['failed']:>6} {c['directed']:>8} {c['false']:>5} "
              f"{c['shares']:>6} {c['shares_unrelated']:>8}")
    print("-" * len(head))
    print(f"{'TOTAL':<10} {total['runs']:>5} {total['failed']:>6} {total['directed']:>8} {total['false']:>5} "
          f"{total['shares']:>6} {total['shares_unrelated']:>8}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="the stories-dev folder")
    parser.add_argument("--story", action="append", default=[], help="only stories whose name contains this")
    parser.add_argument("--verbose", action="store_true", help="list every failure (ids and offsets)")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument("--retries", type=int, default=3, help="retries of a failed reader run")
    parser.add_argument("--wait", type=float, default=60.0, help="seconds before a retry")
    parser.add_argument("--subsets", default="", metavar="SIZES",
                        help="instead: copy claims on every subset of these sizes (e.g. 3,5) of each story")
    args = parser.parse_args(argv)

    if not args.data.is_dir():
        print(f"story_eval: no development stories at {args.data} (the data is not part of the repository); "
              "nothing to score.")
        return 0
    folders = [f for f in story_folders(args.data) if not args.story or any(s in f.name for s in args.story)]
    if not folders:
        print(f"story_eval: no story folder with a gold.json under {args.data}; nothing to score.")
        return 0

    if args.subsets:
        print_subsets(folders, [int(k) for k in args.subsets.split(",")], args.retries, args.wait)
        return 0
    runs: list[StoryRun] = []
    scored: list[tuple[StoryRun, dict[str, Section]]] = []
    for folder in folders:
        run = load_story(folder, args.retries, args.wait)
        runs.append(run)
        if run.result is not None:
            scored.append((run, score_story(run.gold, run.bodies, run.result)))
    total = totals(sections for _, sections in scored)
    failed = [r for r in runs if r.result is None]

    if args.json:
        out = {
            "machine": machine(),
            "stories": {r.name: story_json(r, sections, args.verbose) for r, sections in scored},
            "total": {n: {"counts": c, "rates": rates(n, c)} for n, c in total.items()},
            "failed": {r.name: r.error for r in failed},
        }
        print(json.dumps(out, indent=1))
        return 1 if failed else 0

    info = machine()
    print(f"story_eval on {args.data} - {info['cores']} cores"
          + (f" ({info['usable_cores']} usable)" if "usable_cores" in info else "")
          + (f", load {' '.join(map(str, info['load']))}" if "load" in info else "") + f", Python {info['python']}")
    print()
    for name, (title, columns) in TABLES.items():
        rows = [(short_name(r.name), s[name].counts) for r, s in scored]
        if len(rows) > 1:
            rows.append(("TOTAL", total.get(name, {})))
        print(format_table(title, columns, rows))
        print()
    print("wall time of `reader story FILES --json` (fresh cache, Python start included)")
    for r in runs:
        mismatch = offset_mismatches(r.bodies, r.result) if r.result is not None else 0
        state = f"{r.seconds:6.2f} s" if r.result is not None else f"FAILED: {r.error}"
        note = f"  ({mismatch} reader spans disagree with the body read here)" if mismatch else ""
        print(f"  {r.name:<42} {state}{note}")
    if args.verbose:
        for r, sections in scored:
            print()
            print(f"=== {r.name} (distractor {r.gold.get('distractor')})")
            for name, sec in sections.items():
                if sec.details:
                    print(f"  -- {name}")
                    for line in sec.details:
                        print(f"     {line}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
